import { integer, text } from 'drizzle-orm/sqlite-core';

/** Every row belongs to one Slack workspace; every query filters on it. */
export const teamId = () => text('team_id').notNull();

/** Instants are stored as epoch milliseconds and read back as `Date`. */
export const instant = (name: string) => integer(name, { mode: 'timestamp_ms' });

/** Calendar dates (due dates, holidays) are `YYYY-MM-DD` text: they have no time zone of their own. */
export const calendarDate = (name: string) => text(name);

export const createdAt = () =>
  instant('created_at')
    .notNull()
    .$defaultFn(() => new Date());

export const updatedAt = () =>
  instant('updated_at')
    .notNull()
    .$defaultFn(() => new Date());
