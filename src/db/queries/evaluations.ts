import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { type CycleSummary, type SurveyAnswer, summariseCycle } from '../../domain/evaluation-stats.js';
import type { Db } from '../client.js';
import {
  EVALUATION_DIMENSIONS,
  type EvaluationCycle,
  type EvaluationDimension,
  type EvaluationInvitation,
  type EvaluationResponse,
  evaluationCycles,
  evaluationInvitations,
  evaluationResponses,
  partnerships,
  units,
} from '../schema/index.js';
import { writeAudit } from './audit.js';
import { bound, idList, idsIn, preparedOnce } from './prepared.js';
import { listRoleAssignments } from './roles.js';

// ── predicates shared by the queries below ──────────────────────────────────────────────────────

/** One person's invitation to one cycle. */
function invitationOf(p: { teamId: string; cycleId: number; userId: string }) {
  return and(
    eq(evaluationInvitations.teamId, p.teamId),
    eq(evaluationInvitations.cycleId, p.cycleId),
    eq(evaluationInvitations.userId, p.userId),
  );
}

/** One person's answers in one cycle. */
function responseOf(p: { teamId: string; cycleId: number; userId: string }) {
  return and(
    eq(evaluationResponses.teamId, p.teamId),
    eq(evaluationResponses.cycleId, p.cycleId),
    eq(evaluationResponses.userId, p.userId),
  );
}

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

/** A cycle to close now: open past its closing time, or claimed by a process whose claim went stale. */
function closable(p: { now: Date; staleBefore: Date }) {
  return or(
    and(eq(evaluationCycles.status, 'open'), lte(evaluationCycles.closesAt, p.now)),
    and(eq(evaluationCycles.status, 'closing'), lt(evaluationCycles.claimedAt, p.staleBefore)),
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

export function listInvitations(db: Db, params: { teamId: string; cycleId: number }): EvaluationInvitation[] {
  return db
    .select()
    .from(evaluationInvitations)
    .where(
      and(eq(evaluationInvitations.teamId, params.teamId), eq(evaluationInvitations.cycleId, params.cycleId)),
    )
    .orderBy(asc(evaluationInvitations.userId))
    .all();
}

export function getInvitation(
  db: Db,
  params: { teamId: string; cycleId: number; userId: string },
): EvaluationInvitation | undefined {
  return db.select().from(evaluationInvitations).where(invitationOf(params)).get();
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

export function setInvitationDm(
  db: Db,
  params: { teamId: string; cycleId: number; userId: string; dmChannelId: string; dmTs: string },
): void {
  db.update(evaluationInvitations)
    .set({ dmChannelId: params.dmChannelId, dmTs: params.dmTs })
    .where(invitationOf(params))
    .run();
}

export function getResponse(
  db: Db,
  params: { teamId: string; cycleId: number; userId: string },
): EvaluationResponse | undefined {
  return db.select().from(evaluationResponses).where(responseOf(params)).get();
}

/** The answers of a survey response, by column, as the audit log names them. */
const SURVEY_ANSWER_FIELDS = [...EVALUATION_DIMENSIONS, 'whatWorks', 'whatToImprove'] as const;

export interface SurveyResponseInput {
  teamId: string;
  cycleId: number;
  partnershipId: number;
  userId: string;
  unitId: number | null;
  scores: Record<EvaluationDimension, number>;
  whatWorks: string | null;
  whatToImprove: string | null;
  now: Date;
}

/**
 * Saves a manager's answers: the first time an insert, afterwards an update of the same row
 * (unique per cycle and person). The cycle must still be `open` *inside the transaction*, so an
 * answer that races the close job is either counted in the summary or refused — never lost
 * silently after the summary was computed.
 */
export function upsertResponse(
  db: Db,
  params: SurveyResponseInput,
): { ok: true; created: boolean } | { ok: false; reason: 'closed' } {
  return db.transaction((tx) => {
    const cycle = tx
      .select({ status: evaluationCycles.status })
      .from(evaluationCycles)
      .where(and(eq(evaluationCycles.teamId, params.teamId), eq(evaluationCycles.id, params.cycleId)))
      .get();
    if (cycle?.status !== 'open') return { ok: false, reason: 'closed' } as const;
    const before = getResponse(tx, params);
    const values = {
      ...params.scores,
      unitId: params.unitId,
      whatWorks: params.whatWorks,
      whatToImprove: params.whatToImprove,
      updatedAt: params.now,
    };
    const after = tx
      .insert(evaluationResponses)
      .values({
        teamId: params.teamId,
        cycleId: params.cycleId,
        userId: params.userId,
        createdAt: params.now,
        ...values,
      })
      .onConflictDoUpdate({ target: [evaluationResponses.cycleId, evaluationResponses.userId], set: values })
      .returning()
      .get();
    // Who answered and when, and which answers changed — never the scores or the words: those
    // exist only in evaluation_responses, so the identified answers are kept in one place.
    writeAudit(tx, {
      teamId: params.teamId,
      actorUserId: params.userId,
      action: before ? 'evaluation.response.update' : 'evaluation.response.submit',
      entityType: 'evaluation_response',
      entityId: after.id,
      partnershipId: params.partnershipId,
      before: null,
      after: {
        cycleId: params.cycleId,
        changed: SURVEY_ANSWER_FIELDS.filter((field) =>
          before ? before[field] !== after[field] : after[field] !== null,
        ),
      },
      at: params.now,
    });
    return { ok: true, created: before === undefined } as const;
  });
}

/** A cycle's answers without who gave them, as the statistics take them. */
export function listSurveyAnswers(db: Db, params: { teamId: string; cycleId: number }): SurveyAnswer[] {
  return db
    .select()
    .from(evaluationResponses)
    .where(
      and(eq(evaluationResponses.teamId, params.teamId), eq(evaluationResponses.cycleId, params.cycleId)),
    )
    .all()
    .map((r) => ({
      unitId: r.unitId,
      scores: {
        coordination: r.coordination,
        communication: r.communication,
        collaboration: r.collaboration,
        efficiency: r.efficiency,
        satisfaction: r.satisfaction,
        trust: r.trust,
        roleClarity: r.roleClarity,
      },
      whatWorks: r.whatWorks,
      whatToImprove: r.whatToImprove,
    }));
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

// ── reminders ───────────────────────────────────────────────────────────────────────────────────

/** Open cycles whose reminder time has come and whose reminders were not sent yet. */
export function listCyclesDueForReminder(db: Db, params: { now: Date }): EvaluationCycle[] {
  return db
    .select()
    .from(evaluationCycles)
    .where(
      and(
        eq(evaluationCycles.status, 'open'),
        isNotNull(evaluationCycles.remindAt),
        lte(evaluationCycles.remindAt, params.now),
        isNull(evaluationCycles.remindedAt),
      ),
    )
    .orderBy(asc(evaluationCycles.remindAt))
    .all();
}

/**
 * Claims the reminders of one cycle: marks the cycle reminded and returns the invitations to
 * remind — those without an answer — each marked as well. One UPDATE … WHERE reminded_at IS NULL
 * decides which process sends them, so two processes never remind twice.
 */
export function claimCycleReminders(
  db: Db,
  params: { teamId: string; cycleId: number; now: Date },
): EvaluationInvitation[] {
  return db.transaction((tx) => {
    const claimed = tx
      .update(evaluationCycles)
      .set({ remindedAt: params.now, updatedAt: params.now })
      .where(
        and(
          eq(evaluationCycles.teamId, params.teamId),
          eq(evaluationCycles.id, params.cycleId),
          eq(evaluationCycles.status, 'open'),
          isNull(evaluationCycles.remindedAt),
        ),
      )
      .returning({ id: evaluationCycles.id })
      .get();
    if (!claimed) return [];
    const answered = tx
      .select({ userId: evaluationResponses.userId })
      .from(evaluationResponses)
      .where(eq(evaluationResponses.cycleId, params.cycleId));
    return tx
      .update(evaluationInvitations)
      .set({ remindedAt: params.now })
      .where(
        and(
          eq(evaluationInvitations.teamId, params.teamId),
          eq(evaluationInvitations.cycleId, params.cycleId),
          isNull(evaluationInvitations.remindedAt),
          sql`${evaluationInvitations.userId} not in ${answered}`,
        ),
      )
      .returning()
      .all();
  });
}

// ── closing ─────────────────────────────────────────────────────────────────────────────────────

/**
 * Claims one cycle to close: an open cycle whose closing time has come, or one whose earlier claim
 * went stale (its process died mid-close). The single UPDATE … RETURNING is atomic in SQLite, so
 * of two processes exactly one gets the cycle.
 */
export function claimCycleToClose(
  db: Db,
  params: { now: Date; claimant: string; staleBefore: Date },
): EvaluationCycle | undefined {
  const candidate = db
    .select({ id: evaluationCycles.id })
    .from(evaluationCycles)
    .where(closable(params))
    .orderBy(asc(evaluationCycles.closesAt))
    .get();
  if (!candidate) return undefined;
  return db
    .update(evaluationCycles)
    .set({ status: 'closing', claimedBy: params.claimant, claimedAt: params.now, updatedAt: params.now })
    .where(and(eq(evaluationCycles.id, candidate.id), closable(params)))
    .returning()
    .get();
}

/** Stores the summary computed at close; only the claimant may (a stale claimant is ignored). */
export function storeCycleSummary(
  db: Db,
  params: { cycleId: number; claimant: string; summary: CycleSummary; now: Date },
): boolean {
  const result = db
    .update(evaluationCycles)
    .set({ summaryJson: params.summary, updatedAt: params.now })
    .where(
      and(
        eq(evaluationCycles.id, params.cycleId),
        eq(evaluationCycles.status, 'closing'),
        eq(evaluationCycles.claimedBy, params.claimant),
      ),
    )
    .run();
  return result.changes > 0;
}

export function storeSummaryTs(db: Db, params: { cycleId: number; summaryTs: string; now: Date }): void {
  db.update(evaluationCycles)
    .set({ summaryTs: params.summaryTs, updatedAt: params.now })
    .where(eq(evaluationCycles.id, params.cycleId))
    .run();
}

/** Marks the cycle closed, with the audit entry; the system is the actor. */
export function markCycleClosed(
  db: Db,
  params: { cycleId: number; claimant: string; now: Date },
): EvaluationCycle | undefined {
  return db.transaction((tx) => {
    const closed = tx
      .update(evaluationCycles)
      .set({ status: 'closed', closedAt: params.now, updatedAt: params.now })
      .where(
        and(
          eq(evaluationCycles.id, params.cycleId),
          eq(evaluationCycles.status, 'closing'),
          eq(evaluationCycles.claimedBy, params.claimant),
        ),
      )
      .returning()
      .get();
    if (closed) {
      writeAudit(tx, {
        teamId: closed.teamId,
        actorUserId: 'system',
        action: 'evaluation.cycle.close',
        entityType: 'evaluation_cycle',
        entityId: closed.id,
        partnershipId: closed.partnershipId,
        before: { status: 'closing' },
        after: { status: 'closed', summaryTs: closed.summaryTs },
        at: params.now,
      });
    }
    return closed;
  });
}

// ── reports ─────────────────────────────────────────────────────────────────────────────────────

/** A closed cycle with the summary computed when it closed (or from its responses, see below). */
export type ClosedCycle = EvaluationCycle & { summaryJson: CycleSummary };

/**
 * The closed cycles of a partnership with their summaries, oldest first (for the trend). A closed
 * cycle without a stored summary (imported, or closed by an older version) still counts: its
 * summary is computed from its responses, chained to the cycle before it, exactly as the close job
 * would have — skipping it would make `laporan` claim there was no evaluation at all.
 */
export function listClosedCycles(db: Db, params: { teamId: string; partnershipId: number }): ClosedCycle[] {
  const rows = db
    .select()
    .from(evaluationCycles)
    .where(closedOf(params))
    .orderBy(asc(evaluationCycles.closesAt), asc(evaluationCycles.id))
    .all();
  const result: ClosedCycle[] = [];
  let previous: CycleSummary | null = null;
  for (const row of rows) {
    const summaryJson: CycleSummary =
      row.summaryJson ??
      summariseCycle({
        invitedCount: listInvitations(db, { teamId: params.teamId, cycleId: row.id }).length,
        responses: listSurveyAnswers(db, { teamId: params.teamId, cycleId: row.id }),
        previous,
      });
    result.push({ ...row, summaryJson });
    previous = summaryJson;
  }
  return result;
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
