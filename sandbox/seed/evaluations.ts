/** Seeds each partnership's past evaluation cycles: closed, with invitations, answers and summary. */
import { evaluationCycles, evaluationInvitations, evaluationResponses } from '../../src/db/schema/index.js';
import { type CycleSummary, summariseCycle } from '../../src/domain/evaluation-stats.js';
import { addDays, instantOfLocal } from '../../src/domain/time/calendar.js';
import {
  DAY_MS,
  type PartnershipSeed,
  type SeedContext,
  type SeededPartnership,
  TIME_ZONE,
} from './shapes.js';

export function seedEvaluations(
  ctx: SeedContext,
  partnership: SeededPartnership,
  seed: PartnershipSeed,
): void {
  const { tx, teamId, today, unitId } = ctx;
  const { coordinator } = partnership;
  // Oldest first, so each summary's change per dimension compares with the cycle before it.
  const evaluations = [...seed.evaluations].sort((a, b) => b.openedDaysAgo - a.openedDaysAgo);
  let previous: CycleSummary | null = null;
  for (const evaluation of evaluations) {
    const managers = seed.roles.filter((r) => r.role === 'manager');
    // Stored as the close job stores it, so `laporan`, the export and the next summary see
    // these cycles exactly like real ones.
    const summary: CycleSummary = summariseCycle({
      invitedCount: new Set(managers.map((m) => m.userId)).size,
      responses: evaluation.responses.map((r) => ({
        unitId: unitId(r.unit),
        scores: r.scores,
        whatWorks: r.whatWorks,
        whatToImprove: r.whatToImprove,
      })),
      previous,
    });
    previous = summary;
    const openedAt = instantOfLocal(addDays(today, -evaluation.openedDaysAgo), '09:00', TIME_ZONE);
    const closesAt = new Date(openedAt.getTime() + 7 * DAY_MS);
    const cycle = tx
      .insert(evaluationCycles)
      .values({
        teamId,
        partnershipId: partnership.id,
        status: 'closed',
        openedBy: coordinator,
        openedAt,
        closesAt,
        remindAt: new Date(closesAt.getTime() - DAY_MS),
        remindedAt: new Date(closesAt.getTime() - DAY_MS),
        closedAt: closesAt,
        summaryJson: summary,
        channelId: seed.channelId,
        createdAt: openedAt,
        updatedAt: closesAt,
      })
      .returning({ id: evaluationCycles.id })
      .get();
    for (const manager of managers) {
      tx.insert(evaluationInvitations)
        .values({
          teamId,
          cycleId: cycle.id,
          userId: manager.userId,
          unitId: unitId(manager.unit),
          invitedAt: openedAt,
        })
        .run();
    }
    for (const response of evaluation.responses) {
      const answeredAt = new Date(openedAt.getTime() + 2 * DAY_MS);
      tx.insert(evaluationResponses)
        .values({
          teamId,
          cycleId: cycle.id,
          userId: response.userId,
          unitId: unitId(response.unit),
          ...response.scores,
          whatWorks: response.whatWorks,
          whatToImprove: response.whatToImprove,
          createdAt: answeredAt,
          updatedAt: answeredAt,
        })
        .run();
    }
  }
}
