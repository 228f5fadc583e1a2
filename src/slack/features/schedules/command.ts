import type { ModalView } from '@slack/types';
import { listExtraHolidays } from '../../../db/queries/holidays.js';
import { getSchedule, listSchedulesOfPartnership } from '../../../db/queries/schedules.js';
import type { Partnership, Schedule } from '../../../db/schema/index.js';
import { closestWord } from '../../../domain/command-text.js';
import { scheduleLabel, TEST_REMINDER_EVENT_TYPE } from '../../../domain/reminders.js';
import { localDateOf } from '../../../domain/time/calendar.js';
import { makeHolidayChecker } from '../../../domain/time/holidays.js';
import type { Locale } from '../../../i18n/index.js';
import { scheduleKindKey, slackErrorText } from '../../../i18n/labels.js';
import type { Services } from '../../../services.js';
import { choicesForCommand, manageablePartnerships, partnershipFromCommand } from '../../kit/access.js';
import { escapeMrkdwn } from '../../kit/message.js';
import { postInChannel } from '../../kit/post.js';
import {
  SUBCOMMANDS,
  type SubcommandContext,
  type SubcommandHandler,
  type SubcommandId,
} from '../../kit/subcommands.js';
import { buildReminder } from './reminder-content.js';
import { buildScheduleModal, type ScheduleForm, schedulePreview } from './view.js';

const TEST_WORDS = new Set(['uji', 'test']);

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

/** `/mitra jadwal [KODE] [uji [N]]`. */
const scheduleCommand: SubcommandHandler = async (ctx) => {
  const [code, word, number] = ctx.args;
  if (code && word && TEST_WORDS.has(word.toLowerCase())) {
    await postTestReminder(ctx, code, number);
    return;
  }
  if (code && word) {
    // A mistyped `uji` must not silently open the modal: the person meant to post a test.
    const own = ctx.locale === 'id' ? 'uji' : 'test';
    const test = closestWord(word.toLowerCase(), [...TEST_WORDS], [own]) ?? own;
    const command = `${SUBCOMMANDS.schedule.word[ctx.locale]} ${escapeMrkdwn(code.replace(/`/g, "'").slice(0, 40))}`;
    await ctx.respond({
      response_type: 'ephemeral',
      text: ctx.t('schedule.command.unknownWord', {
        typed: escapeMrkdwn(word.replace(/`/g, "'").slice(0, 40)),
        test: `${command} ${test}`,
        open: command,
      }),
    });
    return;
  }
  if (!code) {
    if (!(await choicesForCommand(ctx))) return;
    await ctx.client.views.open({
      trigger_id: ctx.triggerId,
      view: scheduleModalView(ctx.services, {
        teamId: ctx.teamId,
        userId: ctx.userId,
        locale: ctx.locale,
        withChoices: true,
        generation: 0,
      }),
    });
    return;
  }
  const found = await partnershipFromCommand(ctx, code, 'manage');
  if (!found) return;
  await ctx.client.views.open({
    trigger_id: ctx.triggerId,
    view: scheduleModalView(ctx.services, {
      teamId: ctx.teamId,
      userId: ctx.userId,
      locale: ctx.locale,
      partnership: found.partnership,
      generation: 0,
    }),
  });
};

/**
 * Posts one reminder of a schedule now, marked as a test: no delivery row, and metadata of its own
 * type so the delivery job never mistakes it for a scheduled reminder.
 */
async function postTestReminder(
  ctx: SubcommandContext,
  code: string,
  number: string | undefined,
): Promise<void> {
  const found = await partnershipFromCommand(ctx, code, 'manage');
  if (!found) return;
  const { partnership } = found;
  const list = listSchedulesOfPartnership(ctx.services.db, {
    teamId: ctx.teamId,
    partnershipId: partnership.id,
  });
  if (list.length === 0) {
    await ctx.respond({
      response_type: 'ephemeral',
      text: ctx.t('schedule.test.none', { code: partnership.code }),
    });
    return;
  }
  const index = number === undefined ? 1 : Number(number);
  const schedule = Number.isInteger(index) ? list[index - 1] : undefined;
  if (!schedule) {
    await ctx.respond({
      response_type: 'ephemeral',
      text: ctx.t('schedule.test.notFound', {
        number: (number ?? '').slice(0, 10),
        code: partnership.code,
        count: list.length,
      }),
    });
    return;
  }
  const fresh = getSchedule(ctx.services.db, { teamId: ctx.teamId, id: schedule.id }) ?? schedule;
  const message = buildReminder(ctx.services, {
    schedule: fresh,
    partnership,
    now: ctx.services.clock(),
    test: true,
  });
  const channel = fresh.channelId ?? partnership.channelId;
  const posted = await postInChannel(ctx.client, {
    channel,
    text: message.text,
    blocks: message.blocks,
    metadata: { event_type: TEST_REMINDER_EVENT_TYPE, event_payload: { schedule_id: fresh.id } },
    unfurl_links: false,
  });
  const kind = ctx.t(scheduleKindKey(fresh.kind));
  await ctx.respond({
    response_type: 'ephemeral',
    text: posted.ok
      ? ctx.t('schedule.test.posted', { kind, channel: `<#${channel}>` })
      : ctx.t('schedule.test.failed', {
          channel: `<#${channel}>`,
          code: partnership.code,
          error: slackErrorText(ctx.t, posted.error),
        }),
  });
}

/** The schedules sub-commands of `/mitra`. */
export const schedulesSubcommands: Partial<Record<SubcommandId, SubcommandHandler>> = {
  schedule: scheduleCommand,
};
