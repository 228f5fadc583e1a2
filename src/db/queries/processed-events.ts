import { lt } from 'drizzle-orm';
import type { Db } from '../client.js';
import { processedEvents } from '../schema/index.js';

/** Slack retries an event for up to about an hour; a day of ids is plenty. */
const KEEP_MS = 24 * 60 * 60 * 1000;

/**
 * Records an event id; false when it was seen before (a Slack retry), so the caller skips it.
 * Old ids are pruned now and then, on the same write path, so the table never grows unbounded.
 */
export function recordProcessedEvent(
  db: Db,
  params: { teamId: string; eventId: string; now: Date },
): boolean {
  const inserted = db
    .insert(processedEvents)
    .values({ teamId: params.teamId, eventId: params.eventId, receivedAt: params.now })
    .onConflictDoNothing()
    .run();
  if (
    inserted.changes > 0 &&
    inserted.lastInsertRowid !== undefined &&
    Number(inserted.lastInsertRowid) % 100 === 0
  ) {
    db.delete(processedEvents)
      .where(lt(processedEvents.receivedAt, new Date(params.now.getTime() - KEEP_MS)))
      .run();
  }
  return inserted.changes > 0;
}
