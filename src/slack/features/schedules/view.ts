/**
 * The schedule modal of `/mitra jadwal`: pure builders and the reading of its state.
 *
 * The cadence inputs dispatch block actions, so choosing a cadence shows only its fields and the
 * preview (description and the next five dates) follows every change while the modal is open —
 * no extra "preview" step before saving. The submission validates again, field by field.
 *
 * Input block ids are the form's field names (the cadence ones are `CADENCE_FIELDS`), with the
 * generation as their version when the modal has loaded another schedule: Slack keeps what a user typed in a block whose
 * id is unchanged and ignores new initial values there, so loading a schedule renames the blocks.
 */

import type {
  ActionsBlock,
  Checkboxes,
  InputBlock,
  KnownBlock,
  ModalView,
  Option,
  PlainTextOption,
  SectionBlock,
} from '@slack/types';
import { z } from 'zod';
import type { Partnership } from '../../../db/schema/index.js';
import { ROLES, type Role } from '../../../db/schema/partnerships.js';
import { CADENCES, type Cadence, SCHEDULE_KINDS, type ScheduleKind } from '../../../db/schema/schedules.js';
import {
  describeCadence,
  formatLocalDateTime,
  nextRuns,
  type RunOptions,
  validateCadence,
  weekdayName,
  zoneLabel,
} from '../../../domain/time/cadence.js';
import { isValidTimeZone, localDateOf } from '../../../domain/time/calendar.js';
import { type Locale, type MessageKey, type Translate, t as translate } from '../../../i18n/index.js';
import { pausedReasonText, roleKey, scheduleKindKey } from '../../../i18n/labels.js';
import { baseBlockId, versionedBlockId } from '../../kit/block-ids.js';
import { escapeMrkdwn, hintText, truncate } from '../../kit/message.js';
import { partnershipSelectBlock } from '../../kit/partnership-select.js';
import { schedulesIds } from './ids.js';

/** What the form holds, as read from the modal or loaded from a schedule row. */
export interface ScheduleForm {
  kind?: ScheduleKind;
  cadence?: Cadence;
  weekdays?: number[];
  anchorDate?: string;
  dayOfMonth?: number;
  nth?: number;
  nthWeekday?: number;
  cronExpression?: string;
  timeOfDay?: string;
  timeZone?: string;
  channelId?: string;
  message?: string;
  mentionRoles?: Role[];
  skipHolidays: boolean;
  active: boolean;
}

export interface SchedulePreview {
  /** The cadence in words, when it is complete and valid. */
  description?: string;
  /** The next runs, formatted; skipped ones say why. */
  runs: string[];
  /** Why there is no preview yet (already translated). */
  problems?: string[];
  /** Some of `runs` are holidays skipped, so there are more lines than five. */
  hasSkips?: boolean;
}

export interface ScheduleModalData {
  locale: Locale;
  /** The partnership being planned; absent until chosen from the select. */
  partnership?: Pick<Partnership, 'id' | 'code' | 'name' | 'channelId' | 'timeZone'>;
  /** Offered when the command named no partnership. */
  choices?: readonly Pick<Partnership, 'id' | 'code' | 'name'>[];
  /** The partnership's schedules, to choose one to edit. */
  existing: readonly { id: number; label: string }[];
  /** The schedule being edited, or none for a new one. */
  scheduleId?: number;
  pausedReason?: string | null;
  form: ScheduleForm;
  preview?: SchedulePreview;
  /** Suffix generation of the input block ids (see the module comment). */
  generation: number;
}

export const scheduleModalMetadata = z.object({
  p: z.number().int().positive().nullable(),
  s: z.number().int().positive().nullable(),
  g: z.number().int().min(0),
  /** The modal shows the partnership select (opened without a code). */
  c: z.boolean().optional(),
});
export type ScheduleModalMetadata = z.infer<typeof scheduleModalMetadata>;

/** Zones offered in the select; a schedule's own zone is added when it is another one. */
export const OFFERED_ZONES = [
  'Asia/Jakarta',
  'Asia/Makassar',
  'Asia/Jayapura',
  'UTC',
  // Zones of partners abroad (representative offices, embassies) a ministry plans with.
  'Asia/Singapore',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
] as const;
const NTH_VALUES = [1, 2, 3, 4, -1] as const;
const NTH_KEYS: Record<number, MessageKey> = {
  1: 'cadence.nth.first',
  2: 'cadence.nth.second',
  3: 'cadence.nth.third',
  4: 'cadence.nth.fourth',
  [-1]: 'cadence.nth.last',
};
/** Monday first, as an Indonesian working week is read. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;
const MAX_EXISTING = 99;

/** A field's block id in a modal of this generation (see kit/block-ids.ts). */
export const blockId = (field: string, generation: number): string => versionedBlockId(field, generation);

const plain = (text: string) => ({ type: 'plain_text' as const, text: truncate(text, 75) });
const option = (text: string, value: string): PlainTextOption => ({ text: plain(text), value });

function fieldsOfCadence(cadence: Cadence | undefined): string[] {
  switch (cadence) {
    case 'weekly':
      return ['weekdays', 'timeOfDay'];
    case 'biweekly':
      return ['weekdays', 'anchorDate', 'timeOfDay'];
    case 'monthly_day':
      return ['dayOfMonth', 'timeOfDay'];
    case 'monthly_nth':
      return ['nth', 'nthWeekday', 'timeOfDay'];
    case 'cron':
      return ['cronExpression'];
    default:
      return ['timeOfDay'];
  }
}

export function buildScheduleModal(data: ScheduleModalData): ModalView {
  const t: Translate = (key, params) => translate(data.locale, key, params);
  const { form, generation: g } = data;
  const id = (field: string) => blockId(field, g);
  const blocks: KnownBlock[] = [];
  const metadata: ScheduleModalMetadata = {
    p: data.partnership?.id ?? null,
    s: data.scheduleId ?? null,
    g,
    ...(data.choices ? { c: true } : {}),
  };

  if (data.choices) {
    blocks.push(
      partnershipSelectBlock(t, data.choices, {
        dispatchAction: true,
        actionId: schedulesIds.partnershipSelectAction,
      }),
    );
  }

  const p = data.partnership;
  if (p) {
    blocks.push(
      section(t('schedule.modal.intro', { code: p.code, name: escapeMrkdwn(truncate(p.name, 150)) })),
    );
    if (data.existing.length > 0) {
      const options = [
        option(t('schedule.modal.pick.new'), 'new'),
        ...data.existing.slice(0, MAX_EXISTING).map((s) => option(s.label, String(s.id))),
      ];
      const current = options.find((o) => o.value === String(data.scheduleId ?? 'new'));
      blocks.push({
        type: 'input',
        block_id: schedulesIds.schedulePickBlock,
        dispatch_action: true,
        optional: true,
        label: plain(t('schedule.modal.pick.label')),
        element: {
          type: 'static_select',
          action_id: schedulesIds.schedulePickAction,
          options,
          ...(current ? { initial_option: current } : {}),
        },
      });
    }
    if (data.scheduleId && data.pausedReason) {
      const reason = pausedReasonText(t, data.pausedReason);
      blocks.push({
        type: 'context',
        elements: [{ type: 'mrkdwn', text: t('schedule.modal.paused', { reason }) }],
      });
    }

    blocks.push(
      selectInput(
        id('kind'),
        t('schedule.modal.kind.label'),
        SCHEDULE_KINDS.map((k) => option(t(scheduleKindKey(k)), k)),
        form.kind,
      ),
    );
    blocks.push(
      selectInput(
        id('cadence'),
        t('schedule.modal.cadence.label'),
        CADENCES.map((c) => option(t(`cadence.kind.${c}`), c)),
        form.cadence,
        true,
      ),
    );
    for (const field of fieldsOfCadence(form.cadence)) blocks.push(cadenceField(field, data, t));
    blocks.push(zoneInput(data, t));
    blocks.push(previewBlock(data.preview, t));

    blocks.push({
      type: 'input',
      block_id: id('channel'),
      optional: true,
      label: plain(t('schedule.modal.channel.label')),
      hint: hintText(t('schedule.modal.channel.hint')),
      element: {
        type: 'conversations_select',
        action_id: 'channel_select',
        filter: { include: ['public', 'private'], exclude_bot_users: true },
        initial_conversation: form.channelId ?? p.channelId,
      },
    });
    blocks.push({
      type: 'input',
      block_id: id('message'),
      optional: true,
      label: plain(t('schedule.modal.message.label')),
      element: {
        type: 'plain_text_input',
        action_id: 'message_input',
        multiline: true,
        max_length: 2000,
        placeholder: plain(t('schedule.modal.message.placeholder')),
        ...(form.message ? { initial_value: form.message } : {}),
      },
    });
    const roleOptions = ROLES.map((role) => option(t(roleKey(role)), role));
    const chosenRoles = roleOptions.filter((o) => form.mentionRoles?.includes(o.value as Role));
    blocks.push({
      type: 'input',
      block_id: id('mentionRoles'),
      optional: true,
      label: plain(t('schedule.modal.roles.label')),
      element: {
        type: 'checkboxes',
        action_id: 'roles_input',
        options: roleOptions,
        ...(chosenRoles.length > 0 ? { initial_options: chosenRoles } : {}),
      },
    });
    const optionList: Option[] = [
      option(t('schedule.modal.options.skipHolidays'), 'skip_holidays'),
      option(t('schedule.modal.options.active'), 'active'),
    ];
    const chosenOptions = optionList.filter(
      (o) => (o.value === 'skip_holidays' && form.skipHolidays) || (o.value === 'active' && form.active),
    );
    const checkboxes: Checkboxes = {
      type: 'checkboxes',
      action_id: schedulesIds.cadenceInputAction,
      options: optionList,
      ...(chosenOptions.length > 0 ? { initial_options: chosenOptions } : {}),
    };
    blocks.push({
      type: 'input',
      block_id: id('options'),
      optional: true,
      dispatch_action: true,
      label: plain(t('schedule.modal.options.label')),
      element: checkboxes,
    });

    if (data.scheduleId) {
      const remove: ActionsBlock = {
        type: 'actions',
        block_id: schedulesIds.deleteBlock,
        elements: [
          {
            type: 'button',
            action_id: schedulesIds.deleteAction,
            style: 'danger',
            value: String(data.scheduleId),
            text: plain(t('schedule.modal.delete.button')),
            confirm: {
              title: plain(t('schedule.modal.delete.confirmTitle')),
              text: { type: 'plain_text', text: t('schedule.modal.delete.confirmText') },
              confirm: plain(t('schedule.modal.delete.confirm')),
              deny: plain(t('schedule.modal.delete.deny')),
              style: 'danger',
            },
          },
        ],
      };
      blocks.push(remove);
    }
  }

  return {
    type: 'modal',
    callback_id: schedulesIds.scheduleModal,
    title: plain(truncate(t('schedule.modal.title'), 24)),
    submit: plain(truncate(t('schedule.modal.submit'), 24)),
    close: plain(truncate(t('schedule.modal.close'), 24)),
    private_metadata: JSON.stringify(metadata),
    blocks,
  };
}

function section(text: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(text, 3000) } };
}

function selectInput(
  block: string,
  label: string,
  options: PlainTextOption[],
  selected: string | number | undefined,
  dispatch = false,
): InputBlock {
  const initial = options.find((o) => o.value === String(selected));
  return {
    type: 'input',
    block_id: block,
    dispatch_action: dispatch,
    label: plain(label),
    element: {
      type: 'static_select',
      action_id: dispatch ? schedulesIds.cadenceInputAction : `${baseBlockId(block)}_select`,
      options,
      ...(initial ? { initial_option: initial } : {}),
    },
  };
}

function cadenceField(field: string, data: ScheduleModalData, t: Translate): InputBlock {
  const { form, generation } = data;
  const block = blockId(field, generation);
  const action = schedulesIds.cadenceInputAction;
  switch (field) {
    case 'weekdays': {
      const options = WEEK_ORDER.map((d) => option(weekdayName(d, data.locale), String(d)));
      const chosen = options.filter((o) => form.weekdays?.includes(Number(o.value)));
      return {
        type: 'input',
        block_id: block,
        dispatch_action: true,
        label: plain(t('schedule.modal.weekdays.label')),
        element: {
          type: 'multi_static_select',
          action_id: action,
          options,
          ...(chosen.length > 0 ? { initial_options: chosen } : {}),
        },
      };
    }
    case 'anchorDate':
      return {
        type: 'input',
        block_id: block,
        dispatch_action: true,
        label: plain(t('schedule.modal.anchorDate.label')),
        hint: hintText(t('schedule.modal.anchorDate.hint')),
        element: {
          type: 'datepicker',
          action_id: action,
          ...(form.anchorDate ? { initial_date: form.anchorDate } : {}),
        },
      };
    case 'dayOfMonth':
      return selectInput(
        block,
        t('schedule.modal.dayOfMonth.label'),
        Array.from({ length: 31 }, (_, i) => option(String(i + 1), String(i + 1))),
        form.dayOfMonth,
        true,
      );
    case 'nth':
      return selectInput(
        block,
        t('schedule.modal.nth.label'),
        NTH_VALUES.map((n) => option(t(NTH_KEYS[n] ?? 'cadence.nth.last'), String(n))),
        form.nth,
        true,
      );
    case 'nthWeekday':
      return selectInput(
        block,
        t('schedule.modal.nthWeekday.label'),
        WEEK_ORDER.map((d) => option(weekdayName(d, data.locale), String(d))),
        form.nthWeekday,
        true,
      );
    case 'cronExpression':
      return {
        type: 'input',
        block_id: block,
        dispatch_action: true,
        label: plain(t('schedule.modal.cron.label')),
        hint: hintText(t('schedule.modal.cron.hint')),
        element: {
          type: 'plain_text_input',
          action_id: action,
          max_length: 100,
          dispatch_action_config: { trigger_actions_on: ['on_enter_pressed'] },
          placeholder: plain('0 9 * * 1'),
          ...(form.cronExpression ? { initial_value: form.cronExpression } : {}),
        },
      };
    default:
      return {
        type: 'input',
        block_id: block,
        dispatch_action: true,
        label: plain(t('schedule.modal.time.label')),
        element: {
          type: 'timepicker',
          action_id: action,
          ...(form.timeOfDay ? { initial_time: form.timeOfDay } : {}),
        },
      };
  }
}

function zoneInput(data: ScheduleModalData, t: Translate): InputBlock {
  const zones: string[] = [...OFFERED_ZONES];
  for (const zone of [data.partnership?.timeZone, data.form.timeZone]) {
    if (zone && !zones.includes(zone)) zones.push(zone);
  }
  const options = zones.map((zone) => {
    const label = zoneLabel(zone, data.locale);
    return option(label === zone ? zone : `${label} — ${zone}`, zone);
  });
  return selectInput(
    blockId('timeZone', data.generation),
    t('schedule.modal.timeZone.label'),
    options,
    data.form.timeZone,
    true,
  );
}

function previewBlock(preview: SchedulePreview | undefined, t: Translate): SectionBlock {
  const lines = [`*${t('schedule.modal.preview.title')}*`];
  if (preview?.description) {
    lines.push(preview.description);
    if (preview.runs.length > 0) {
      const heading = preview.hasSkips
        ? 'schedule.modal.preview.nextWithSkips'
        : 'schedule.modal.preview.next';
      lines.push('', t(heading), ...preview.runs.map((run) => `• ${run}`));
    } else lines.push(t('schedule.modal.preview.none'));
  } else {
    lines.push(t('schedule.modal.preview.incomplete'));
    for (const problem of preview?.problems ?? []) lines.push(`• ${problem}`);
  }
  return { ...section(lines.join('\n')), block_id: schedulesIds.previewBlock };
}

// ── reading the modal ─────────────────────────────────────────────────────────

const text = z.string().trim().min(1);
const numberText = z.coerce.number().int();

/**
 * The fields the modal's state holds (from `readViewState`), block ids stripped of their
 * generation. A field whose block is in the state is set — to undefined when it is empty or
 * malformed, so clearing an input clears the value — and a field whose block is absent is left
 * out, so `{ ...storedForm, ...fromState }` keeps what the state does not mention.
 */
export function scheduleFormFromState(state: Record<string, unknown>): Partial<ScheduleForm> {
  const values: Record<string, unknown> = {};
  for (const [block, value] of Object.entries(state)) values[baseBlockId(block)] = value;
  const form: Partial<ScheduleForm> = {};
  const read = <K extends keyof ScheduleForm>(key: K, block: string, schema: z.ZodType<ScheduleForm[K]>) => {
    if (!(block in values)) return;
    const parsed = schema.safeParse(values[block]);
    form[key] = parsed.success ? parsed.data : undefined;
  };
  read('kind', 'kind', z.enum(SCHEDULE_KINDS));
  read('cadence', 'cadence', z.enum(CADENCES));
  read('weekdays', 'weekdays', z.array(numberText));
  read('anchorDate', 'anchorDate', text);
  read('dayOfMonth', 'dayOfMonth', numberText);
  read('nth', 'nth', numberText);
  read('nthWeekday', 'nthWeekday', numberText);
  read('cronExpression', 'cronExpression', text);
  read('timeOfDay', 'timeOfDay', text);
  read('timeZone', 'timeZone', text);
  read('channelId', 'channel', text);
  read('message', 'message', text);
  read('mentionRoles', 'mentionRoles', z.array(z.enum(ROLES)));
  if ('options' in values) {
    const options = z.array(z.string()).safeParse(values.options);
    const chosen = options.success ? options.data : [];
    form.skipHolidays = chosen.includes('skip_holidays');
    form.active = chosen.includes('active');
  }
  return form;
}

/** The cadence part of the form, as `validateCadence` reads it. */
export function cadenceInputOfForm(form: ScheduleForm): Record<string, unknown> {
  const input: Record<string, unknown> = { cadence: form.cadence, timeZone: form.timeZone };
  const fields = fieldsOfCadence(form.cadence);
  const source: Record<string, unknown> = { ...form };
  for (const field of fields) input[field] = source[field];
  return input;
}

/**
 * The preview of a form: its cadence in words and the next five runs after `now` (holiday skips
 * listed with their name), or the problems that keep it from being complete.
 */
export function schedulePreview(
  form: ScheduleForm,
  params: { locale: Locale; now: Date; isHoliday?: RunOptions['isHoliday'] },
): SchedulePreview {
  const { locale } = params;
  const validation = validateCadence(cadenceInputOfForm(form));
  if (!validation.ok) {
    // A field not filled in yet is not a mistake: the "complete the cadence" line (and the
    // field's hint) is enough until something is typed or chosen there.
    const values: Record<string, unknown> = { ...form };
    const problems = validation.errors
      .filter((error) => values[error.field] !== undefined && values[error.field] !== '')
      .map((error) => translate(locale, error.key));
    return { runs: [], problems };
  }
  const { spec } = validation;
  const next = nextRuns(spec, {
    after: params.now,
    count: 5,
    skipHolidays: form.skipHolidays,
    ...(params.isHoliday ? { isHoliday: params.isHoliday } : {}),
  });
  const runs = next.map((run) => {
    const date = formatLocalDateTime(run.at, spec.timeZone, locale);
    if (!run.skipped) return date;
    return run.holidayName
      ? // The preview is mrkdwn, and admins type the names of the dates they add.
        translate(locale, 'cadence.run.skippedHolidayNamed', { date, name: escapeMrkdwn(run.holidayName) })
      : translate(locale, 'cadence.run.skippedHoliday', { date });
  });
  return {
    description: describeCadence(spec, locale),
    runs,
    ...(next.some((run) => run.skipped) ? { hasSkips: true } : {}),
  };
}

/**
 * The form with the biweekly start week ("Mulai minggu") settled: the date picked in the modal
 * when its datepicker was shown (`picked`, even an empty one — that is a field error, not a
 * default), else the stored schedule's anchor, else today in the schedule's own zone — a new
 * form was filled in with the partnership's zone, which the user may have changed since.
 */
export function withAnchorDate(
  form: ScheduleForm,
  params: { picked: boolean; storedAnchor: string | null | undefined; now: Date; fallbackZone: string },
): ScheduleForm {
  if (params.picked) return form;
  if (params.storedAnchor) return { ...form, anchorDate: params.storedAnchor };
  const zone = form.timeZone && isValidTimeZone(form.timeZone) ? form.timeZone : params.fallbackZone;
  return { ...form, anchorDate: localDateOf(params.now, zone) };
}

/** The blocks a cadence error can point at, for the fields this form shows. */
export function visibleCadenceFields(cadence: Cadence | undefined): string[] {
  return ['cadence', ...fieldsOfCadence(cadence), 'timeZone'];
}
