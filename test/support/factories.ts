import type { Db } from '../../src/db/client.js';
import {
  type Goal,
  goals,
  type NewGoal,
  type NewPartnership,
  type NewRoleAssignment,
  type NewSchedule,
  type NewUnit,
  type Partnership,
  partnerships,
  partnershipUnits,
  type RoleAssignment,
  roleAssignments,
  type Schedule,
  schedules,
  type Unit,
  units,
} from '../../src/db/schema/index.js';

/** Test data written straight through Drizzle: factories take overrides, like openstatus's. */
export const TEAM = 'T0MITRA';

let counter = 0;
const next = () => ++counter;

export function createUnit(db: Db, overrides: Partial<NewUnit> = {}): Unit {
  const n = next();
  return db
    .insert(units)
    .values({ teamId: TEAM, code: `U${n}`, name: `Unit ${n}`, headUserId: null, ...overrides })
    .returning()
    .get();
}

export function createPartnership(
  db: Db,
  overrides: Partial<NewPartnership> & { unitIds?: number[]; coordinatorId?: string } = {},
): Partnership {
  const { unitIds, coordinatorId = 'UCOORD', ...values } = overrides;
  const unitList = unitIds ?? [createUnit(db).id, createUnit(db).id];
  const teamId = values.teamId ?? TEAM;
  const seq =
    values.seq ??
    db
      .select({ seq: partnerships.seq })
      .from(partnerships)
      .all()
      .reduce((max, row) => Math.max(max, row.seq), 0) + 1;
  const partnership = db
    .insert(partnerships)
    .values({
      teamId,
      seq,
      code: `PK-${seq}`,
      name: `Kemitraan ${seq}`,
      purpose: 'Tujuan bersama',
      leadUnitId: unitList[0] as number,
      channelId: 'C0SHARED',
      startDate: '2026-01-05',
      reviewDate: '2026-12-31',
      timeZone: 'Asia/Jakarta',
      createdBy: coordinatorId,
      ...values,
    })
    .returning()
    .get();
  for (const unitId of unitList) {
    db.insert(partnershipUnits).values({ teamId, partnershipId: partnership.id, unitId }).run();
  }
  createRole(db, {
    partnershipId: partnership.id,
    unitId: unitList[0] as number,
    userId: coordinatorId,
    role: 'coordinator',
  });
  return partnership;
}

export function createRole(
  db: Db,
  values: Pick<NewRoleAssignment, 'partnershipId' | 'unitId' | 'userId' | 'role'> &
    Partial<NewRoleAssignment>,
): RoleAssignment {
  return db
    .insert(roleAssignments)
    .values({ teamId: TEAM, assignedBy: 'UCOORD', responsibilities: null, ...values })
    .returning()
    .get();
}

export function createGoal(db: Db, values: Pick<NewGoal, 'partnershipId'> & Partial<NewGoal>): Goal {
  const n = next();
  return db
    .insert(goals)
    .values({
      teamId: TEAM,
      title: `Sasaran ${n}`,
      indicator: 'Persentase dokumen selesai',
      baseline: 0,
      target: 100,
      measureUnit: '%',
      createdBy: 'UCOORD',
      ...values,
    })
    .returning()
    .get();
}

export function createSchedule(
  db: Db,
  values: Pick<NewSchedule, 'partnershipId'> & Partial<NewSchedule>,
): Schedule {
  return db
    .insert(schedules)
    .values({
      teamId: TEAM,
      kind: 'checkin',
      cadence: 'weekly',
      weekdays: [1],
      timeOfDay: '09:00',
      timeZone: 'Asia/Jakarta',
      mentionRoles: [],
      createdBy: 'UCOORD',
      ...values,
    })
    .returning()
    .get();
}
