import cron, { type ScheduledTask } from 'node-cron';
import type { Clock } from '../clock.js';
import type { Health } from '../health.js';
import type { Logger } from '../logger.js';

/** A job run on every tick of the clock. It reads the database to decide what is due. */
export interface Job {
  name: string;
  run(params: { now: Date }): Promise<void>;
}

export interface Scheduler {
  /** Runs every job once now (used at start and by tests that move the clock). */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

interface Options {
  jobs: readonly Job[];
  clock: Clock;
  logger: Logger;
  /** Told when a tick has finished, for `/healthz`. */
  health?: Health;
  /** Cron pattern of the tick; every minute is enough for reminders set to the minute. */
  pattern?: string;
}

/**
 * node-cron is only the clock: each tick asks every job what is due *now* according to the
 * database, so a tick missed while the host slept or the app was down is caught up on the next
 * one, and a tick that overlaps a slow one is skipped rather than run twice.
 */
export function startScheduler({ jobs, clock, logger, health, pattern = '* * * * *' }: Options): Scheduler {
  let running: Promise<void> | undefined;

  const tick = async (): Promise<void> => {
    if (running) return running;
    running = (async () => {
      const now = clock();
      for (const job of jobs) {
        try {
          await job.run({ now });
        } catch (error) {
          // One failing job must not stop the others or the clock.
          logger.error({ err: error, job: job.name }, 'scheduled job failed');
        }
      }
      health?.tickFinished(clock());
    })();
    try {
      await running;
    } finally {
      running = undefined;
    }
  };

  const task: ScheduledTask = cron.schedule(pattern, () => tick(), {
    name: 'mitra-tick',
    noOverlap: true,
    suppressMissedWarning: true,
  });

  return {
    tick,
    async stop() {
      await task.destroy();
      await running;
    },
  };
}
