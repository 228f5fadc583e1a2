/**
 * CSV files for `/mitra ekspor`, written so that Excel on an Indonesian desktop opens them right.
 *
 * - **UTF-8 with a byte-order mark**: without the BOM Excel guesses a legacy code page and mangles
 *   every non-ASCII character (names, "—", quotes typed on phones).
 * - **Field separator by language**: Indonesian files use `;`, English files `,`. Excel takes the
 *   list separator from the Windows regional settings, and with Indonesian settings — where the
 *   decimal separator is the comma ("3,21") — that list separator is `;`; a `,`-separated file
 *   would open with every row in one column. English files keep the RFC's `,` and a decimal point.
 * - **RFC 4180 quoting**: a field with the separator, a quote, CR or LF is quoted, quotes doubled;
 *   lines end with CRLF, as the RFC and Excel expect.
 * - **Formula injection** (CWE-1236): a *text* cell that starts with `=`, `+`, `-`, `@`, a tab or a
 *   CR would be run as a formula by a spreadsheet — and the texts come from anyone who typed a goal
 *   title or a survey answer. Such cells get a leading apostrophe, which spreadsheets show as
 *   text and do not evaluate (OWASP's advice). Numbers are typed by us, not by users, so a negative
 *   number stays a number.
 */

/** A cell: text (neutralised), a number (formatted), or empty. */
export type CsvValue = string | number | null | undefined;

export const UTF8_BOM = '\uFEFF';

export interface CsvOptions {
  /** Decimal separator for numbers: `,` for Indonesian readers, `.` for English. Default `.`. */
  decimalSeparator?: '.' | ',';
  /** Most decimals written for a number (trailing zeros dropped). Default 2. */
  maxDecimals?: number;
  /** Between fields: `;` for Indonesian Excel (see the top of this file), `,` otherwise. Default `,`. */
  fieldSeparator?: ',' | ';';
}

const FORMULA_START = /^[=+\-@\t\r]/;
// Quoting both separators keeps a cell safe whichever one the file uses (and a text with a `;`
// stays one cell if someone re-saves an Indonesian file as `,`-separated).
const NEEDS_QUOTES = /[",;\r\n]/;

/** Makes a text cell safe to open in a spreadsheet: a leading formula character gets an apostrophe. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell as it appears in the file, quoted where needed. */
export function csvCell(value: CsvValue, options: CsvOptions = {}): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? formatNumber(value, options) : neutraliseFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function formatNumber(value: number, options: CsvOptions): string {
  if (!Number.isFinite(value)) return '';
  const decimals = options.maxDecimals ?? 2;
  // Rounded, then trailing zeros dropped: 3.50 → 3.5, 4.00 → 4; -0 is written as 0.
  const rounded = Number(value.toFixed(decimals));
  const text = String(Object.is(rounded, -0) ? 0 : rounded);
  return options.decimalSeparator === ',' ? text.replace('.', ',') : text;
}

/**
 * A whole file: the BOM, a header row, then the rows, each line ending with CRLF. Every row is
 * padded or cut to the header's width so a spreadsheet never shifts columns.
 */
export function toCsv(
  header: readonly string[],
  rows: ReadonlyArray<readonly CsvValue[]>,
  options: CsvOptions = {},
): string {
  const width = header.length;
  const line = (cells: readonly CsvValue[]) =>
    Array.from({ length: width }, (_, i) => csvCell(cells[i], options)).join(options.fieldSeparator ?? ',');
  return `${UTF8_BOM}${[line(header), ...rows.map(line)].map((l) => `${l}\r\n`).join('')}`;
}
