/**
 * Gathers what a reminder says from the database — role holders to mention, goals that need
 * attention, people in charge of open goals — and hands it to the pure builder. Shared by the
 * delivery job and the test post of `/mitra jadwal KODE uji`.
 */
import { listActionItems } from '../../../db/queries/action-items.js';
import { listOpenGoals, listRoleHolders } from '../../../db/queries/schedules.js';
import type { Partnership, Schedule } from '../../../db/schema/index.js';
import { isDueThisWeek, isOverdue } from '../../../domain/follow-through.js';
import { goalDisplayStatus } from '../../../domain/goals.js';
import { goalsNeedingAttention, mentionedUsers, openGoalsByPerson } from '../../../domain/reminders.js';
import { formatLocalDate, formatLocalDateTime } from '../../../domain/time/cadence-text.js';

import { localDateOf } from '../../../domain/time/calendar.js';
import type { Locale } from '../../../i18n/index.js';
import { translator } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import type { SlackMessage } from '../../kit/message.js';
import { buildReminderMessage, type ReminderContent } from './reminder-view.js';

/** How long an evaluation cycle opened by a schedule stays open: a working week plus a weekend. */
export const EVALUATION_OPEN_DAYS = 7;
const DAY_MS = 86_400_000;

export function evaluationClosesAt(dueAt: Date): Date {
  return new Date(dueAt.getTime() + EVALUATION_OPEN_DAYS * DAY_MS);
}

export function reminderContent(
  services: Services,
  params: {
    schedule: Schedule;
    partnership: Partnership;
    now: Date;
    locale: Locale;
    lateDueAt?: Date;
    test?: boolean;
    deliveryId?: number;
  },
): ReminderContent {
  const { schedule, partnership, now, locale } = params;
  const { db } = services;
  const scope = { teamId: schedule.teamId, partnershipId: partnership.id };
  const common = {
    partnership: { id: partnership.id, code: partnership.code, name: partnership.name },
    message: schedule.message,
    ...(params.lateDueAt
      ? { lateDueLabel: formatLocalDateTime(params.lateDueAt, schedule.timeZone, locale) }
      : {}),
    ...(params.test ? { test: true } : {}),
    ...(params.deliveryId !== undefined ? { deliveryId: params.deliveryId } : {}),
  };
  const mentions = () => mentionedUsers(listRoleHolders(db, scope), schedule.mentionRoles);

  switch (schedule.kind) {
    case 'checkin': {
      const today = localDateOf(now, partnership.timeZone);
      const goals = goalsNeedingAttention(listOpenGoals(db, scope), today).map((goal) => ({
        id: goal.id,
        title: goal.title,
        status: goalDisplayStatus(goal, today),
        overdue: goal.overdue,
        ...(goal.overdue && goal.dueDate ? { dueLabel: formatLocalDate(goal.dueDate, locale) } : {}),
      }));
      const actionItems = listActionItems(db, { ...scope, status: 'open' })
        .filter((item) => isOverdue(item, today) || isDueThisWeek(item, today))
        .map((item) => ({
          what: item.what,
          ownerUserId: item.ownerUserId,
          dueLabel: formatLocalDate(item.dueDate, locale),
          overdue: isOverdue(item, today),
        }));
      return { ...common, kind: 'checkin', mentions: mentions(), goals, actionItems };
    }
    case 'meeting':
      return { ...common, kind: 'meeting', mentions: mentions() };
    // The quarter-end prompt goes by DM (progress feature); a test run in the channel shows who it asks.
    case 'realisation':
    case 'progress': {
      const today = localDateOf(now, partnership.timeZone);
      const people = openGoalsByPerson(listOpenGoals(db, scope)).map(({ userId, goals }) => ({
        userId,
        goals: goals.map((goal) => ({
          id: goal.id,
          title: goal.title,
          status: goalDisplayStatus(goal, today),
        })),
      }));
      return { ...common, kind: 'progress', people };
    }
    case 'evaluation':
      return {
        ...common,
        kind: 'evaluation',
        mentions: mentions(),
        closesLabel: formatLocalDateTime(evaluationClosesAt(now), schedule.timeZone, locale),
      };
  }
}

/** The reminder as posted in the channel, in the deployment's language. */
export function buildReminder(
  services: Services,
  params: Omit<Parameters<typeof reminderContent>[1], 'locale'>,
): SlackMessage {
  const locale = services.config.locale;
  return buildReminderMessage(reminderContent(services, { ...params, locale }), translator(locale));
}
