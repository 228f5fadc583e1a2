/**
 * The quarterly workbook, built from sample data, written to bytes and read back with exceljs:
 * every sheet, header line, column header, text and number, in both languages.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { catalogFor, type Locale } from '../../../src/i18n/index.js';
import type { QuarterReport } from '../../../src/slack/features/reports/report-data.js';
import { buildQuarterWorkbook, toBuffer } from '../../../src/slack/features/reports/workbook.js';
import { QUARTER_WORDS as WORDS } from './quarter-words.js';
import { loadWorkbook, quarterReport, rowFormats, rowValues } from './sample-report.js';

async function readBack(report: QuarterReport, locale: Locale): Promise<ExcelJS.Workbook> {
  const buffer = await toBuffer(buildQuarterWorkbook(report, locale));
  expect(buffer.subarray(0, 2).toString()).toBe('PK'); // an XLSX file is a zip
  return loadWorkbook(buffer);
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe.each(['id', 'en'] as const)('the quarterly workbook in %s', (locale) => {
  const w = WORDS[locale];

  it('has the four sheets in order, each headed by ministry, title, partnership, lead unit, period and date', async () => {
    const workbook = await readBack(quarterReport, locale);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(w.sheets);
    workbook.worksheets.forEach((s, index) => {
      expect(rowValues(s, 1, 1)).toEqual(['Kementerian Contoh Republik Indonesia']);
      expect(rowValues(s, 2, 1)).toEqual([w.titles[index]]);
      expect([3, 4, 5, 6].map((row) => s.getCell(row, 1).value)).toEqual(w.lines);
    });
    expect(workbook.creator).toBe('Mitra');
    expect(workbook.created.toISOString()).toBe('2026-10-05T02:00:00.000Z');
  });

  it('is ready to print: A4 landscape fit to one page wide, header row frozen and repeated, page numbers', async () => {
    const workbook = await readBack(quarterReport, locale);
    for (const s of workbook.worksheets) {
      const headerRow = s.name === w.sheets[2] ? 10 : 8;
      expect(s.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: `${headerRow}:${headerRow}`,
      });
      expect(s.views[0]).toMatchObject({
        state: 'frozen',
        ySplit: headerRow,
        topLeftCell: `A${headerRow + 1}`,
      });
      expect(s.headerFooter.oddFooter).toBe(w.footer);
      for (const column of s.columns) expect(column.width).toBeGreaterThanOrEqual(5);
    }
  });

  it('lists each goal with its IKU/PK, target, realisation, capaian by direction, status and follow-up', async () => {
    const s = sheet(await readBack(quarterReport, locale), w.sheets[0]);
    expect(rowValues(s, 8, 14)).toEqual(w.performanceHeaders);
    expect(rowValues(s, 9, 14)).toEqual([
      1,
      'Penyerapan anggaran tepat waktu',
      'Persentase realisasi anggaran',
      'IKU 2.1 — Persentase realisasi anggaran unit',
      w.higher,
      '%',
      70,
      w.quarterly,
      63,
      0.9,
      w.statuses[0],
      'Revisi DIPA terlambat',
      'Mempercepat revisi bersama Biro Keuangan',
      { text: 'Laporan realisasi TW III', hyperlink: 'https://example.go.id/realisasi-tw3.pdf' },
    ]);
    expect(rowValues(s, 10, 14)).toEqual([
      2,
      'Waktu penyelesaian reviu',
      'Rata-rata hari penyelesaian reviu',
      'PK 1.3',
      w.lower,
      'hari',
      5,
      w.annual,
      4,
      1.25,
      w.statuses[1],
      null,
      null,
      'Notula rapat: https://mitra.slack.com/archives/C1/p1759800000000100\nhttps://example.go.id/reviu.xlsx',
    ]);
    expect(rowValues(s, 11, 14)).toEqual([
      3,
      'Dokumen kajian bersama',
      'Jumlah dokumen',
      null,
      w.higher,
      'dokumen',
      null,
      null,
      2,
      w.missing,
      w.statuses[2],
      null,
      null,
      null,
    ]);
    expect(rowValues(s, 12, 14)).toEqual([
      4,
      'Indeks kepuasan layanan',
      'Nilai indeks',
      'Indeks kepuasan',
      w.higher,
      null,
      3.25,
      w.quarterly,
      3.25,
      1,
      w.statuses[3],
      null,
      null,
      null,
    ]);
    expect(rowValues(s, 13, 14)).toEqual([
      5,
      'Temuan audit',
      'Jumlah temuan',
      null,
      w.lower,
      null,
      1250,
      w.quarterly,
      0,
      w.unbounded,
      w.statuses[4],
      null,
      null,
      null,
    ]);
    expect(s.getCell(15, 1).value).toMatch(w.note);
  });

  it('formats numbers: counts, exact decimals with thousands grouped, capaian as a percentage', async () => {
    const s = sheet(await readBack(quarterReport, locale), w.sheets[0]);
    const formats = [9, 10, 11, 12, 13].map((row) =>
      rowFormats(s, row, 10).filter((_, i) => [0, 6, 8, 9].includes(i)),
    );
    expect(formats).toEqual([
      ['0', '#,##0', '#,##0', '0.00%'],
      ['0', '#,##0', '#,##0', '0.00%'],
      ['0', undefined, '#,##0', undefined],
      ['0', '#,##0.00', '#,##0.00', '0.00%'],
      ['0', '#,##0', '#,##0', undefined],
    ]);
  });

  it('shows the role matrix: person × unit × role × responsibilities × results', async () => {
    const s = sheet(await readBack(quarterReport, locale), w.sheets[1]);
    expect(rowValues(s, 8, 6)).toEqual(w.roleHeaders);
    expect(rowValues(s, 9, 6)).toEqual([
      1,
      'Sari Wulandari',
      'Biro Perencanaan',
      w.roles[0],
      'Memimpin rapat bulanan',
      'Tiga rapat terlaksana',
    ]);
    expect(rowValues(s, 10, 6)).toEqual([2, 'Budi Santoso', 'Biro Keuangan', w.roles[1], null, null]);
    expect(s.getCell(11, 1).value).toBeNull();
  });

  it('shows the evaluation: response rate in words, then each dimension’s mean, spread, range and change', async () => {
    const s = sheet(await readBack(quarterReport, locale), w.sheets[2]);
    expect([7, 8].map((row) => s.getCell(row, 1).value)).toEqual(w.evaluationLines);
    expect(rowValues(s, 10, 8)).toEqual(w.evaluationHeaders);
    const r = Math.SQRT1_2; // sd of two scores one apart
    const expected = [
      [1, 2, 4.5, r, 4, 5, 1.5],
      [2, 2, 3, 0, 3, 3, 0],
      [3, 2, 4.5, r, 4, 5, 1.5],
      [4, 2, 3, 2 * r, 2, 4, 0],
      [5, 2, 3.5, r, 3, 4, 0.5],
      [6, 2, 5, 0, 5, 5, 2],
      [7, 2, 3, 2 * r, 2, 4, 0],
    ];
    expected.forEach(([no, n, mean, sd, min, max, change], index) => {
      const [cNo, cName, cN, cMean, cSd, cMin, cMax, cChange] = rowValues(s, 11 + index, 8);
      expect([cNo, cName, cN, cMin, cMax]).toEqual([no, w.dimensions[index], n, min, max]);
      expect(cMean as number).toBeCloseTo(mean as number, 10);
      expect(cSd as number).toBeCloseTo(sd as number, 10);
      expect(cChange as number).toBeCloseTo(change as number, 10);
      expect(rowFormats(s, 11 + index, 8)).toEqual([
        '0',
        undefined,
        '0',
        '0.00',
        '0.00',
        '0',
        '0',
        '+0.00;-0.00;0.00',
      ]);
    });
    const overall = rowValues(s, 18, 8);
    expect([overall[0], overall[1], overall[2], overall[4], overall[5], overall[6]]).toEqual([
      null,
      w.dimensions[7],
      2,
      null,
      null,
      null,
    ]);
    expect(overall[3] as number).toBeCloseTo(26.5 / 7, 10);
    expect(overall[7] as number).toBeCloseTo(26.5 / 7 - 3, 10);
  });

  it('records every reminder of the quarter, oldest first, with why it was skipped', async () => {
    const s = sheet(await readBack(quarterReport, locale), w.sheets[3]);
    expect(rowValues(s, 8, 5)).toEqual(w.communicationHeaders);
    w.communications.forEach((expected, index) => {
      expect(rowValues(s, 9 + index, 5)).toEqual([index + 1, ...expected]);
    });
  });

  it('says so where a partnership has no goals, roles, evaluation or reminders', async () => {
    const empty: QuarterReport = {
      ...quarterReport,
      goals: [],
      roles: [],
      evaluation: null,
      communications: [],
    };
    const workbook = await readBack(empty, locale);
    expect(sheet(workbook, w.sheets[0]).getCell(9, 1).value).toBe(w.empty[0]);
    expect(sheet(workbook, w.sheets[1]).getCell(9, 1).value).toBe(w.empty[1]);
    const evaluation = sheet(workbook, w.sheets[2]);
    expect(evaluation.getCell(9, 1).value).toBe(w.noEvaluation);
    expect(evaluation.views[0]).toMatchObject({ ySplit: 8 });
    expect(sheet(workbook, w.sheets[3]).getCell(9, 1).value).toBe(w.empty[2]);
  });
});

describe('sheet names', () => {
  it('fit Excel’s limits in both languages: at most 31 characters, none of []:*?/\\', () => {
    for (const locale of ['id', 'en'] as const) {
      const names = Object.entries(catalogFor(locale)).filter(([key]) => key.startsWith('report.sheet.'));
      expect(names.length).toBe(7);
      for (const [key, name] of names) {
        expect(name.length, `${locale} ${key}`).toBeLessThanOrEqual(31);
        expect(name, `${locale} ${key}`).not.toMatch(/[[\]:*?/\\]/);
      }
    }
  });
});

describe('cell contents', () => {
  it('clips text longer than Excel allows and keeps a non-web address as plain text', async () => {
    const long = 'x'.repeat(40_000);
    const report: QuarterReport = {
      ...quarterReport,
      goals: [
        {
          ...quarterReport.goals[0],
          title: long,
          evidence: [{ url: 'javascript:alert(1)', label: null }],
        } as QuarterReport['goals'][number],
      ],
    };
    const s = sheet(await readBack(report, 'id'), 'Capaian kinerja');
    expect((s.getCell(9, 2).value as string).length).toBe(32_767);
    expect(s.getCell(9, 14).value).toBe('javascript:alert(1)');
  });

  it('keeps text that looks like a formula as text', async () => {
    const report: QuarterReport = {
      ...quarterReport,
      goals: [
        {
          ...quarterReport.goals[0],
          obstacles: '=HYPERLINK("http://evil")',
        } as QuarterReport['goals'][number],
      ],
    };
    const s = sheet(await readBack(report, 'en'), 'Performance');
    expect(s.getCell(9, 12).value).toBe('=HYPERLINK("http://evil")');
    expect(s.getCell(9, 12).type).toBe(ExcelJS.ValueType.String);
  });

  it('reports an evaluation with nobody invited without a rate', async () => {
    const base = quarterReport.evaluation;
    if (!base) throw new Error('sample has an evaluation');
    const report: QuarterReport = {
      ...quarterReport,
      evaluation: { ...base, summary: { ...base.summary, responseRate: null, invitedCount: 0 } },
    };
    const s = sheet(await readBack(report, 'en'), 'Evaluation');
    expect(s.getCell(8, 1).value).toBe('Response rate: no unit heads were invited');
  });
});
