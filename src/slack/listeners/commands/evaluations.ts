import type { SubcommandHandler, SubcommandId } from './subcommands.js';

/** The evaluations sub-commands of `/mitra`. */
export const evaluationsSubcommands: Partial<Record<SubcommandId, SubcommandHandler>> = {};
