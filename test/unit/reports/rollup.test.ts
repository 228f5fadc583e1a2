/** The admins' roll-up across partnerships, written to bytes and read back with exceljs, in both languages. */
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/i18n/index.js';
import type { RollupReport } from '../../../src/slack/features/reports/report-data.js';
import { buildRollupWorkbook } from '../../../src/slack/features/reports/rollup.js';
import { toBuffer } from '../../../src/slack/features/reports/workbook.js';
import {
  context,
  loadWorkbook,
  quarterReport,
  rowFormats,
  rowValues,
  secondPartnership,
} from './sample-report.js';

const rollup: RollupReport = {
  context,
  partnerships: [
    {
      partnership: quarterReport.partnership,
      goals: quarterReport.goals,
      evaluation: quarterReport.evaluation,
      overdueActionItems: null,
    },
    secondPartnership,
  ],
};

async function readBack(report: RollupReport, locale: Locale): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await toBuffer(buildRollupWorkbook(report, locale)));
}

const WORDS = {
  id: {
    sheets: ['Rekapitulasi', 'Sasaran semua kemitraan'],
    titles: ['Rekapitulasi Kinerja Kemitraan Antarunit', 'Capaian Kinerja Sasaran Semua Kemitraan Antarunit'],
    lines: [
      'Jumlah kemitraan: 2',
      'Periode: Triwulan III Tahun 2026 (1 Juli 2026 s.d. 30 September 2026)',
      'Disusun pada Senin, 5 Oktober 2026 pukul 09.00 WIB',
    ],
    summaryHeaders: [
      'No.',
      'Kode',
      'Kemitraan',
      'Unit utama',
      'Jumlah sasaran',
      'Sesuai rencana',
      'Berisiko',
      'Tidak sesuai rencana',
      'Selesai',
      'Melewati tenggat',
      'Belum dinilai',
      'Rata-rata capaian (%)',
      'Skor evaluasi (1–5)',
      'Tingkat respons (%)',
      'Tindak lanjut melewati tenggat',
    ],
    goalHeaders: [
      'No.',
      'Kemitraan',
      'Sasaran',
      'Indikator kinerja',
      'IKU/PK',
      'Arah indikator',
      'Satuan',
      'Target',
      'Jenis target',
      'Realisasi',
      'Capaian (%)',
      'Status',
      'Kendala',
      'Upaya tindak lanjut',
      'Eviden',
    ],
    total: 'Jumlah',
    offTrack: 'Tidak sesuai rencana',
    none: 'Belum ada kemitraan.',
    noGoals: 'Belum ada sasaran.',
  },
  en: {
    sheets: ['Summary', 'Goals of all partnerships'],
    titles: [
      'Inter-unit Partnerships: Performance Summary',
      'Performance of the Goals of All Inter-unit Partnerships',
    ],
    lines: [
      'Partnerships: 2',
      'Period: Quarter III of 2026 (1 July 2026 to 30 September 2026)',
      'Prepared on Monday, 5 October 2026 at 09:00 WIB',
    ],
    summaryHeaders: [
      'No.',
      'Code',
      'Partnership',
      'Lead unit',
      'Goals',
      'On track',
      'At risk',
      'Off track',
      'Done',
      'Overdue',
      'Not assessed yet',
      'Average achievement (%)',
      'Evaluation score (1–5)',
      'Response rate (%)',
      'Overdue action items',
    ],
    goalHeaders: [
      'No.',
      'Partnership',
      'Goal',
      'Performance indicator',
      'IKU/PK',
      'Direction',
      'Unit of measure',
      'Target',
      'Target type',
      'Actual',
      'Achievement (%)',
      'Status',
      'Obstacles',
      'Follow-up actions',
      'Evidence',
    ],
    total: 'Total',
    offTrack: 'Off track',
    none: 'No partnerships yet.',
    noGoals: 'No goals yet.',
  },
} as const;

describe.each(['id', 'en'] as const)('the roll-up workbook in %s', (locale) => {
  const w = WORDS[locale];

  it('has a summary and an all-goals sheet, each with the header block, frozen header and print setup', async () => {
    const workbook = await readBack(rollup, locale);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(w.sheets);
    workbook.worksheets.forEach((s, index) => {
      expect([1, 2, 3, 4, 5].map((row) => s.getCell(row, 1).value)).toEqual([
        'Kementerian Contoh Republik Indonesia',
        w.titles[index],
        ...w.lines,
      ]);
      expect(s.views[0]).toMatchObject({ state: 'frozen', ySplit: 7 });
      expect(s.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToWidth: 1,
        printTitlesRow: '7:7',
      });
    });
  });

  it('summarises each partnership: goals by status, average capaian, evaluation, overdue action items', async () => {
    const s = (await readBack(rollup, locale)).getWorksheet(w.sheets[0]);
    if (!s) throw new Error('no summary');
    expect(rowValues(s, 7, 15)).toEqual(w.summaryHeaders);

    const first = rowValues(s, 8, 15);
    // 90%, 125% and 100% computed; one goal without a target, one beyond any ratio.
    expect(first.slice(0, 11)).toEqual([
      1,
      'PK-1',
      'Perencanaan–Keuangan',
      'Biro Perencanaan',
      5,
      1,
      1,
      0,
      1,
      1,
      1,
    ]);
    expect(first[11] as number).toBeCloseTo(1.05, 12);
    expect(first[12] as number).toBeCloseTo(26.5 / 7, 12);
    expect(first[13] as number).toBeCloseTo(2 / 3, 12);
    expect(first[14]).toBeNull();

    expect(rowValues(s, 9, 15)).toEqual([
      2,
      'PK-2',
      'Operasional–Dukungan',
      'Biro Umum',
      2,
      1,
      0,
      1,
      0,
      0,
      0,
      0.75,
      null,
      null,
      2,
    ]);

    // Totals: the average capaian is over all four goals that have one, not a mean of means.
    const total = rowValues(s, 10, 15);
    expect(total.slice(0, 11)).toEqual([null, w.total, null, null, 7, 2, 1, 1, 1, 1, 1]);
    expect(total[11] as number).toBeCloseTo(0.975, 12);
    expect(total.slice(12)).toEqual([null, null, 2]);

    expect(rowFormats(s, 8, 15)).toEqual([
      '0',
      undefined,
      undefined,
      undefined,
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0.00%',
      '0.00',
      '0.0%',
      undefined,
    ]);
    expect(rowFormats(s, 9, 15).slice(11)).toEqual(['0.00%', undefined, undefined, '0']);
  });

  it('lists every goal of every partnership with its partnership code', async () => {
    const s = (await readBack(rollup, locale)).getWorksheet(w.sheets[1]);
    if (!s) throw new Error('no goals sheet');
    expect(rowValues(s, 7, 15)).toEqual(w.goalHeaders);
    const rows = [8, 9, 10, 11, 12, 13, 14].map((row) => rowValues(s, row, 15));
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      [1, 'PK-1', 'Penyerapan anggaran tepat waktu'],
      [2, 'PK-1', 'Waktu penyelesaian reviu'],
      [3, 'PK-1', 'Dokumen kajian bersama'],
      [4, 'PK-1', 'Indeks kepuasan layanan'],
      [5, 'PK-1', 'Temuan audit'],
      [6, 'PK-2', 'Tiket selesai'],
      [7, 'PK-2', 'Tanpa realisasi'],
    ]);
    expect(rows[5]?.slice(7, 12)).toEqual([
      200,
      locale === 'id' ? 'Target tahunan' : 'Annual target',
      150,
      0.75,
      w.offTrack,
    ]);
    expect(rows.map((row) => row[10]).slice(0, 2)).toEqual([0.9, 1.25]);
  });

  it('says so when there are no partnerships', async () => {
    const workbook = await readBack({ context, partnerships: [] }, locale);
    expect(workbook.worksheets[0]?.getCell(8, 1).value).toBe(w.none);
    expect(workbook.worksheets[0]?.getCell(3, 1).value).toBe(w.lines[0].replace('2', '0'));
    expect(workbook.worksheets[1]?.getCell(8, 1).value).toBe(w.noGoals);
  });
});
