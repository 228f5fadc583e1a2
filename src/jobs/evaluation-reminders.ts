import type { WebClient } from '@slack/web-api';
import { claimCycleReminders, listCyclesDueForReminder } from '../db/queries/evaluation-close.js';

import { listCurrentLeaves } from '../db/queries/leaves.js';
import { getPartnershipById } from '../db/queries/partnerships.js';
import { acceptsAnswers } from '../domain/evaluation-cycle.js';
import { leaveOn } from '../domain/follow-through.js';
import { localDateOf } from '../domain/time/calendar.js';
import { translator } from '../i18n/index.js';
import type { Services } from '../services.js';
import { cycleMessageData } from '../slack/features/evaluations/flow.js';
import { buildReminderDm } from '../slack/features/evaluations/messages-view.js';
import { sendDm } from '../slack/kit/dm.js';
import { nudgeKey } from '../slack/kit/post-keys.js';

/**
 * Reminds the invited managers who have not answered, once per cycle, when its reminder time has
 * come. The claim marks the cycle and the invitations before any DM goes out, so two processes
 * (or a tick that overlaps a restart) never send a reminder twice; the price is that a DM that
 * fails is not retried — a missed reminder is better than a duplicated one. A DM whose answer was
 * lost is looked for in the DM by its metadata before it is sent again (see `postOnce`).
 */
export async function remindNonResponders(
  services: Services,
  client: WebClient,
  { now }: { now: Date },
): Promise<number> {
  let sent = 0;
  for (const cycle of listCyclesDueForReminder(services.db, { now })) {
    const toRemind = claimCycleReminders(services.db, { teamId: cycle.teamId, cycleId: cycle.id, now });
    // A cycle past its closing time (the app was down) is for the close job; reminding is pointless.
    if (toRemind.length === 0 || !acceptsAnswers(cycle, now)) continue;
    const partnership = getPartnershipById(services.db, { teamId: cycle.teamId, id: cycle.partnershipId });
    if (!partnership) continue;
    // Someone on leave is not reminded (their invitation stays unanswered, not counted against them).
    const today = localDateOf(now, partnership.timeZone);
    const leaves = listCurrentLeaves(services.db, {
      teamId: cycle.teamId,
      today,
      userIds: toRemind.map((i) => i.userId),
    });
    for (const invitation of toRemind) {
      if (leaveOn(leaves, invitation.userId, today)) continue;
      const locale = await services.locales.forUser(client, invitation.userId);
      const message = buildReminderDm(cycleMessageData(cycle, partnership, locale), translator(locale));
      if (await sendDm(client, invitation.userId, message, { key: nudgeKey(cycle.id), log: services.logger }))
        sent++;
      else
        services.logger.warn({ cycle: cycle.id, user: invitation.userId }, 'evaluation reminder DM failed');
    }
  }
  return sent;
}
