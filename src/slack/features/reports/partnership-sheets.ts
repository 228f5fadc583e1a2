/**
 * The quarterly workbook's other sheets: the MPPH-style role matrix, the quarter's evaluation and
 * the communication record.
 */
import type { Workbook } from 'exceljs';
import { EVALUATION_DIMENSIONS } from '../../../domain/enums.js';
import { dimensionLabelKey } from '../../../domain/evaluation-stats.js';
import { formatDecimal } from '../../../domain/goals.js';
import { parseSkipReason } from '../../../domain/reminders.js';
import { formatLocalDateTime } from '../../../domain/time/cadence-text.js';
import type { Locale, MessageKey, Translate } from '../../../i18n/index.js';
import { roleKey, scheduleKindKey } from '../../../i18n/labels.js';
import type { CommunicationRow, EvaluationReport, ReportContext, RoleReportRow } from './report-data.js';
import { addBodyRow, addNoteRow, addReportSheet, cellText, FORMAT, numberCell } from './sheet-kit.js';

/** Person × unit × role × responsibilities × results, in the order given. */
export function addRolesSheet(
  workbook: Workbook,
  context: ReportContext,
  lines: readonly string[],
  roles: readonly RoleReportRow[],
  t: Translate,
): void {
  const report = addReportSheet(
    workbook,
    context,
    {
      name: 'report.sheet.roles',
      title: 'report.title.roles',
      lines,
      columns: [
        { header: 'report.col.no', width: 5 },
        { header: 'report.col.person', width: 26 },
        { header: 'report.col.unit', width: 26 },
        { header: 'report.col.role', width: 16 },
        { header: 'report.col.responsibilities', width: 44 },
        { header: 'report.col.results', width: 44 },
      ],
    },
    t,
  );
  roles.forEach((role, index) => {
    addBodyRow(report, [
      { value: index + 1, format: FORMAT.count },
      cellText(role.person),
      cellText(role.unit),
      t(roleKey(role.role)),
      cellText(role.responsibilities),
      cellText(role.results),
    ]);
  });
  if (roles.length === 0) addNoteRow(report, t('report.roles.none'));
}

/** The cycle's dates and response rate, as header lines in the workbook's language. */
export function evaluationLines(
  evaluation: EvaluationReport,
  context: ReportContext,
  locale: Locale,
  t: Translate,
) {
  const { summary } = evaluation;
  const rate =
    summary.responseRate === null
      ? t('report.evaluation.noInvited')
      : t('report.evaluation.responses', {
          rate: formatDecimal(Math.round(summary.responseRate * 1000) / 10, locale),
          responded: summary.respondedCount,
          invited: summary.invitedCount,
        });
  return [
    t('report.evaluation.cycle', {
      from: formatLocalDateTime(evaluation.openedAt, context.timeZone, locale),
      to: formatLocalDateTime(evaluation.closedAt, context.timeZone, locale),
    }),
    rate,
  ];
}

/** Each dimension's responses, mean, spread, range and change since the previous cycle, then overall. */
export function addEvaluationSheet(
  workbook: Workbook,
  context: ReportContext,
  lines: readonly string[],
  evaluation: EvaluationReport | null,
  locale: Locale,
  t: Translate,
): void {
  const report = addReportSheet(
    workbook,
    context,
    {
      name: 'report.sheet.evaluation',
      title: 'report.title.evaluation',
      lines: evaluation ? [...lines, ...evaluationLines(evaluation, context, locale, t)] : lines,
      columns: [
        { header: 'report.col.no', width: 5 },
        { header: 'report.col.dimension', width: 36 },
        { header: 'report.col.responses', width: 12 },
        { header: 'report.col.mean', width: 12 },
        { header: 'report.col.spread', width: 13 },
        { header: 'report.col.min', width: 11 },
        { header: 'report.col.max', width: 11 },
        { header: 'report.col.change', width: 18 },
      ],
    },
    t,
  );
  if (!evaluation) {
    addNoteRow(report, t('report.evaluation.none'));
    return;
  }
  const { summary } = evaluation;
  EVALUATION_DIMENSIONS.forEach((dimension, index) => {
    const stats = summary.dimensions[dimension];
    addBodyRow(report, [
      { value: index + 1, format: FORMAT.count },
      t(dimensionLabelKey(dimension)),
      { value: stats.n, format: FORMAT.count },
      numberCell(stats.mean, FORMAT.score),
      numberCell(stats.sd, FORMAT.score),
      numberCell(stats.min, FORMAT.count),
      numberCell(stats.max, FORMAT.count),
      numberCell(stats.change, FORMAT.change),
    ]);
  });
  const overall = addBodyRow(report, [
    null,
    t('report.evaluation.overall'),
    { value: summary.respondedCount, format: FORMAT.count },
    numberCell(summary.overallMean, FORMAT.score),
    null,
    null,
    null,
    numberCell(summary.overallChange, FORMAT.change),
  ]);
  overall.font = { bold: true };
}

const DELIVERY_KEYS = {
  sent: 'report.delivery.sent',
  skipped: 'report.delivery.skipped',
  failed: 'report.delivery.failed',
  pending: 'report.delivery.pending',
} as const satisfies Record<CommunicationRow['status'], MessageKey>;

const SKIP_KEYS: Readonly<Record<string, MessageKey>> = {
  missed: 'report.skip.missed',
  paused: 'report.skip.paused',
  inactive: 'report.skip.inactive',
  outside_quarter_end: 'report.skip.outsideQuarterEnd',
  nothing_to_ask: 'report.skip.nothingToAsk',
};

/** Why a reminder was skipped, in words; a reason this version does not know is shown as stored. */
export function skipReasonText(stored: string | null, t: Translate): string | null {
  const parsed = parseSkipReason(stored);
  if (!parsed) return null;
  if (parsed.reason === 'holiday') {
    return parsed.detail ? t('report.skip.holidayNamed', { name: parsed.detail }) : t('report.skip.holiday');
  }
  const key = SKIP_KEYS[parsed.reason];
  return key ? t(key) : cellText(stored);
}

/** Every reminder due in the quarter, oldest first: posted, skipped (and why), failed or pending. */
export function addCommunicationSheet(
  workbook: Workbook,
  context: ReportContext,
  lines: readonly string[],
  communications: readonly CommunicationRow[],
  locale: Locale,
  t: Translate,
): void {
  const report = addReportSheet(
    workbook,
    context,
    {
      name: 'report.sheet.communication',
      title: 'report.title.communication',
      lines,
      columns: [
        { header: 'report.col.no', width: 5 },
        { header: 'report.col.scheduledAt', width: 42 },
        { header: 'report.col.kind', width: 30 },
        { header: 'report.col.status', width: 16 },
        { header: 'report.col.remarks', width: 44 },
      ],
    },
    t,
  );
  const ordered = [...communications].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  ordered.forEach((row, index) => {
    addBodyRow(report, [
      { value: index + 1, format: FORMAT.count },
      formatLocalDateTime(row.dueAt, context.timeZone, locale),
      t(scheduleKindKey(row.kind)),
      t(DELIVERY_KEYS[row.status]),
      row.status === 'skipped'
        ? skipReasonText(row.skipReason, t)
        : row.notes
          ? t('report.communication.notes', row.notes)
          : null,
    ]);
  });
  if (ordered.length === 0) addNoteRow(report, t('report.communication.none'));
}
