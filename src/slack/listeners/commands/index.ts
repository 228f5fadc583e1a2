import type { App } from '@slack/bolt';
import type { Services } from '../../../services.js';
import { evaluationsSubcommands } from './evaluations.js';
import { goalsSubcommands } from './goals.js';
import { mitraCommand } from './mitra.js';
import { partnershipsSubcommands } from './partnerships.js';
import { schedulesSubcommands } from './schedules.js';

/** Where each sub-command's handler is plugged in; help and unknown words are handled by the router. */
const handlers = {
  ...partnershipsSubcommands,
  ...goalsSubcommands,
  ...schedulesSubcommands,
  ...evaluationsSubcommands,
};

export function registerCommands(app: App, services: Services): void {
  app.command('/mitra', mitraCommand(services, handlers));
}
