import type { SubcommandHandler, SubcommandId } from './subcommands.js';

/** The schedules sub-commands of `/mitra`. */
export const schedulesSubcommands: Partial<Record<SubcommandId, SubcommandHandler>> = {};
