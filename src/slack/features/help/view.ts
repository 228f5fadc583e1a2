import type { KnownBlock } from '@slack/types';
import type { Locale, Translate } from '../../../i18n/index.js';
import type { SlackMessage } from '../../kit/message.js';
import { SUBCOMMAND_IDS, SUBCOMMANDS } from '../../kit/subcommands.js';

/** The ephemeral help: every sub-command with a one-line description, in the user's language. */
export function buildHelpMessage(locale: Locale, t: Translate): SlackMessage {
  const lines = SUBCOMMAND_IDS.map((id) => {
    const { word, args, description } = SUBCOMMANDS[id];
    const usage = ['/mitra', word[locale], args?.[locale]].filter(Boolean).join(' ');
    return `• \`${usage}\` — ${t(description)}`;
  });
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: t('help.title') } },
    { type: 'section', text: { type: 'mrkdwn', text: t('help.intro') } },
    { type: 'section', text: { type: 'mrkdwn', text: lines.join('\n') } },
    {
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: t('help.codeHint') },
        { type: 'mrkdwn', text: t('help.footer') },
      ],
    },
  ];
  return { text: `${t('help.title')}\n${lines.join('\n')}`, blocks };
}
