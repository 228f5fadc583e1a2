/**
 * Every action_id, block_id and callback_id the app declares, from every feature's ids.ts and the
 * shared ones: what the fuzzer draws from and what the old-layout test holds the old ids against.
 */
import { actionsIds } from '../../src/slack/features/actions/ids.js';
import { evaluationsIds } from '../../src/slack/features/evaluations/ids.js';
import { goalsIds } from '../../src/slack/features/goals/ids.js';
import { holidaysIds } from '../../src/slack/features/holidays/ids.js';
import { homeIds } from '../../src/slack/features/home/ids.js';
import { leaveIds } from '../../src/slack/features/leave/ids.js';
import { notesIds } from '../../src/slack/features/notes/ids.js';
import { partnershipsIds } from '../../src/slack/features/partnerships/ids.js';
import { progressIds } from '../../src/slack/features/progress/ids.js';
import { rolesIds } from '../../src/slack/features/roles/ids.js';
import { schedulesIds } from '../../src/slack/features/schedules/ids.js';
import { unitsIds } from '../../src/slack/features/units/ids.js';
import { sharedIds } from '../../src/slack/kit/ids.js';

export const ALL_ID_GROUPS = {
  actionsIds,
  evaluationsIds,
  goalsIds,
  holidaysIds,
  homeIds,
  leaveIds,
  notesIds,
  partnershipsIds,
  progressIds,
  rolesIds,
  schedulesIds,
  unitsIds,
  sharedIds,
} as const;

/** Every id value, once. */
export const ALL_IDS: readonly string[] = [
  ...new Set(Object.values(ALL_ID_GROUPS).flatMap((ids) => Object.values(ids) as string[])),
];
