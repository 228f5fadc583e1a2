import { describeCadence } from './time/cadence-text.js';
/**
 * The CSV files of `/mitra ekspor`, built from plain data. Headers and words (statuses, roles,
 * dimensions) are in the reader's language; dates are written the Indonesian way — `dd/mm/yyyy`
 * and `HH.MM` in the partnership's time zone — which Excel with Indonesian settings reads as dates.
 */

import type { Locale, MessageKey, Translate } from '../i18n/index.js';
import { goalDisplayStatusKey, roleKey, scheduleKindKey } from '../i18n/labels.js';
import { type CsvValue, toCsv } from './csv.js';
import type { GoalStatus, Role, ScheduleKind, ScheduleStatus } from './enums.js';
import { EVALUATION_DIMENSIONS } from './enums.js';
import { type CycleSummary, dimensionLabelKey } from './evaluation-stats.js';
import { goalDisplayStatus } from './goals.js';
import { validateCadence } from './time/cadence.js';
import { localDateTimeOf } from './time/calendar.js';

export interface ExportInput {
  code: string;
  timeZone: string;
  /** The partnership's date (`YYYY-MM-DD`): a goal's status is the one its charter shows today. */
  today: string;
  goals: ReadonlyArray<{
    title: string;
    indicator: string;
    baseline: number | null;
    target: number | null;
    currentValue: number | null;
    measureUnit: string | null;
    dueDate: string | null;
    ownerUnit: string | null;
    personInChargeId: string | null;
    status: GoalStatus;
  }>;
  roles: ReadonlyArray<{ userId: string; unit: string; role: Role; responsibilities: string | null }>;
  schedules: ReadonlyArray<
    Record<string, unknown> & {
      kind: ScheduleKind;
      channelId: string | null;
      message: string | null;
      skipHolidays: boolean;
      status: ScheduleStatus;
      pausedReason: string | null;
    }
  >;
  /** Closed cycles, oldest first, each with its stored summary. */
  cycles: ReadonlyArray<{ id: number; openedAt: Date; closedAt: Date | null; summaryJson: CycleSummary }>;
  /** Individual answers: only ever given for an admin's export. */
  answers: ReadonlyArray<
    {
      cycleId: number;
      userId: string;
      unit: string | null;
      whatWorks: string | null;
      whatToImprove: string | null;
      updatedAt: Date;
    } & Record<(typeof EVALUATION_DIMENSIONS)[number], number>
  > | null;
  /** Display names by Slack user id; the id is written where a name is unknown. */
  names: Readonly<Record<string, string>>;
  /** The partnership's default channel, written where a schedule names none. */
  defaultChannel?: string;
  /** Channel names (without `#`) by channel id; the id is written where a name is unknown. */
  channelNames?: Readonly<Record<string, string>>;
}

export interface CsvFile {
  filename: string;
  title: string;
  content: string;
}

const pad = (n: number | string) => String(n).padStart(2, '0');

/** `2026-03-15` → `15/03/2026`. */
export function formatExportDate(date: string | null): string | null {
  if (!date) return null;
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** An instant as `15/03/2026 17.00` on the wall clock of `timeZone`. */
export function formatExportInstant(at: Date | null, timeZone: string): string | null {
  if (!at) return null;
  const local = localDateTimeOf(at, timeZone);
  const [hours = '00', minutes = '00'] = local.time.split(':');
  return `${formatExportDate(local.date)} ${pad(hours)}.${pad(minutes)}`;
}

/** The export's files: goals, roles, schedules, evaluation results, and the answers when given. */
export function buildExportFiles(input: ExportInput, locale: Locale, t: Translate): CsvFile[] {
  // Indonesian files: decimal comma and `;` between fields, as Excel with Indonesian regional
  // settings reads them (see csv.ts); English files: decimal point and `,`.
  const options =
    locale === 'id'
      ? { decimalSeparator: ',' as const, fieldSeparator: ';' as const }
      : { decimalSeparator: '.' as const, fieldSeparator: ',' as const };
  const channel = (id: string | null) => {
    if (!id) return null;
    const known = input.channelNames?.[id];
    return known ? `#${known}` : id;
  };
  const name = (userId: string | null) => (userId ? (input.names[userId] ?? userId) : null);
  const file = (key: MessageKey, header: readonly string[], rows: CsvValue[][]): CsvFile => {
    const base = `${input.code}-${t(key)}`;
    return { filename: `${base}.csv`, title: base, content: toCsv(header, rows, options) };
  };
  const cols = (...keys: MessageKey[]) => keys.map((key) => t(key));
  const { code, timeZone } = input;

  const files: CsvFile[] = [
    file(
      'export.file.goals',
      cols(
        'export.col.code',
        'export.col.title',
        'export.col.indicator',
        'export.col.baseline',
        'export.col.target',
        'export.col.current',
        'export.col.measureUnit',
        'export.col.dueDate',
        'export.col.ownerUnit',
        'export.col.personInCharge',
        'export.col.status',
      ),
      input.goals.map((g) => [
        code,
        g.title,
        g.indicator,
        g.baseline,
        g.target,
        g.currentValue,
        g.measureUnit,
        formatExportDate(g.dueDate),
        g.ownerUnit,
        name(g.personInChargeId),
        t(goalDisplayStatusKey(goalDisplayStatus(g, input.today))),
      ]),
    ),
    file(
      'export.file.roles',
      cols(
        'export.col.code',
        'export.col.person',
        'export.col.userId',
        'export.col.unit',
        'export.col.role',
        'export.col.responsibilities',
      ),
      input.roles.map((r) => [
        code,
        name(r.userId),
        r.userId,
        r.unit,
        t(roleKey(r.role)),
        r.responsibilities,
      ]),
    ),
    file(
      'export.file.schedules',
      cols(
        'export.col.code',
        'export.col.kind',
        'export.col.cadence',
        'export.col.channel',
        'export.col.message',
        'export.col.skipHolidays',
        'export.col.status',
        'export.col.pausedReason',
      ),
      input.schedules.map((s) => {
        // The parser drops a row's unused (null) columns itself, so the row goes in as it is.
        const cadence = validateCadence(s);
        return [
          code,
          t(scheduleKindKey(s.kind)),
          cadence.ok ? describeCadence(cadence.spec, locale) : null,
          channel(s.channelId ?? input.defaultChannel ?? null),
          s.message,
          t(s.skipHolidays ? 'export.yes' : 'export.no'),
          t(`export.scheduleStatus.${s.status}` as const satisfies MessageKey),
          s.pausedReason,
        ];
      }),
    ),
    file(
      'export.file.evaluations',
      cols(
        'export.col.code',
        'export.col.cycle',
        'export.col.openedAt',
        'export.col.closedAt',
        'export.col.invited',
        'export.col.responded',
        'export.col.responseRate',
        'export.col.dimension',
        'export.col.mean',
        'export.col.sd',
        'export.col.n',
        'export.col.change',
      ),
      input.cycles.flatMap((cycle, index) => {
        const s = cycle.summaryJson;
        const head: CsvValue[] = [
          code,
          index + 1,
          formatExportInstant(cycle.openedAt, timeZone),
          formatExportInstant(cycle.closedAt, timeZone),
          s.invitedCount,
          s.respondedCount,
          s.responseRate === null ? null : Math.round(s.responseRate * 100),
        ];
        return [
          [...head, t('export.dimension.overall'), s.overallMean, null, s.respondedCount, s.overallChange],
          ...EVALUATION_DIMENSIONS.map((d) => {
            const stats = s.dimensions[d];
            return [...head, t(dimensionLabelKey(d)), stats.mean, stats.sd, stats.n, stats.change];
          }),
        ];
      }),
    ),
  ];

  if (input.answers) {
    const cycleNumber = new Map(input.cycles.map((c, i) => [c.id, i + 1]));
    files.push(
      file(
        'export.file.answers',
        [
          ...cols(
            'export.col.code',
            'export.col.cycle',
            'export.col.person',
            'export.col.userId',
            'export.col.unit',
          ),
          ...EVALUATION_DIMENSIONS.map((d) => t(dimensionLabelKey(d))),
          ...cols('export.col.whatWorks', 'export.col.whatToImprove', 'export.col.answeredAt'),
        ],
        input.answers.map((a) => [
          code,
          cycleNumber.get(a.cycleId) ?? null,
          name(a.userId),
          a.userId,
          a.unit,
          ...EVALUATION_DIMENSIONS.map((d) => a[d]),
          a.whatWorks,
          a.whatToImprove,
          formatExportInstant(a.updatedAt, timeZone),
        ]),
      ),
    );
  }
  return files;
}
