/**
 * Evaluation cycles written straight to the database, answered by the first two managers, for
 * tests of what is drawn and reported from them (the survey flow has tests of its own).
 */
import type { Db } from '../../src/db/client.js';
import {
  evaluationCycles,
  evaluationInvitations,
  evaluationResponses,
  type Partnership,
} from '../../src/db/schema/index.js';
import { TEAM } from './factories.js';
import { PEOPLE, SHARED_CHANNEL } from './harness.js';

/**
 * A cycle of the partnership, open until `closesAt` (or closed then, with `closed`), answered by
 * manager1 and manager2 with these scores on every dimension but staff satisfaction (one more).
 */
export function answeredCycle(
  db: Db,
  p: Partnership,
  params: { closesAt: Date; scores: readonly [number, number]; closed?: boolean },
): number {
  const { closesAt } = params;
  const openedAt = new Date(closesAt.getTime() - 7 * 86_400_000);
  const cycle = db
    .insert(evaluationCycles)
    .values({
      teamId: TEAM,
      partnershipId: p.id,
      status: params.closed ? 'closed' : 'open',
      openedBy: PEOPLE.english.id,
      openedAt,
      closesAt,
      ...(params.closed ? { closedAt: closesAt } : {}),
      channelId: SHARED_CHANNEL,
      createdAt: openedAt,
      updatedAt: openedAt,
    })
    .returning()
    .get();
  [PEOPLE.manager1.id, PEOPLE.manager2.id].forEach((userId, i) => {
    const score = params.scores[i] ?? 3;
    db.insert(evaluationInvitations)
      .values({ teamId: TEAM, cycleId: cycle.id, userId, unitId: null, invitedAt: openedAt })
      .run();
    db.insert(evaluationResponses)
      .values({
        teamId: TEAM,
        cycleId: cycle.id,
        userId,
        unitId: null,
        coordination: score,
        communication: score,
        collaboration: score,
        efficiency: score,
        satisfaction: Math.min(5, score + 1),
        trust: score,
        roleClarity: score,
        whatWorks: null,
        whatToImprove: null,
        createdAt: openedAt,
        updatedAt: openedAt,
      })
      .run();
  });
  return cycle.id;
}
