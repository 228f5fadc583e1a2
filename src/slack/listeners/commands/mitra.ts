import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { closestWord, parseCommandText } from '../../../domain/command-text.js';
import { translator } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { buildHelpMessage } from '../../views/help.js';
import { escapeMrkdwn } from '../../views/message.js';
import {
  SUBCOMMAND_IDS,
  SUBCOMMANDS,
  type SubcommandHandler,
  type SubcommandId,
  subcommandWords,
} from './subcommands.js';

const WORDS = subcommandWords();
const COMMAND_LOCALE_WAIT_MS = 2_000;

/**
 * `/mitra …`: acks at once (Slack allows 3 s), then routes the first word to its sub-command.
 * Each sub-command is added in one place: the `handlers` map given here.
 */
export function mitraCommand(services: Services, handlers: Partial<Record<SubcommandId, SubcommandHandler>>) {
  return async ({
    ack,
    command,
    respond,
    client,
  }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    // Sub-commands open modals with the trigger_id, which expires 3 s after the command: a lookup
    // that Slack rate-limits briefly is waited for, a slower one gives way to the default language.
    const locale = await services.locales.forUserQuickly(client, command.user_id, COMMAND_LOCALE_WAIT_MS);
    const t = translator(locale);
    const { name, args } = parseCommandText(command.text);
    const id: SubcommandId | undefined = name === '' ? 'help' : WORDS.get(name);

    if (id === undefined) {
      const ownWords = SUBCOMMAND_IDS.map((sub) => SUBCOMMANDS[sub].word[locale]);
      const suggestion = closestWord(name, [...WORDS.keys()], ownWords);
      const suggested = suggestion && WORDS.get(suggestion);
      const word = suggested ? SUBCOMMANDS[suggested].word[locale] : undefined;
      // The rest of what was typed goes along, so the suggestion can be copied as it is; a
      // backtick would end the code span, and the text is the user's own.
      const rest = escapeMrkdwn(args.join(' ').replace(/`/g, "'").slice(0, 80));
      const lines = [
        t('command.unknown', { typed: name.slice(0, 40) }),
        word ? t('command.didYouMean', { suggestion: rest ? `${word} ${rest}` : word }) : undefined,
        t('command.seeHelp'),
      ].filter(Boolean);
      await respond({ response_type: 'ephemeral', text: lines.join(' ') });
      return;
    }

    if (id === 'help') {
      await respond({ response_type: 'ephemeral', ...buildHelpMessage(locale, t) });
      return;
    }

    const handler = handlers[id];
    if (!handler) {
      await respond({ response_type: 'ephemeral', text: t('command.notAvailable', { name }) });
      return;
    }
    await handler({
      services,
      client,
      command,
      args,
      userId: command.user_id,
      teamId: command.team_id,
      channelId: command.channel_id,
      triggerId: command.trigger_id,
      locale,
      t,
      respond,
      logger: services.logger.child({ subcommand: id, user: command.user_id }),
    });
  };
}
