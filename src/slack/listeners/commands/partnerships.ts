import type { SubcommandHandler, SubcommandId } from './subcommands.js';

/** The partnerships sub-commands of `/mitra`. */
export const partnershipsSubcommands: Partial<Record<SubcommandId, SubcommandHandler>> = {};
