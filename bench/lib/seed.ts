/**
 * Seeds a migrated database with N partnerships fast: bulk inserts through Drizzle in one
 * transaction, not through Slack. Each partnership has two units, four roles, three goals, two
 * schedules and two closed evaluation cycles with three invitations and three responses each.
 *
 * Who sees what: COORDINATOR coordinates the first 50; the others are coordinated by 200 other
 * people; ADMIN (MITRA_ADMINS) sees every one.
 */
import type { Db } from '../../src/db/client.js';
import {
  evaluationCycles,
  evaluationInvitations,
  evaluationResponses,
  goals,
  partnerships,
  partnershipUnits,
  roleAssignments,
  schedules,
  units,
} from '../../src/db/schema/index.js';
import { summariseCycle } from '../../src/domain/evaluation-stats.js';
import { CHANNEL, COORDINATOR, TEAM } from './standin.js';

const UNIT_COUNT = 20;
const CHUNK = 400;

/** A day of the month that is neither today nor tomorrow, so the seeded schedules keep the app quiet. */
export function quietDayOfMonth(now: Date): number {
  return ((now.getUTCDate() + 10) % 28) + 1;
}

function insertAll<T>(rows: T[], insert: (chunk: T[]) => void): void {
  for (let i = 0; i < rows.length; i += CHUNK) insert(rows.slice(i, i + CHUNK));
}

export interface SeedOptions {
  count: number;
  now?: Date;
  /** Channel of partnership i (default: all in CHANNEL). */
  channelOf?: (i: number) => string;
  /** Schedules per partnership: the quiet monthly pair by default. */
  schedulesOf?: (i: number, partnershipId: number) => Array<typeof schedules.$inferInsert>;
  /** Charter ts (a charter already posted); default a fixed ts so `lihat` does not post one. */
  charterTsOf?: (i: number) => string | null;
}

export function seedPartnerships(db: Db, options: SeedOptions): { ms: number; rows: number } {
  const started = performance.now();
  const now = options.now ?? new Date();
  const day = quietDayOfMonth(now);
  let rows = 0;
  db.transaction((tx) => {
    const unitRows = tx
      .insert(units)
      .values(
        Array.from({ length: UNIT_COUNT }, (_, i) => ({
          teamId: TEAM,
          code: `U${i + 1}`,
          name: `Unit Kerja ${i + 1}`,
          headUserId: `UHEAD${i + 1}`,
        })),
      )
      .returning({ id: units.id })
      .all();
    const unitId = (n: number) => unitRows[n % UNIT_COUNT]?.id as number;

    const partnershipRows: Array<typeof partnerships.$inferInsert> = [];
    for (let i = 1; i <= options.count; i += 1) {
      partnershipRows.push({
        teamId: TEAM,
        code: `PK-${i}`,
        seq: i,
        name: `Kemitraan Bench ${i}`,
        purpose: `Tujuan bersama kemitraan ${i}: menyelaraskan data dan laporan antar unit.`,
        leadUnitId: unitId(i),
        channelId: options.channelOf?.(i) ?? CHANNEL,
        charterTs: options.charterTsOf ? options.charterTsOf(i) : '1700000000.000100',
        startDate: '2026-01-05',
        reviewDate: '2027-06-30',
        timeZone: 'Asia/Jakarta',
        createdBy: i <= 50 ? COORDINATOR : `UC${i % 200}`,
      });
    }
    const ids: number[] = [];
    insertAll(partnershipRows, (chunk) => {
      for (const r of tx.insert(partnerships).values(chunk).returning({ id: partnerships.id }).all()) {
        ids.push(r.id);
      }
    });

    const pu: Array<typeof partnershipUnits.$inferInsert> = [];
    const roles: Array<typeof roleAssignments.$inferInsert> = [];
    const goalRows: Array<typeof goals.$inferInsert> = [];
    const scheduleRows: Array<typeof schedules.$inferInsert> = [];
    const cycleRows: Array<typeof evaluationCycles.$inferInsert> = [];
    ids.forEach((id, index) => {
      const i = index + 1;
      const lead = unitId(i);
      const partner = unitId(i + 7);
      pu.push(
        { teamId: TEAM, partnershipId: id, unitId: lead },
        { teamId: TEAM, partnershipId: id, unitId: partner },
      );
      const role = (userId: string, unit: number, r: 'coordinator' | 'liaison' | 'member' | 'manager') => ({
        teamId: TEAM,
        partnershipId: id,
        unitId: unit,
        userId,
        role: r,
        responsibilities: 'Menyiapkan bahan rapat dan laporan bulanan',
        assignedBy: COORDINATOR,
      });
      roles.push(
        role(i <= 50 ? COORDINATOR : `UC${i % 200}`, lead, 'coordinator'),
        role(`UL${i % 300}`, partner, 'liaison'),
        role(`UM${i % 500}`, partner, 'member'),
        role(`UMG${i % 100}`, lead, 'manager'),
      );
      for (let g = 0; g < 3; g += 1) {
        goalRows.push({
          teamId: TEAM,
          partnershipId: id,
          title: `Sasaran ${g + 1} kemitraan ${i}`,
          indicator: 'Persentase dokumen selesai',
          baseline: 10,
          target: 100,
          measureUnit: '%',
          dueDate: g === 0 ? '2026-02-27' : '2027-03-31',
          ownerUnitId: g === 2 ? null : lead,
          personInChargeId: g === 2 ? null : `UL${i % 300}`,
          currentValue: 20 * g,
          status: g === 1 ? 'at_risk' : 'on_track',
          createdBy: COORDINATOR,
        });
      }
      const own = options.schedulesOf?.(i, id);
      if (own) scheduleRows.push(...own);
      else {
        for (const kind of ['checkin', 'progress'] as const) {
          scheduleRows.push({
            teamId: TEAM,
            partnershipId: id,
            kind,
            cadence: 'monthly_day',
            dayOfMonth: day,
            timeOfDay: kind === 'checkin' ? '09:00' : '14:00',
            timeZone: 'Asia/Jakarta',
            mentionRoles: ['coordinator', 'liaison'],
            createdBy: COORDINATOR,
            lastRunAt: now,
          });
        }
      }
      for (const month of [3, 6]) {
        const openedAt = new Date(Date.UTC(2026, month - 1, 2, 2));
        cycleRows.push({
          teamId: TEAM,
          partnershipId: id,
          status: 'closed',
          openedBy: COORDINATOR,
          openedAt,
          closesAt: new Date(openedAt.getTime() + 7 * 86_400_000),
          closedAt: new Date(openedAt.getTime() + 7 * 86_400_000),
          channelId: options.channelOf?.(i) ?? CHANNEL,
          promptTs: '1700000000.000200',
          summaryTs: '1700000000.000300',
          summaryJson: SUMMARY,
        });
      }
    });
    insertAll(pu, (chunk) => tx.insert(partnershipUnits).values(chunk).run());
    insertAll(roles, (chunk) => tx.insert(roleAssignments).values(chunk).run());
    insertAll(goalRows, (chunk) => tx.insert(goals).values(chunk).run());
    insertAll(scheduleRows, (chunk) => tx.insert(schedules).values(chunk).run());
    const cycleIds: Array<{ id: number; partnershipIndex: number }> = [];
    insertAll(cycleRows, (chunk) => {
      for (const r of tx
        .insert(evaluationCycles)
        .values(chunk)
        .returning({ id: evaluationCycles.id })
        .all()) {
        cycleIds.push({ id: r.id, partnershipIndex: Math.floor(cycleIds.length / 2) + 1 });
      }
    });
    const invitations: Array<typeof evaluationInvitations.$inferInsert> = [];
    const responses: Array<typeof evaluationResponses.$inferInsert> = [];
    for (const { id: cycleId, partnershipIndex: i } of cycleIds) {
      for (const userId of [`UL${i % 300}`, `UM${i % 500}`, `UMG${i % 100}`]) {
        invitations.push({ teamId: TEAM, cycleId, userId, unitId: unitId(i + 7) });
        responses.push({
          teamId: TEAM,
          cycleId,
          userId,
          unitId: unitId(i + 7),
          ...SCORES,
          whatWorks: 'Rapat rutin berjalan baik',
          whatToImprove: 'Data dikirim lebih awal',
        });
      }
    }
    insertAll(invitations, (chunk) => tx.insert(evaluationInvitations).values(chunk).run());
    insertAll(responses, (chunk) => tx.insert(evaluationResponses).values(chunk).run());
    rows =
      UNIT_COUNT +
      ids.length +
      pu.length +
      roles.length +
      goalRows.length +
      scheduleRows.length +
      cycleIds.length +
      invitations.length +
      responses.length;
  });
  return { ms: performance.now() - started, rows };
}

const SCORES = {
  coordination: 4,
  communication: 3,
  collaboration: 4,
  efficiency: 3,
  satisfaction: 4,
  trust: 5,
  roleClarity: 3,
} as const;

const SUMMARY = summariseCycle({
  invitedCount: 3,
  responses: Array.from({ length: 3 }, () => ({
    unitId: null,
    scores: SCORES,
    whatWorks: 'Rapat rutin berjalan baik',
    whatToImprove: 'Data dikirim lebih awal',
  })),
});
