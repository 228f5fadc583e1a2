/**
 * The admins' roll-up (`/mitra laporan semua tw3 2026`): one workbook across all partnerships, for
 * a unit's or the ministry's quarterly report. Sheets:
 * 1. summary, one row per partnership: goals by status, average capaian, evaluation score and
 *    response rate, overdue goals and action items; then a total row;
 * 2. every goal of every partnership in the performance table, with the partnership's code.
 */
import type ExcelJS from 'exceljs';
import { averageCapaian, type Capaian } from '../../../domain/capaian.js';
import type { GoalDisplayStatus } from '../../../domain/goals.js';
import { type Locale, type Translate, translator } from '../../../i18n/index.js';
import { goalDisplayStatusKey } from '../../../i18n/labels.js';
import { addPerformanceSheet, goalFigures } from './performance-sheet.js';
import type { ReportContext, RollupPartnership, RollupReport } from './report-data.js';
import {
  addBodyRow,
  addNoteRow,
  addReportSheet,
  type BodyCell,
  type ColumnSpec,
  cellText,
  FORMAT,
  numberCell,
  periodLine,
  preparedLine,
} from './sheet-kit.js';
import { newWorkbook } from './workbook.js';

/** The status columns of the summary, in the order a reader scans them. */
export const SUMMARY_STATUSES = [
  'on_track',
  'at_risk',
  'off_track',
  'done',
  'overdue',
  'not_assessed',
] as const satisfies readonly GoalDisplayStatus[];

/** One partnership's line of the summary, computed from its goals and evaluation. */
export interface PartnershipSummary {
  goalCount: number;
  byStatus: Record<GoalDisplayStatus, number>;
  /** Mean capaian of the goals that have one, as a percentage; null when none has. */
  averageCapaian: number | null;
  capaian: Capaian[];
  /** The evaluation's mean of dimension means (1–5), and responded ÷ invited. */
  evaluationScore: number | null;
  responseRate: number | null;
  overdueActionItems: number | null;
}

export function summarisePartnership(entry: RollupPartnership, context: ReportContext): PartnershipSummary {
  const byStatus = Object.fromEntries(SUMMARY_STATUSES.map((status) => [status, 0])) as Record<
    GoalDisplayStatus,
    number
  >;
  for (const goal of entry.goals) byStatus[goal.status] += 1;
  const results = entry.goals.map((goal) => goalFigures(goal, context.period).capaian);
  return {
    goalCount: entry.goals.length,
    byStatus,
    averageCapaian: averageCapaian(results).mean,
    capaian: results,
    evaluationScore: entry.evaluation?.summary.overallMean ?? null,
    responseRate: entry.evaluation?.summary.responseRate ?? null,
    overdueActionItems: entry.overdueActionItems,
  };
}

const SUMMARY_COLUMNS: readonly ColumnSpec[] = [
  { header: 'report.col.no', width: 5 },
  { header: 'report.col.code', width: 10 },
  { header: 'report.col.partnership', width: 32 },
  { header: 'report.col.leadUnit', width: 24 },
  { header: 'report.col.goalCount', width: 11 },
  ...SUMMARY_STATUSES.map((status) => ({ header: goalDisplayStatusKey(status), width: 12 })),
  { header: 'report.col.averageCapaian', width: 14 },
  { header: 'report.col.evaluationScore', width: 13 },
  { header: 'report.col.responseRate', width: 13 },
  { header: 'report.col.overdueActionItems', width: 15 },
];

const percentOf = (value: number | null): BodyCell =>
  value === null ? null : numberCell(value / 100, FORMAT.percent);

function summaryCells(summary: PartnershipSummary): BodyCell[] {
  return [
    { value: summary.goalCount, format: FORMAT.count },
    ...SUMMARY_STATUSES.map((status) => ({ value: summary.byStatus[status], format: FORMAT.count })),
    percentOf(summary.averageCapaian),
    numberCell(summary.evaluationScore, FORMAT.score),
    numberCell(summary.responseRate, FORMAT.rate),
    numberCell(summary.overdueActionItems, FORMAT.count),
  ];
}

/**
 * The total row: counts add up; the average capaian is over all goals that have one (not a mean
 * of the partnerships' means, which would weigh a one-goal partnership like a twenty-goal one);
 * evaluation scores and response rates of different cycles are not pooled, so those stay empty.
 */
function totalCells(summaries: readonly PartnershipSummary[]): BodyCell[] {
  const sum = (pick: (s: PartnershipSummary) => number) => summaries.reduce((acc, s) => acc + pick(s), 0);
  const actionItems = summaries.filter((s) => s.overdueActionItems !== null);
  return [
    { value: sum((s) => s.goalCount), format: FORMAT.count },
    ...SUMMARY_STATUSES.map((status) => ({ value: sum((s) => s.byStatus[status]), format: FORMAT.count })),
    percentOf(averageCapaian(summaries.flatMap((s) => s.capaian)).mean),
    null,
    null,
    actionItems.length === 0
      ? null
      : { value: actionItems.reduce((acc, s) => acc + (s.overdueActionItems ?? 0), 0), format: FORMAT.count },
  ];
}

function addSummarySheet(
  workbook: ExcelJS.Workbook,
  report: RollupReport,
  lines: readonly string[],
  t: Translate,
): void {
  const sheet = addReportSheet(
    workbook,
    report.context,
    { name: 'report.sheet.summary', title: 'report.title.summary', lines, columns: SUMMARY_COLUMNS },
    t,
  );
  const summaries = report.partnerships.map((entry) => summarisePartnership(entry, report.context));
  report.partnerships.forEach((entry, index) => {
    const summary = summaries[index];
    if (!summary) return;
    addBodyRow(sheet, [
      { value: index + 1, format: FORMAT.count },
      cellText(entry.partnership.code),
      cellText(entry.partnership.name),
      cellText(entry.partnership.leadUnit),
      ...summaryCells(summary),
    ]);
  });
  if (summaries.length === 0) {
    addNoteRow(sheet, t('report.summary.none'));
    return;
  }
  const total = addBodyRow(sheet, [null, t('report.summary.total'), null, null, ...totalCells(summaries)]);
  total.font = { bold: true };
}

export function buildRollupWorkbook(report: RollupReport, locale: Locale): ExcelJS.Workbook {
  const t = translator(locale);
  const { context } = report;
  const lines = [
    t('report.header.partnershipCount', { count: report.partnerships.length }),
    periodLine(context.period, t),
    preparedLine(context, locale, t),
  ];
  const workbook = newWorkbook(context, t('report.title.summary'));
  addSummarySheet(workbook, report, lines, t);
  addPerformanceSheet(
    workbook,
    {
      context,
      name: 'report.sheet.allGoals',
      title: 'report.title.allGoals',
      lines,
      goals: report.partnerships.flatMap((entry) =>
        entry.goals.map((goal) => ({ goal, partnershipCode: entry.partnership.code })),
      ),
      withPartnership: true,
    },
    t,
  );
  return workbook;
}
