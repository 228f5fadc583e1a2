import type { RespondArguments, SlashCommand } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Locale, MessageKey, Translate } from '../../i18n/index.js';
import type { Logger } from '../../logger.js';
import type { Services } from '../../services.js';

export const SUBCOMMAND_IDS = [
  'help',
  'new',
  'list',
  'show',
  'goal',
  'progress',
  'role',
  'schedule',
  'evaluate',
  'report',
  'export',
  'unit',
  'holidays',
  'actions',
  'leave',
] as const;
export type SubcommandId = (typeof SUBCOMMAND_IDS)[number];

interface SubcommandInfo {
  /** The word to type, Indonesian first; both are accepted whatever the user's language. */
  word: Record<Locale, string>;
  /** What follows the word in help, e.g. `KODE`. */
  args?: Record<Locale, string>;
  description: MessageKey;
  /** Older or other words that are accepted too, but not shown in help. */
  aliases?: readonly string[];
}

const CODE = { id: 'KODE', en: 'CODE' };

/** The sub-commands of `/mitra` as the spec lists them, in the order help shows them. */
export const SUBCOMMANDS: Record<SubcommandId, SubcommandInfo> = {
  help: { word: { id: 'bantuan', en: 'help' }, description: 'help.cmd.help' },
  new: { word: { id: 'baru', en: 'new' }, description: 'help.cmd.new' },
  list: { word: { id: 'daftar', en: 'list' }, description: 'help.cmd.list' },
  show: { word: { id: 'lihat', en: 'show' }, args: CODE, description: 'help.cmd.show' },
  // Goals are SAKIP's *sasaran*; `tujuan` (the word of earlier versions) still works.
  goal: {
    word: { id: 'sasaran', en: 'goal' },
    aliases: ['tujuan'],
    args: CODE,
    description: 'help.cmd.goal',
  },
  progress: { word: { id: 'progres', en: 'progress' }, args: CODE, description: 'help.cmd.progress' },
  role: { word: { id: 'peran', en: 'role' }, args: CODE, description: 'help.cmd.role' },
  schedule: {
    word: { id: 'jadwal', en: 'schedule' },
    args: { id: 'KODE [uji]', en: 'CODE [test]' },
    description: 'help.cmd.schedule',
  },
  evaluate: { word: { id: 'evaluasi', en: 'evaluate' }, args: CODE, description: 'help.cmd.evaluate' },
  report: {
    word: { id: 'laporan', en: 'report' },
    args: { id: 'KODE [tw3 2026]', en: 'CODE [q3 2026]' },
    description: 'help.cmd.report',
  },
  export: { word: { id: 'ekspor', en: 'export' }, args: CODE, description: 'help.cmd.export' },
  unit: { word: { id: 'unit', en: 'unit' }, description: 'help.cmd.unit' },
  holidays: { word: { id: 'libur', en: 'holidays' }, description: 'help.cmd.holidays' },
  actions: { word: { id: 'tindak', en: 'actions' }, args: CODE, description: 'help.cmd.actions' },
  leave: { word: { id: 'cuti', en: 'leave' }, description: 'help.cmd.leave' },
};

/** Every word that names a sub-command, in either language. */
export function subcommandWords(): Map<string, SubcommandId> {
  const words = new Map<string, SubcommandId>();
  for (const id of SUBCOMMAND_IDS) {
    words.set(SUBCOMMANDS[id].word.id, id);
    words.set(SUBCOMMANDS[id].word.en, id);
    for (const alias of SUBCOMMANDS[id].aliases ?? []) words.set(alias, id);
  }
  return words;
}

/** What a sub-command handler gets: the parsed command, the user's language and the services. */
export interface SubcommandContext {
  services: Services;
  client: WebClient;
  command: SlashCommand;
  /** The words after the sub-command word. */
  args: string[];
  userId: string;
  teamId: string;
  channelId: string;
  triggerId: string;
  locale: Locale;
  t: Translate;
  /**
   * Answers the user privately: the first answer is the body of the command's ack (shown at
   * once), later ones go through the command's `response_url`.
   */
  respond: AnswerFn;
  logger: Logger;
}

/** Sends an answer to the person who typed the command. */
export type AnswerFn = (message: string | RespondArguments) => Promise<unknown>;

export type SubcommandHandler = (ctx: SubcommandContext) => Promise<void>;

export const LIST_WORDS = new Set(['daftar', 'list']);

/** A private answer to the person who typed the command. */
export const say = (ctx: SubcommandContext, text: string) =>
  ctx.respond({ response_type: 'ephemeral', text });
