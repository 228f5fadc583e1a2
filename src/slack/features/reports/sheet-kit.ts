/**
 * What every sheet of Mitra's workbooks shares: the header block (ministry, title, partnership,
 * period, when prepared), the styled and frozen column header row, A4 landscape print setup that
 * fits the width of a page and repeats the column headers, and number formats.
 *
 * Numbers and the decimal comma: cells hold real numbers, so a reader can sum, sort and chart
 * them. An XLSX number format is locale-independent — `#,##0.00` always means "group thousands,
 * two decimals" — and Excel, LibreOffice and Google Sheets draw the separators of the viewer's
 * regional settings: `12,5` and `1.500` on a computer set to Indonesian, `12.5` and `1,500` on
 * one set to English. A format with a literal comma would break that for everyone else, so none
 * is used. Text that Mitra writes itself (header lines, response rates in sentences) is formatted
 * with the catalog and `Intl` in the workbook's language, decimal comma in `id`.
 */
import type { Cell, CellValue, Row, Workbook, Worksheet } from 'exceljs';
import { formatLocalDateTime, MONTH_KEYS } from '../../../domain/time/cadence-text.js';

import { parseLocalDate } from '../../../domain/time/calendar.js';
import { quarterEnd, quarterStart, romanQuarter, type YearQuarter } from '../../../domain/time/quarters.js';
import type { Locale, MessageKey, Translate } from '../../../i18n/index.js';
import type { ReportContext } from './report-data.js';

/** Excel refuses longer text in a cell. */
export const MAX_CELL_TEXT = 32_767;

/** Number formats, locale-independent in the file (see above). */
export const FORMAT = {
  count: '0',
  /** Capaian and response rates are stored as fractions (0.955) and shown as percentages. */
  percent: '0.00%',
  rate: '0.0%',
  /** Means and spreads on the 1–5 scale. */
  score: '0.00',
  /** A change shows its sign: +0.25, -0.40, 0.00. */
  change: '+0.00;-0.00;0.00',
} as const;

/**
 * The format of a target or realisation: thousands grouped and exactly the decimals the value has
 * (up to four), so 80 shows as `80` and 12.5 as `12,5` / `12.5` — never `80,00` nor a rounded value.
 */
export function valueFormat(value: number): string {
  const decimals = decimalPlaces(value);
  return decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
}

function decimalPlaces(value: number): number {
  for (let decimals = 0; decimals < 4; decimals += 1) {
    const scaled = value * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, Math.abs(scaled))) return decimals;
  }
  return 4;
}

/** User text for a cell: clipped to Excel's limit; empty or missing text leaves the cell empty. */
export function cellText(text: string | null | undefined): string | null {
  if (text === null || text === undefined || text.trim() === '') return null;
  return text.length > MAX_CELL_TEXT ? `${text.slice(0, MAX_CELL_TEXT - 1)}…` : text;
}

/** "1 Juli 2026" / "1 July 2026": a calendar date in a header, without the weekday. */
export function formatDayMonthYear(date: string, t: Translate): string {
  const { year, month, day } = parseLocalDate(date);
  return `${day} ${t(MONTH_KEYS[month - 1] ?? 'month.january')} ${year}`;
}

/** "Periode: Triwulan III Tahun 2026 (1 Juli 2026 s.d. 30 September 2026)". */
export function periodLine(period: YearQuarter, t: Translate): string {
  return t('report.header.period', {
    quarter: romanQuarter(period.quarter),
    year: period.year,
    from: formatDayMonthYear(quarterStart(period), t),
    to: formatDayMonthYear(quarterEnd(period), t),
  });
}

export function preparedLine(context: ReportContext, locale: Locale, t: Translate): string {
  return t('report.header.prepared', {
    dateTime: formatLocalDateTime(context.generatedAt, context.timeZone, locale),
  });
}

export interface ColumnSpec {
  header: MessageKey;
  /** In characters, as Excel measures column width. */
  width: number;
}

export interface SheetSpec {
  name: MessageKey;
  title: MessageKey;
  /** Lines under the title: partnership, period, when prepared … already translated. */
  lines: readonly string[];
  columns: readonly ColumnSpec[];
}

/** A sheet with its header block written; `headerRow` is the row of the column headers. */
export interface ReportSheet {
  sheet: Worksheet;
  headerRow: number;
  columnCount: number;
  /** The table's width in characters, to size merged rows of text (Excel does not fit those). */
  width: number;
}

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFD9E1F2' } };

/**
 * Adds a sheet: the ministry and title in bold, the header lines, an empty row, then the column
 * headers — frozen so they stay in view, and repeated on every printed page.
 */
export function addReportSheet(
  workbook: Workbook,
  context: ReportContext,
  spec: SheetSpec,
  t: Translate,
): ReportSheet {
  const headerRow = spec.lines.length + 4;
  const columnCount = spec.columns.length;
  const sheet = workbook.addWorksheet(t(spec.name), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${headerRow}:${headerRow}`,
    },
    headerFooter: { oddFooter: `&C${t('report.footer.page')}`, evenFooter: `&C${t('report.footer.page')}` },
  });
  sheet.columns = spec.columns.map((column) => ({ width: column.width }));

  const heading = [context.ministry, t(spec.title), ...spec.lines];
  heading.forEach((text, index) => {
    const row = sheet.getRow(index + 1);
    row.getCell(1).value = cellText(text);
    row.font = index < 2 ? { bold: true, size: index === 0 ? 14 : 12 } : { size: 11 };
    sheet.mergeCells(index + 1, 1, index + 1, columnCount);
  });

  const header = sheet.getRow(headerRow);
  spec.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = t(column.header);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  const width = spec.columns.reduce((sum, column) => sum + column.width, 0);
  return { sheet, headerRow, columnCount, width };
}

/** A body cell's value and, for numbers, its format. */
export type BodyCell = CellValue | { value: number; format: string };

function isFormatted(value: BodyCell): value is { value: number; format: string } {
  return typeof value === 'object' && value !== null && 'format' in value;
}

/** A table row: bordered, wrapped, aligned to the top; numbers carry their format. */
export function addBodyRow(report: ReportSheet, values: readonly BodyCell[]): Row {
  const row = report.sheet.addRow([]);
  for (let index = 0; index < report.columnCount; index += 1) {
    const cell: Cell = row.getCell(index + 1);
    const value = values[index] ?? null;
    if (isFormatted(value)) {
      cell.value = value.value;
      cell.numFmt = value.format;
    } else {
      cell.value = value;
    }
    cell.border = BORDER;
    cell.alignment = { vertical: 'top', wrapText: true };
  }
  return row;
}

/** A line of text across the table's width: "no goals yet", a footnote. */
export function addNoteRow(report: ReportSheet, text: string, options: { italic?: boolean } = {}): Row {
  const row = report.sheet.addRow([cellText(text)]);
  report.sheet.mergeCells(row.number, 1, row.number, report.columnCount);
  row.getCell(1).alignment = { vertical: 'top', wrapText: true };
  row.getCell(1).font = { italic: options.italic ?? true };
  row.height = 15 * Math.max(1, Math.ceil((text.length * 1.1) / report.width));
  return row;
}

/** A number with a format, or an empty cell. */
export function numberCell(value: number | null | undefined, format: string): BodyCell {
  return typeof value === 'number' && Number.isFinite(value) ? { value, format } : null;
}
