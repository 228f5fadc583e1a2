import type { InputBlock, PlainTextOption, SectionBlock } from '@slack/types';
import type { Cadence } from '../../../db/schema/schedules.js';
import { weekdayName, zoneLabel } from '../../../domain/time/cadence-text.js';

import type { MessageKey, Translate } from '../../../i18n/index.js';
import { baseBlockId } from '../../kit/block-ids.js';
import { section } from '../../kit/blocks.js';
import { hintText, truncate } from '../../kit/message.js';
import { schedulesIds } from './ids.js';
import type { ScheduleModalData, SchedulePreview } from './modal-data.js';
import { blockId } from './modal-data.js';

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

export const plain = (text: string) => ({ type: 'plain_text' as const, text: truncate(text, 75) });
export const option = (text: string, value: string): PlainTextOption => ({ text: plain(text), value });

export function fieldsOfCadence(cadence: Cadence | undefined): string[] {
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

export function selectInput(
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

export function cadenceField(field: string, data: ScheduleModalData, t: Translate): InputBlock {
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

export function zoneInput(data: ScheduleModalData, t: Translate): InputBlock {
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

export function previewBlock(preview: SchedulePreview | undefined, t: Translate): SectionBlock {
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
