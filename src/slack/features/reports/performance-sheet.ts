/**
 * The performance table, as in the annex of a Laporan Kinerja: one row per goal with its IKU/PK
 * reference, the quarter's target and realisation, capaian by the indicator's direction, status,
 * kendala, upaya tindak lanjut and eviden. The roll-up uses the same table with a partnership column.
 */
import type { CellValue, Workbook } from 'exceljs';
import { type Capaian, capaian, type QuarterTarget, targetForQuarter } from '../../../domain/capaian.js';
import type { YearQuarter } from '../../../domain/time/quarters.js';
import type { MessageKey, Translate } from '../../../i18n/index.js';
import { goalDisplayStatusKey } from '../../../i18n/labels.js';
import type { EvidenceLink, GoalReportRow, ReportContext } from './report-data.js';
import {
  addBodyRow,
  addNoteRow,
  addReportSheet,
  type BodyCell,
  type ColumnSpec,
  cellText,
  FORMAT,
  numberCell,
  valueFormat,
} from './sheet-kit.js';

const GOAL_COLUMNS: readonly ColumnSpec[] = [
  { header: 'report.col.goal', width: 30 },
  { header: 'report.col.indicator', width: 30 },
  { header: 'report.col.iku', width: 22 },
  { header: 'report.col.direction', width: 15 },
  { header: 'report.col.measureUnit', width: 11 },
  { header: 'report.col.target', width: 12 },
  { header: 'report.col.targetKind', width: 14 },
  { header: 'report.col.realisation', width: 12 },
  { header: 'report.col.capaian', width: 16 },
  { header: 'report.col.status', width: 16 },
  { header: 'report.col.obstacles', width: 32 },
  { header: 'report.col.followUp', width: 32 },
  { header: 'report.col.evidence', width: 42 },
];

/** The columns of the performance table, numbered first, with the partnership second in the roll-up. */
export function performanceColumns(withPartnership: boolean): ColumnSpec[] {
  return [
    { header: 'report.col.no', width: 5 },
    ...(withPartnership ? [{ header: 'report.col.partnership' as const, width: 11 }] : []),
    ...GOAL_COLUMNS,
  ];
}

const CAPAIAN_GAP_KEYS = {
  missing: 'report.capaian.missing',
  unbounded: 'report.capaian.unbounded',
  negative: 'report.capaian.negative',
} as const satisfies Record<string, MessageKey>;

/** A goal's figures for the quarter: the target that applies and the capaian against it. */
export interface GoalFigures {
  target: QuarterTarget | null;
  capaian: Capaian;
}

export function goalFigures(goal: GoalReportRow, period: YearQuarter): GoalFigures {
  const target = targetForQuarter(goal.targets, period);
  return { target, capaian: capaian(goal.realisation, target?.value ?? null, goal.direction) };
}

/** "IKU 2.1 — Persentase …", the code or the text alone, or nothing. */
export function ikuReference(goal: Pick<GoalReportRow, 'ikuCode' | 'ikuText'>): string | null {
  const parts = [goal.ikuCode, goal.ikuText].map((part) => part?.trim() ?? '').filter(Boolean);
  return parts.length === 0 ? null : parts.join(' — ');
}

/** Only web addresses become clickable; anything else stays text, so no cell opens a local program. */
const LINKABLE = /^https?:\/\//i;

/**
 * The evidence cell: one link is a hyperlink showing its label; several are listed one a line,
 * "label: URL" (a cell holds one hyperlink only, and every address must stay readable on paper).
 */
export function evidenceCell(evidence: readonly EvidenceLink[]): CellValue {
  if (evidence.length === 0) return null;
  const [only] = evidence;
  if (evidence.length === 1 && only && LINKABLE.test(only.url)) {
    return { text: cellText(only.label) ?? only.url, hyperlink: only.url };
  }
  return cellText(evidence.map((link) => (link.label ? `${link.label}: ${link.url}` : link.url)).join('\n'));
}

function capaianCell(result: Capaian, t: Translate): BodyCell {
  return result.ok
    ? { value: result.percent / 100, format: FORMAT.percent }
    : t(CAPAIAN_GAP_KEYS[result.reason]);
}

/** The cells of one goal, from the goal's title on (the number and partnership come first). */
export function goalCells(goal: GoalReportRow, period: YearQuarter, t: Translate): BodyCell[] {
  const figures = goalFigures(goal, period);
  const target = figures.target;
  return [
    cellText(goal.title),
    cellText(goal.indicator),
    cellText(ikuReference(goal)),
    t(goal.direction === 'higher' ? 'report.direction.higher' : 'report.direction.lower'),
    cellText(goal.measureUnit),
    target ? numberCell(target.value, valueFormat(target.value)) : null,
    target
      ? t(target.kind === 'quarterly' ? 'report.targetKind.quarterly' : 'report.targetKind.annual')
      : null,
    goal.realisation === null ? null : numberCell(goal.realisation, valueFormat(goal.realisation)),
    capaianCell(figures.capaian, t),
    t(goalDisplayStatusKey(goal.status)),
    cellText(goal.obstacles),
    cellText(goal.followUpActions),
    evidenceCell(goal.evidence),
  ];
}

export interface PerformanceSheetInput {
  context: ReportContext;
  name: MessageKey;
  title: MessageKey;
  lines: readonly string[];
  /** The goals, each with the partnership code when the table spans partnerships. */
  goals: readonly { goal: GoalReportRow; partnershipCode?: string }[];
  withPartnership: boolean;
}

export function addPerformanceSheet(workbook: Workbook, input: PerformanceSheetInput, t: Translate): void {
  const report = addReportSheet(
    workbook,
    input.context,
    {
      name: input.name,
      title: input.title,
      lines: input.lines,
      columns: performanceColumns(input.withPartnership),
    },
    t,
  );
  input.goals.forEach(({ goal, partnershipCode }, index) => {
    const lead: BodyCell[] = [{ value: index + 1, format: FORMAT.count }];
    if (input.withPartnership) lead.push(partnershipCode ?? null);
    addBodyRow(report, [...lead, ...goalCells(goal, input.context.period, t)]);
  });
  if (input.goals.length === 0) addNoteRow(report, t('report.performance.none'));
  report.sheet.addRow([]);
  addNoteRow(report, t('report.performance.note'));
}
