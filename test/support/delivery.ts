import { LogLevel, WebClient } from '@slack/web-api';
import { eq } from 'drizzle-orm';
import type { FakeSlack, SlackMessage } from '../../sandbox/fake-slack/index.js';
import type { Db } from '../../src/db/client.js';
import { type Delivery, deliveries } from '../../src/db/schema/index.js';
import { scheduleJobs } from '../../src/jobs/schedules.js';
import type { Services } from '../../src/services.js';
import type { Harness } from './harness.js';

/** A clock the test moves by hand. */
export function manualClock(start: string | Date) {
  let now = new Date(start);
  return {
    clock: () => now,
    set(to: string | Date) {
      now = new Date(to);
    },
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
  };
}

/**
 * A Web API client on FakeSlack without the client's own retries and with a short time-out, so a
 * test of the delivery job's retry rules never waits for back-off (the app's own client is used
 * where the client's retries are what is tested).
 */
export function fastClient(fake: FakeSlack, timeoutMs = 2_000): WebClient {
  return new WebClient(fake.botToken, {
    slackApiUrl: fake.apiUrl,
    timeout: timeoutMs,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: false,
    logLevel: LogLevel.ERROR,
  });
}

/** The reminders job of a harness, run by hand with the given `now`. */
export function reminderJob(h: Harness, client: WebClient = fastClient(h.fake), workerId = 'test-worker') {
  const services: Services = { ...h.mitra.services };
  const [job] = scheduleJobs(services, client, { workerId });
  if (!job) throw new Error('scheduleJobs returned no job');
  return job;
}

export function deliveriesOf(db: Db, scheduleId: number): Delivery[] {
  return db
    .select()
    .from(deliveries)
    .where(eq(deliveries.scheduleId, scheduleId))
    .orderBy(deliveries.dueAt)
    .all();
}

/** Reminder messages in a channel, by the delivery id in their metadata. */
export function reminderMessages(
  fake: FakeSlack,
  channelId: string,
): (SlackMessage & { deliveryId?: number })[] {
  return fake
    .messages(channelId)
    .filter((m) => m.metadata?.event_type === 'mitra_reminder')
    .map((m) => ({ ...m, deliveryId: Number(m.metadata?.event_payload.delivery_id) }));
}
