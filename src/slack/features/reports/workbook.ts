/**
 * The quarterly workbook of one partnership (`/mitra laporan KODE tw3 2026`), built as a pure
 * function of plain data: the same report always gives the same sheets, cells and formats, and a
 * test can read it back with the same library. Sheets, in order:
 * 1. performance table (Laporan Kinerja annex);
 * 2. role matrix (MPPH-style: person × unit × role × responsibilities × results);
 * 3. the quarter's evaluation, or a line saying there was none;
 * 4. communication record: reminders posted, skipped, failed.
 * See `sheet-kit.ts` for print setup and how numbers show the decimal comma.
 */
import ExcelJS from 'exceljs';
import { type Locale, type Translate, translator } from '../../../i18n/index.js';
import { addCommunicationSheet, addEvaluationSheet, addRolesSheet } from './partnership-sheets.js';
import { addPerformanceSheet } from './performance-sheet.js';
import type { QuarterReport, ReportChart, ReportContext } from './report-data.js';
import { addNoteRow, addReportSheet, periodLine, preparedLine } from './sheet-kit.js';

export function newWorkbook(context: ReportContext, title: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Mitra';
  workbook.lastModifiedBy = 'Mitra';
  workbook.title = title;
  workbook.created = context.generatedAt;
  workbook.modified = context.generatedAt;
  return workbook;
}

export function buildQuarterWorkbook(report: QuarterReport, locale: Locale): ExcelJS.Workbook {
  const t = translator(locale);
  const { context, partnership } = report;
  const lines = [
    t('report.header.partnership', { code: partnership.code, name: partnership.name }),
    t('report.header.leadUnit', { unit: partnership.leadUnit }),
    periodLine(context.period, t),
    preparedLine(context, locale, t),
  ];
  const workbook = newWorkbook(context, `${partnership.code} · ${t('report.title.performance')}`);
  addPerformanceSheet(
    workbook,
    {
      context,
      name: 'report.sheet.performance',
      title: 'report.title.performance',
      lines,
      goals: report.goals.map((goal) => ({ goal })),
      withPartnership: false,
    },
    t,
  );
  addRolesSheet(workbook, context, lines, report.roles, t);
  addEvaluationSheet(workbook, context, lines, report.evaluation, locale, t);
  addCommunicationSheet(workbook, context, lines, report.communications, locale, t);
  if (report.charts?.length) addChartSheet(workbook, context, lines, report.charts, t);
  return workbook;
}

/** Default row height in pixels (15 points), to leave room under each picture. */
const ROW_PX = 20;

/** The charts one under another, each with a heading and its numbers in words, under the header block. */
function addChartSheet(
  workbook: ExcelJS.Workbook,
  context: ReportContext,
  lines: string[],
  charts: readonly ReportChart[],
  t: Translate,
): void {
  const report = addReportSheet(
    workbook,
    context,
    {
      name: 'report.sheet.charts',
      title: 'report.title.charts',
      lines,
      columns: [{ header: 'report.charts.column', width: 100 }],
    },
    t,
  );
  for (const chart of charts) {
    const heading = addNoteRow(report, chart.heading, { italic: false });
    heading.getCell(1).font = { bold: true };
    addNoteRow(report, chart.alt, { italic: false });
    const image = workbook.addImage({ buffer: chart.png as unknown as ExcelJS.Buffer, extension: 'png' });
    const top = report.sheet.rowCount;
    // Drawn at half its pixel size: the PNG is rendered at twice the chart's size for sharpness.
    const height = chart.height / 2;
    report.sheet.addImage(image, { tl: { col: 0, row: top }, ext: { width: chart.width / 2, height } });
    // Empty rows under the picture, so the next heading starts below it.
    for (let i = 0; i < Math.ceil(height / ROW_PX) + 1; i++) report.sheet.addRow([]);
  }
}

/** The workbook as the bytes of an `.xlsx` file, ready for `files.uploadV2`. */
export async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
