import type { WebClient } from '@slack/web-api';
import type { Services } from '../services.js';
import { createDeliveryRunner, type DeliveryOptions } from './deliveries.js';
import type { Job } from './scheduler.js';

/**
 * The reminders job: each tick plans the due deliveries of every active schedule and posts them
 * exactly once (see `deliveries.ts`). The scheduler's first tick runs at start, so reminders missed
 * while the app was down are caught up then.
 */
export function scheduleJobs(services: Services, client: WebClient, options: DeliveryOptions = {}): Job[] {
  const runner = createDeliveryRunner(services, client, options);
  return [
    {
      name: 'schedules',
      async run({ now }) {
        const report = await runner.tick(now);
        if (report.planned + report.sent + report.failed + report.retried > 0) {
          services.logger.info({ job: 'schedules', ...report }, 'reminders tick');
        }
      },
    },
  ];
}
