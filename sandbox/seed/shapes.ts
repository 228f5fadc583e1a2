/** The shapes of the example data, and what every part of the seed shares. */
import type { Db } from '../../src/db/client.js';
import type { EvaluationDimension, GoalStatus, NewSchedule, Role } from '../../src/db/schema/index.js';
import type { LocalDate } from '../../src/domain/time/calendar.js';

export const TIME_ZONE = 'Asia/Jakarta';
export const DAY_MS = 24 * 60 * 60 * 1000;

export interface UnitSeed {
  code: string;
  name: string;
  head: string;
}

export interface GoalSeed {
  title: string;
  indicator: string;
  baseline: number;
  target: number;
  measureUnit: string;
  /** Days from today; negative is overdue. */
  dueInDays: number;
  owner: string;
  personInCharge: string | null;
  /** Progress updates, oldest first: days ago, value, status, note. */
  progress: readonly [number, number, GoalStatus, string][];
}

export interface RoleSeed {
  userId: string;
  unit: string;
  role: Role;
  responsibilities: string;
}

export interface ScheduleSeed {
  kind: NewSchedule['kind'];
  cadence: NewSchedule['cadence'];
  weekdays?: number[];
  dayOfMonth?: number;
  anchorInDays?: number;
  timeOfDay: string;
  message: string;
  mentionRoles: Role[];
}

export interface PartnershipSeed {
  name: string;
  purpose: string;
  template: string;
  channelId: string;
  channelName: string;
  units: readonly [string, string];
  goals: readonly GoalSeed[];
  roles: readonly RoleSeed[];
  schedules: readonly ScheduleSeed[];
  /** Past evaluation cycles, oldest first: days ago it opened, and each manager's scores. */
  evaluations: readonly { openedDaysAgo: number; responses: readonly ResponseSeed[] }[];
}

export interface ResponseSeed {
  userId: string;
  unit: string;
  scores: Record<EvaluationDimension, number>;
  whatWorks: string;
  whatToImprove: string;
}

/** What every seeding step needs: the transaction, the team, the clock and the unit ids. */
export interface SeedContext {
  tx: Db;
  teamId: string;
  now: Date;
  /** Today in the demo's time zone. */
  today: LocalDate;
  daysAgo: (days: number) => Date;
  unitId: (code: string) => number;
}

/** One partnership as it was just written: the rows that follow it hang off these. */
export interface SeededPartnership {
  id: number;
  coordinator: string;
  created: Date;
}
