import type { ModalView } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { listExtraHolidays } from '../../../db/queries/holidays.js';
import { listRoleHolders, listSchedulesOfPartnership } from '../../../db/queries/schedules.js';
import type { Partnership, Schedule } from '../../../db/schema/index.js';
import { cadenceOfSchedule, scheduleLabel } from '../../../domain/reminders.js';
import { describeCadence } from '../../../domain/time/cadence-text.js';

import { localDateOf } from '../../../domain/time/calendar.js';
import { makeHolidayChecker } from '../../../domain/time/holidays.js';
import { type Locale, type MessageKey, type MessageParams, t } from '../../../i18n/index.js';
import { scheduleKindKey } from '../../../i18n/labels.js';
import type { Services } from '../../../services.js';
import { manageablePartnerships } from '../../kit/access.js';
import { sendDm } from '../../kit/dm.js';
import { escapeMrkdwn, type SlackMessage } from '../../kit/message.js';
import { type PostOutcome, postOnce } from '../../kit/post.js';
import { reminderKey } from '../../kit/post-keys.js';
import { scheduleFormFromState, schedulePreview, withAnchorDate } from './form.js';
import type { ScheduleForm } from './modal-data.js';
import { buildScheduleModal } from './view.js';

/**
 * DMs each coordinator of the partnership, in their own language, about one schedule. A DM that
 * fails is logged, never thrown: the delivery's own outcome is already stored.
 */
export async function notifyCoordinators(
  services: Services,
  client: WebClient,
  params: { schedule: Schedule; partnership: Partnership; key: MessageKey; params: MessageParams },
): Promise<void> {
  const { schedule, partnership } = params;
  const coordinators = listRoleHolders(services.db, {
    teamId: schedule.teamId,
    partnershipId: partnership.id,
    roles: ['coordinator'],
  });
  for (const userId of new Set(coordinators.map((c) => c.userId))) {
    const locale = await services.locales.forUser(client, userId);
    const cadence = cadenceOfSchedule(schedule);
    const text = t(locale, params.key, {
      code: partnership.code,
      // A DM is mrkdwn too: the name a coordinator typed must not form a link or a mention.
      name: escapeMrkdwn(partnership.name),
      schedule: cadence.ok ? describeCadence(cadence.spec, locale) : schedule.cadence,
      kind: t(locale, scheduleKindKey(schedule.kind)),
      ...params.params,
    });
    if (!(await sendDm(client, userId, text))) {
      services.logger.warn({ userId, schedule: schedule.id }, 'could not tell a coordinator');
    }
  }
}

/**
 * Posts a reminder carrying its delivery id in the message metadata, once (see `postOnce`). An
 * answer that never came and a message not (yet) in the history is left to the next attempt,
 * which looks again before posting: the delivery row is the durable retry.
 */
export async function postReminder(
  client: WebClient,
  channelId: string,
  message: SlackMessage,
  deliveryId: number,
  log?: Services['logger'],
  historyPages?: number,
): Promise<PostOutcome> {
  return postOnce(
    client,
    { channel: channelId, text: message.text, blocks: message.blocks, unfurl_links: false },
    {
      key: reminderKey(deliveryId),
      retryLater: true,
      ...(historyPages ? { historyPages } : {}),
      ...(log ? { log } : {}),
    },
  );
}

/** The form of a new schedule: a weekly check-in on Monday at 09:00 in the partnership's zone. */
export function newScheduleForm(
  partnership: Pick<Partnership, 'timeZone' | 'channelId'>,
  now: Date,
): ScheduleForm {
  return {
    kind: 'checkin',
    cadence: 'weekly',
    weekdays: [1],
    anchorDate: localDateOf(now, partnership.timeZone),
    timeOfDay: '09:00',
    timeZone: partnership.timeZone,
    channelId: partnership.channelId,
    mentionRoles: [],
    skipHolidays: true,
    active: true,
  };
}

export function scheduleForm(schedule: Schedule, now: Date): ScheduleForm {
  const form: ScheduleForm = {
    kind: schedule.kind,
    cadence: schedule.cadence,
    timeOfDay: schedule.timeOfDay,
    timeZone: schedule.timeZone,
    mentionRoles: [...schedule.mentionRoles],
    skipHolidays: schedule.skipHolidays,
    active: schedule.status === 'active',
    anchorDate: schedule.anchorDate ?? localDateOf(now, schedule.timeZone),
  };
  if (schedule.weekdays) form.weekdays = [...schedule.weekdays];
  if (schedule.dayOfMonth !== null) form.dayOfMonth = schedule.dayOfMonth;
  if (schedule.nth !== null) form.nth = schedule.nth;
  if (schedule.nthWeekday !== null) form.nthWeekday = schedule.nthWeekday;
  if (schedule.cronExpression) form.cronExpression = schedule.cronExpression;
  if (schedule.channelId) form.channelId = schedule.channelId;
  if (schedule.message) form.message = schedule.message;
  return form;
}

/**
 * The schedule modal for a partnership (or, without one, the select of partnerships the user may
 * plan for), with the preview of `form` computed against the team's holidays.
 */
export function scheduleModalView(
  services: Services,
  params: {
    teamId: string;
    userId: string;
    locale: Locale;
    partnership?: Partnership;
    withChoices?: boolean;
    scheduleId?: number;
    form?: ScheduleForm;
    generation: number;
  },
): ModalView {
  const { teamId, locale, partnership } = params;
  const now = services.clock();
  const choices = params.withChoices
    ? manageablePartnerships(services, { teamId, userId: params.userId })
    : undefined;
  if (!partnership) {
    return buildScheduleModal({
      locale,
      existing: [],
      form: { skipHolidays: true, active: true },
      generation: params.generation,
      ...(choices ? { choices } : {}),
    });
  }
  const existing = listSchedulesOfPartnership(services.db, { teamId, partnershipId: partnership.id });
  const editing = params.scheduleId ? existing.find((s) => s.id === params.scheduleId) : undefined;
  const form = params.form ?? (editing ? scheduleForm(editing, now) : newScheduleForm(partnership, now));
  const extraDates = listExtraHolidays(services.db, { teamId }).map((h) => ({ date: h.date, name: h.name }));
  const preview = schedulePreview(form, {
    locale,
    now,
    isHoliday: makeHolidayChecker({ extraDates, locale }),
  });
  return buildScheduleModal({
    locale,
    partnership,
    ...(choices ? { choices } : {}),
    existing: existing.map((s) => ({ id: s.id, label: scheduleLabel(s, locale) })),
    ...(editing
      ? {
          scheduleId: editing.id,
          pausedReason: editing.pausedReason ?? (editing.status === 'paused' ? 'manual' : null),
        }
      : {}),
    form,
    preview,
    generation: params.generation,
  });
}

/**
 * The form a modal holds: the stored schedule (or a new one's defaults) under what the modal's
 * state says — Slack's state holds every input shown, and what it does not mention keeps its
 * stored value — with the biweekly start week settled as the modal shows it ({@link withAnchorDate}).
 * `adjust` changes the merged form before that (a newly chosen cadence gets its defaults).
 */
export function formOfModal(params: {
  editing: Schedule | undefined;
  partnership: Partnership;
  state: Record<string, unknown>;
  now: Date;
  adjust?: (form: ScheduleForm) => ScheduleForm;
}): ScheduleForm {
  const { editing, partnership, now } = params;
  const stored = editing ? scheduleForm(editing, now) : newScheduleForm(partnership, now);
  const fromState = scheduleFormFromState(params.state);
  const merged: ScheduleForm = { ...stored, ...fromState };
  return withAnchorDate(params.adjust ? params.adjust(merged) : merged, {
    picked: 'anchorDate' in fromState,
    storedAnchor: editing?.anchorDate,
    now,
    fallbackZone: partnership.timeZone,
  });
}
