import type {
  AllMiddlewareArgs,
  RespondArguments,
  SlackCommandMiddlewareArgs,
  SlashCommand,
} from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { closestWord, parseCommandText } from '../domain/command-text.js';
import { type Locale, type Translate, translator } from '../i18n/index.js';
import type { Services } from '../services.js';
import { buildHelpMessage } from './features/help/view.js';
import { escapeMrkdwn, type SlackMessage } from './kit/message.js';
import {
  type AnswerFn,
  SUBCOMMAND_IDS,
  SUBCOMMANDS,
  type SubcommandHandler,
  type SubcommandId,
  subcommandWords,
} from './kit/subcommands.js';

const WORDS = subcommandWords();
/** How long the whole command may wait for the user's language (trigger_ids expire after 3 s). */
const COMMAND_LOCALE_WAIT_MS = 2_000;
/** A language not known by then is waited for after an empty ack, so the ack is never late. */
const ACK_LOCALE_WAIT_MS = 150;
/** Whatever the handler does, Slack gets its ack by then (it allows 3 s). */
const ACK_DEADLINE_MS = 1_500;

/**
 * `/mitra …`: routes the first word to its sub-command. Each sub-command is added in one place:
 * the `handlers` map given here.
 *
 * The first answer is the body of the ack, which Slack shows at once with no second HTTP call:
 * help, suggestions, hints and read-only answers (`daftar`, `lihat`, `laporan`) arrive that way.
 * Later answers (after a modal, long work) go through the response_url as before. The ack never
 * waits long: an unknown language gets an empty ack first, and a slow handler is acked for at
 * `ACK_DEADLINE_MS`, its answer then following through the response_url.
 */
export function mitraCommand(services: Services, handlers: Partial<Record<SubcommandId, SubcommandHandler>>) {
  return async ({
    ack,
    command,
    respond,
    client,
  }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    let acked = false;
    const ackOnce = async (body?: RespondArguments): Promise<boolean> => {
      if (acked) return false;
      acked = true;
      await (body ? ack(body) : ack());
      return true;
    };
    const answer: AnswerFn = async (message) => {
      const body = typeof message === 'string' ? { text: message } : message;
      if (await ackOnce({ response_type: 'ephemeral', ...body })) return;
      return respond(message);
    };
    const deadline = setTimeout(() => {
      ackOnce().catch((error: unknown) => services.logger.warn({ err: error }, 'could not ack /mitra'));
    }, ACK_DEADLINE_MS);
    try {
      const locale = await commandLocale(services, client, command.user_id, () => ackOnce());
      await route(services, handlers, {
        command,
        client: ackingBeforeModals(client, () => ackOnce()),
        locale,
        respond: answer,
      });
    } finally {
      clearTimeout(deadline);
      await ackOnce();
    }
  };
}

/**
 * The client a sub-command uses, acking (empty) before it opens a modal: a modal is the answer
 * then, and Slack should not wait for `views.open` to hear the ack.
 */
function ackingBeforeModals(client: WebClient, ackNow: () => Promise<unknown>): WebClient {
  const views: WebClient['views'] = Object.create(client.views);
  views.open = async (args) => {
    await ackNow();
    return client.views.open(args);
  };
  const wrapped: WebClient = Object.create(client);
  Object.defineProperty(wrapped, 'views', { value: views });
  return wrapped;
}

/**
 * The user's language for a command: a cached one at once; else the lookup, waited for briefly
 * before the ack and, past that, after an empty ack (`ackNow`) up to `COMMAND_LOCALE_WAIT_MS`.
 */
async function commandLocale(
  services: Services,
  client: WebClient,
  userId: string,
  ackNow: () => Promise<unknown>,
): Promise<Locale> {
  // The usual case: the language is cached, and the command goes on without a timer or a race.
  const known = services.locales.cached(userId);
  if (known) return known;
  const lookup = services.locales.forUserQuickly(client, userId, COMMAND_LOCALE_WAIT_MS);
  let timer: NodeJS.Timeout | undefined;
  const soon = await Promise.race([
    lookup,
    new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), ACK_LOCALE_WAIT_MS);
    }),
  ]);
  clearTimeout(timer);
  if (soon !== undefined) return soon;
  await ackNow();
  return lookup;
}

/** The help depends on the language only: built once per language, not per request. */
const helpByLocale = new Map<Locale, SlackMessage>();
function helpMessage(locale: Locale, t: Translate): SlackMessage {
  let message = helpByLocale.get(locale);
  if (!message) {
    message = buildHelpMessage(locale, t);
    helpByLocale.set(locale, message);
  }
  return message;
}

/** Routes `/mitra <word> …` to its sub-command, answering unknown words, help and gaps itself. */
async function route(
  services: Services,
  handlers: Partial<Record<SubcommandId, SubcommandHandler>>,
  params: { command: SlashCommand; client: WebClient; locale: Locale; respond: AnswerFn },
): Promise<void> {
  const { command, client, locale, respond } = params;
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
    await respond({ response_type: 'ephemeral', ...helpMessage(locale, t) });
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
}
