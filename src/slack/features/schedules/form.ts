import { z } from 'zod';
import { ROLES } from '../../../db/schema/partnerships.js';
import { CADENCES, type Cadence, SCHEDULE_KINDS } from '../../../db/schema/schedules.js';
import { nextRuns, type RunOptions, validateCadence } from '../../../domain/time/cadence.js';
import { describeCadence, formatLocalDateTime } from '../../../domain/time/cadence-text.js';
import { isValidTimeZone, localDateOf } from '../../../domain/time/calendar.js';
import { type Locale, t as translate } from '../../../i18n/index.js';
import { baseBlockId } from '../../kit/block-ids.js';
import { escapeMrkdwn } from '../../kit/message.js';
import { fieldsOfCadence } from './cadence-view.js';
import type { ScheduleForm, SchedulePreview } from './modal-data.js';

// ── reading the modal ─────────────────────────────────────────────────────────

export const text = z.string().trim().min(1);
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
