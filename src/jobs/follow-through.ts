import { setImmediate } from 'node:timers/promises';
/**
 * Chasing and escalation, on every tick. An owner gets one DM the workday before an item is due
 * and one when it is overdue (09:00 in the partnership's zone, holidays skipped; none while on
 * leave); an item overdue for N workdays goes to its unit's managers, and a goal at risk or off
 * track in two updates in a row to the managers of every unit. Each is claimed in the database
 * before the DM goes out (a unique row), so two processes never both send it; a claim whose
 * process died before the DM was marked sent is taken over after `STALE_CLAIM_MS`, and the new
 * owner looks for the DM by its metadata before posting it again (`postOnce`).
 */
import type { WebClient } from '@slack/web-api';
import { listOpenItemsDueBy } from '../db/queries/action-items.js';
import {
  claimChase,
  claimEscalation,
  listManagersOfUnit,
  listUnitIdsOfPartnership,
  markChaseSent,
  markEscalationSent,
  pageOfGoalsAtRisk,
  sentEscalationKeys,
} from '../db/queries/escalations.js';
import { listExtraHolidays } from '../db/queries/holidays.js';
import { listCurrentLeaves } from '../db/queries/leaves.js';
import { getPartnershipById, loadActor } from '../db/queries/partnerships.js';
import type { Leave } from '../db/schema/index.js';
import type { Goal } from '../db/schema/partnerships.js';
import {
  badStreakStart,
  chasesDue,
  escalationRecipients,
  type IsHoliday,
  isEscalationDue,
  leaveOn,
} from '../domain/follow-through.js';
import { canManagePartnership } from '../domain/permissions.js';
import { STALE_CLAIM_MS } from '../domain/reminders.js';
import { addDays, localDateOf } from '../domain/time/calendar.js';
import { makeHolidayChecker } from '../domain/time/holidays.js';
import type { Services } from '../services.js';
import {
  chaseMessage,
  coordinatorIds,
  goalEscalationMessage,
  itemEscalationMessage,
  mayActOn,
} from '../slack/features/actions/flow.js';
import { sendDm } from '../slack/kit/dm.js';
import type { SlackMessage } from '../slack/kit/message.js';
import { chaseKey, escalationKey } from '../slack/kit/post-keys.js';
import type { Job } from './scheduler.js';

export interface FollowThroughReport {
  chased: number;
  escalated: number;
}

/** Holidays and leaves per team, read once per tick. */
function teamCache(services: Services, now: Date) {
  const holidays = new Map<string, IsHoliday>();
  const leaves = new Map<string, Leave[]>();
  return {
    isHoliday(teamId: string): IsHoliday {
      let checker = holidays.get(teamId);
      if (!checker) {
        const check = makeHolidayChecker({ extraDates: listExtraHolidays(services.db, { teamId }) });
        checker = (date) => check(date).holiday;
        holidays.set(teamId, checker);
      }
      return checker;
    },
    onLeave(teamId: string, userId: string, timeZone: string): Leave | undefined {
      let list = leaves.get(teamId);
      if (!list) {
        // Leaves that have not ended by yesterday anywhere: the zone's today is checked per person.
        list = listCurrentLeaves(services.db, { teamId, today: addDays(localDateOf(now, 'UTC'), -1) });
        leaves.set(teamId, list);
      }
      return leaveOn(list, userId, localDateOf(now, timeZone));
    },
  };
}

async function dmOnce(
  services: Services,
  client: WebClient,
  userId: string,
  message: SlackMessage,
  key: ReturnType<typeof chaseKey>,
  retaken: boolean,
): Promise<boolean> {
  const sent = await sendDm(client, userId, message, {
    key,
    log: services.logger,
    ...(retaken ? { lookFirst: {} } : {}),
  });
  return sent !== undefined;
}

export async function runFollowThrough(
  services: Services,
  client: WebClient,
  params: { now: Date; workerId: string },
): Promise<FollowThroughReport> {
  const { now, workerId } = params;
  const { db } = services;
  const staleBefore = new Date(now.getTime() - STALE_CLAIM_MS);
  const cache = teamCache(services, now);
  const report: FollowThroughReport = { chased: 0, escalated: 0 };
  // Due-soon DMs may be due days ahead (a long weekend, Idulfitri): look two weeks out.
  const items = listOpenItemsDueBy(db, { dueBy: addDays(localDateOf(now, 'UTC'), 14) });
  for (const item of items) {
    const isHoliday = cache.isHoliday(item.teamId);
    const ownerAway = cache.onLeave(item.teamId, item.ownerUserId, item.timeZone);
    for (const kind of ownerAway ? [] : chasesDue(item, now, item.timeZone, isHoliday)) {
      const claim = claimChase(db, {
        teamId: item.teamId,
        actionItemId: item.id,
        kind,
        dueDate: item.dueDate,
        workerId,
        now,
        staleBefore,
      });
      if (!claim) continue;
      const locale = await services.locales.forUser(client, item.ownerUserId);
      const message = chaseMessage(services, {
        item,
        code: item.partnershipCode,
        timeZone: item.timeZone,
        kind,
        locale,
      });
      if (
        await dmOnce(
          services,
          client,
          item.ownerUserId,
          message,
          chaseKey(item.id, kind, item.dueDate),
          claim.retaken,
        )
      ) {
        markChaseSent(db, { id: claim.id, now });
        report.chased++;
      } else
        services.logger.warn(
          { item: item.id, kind },
          'chasing DM failed; retried after the claim goes stale',
        );
    }
    const workdays = item.escalationWorkdays;
    if (!isEscalationDue(item, now, { timeZone: item.timeZone, workdays, isHoliday })) continue;
    const partnership = getPartnershipById(db, { teamId: item.teamId, id: item.partnershipId });
    if (!partnership) continue;
    const scope = { teamId: item.teamId, partnershipId: item.partnershipId };
    const recipients = escalationRecipients({
      aboutUserId: item.ownerUserId,
      managers:
        item.ownerUnitId === null ? [] : listManagersOfUnit(db, { ...scope, unitId: item.ownerUnitId }),
      coordinators: coordinatorIds(services, scope),
      onLeave: (userId) => cache.onLeave(item.teamId, userId, item.timeZone),
    });
    const escalation = claimEscalation(db, {
      ...scope,
      subject: 'item',
      actionItemId: item.id,
      subjectKey: `item:${item.id}:${item.dueDate}`,
      recipients,
      workerId,
      now,
      staleBefore,
    });
    if (!escalation) continue;
    let ok = true;
    for (const userId of escalation.recipients) {
      const locale = await services.locales.forUser(client, userId);
      const actor = loadActor(db, { ...scope, userId, admins: services.config.admins });
      const message = itemEscalationMessage(services, {
        item,
        partnership,
        workdays,
        viewer: { userId, canManage: canManagePartnership(actor) && mayActOn(actor, item) },
        locale,
      });
      ok =
        (await dmOnce(services, client, userId, message, escalationKey(escalation.id), escalation.retaken)) &&
        ok;
    }
    if (ok) {
      markEscalationSent(db, { id: escalation.id, now });
      report.escalated++;
    }
  }
  report.escalated += await escalateGoals(services, client, { now, workerId, staleBefore, cache });
  return report;
}

/** Goals at risk read per page of a tick. */
const GOAL_PAGE = 200;

async function escalateGoals(
  services: Services,
  client: WebClient,
  params: { now: Date; workerId: string; staleBefore: Date; cache: ReturnType<typeof teamCache> },
): Promise<number> {
  const { db } = services;
  let escalated = 0;
  // Every goal at risk, a page at a time with the event loop given back in between: a tick must
  // not hold requests up for the length of the whole record. A streak already escalated and sent
  // costs nothing more.
  for (let afterId = 0; ; ) {
    const page = pageOfGoalsAtRisk(db, { afterId, limit: GOAL_PAGE });
    if (page.length === 0) break;
    afterId = page.at(-1)?.goal.id ?? afterId;
    const streaks = page.flatMap(({ goal, timeZone, updates }) => {
      const start = badStreakStart(updates);
      return start === undefined ? [] : [{ goal, timeZone, start, subjectKey: `goal:${goal.id}:${start}` }];
    });
    const sent = sentEscalationKeys(db, {
      keys: streaks.map((s) => ({ teamId: s.goal.teamId, subjectKey: s.subjectKey })),
    });
    for (const { goal, timeZone, subjectKey } of streaks) {
      if (sent.has(`${goal.teamId} ${subjectKey}`)) continue;
      escalated += await escalateGoal(services, client, { ...params, goal, timeZone, subjectKey });
    }
    await setImmediate();
  }
  return escalated;
}

/** One goal's escalation to every participating unit's managers, once per streak. */
async function escalateGoal(
  services: Services,
  client: WebClient,
  params: {
    now: Date;
    workerId: string;
    staleBefore: Date;
    cache: ReturnType<typeof teamCache>;
    goal: Goal;
    timeZone: string;
    subjectKey: string;
  },
): Promise<number> {
  const { db } = services;
  const { goal, timeZone } = params;
  const partnership = getPartnershipById(db, { teamId: goal.teamId, id: goal.partnershipId });
  if (!partnership) return 0;
  const scope = { teamId: goal.teamId, partnershipId: goal.partnershipId };
  const managers = listUnitIdsOfPartnership(db, scope).flatMap((unitId) =>
    listManagersOfUnit(db, { ...scope, unitId }),
  );
  const recipients = escalationRecipients({
    aboutUserId: goal.personInChargeId,
    managers,
    coordinators: coordinatorIds(services, scope),
    onLeave: (userId) => params.cache.onLeave(goal.teamId, userId, timeZone),
  });
  const escalation = claimEscalation(db, {
    ...scope,
    subject: 'goal',
    goalId: goal.id,
    subjectKey: params.subjectKey,
    recipients,
    workerId: params.workerId,
    now: params.now,
    staleBefore: params.staleBefore,
  });
  if (!escalation) return 0;
  let ok = true;
  for (const userId of escalation.recipients) {
    const locale = await services.locales.forUser(client, userId);
    const message = goalEscalationMessage(services, { goal, partnership, locale });
    ok =
      (await dmOnce(services, client, userId, message, escalationKey(escalation.id), escalation.retaken)) &&
      ok;
  }
  if (!ok) return 0;
  markEscalationSent(db, { id: escalation.id, now: params.now });
  return 1;
}

export function followThroughJobs(
  services: Services,
  client: WebClient,
  options: { workerId: string },
): Job[] {
  return [
    {
      name: 'follow-through',
      async run({ now }) {
        await runFollowThrough(services, client, { now, workerId: options.workerId });
      },
    },
  ];
}
