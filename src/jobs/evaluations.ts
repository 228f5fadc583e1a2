import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { WebClient } from '@slack/web-api';
import type { Services } from '../services.js';
import { closeDueCycles } from './evaluation-close.js';
import { remindNonResponders } from './evaluation-reminders.js';
import type { Job } from './scheduler.js';

/**
 * The evaluation jobs: reminders to managers who have not answered, and closing cycles with their
 * summary. `claimant` names this process in the close claims (default: host, pid and a random
 * part, so two processes on one host never share a name).
 */
export function evaluationJobs(
  services: Services,
  client: WebClient,
  options: { claimant?: string } = {},
): Job[] {
  const claimant = options.claimant ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  return [
    {
      name: 'evaluation-reminders',
      run: async ({ now }) => {
        await remindNonResponders(services, client, { now });
      },
    },
    {
      name: 'evaluation-close',
      run: async ({ now }) => {
        await closeDueCycles(services, client, { now, claimant });
      },
    },
  ];
}
