import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { type CycleSummary, chainSummaries } from '../../domain/evaluation-stats.js';
import type { Db } from '../client.js';
import {
  type EvaluationCycle,
  evaluationCycles,
  evaluationInvitations,
  evaluationResponses,
  partnerships,
  units,
} from '../schema/index.js';
import { writeAudit } from './audit.js';
import { listInvitations, listSurveyAnswers } from './evaluation-responses.js';
import { bound, idList, idsIn, preparedOnce } from './prepared.js';
import { listRoleAssignments } from './roles.js';

/** A partnership's cycle that is not closed yet: open, or being closed right now. */
function notClosedCycleOf(p: { teamId: string; partnershipId: number }) {
  return and(
    eq(evaluationCycles.teamId, p.teamId),
    eq(evaluationCycles.partnershipId, p.partnershipId),
    inArray(evaluationCycles.status, ['open', 'closing']),
  );
}

/** A partnership's closed cycles (with or without a stored summary). */
function closedOf(p: { teamId: string; partnershipId: number }) {
  return and(
    eq(evaluationCycles.teamId, p.teamId),
    eq(evaluationCycles.partnershipId, p.partnershipId),
    eq(evaluationCycles.status, 'closed'),
  );
}

/** The managers of a partnership with the unit they hold the role for (the first, if several). */
export function listManagerRoles(
  db: Db,
  params: { teamId: string; partnershipId: number },
): Array<{ userId: string; unitId: number }> {
  const seen = new Map<string, number>();
  for (const row of listRoleAssignments(db, params)) {
    if (row.role === 'manager' && !seen.has(row.userId)) seen.set(row.userId, row.unitId);
  }
  return [...seen].map(([userId, unitId]) => ({ userId, unitId }));
}

export interface NewCycle {
  teamId: string;
  partnershipId: number;
  scheduleId: number | null;
  openedBy: string;
  openedAt: Date;
  closesAt: Date;
  remindAt: Date | null;
  channelId: string;
  invitations: ReadonlyArray<{ userId: string; unitId: number | null }>;
}

/**
 * Stores a cycle and its invitations, with the audit entry, in one transaction. Refuses (returns
 * `undefined`) when the partnership already has a cycle that is not closed: one survey at a time
 * keeps "the open cycle" unambiguous for commands, buttons and App Home.
 */
export function createEvaluationCycle(db: Db, params: NewCycle): EvaluationCycle | undefined {
  return db.transaction((tx) => {
    const open = tx
      .select({ id: evaluationCycles.id })
      .from(evaluationCycles)
      .where(notClosedCycleOf(params))
      .get();
    if (open) return undefined;
    const cycle = tx
      .insert(evaluationCycles)
      .values({
        teamId: params.teamId,
        partnershipId: params.partnershipId,
        scheduleId: params.scheduleId,
        openedBy: params.openedBy,
        openedAt: params.openedAt,
        closesAt: params.closesAt,
        remindAt: params.remindAt,
        channelId: params.channelId,
        createdAt: params.openedAt,
        updatedAt: params.openedAt,
      })
      .returning()
      .get();
    for (const invitation of params.invitations) {
      tx.insert(evaluationInvitations)
        .values({
          teamId: params.teamId,
          cycleId: cycle.id,
          userId: invitation.userId,
          unitId: invitation.unitId,
          invitedAt: params.openedAt,
        })
        .run();
    }
    writeAudit(tx, {
      teamId: params.teamId,
      actorUserId: params.openedBy,
      action: 'evaluation.cycle.open',
      entityType: 'evaluation_cycle',
      entityId: cycle.id,
      partnershipId: params.partnershipId,
      after: { ...cycle, invited: params.invitations.map((i) => i.userId) },
      at: params.openedAt,
    });
    return cycle;
  });
}

export function getCycle(db: Db, params: { teamId: string; cycleId: number }): EvaluationCycle | undefined {
  return db
    .select()
    .from(evaluationCycles)
    .where(and(eq(evaluationCycles.teamId, params.teamId), eq(evaluationCycles.id, params.cycleId)))
    .get();
}

/** The cycle of a partnership that is not closed yet (open, or being closed right now). */
export function getOpenCycle(
  db: Db,
  params: { teamId: string; partnershipId: number },
): EvaluationCycle | undefined {
  return db
    .select()
    .from(evaluationCycles)
    .where(notClosedCycleOf(params))
    .orderBy(desc(evaluationCycles.openedAt))
    .get();
}

export function setCyclePromptTs(
  db: Db,
  params: { teamId: string; cycleId: number; promptTs: string },
): void {
  db.update(evaluationCycles)
    .set({ promptTs: params.promptTs })
    .where(and(eq(evaluationCycles.teamId, params.teamId), eq(evaluationCycles.id, params.cycleId)))
    .run();
}

// ── progress: for `lihat`, App Home and the coordinator ─────────────────────────────────────────

export interface CycleProgress {
  cycleId: number;
  partnershipId: number;
  partnershipCode: string;
  partnershipName: string;
  status: EvaluationCycle['status'];
  openedAt: Date;
  closesAt: Date;
  remindAt: Date | null;
  invitedCount: number;
  respondedCount: number;
  /** responded / invited (0–1); `null` when nobody was invited. */
  responseRate: number | null;
}

const respondedCountSql = sql<number>`(
  select count(*) from ${evaluationResponses}
  where ${evaluationResponses.cycleId} = ${evaluationCycles.id}
    and ${evaluationResponses.userId} in (
      select ${evaluationInvitations.userId} from ${evaluationInvitations}
      where ${evaluationInvitations.cycleId} = ${evaluationCycles.id}
    )
)`;
const invitedCountSql = sql<number>`(
  select count(*) from ${evaluationInvitations} where ${evaluationInvitations.cycleId} = ${evaluationCycles.id}
)`;

function progressRows(db: Db, where: ReturnType<typeof and>): CycleProgress[] {
  return progressQuery(db, where).all().map(withResponseRate);
}

function progressQuery(db: Db, where: ReturnType<typeof and>) {
  return db
    .select({
      cycleId: evaluationCycles.id,
      partnershipId: evaluationCycles.partnershipId,
      partnershipCode: partnerships.code,
      partnershipName: partnerships.name,
      status: evaluationCycles.status,
      openedAt: evaluationCycles.openedAt,
      closesAt: evaluationCycles.closesAt,
      remindAt: evaluationCycles.remindAt,
      invitedCount: invitedCountSql,
      respondedCount: respondedCountSql,
    })
    .from(evaluationCycles)
    .innerJoin(partnerships, eq(partnerships.id, evaluationCycles.partnershipId))
    .where(where)
    .orderBy(asc(evaluationCycles.closesAt), asc(evaluationCycles.id));
}

function withResponseRate<T extends { invitedCount: number; respondedCount: number }>(row: T) {
  return {
    ...row,
    responseRate: row.invitedCount === 0 ? null : Math.min(1, row.respondedCount / row.invitedCount),
  };
}

/** Invited and responded counts of one cycle (responses counted only from invited people). */
export function getCycleProgress(
  db: Db,
  params: { teamId: string; cycleId: number },
): CycleProgress | undefined {
  return progressRows(
    db,
    and(eq(evaluationCycles.teamId, params.teamId), eq(evaluationCycles.id, params.cycleId)),
  )[0];
}

/**
 * The cycles that are not closed yet, with their response rates: of one partnership, or of
 * every partnership in the team when `partnershipId` is left out (App Home filters by the
 * partnerships the user coordinates).
 */
export function listOpenCycles(
  db: Db,
  params: { teamId: string; partnershipId?: number; partnershipIds?: readonly number[] },
): CycleProgress[] {
  const filters = [
    eq(evaluationCycles.teamId, params.teamId),
    inArray(evaluationCycles.status, ['open', 'closing']),
  ];
  if (params.partnershipId !== undefined)
    filters.push(eq(evaluationCycles.partnershipId, params.partnershipId));
  if (params.partnershipIds !== undefined) {
    if (params.partnershipIds.length === 0) return [];
    // Those of a page of partnerships (App Home): one statement, prepared once per connection.
    return preparedOnce(db, 'evaluations.openCyclesOf', () =>
      progressQuery(
        db,
        and(
          eq(evaluationCycles.teamId, bound('teamId')),
          inArray(evaluationCycles.status, ['open', 'closing']),
          idsIn(evaluationCycles.partnershipId),
        ),
      ).prepare(),
    )
      .all({ teamId: params.teamId, ids: idList(params.partnershipIds) })
      .map(withResponseRate);
  }
  return progressRows(db, and(...filters));
}

export interface WaitingSurvey {
  cycleId: number;
  partnershipId: number;
  partnershipCode: string;
  partnershipName: string;
  closesAt: Date;
  timeZone: string;
  /** True when the person has answered already (they may still change the answers). */
  answered: boolean;
}

/**
 * The open cycles a person is invited to, soonest closing first: what App Home shows a manager
 * (with an `evaluation_survey_open` button, value = `cycleId`).
 */
export function listWaitingSurveys(db: Db, params: { teamId: string; userId: string }): WaitingSurvey[] {
  return preparedOnce(db, 'evaluations.waitingSurveys', () => waitingSurveysQuery(db).prepare())
    .all({ teamId: params.teamId, userId: params.userId })
    .map(({ responseId, ...row }) => ({ ...row, answered: responseId !== null }));
}

function waitingSurveysQuery(db: Db) {
  return db
    .select({
      cycleId: evaluationCycles.id,
      partnershipId: evaluationCycles.partnershipId,
      partnershipCode: partnerships.code,
      partnershipName: partnerships.name,
      closesAt: evaluationCycles.closesAt,
      timeZone: partnerships.timeZone,
      responseId: evaluationResponses.id,
    })
    .from(evaluationInvitations)
    .innerJoin(evaluationCycles, eq(evaluationCycles.id, evaluationInvitations.cycleId))
    .innerJoin(partnerships, eq(partnerships.id, evaluationCycles.partnershipId))
    .leftJoin(
      evaluationResponses,
      and(
        eq(evaluationResponses.cycleId, evaluationInvitations.cycleId),
        eq(evaluationResponses.userId, evaluationInvitations.userId),
      ),
    )
    .where(
      and(
        eq(evaluationInvitations.teamId, bound('teamId')),
        eq(evaluationInvitations.userId, bound('userId')),
        // Unary plus: the person's invitations lead (an index), not every open cycle of every team.
        sql`+${evaluationCycles.status} = 'open'`,
      ),
    )
    .orderBy(asc(evaluationCycles.closesAt));
}

// ── reports ─────────────────────────────────────────────────────────────────────────────────────

/** A closed cycle with the summary computed when it closed (or from its responses, see below). */
export type ClosedCycle = EvaluationCycle & { summaryJson: CycleSummary };

/**
 * The closed cycles of a partnership with their summaries, oldest first (for the trend); a cycle
 * without a stored summary gets one computed from its responses ({@link chainSummaries}).
 */
export function listClosedCycles(db: Db, params: { teamId: string; partnershipId: number }): ClosedCycle[] {
  const rows = db
    .select()
    .from(evaluationCycles)
    .where(closedOf(params))
    .orderBy(asc(evaluationCycles.closesAt), asc(evaluationCycles.id))
    .all();
  return chainSummaries(rows, (cycleId) => ({
    invitedCount: listInvitations(db, { teamId: params.teamId, cycleId }).length,
    responses: listSurveyAnswers(db, { teamId: params.teamId, cycleId }),
  }));
}

/** The latest closed cycle's summary before `beforeCycleId`, for the change per dimension. */
export function getPreviousSummary(
  db: Db,
  params: { teamId: string; partnershipId: number; beforeCycleId: number },
): CycleSummary | null {
  const earlier = listClosedCycles(db, params).filter((c) => c.id < params.beforeCycleId);
  return earlier.at(-1)?.summaryJson ?? null;
}

/** Unit names by id, for the per-unit lines of a summary. */
export function listUnitNames(
  db: Db,
  params: { teamId: string; unitIds: readonly number[] },
): Record<number, string> {
  if (params.unitIds.length === 0) return {};
  const rows = db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(eq(units.teamId, params.teamId), inArray(units.id, [...params.unitIds])))
    .all();
  return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}
