import { and, asc, eq } from 'drizzle-orm';
import type { SurveyAnswer } from '../../domain/evaluation-stats.js';
import type { Db } from '../client.js';
import {
  EVALUATION_DIMENSIONS,
  type EvaluationDimension,
  type EvaluationInvitation,
  type EvaluationResponse,
  evaluationCycles,
  evaluationInvitations,
  evaluationResponses,
} from '../schema/index.js';
import { writeAudit } from './audit.js';

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
