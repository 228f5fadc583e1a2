/** Sample data for the workbook tests: one partnership's third quarter of 2026, and a second partnership. */
import ExcelJS from 'exceljs';
import { summariseCycle } from '../../../src/domain/evaluation-stats.js';
import type {
  GoalReportRow,
  QuarterReport,
  ReportContext,
  RollupPartnership,
} from '../../../src/slack/features/reports/report-data.js';

export const context: ReportContext = {
  ministry: 'Kementerian Contoh Republik Indonesia',
  period: { year: 2026, quarter: 3 },
  generatedAt: new Date('2026-10-05T02:00:00Z'), // Monday 5 October 2026, 09:00 WIB
  timeZone: 'Asia/Jakarta',
};

const goal = (overrides: Partial<GoalReportRow>): GoalReportRow => ({
  title: 'Sasaran',
  indicator: 'Indikator',
  ikuCode: null,
  ikuText: null,
  measureUnit: null,
  direction: 'higher',
  targets: [],
  realisation: null,
  status: 'on_track',
  obstacles: null,
  followUpActions: null,
  evidence: [],
  ...overrides,
});

export const goals: GoalReportRow[] = [
  // The quarter's own target (70) rather than the annual one (95): capaian 63 ÷ 70 = 90%.
  goal({
    title: 'Penyerapan anggaran tepat waktu',
    indicator: 'Persentase realisasi anggaran',
    ikuCode: 'IKU 2.1',
    ikuText: 'Persentase realisasi anggaran unit',
    measureUnit: '%',
    targets: [
      { year: 2026, quarter: 0, value: 95 },
      { year: 2026, quarter: 3, value: 70 },
      { year: 2025, quarter: 3, value: 10 },
    ],
    realisation: 63,
    status: 'at_risk',
    obstacles: 'Revisi DIPA terlambat',
    followUpActions: 'Mempercepat revisi bersama Biro Keuangan',
    evidence: [{ url: 'https://example.go.id/realisasi-tw3.pdf', label: 'Laporan realisasi TW III' }],
  }),
  // Lower is better, only an annual target: 5 ÷ 4 = 125%.
  goal({
    title: 'Waktu penyelesaian reviu',
    indicator: 'Rata-rata hari penyelesaian reviu',
    ikuCode: 'PK 1.3',
    measureUnit: 'hari',
    direction: 'lower',
    targets: [{ year: 2026, quarter: 0, value: 5 }],
    realisation: 4,
    status: 'on_track',
    evidence: [
      { url: 'https://mitra.slack.com/archives/C1/p1759800000000100', label: 'Notula rapat' },
      { url: 'https://example.go.id/reviu.xlsx', label: null },
    ],
  }),
  // No target at all: no capaian.
  goal({
    title: 'Dokumen kajian bersama',
    indicator: 'Jumlah dokumen',
    measureUnit: 'dokumen',
    realisation: 2,
    status: 'not_assessed',
  }),
  // A decimal value met exactly.
  goal({
    title: 'Indeks kepuasan layanan',
    indicator: 'Nilai indeks',
    ikuText: 'Indeks kepuasan',
    targets: [{ year: 2026, quarter: 3, value: 3.25 }],
    realisation: 3.25,
    status: 'done',
  }),
  // Lower is better reached 0: beaten beyond any ratio. A large target with grouping.
  goal({
    title: 'Temuan audit',
    indicator: 'Jumlah temuan',
    direction: 'lower',
    targets: [{ year: 2026, quarter: 3, value: 1250 }],
    realisation: 0,
    status: 'overdue',
  }),
];

const scores = (values: number[]) => ({
  coordination: values[0] ?? 3,
  communication: values[1] ?? 3,
  collaboration: values[2] ?? 3,
  efficiency: values[3] ?? 3,
  satisfaction: values[4] ?? 3,
  trust: values[5] ?? 3,
  roleClarity: values[6] ?? 3,
});

const previous = summariseCycle({ invitedCount: 2, responses: [{ unitId: 1, scores: scores([]) }] });

export const evaluationSummary = summariseCycle({
  invitedCount: 3,
  responses: [
    { unitId: 1, scores: scores([4, 3, 5, 4, 3, 5, 2]) },
    { unitId: 2, scores: scores([5, 3, 4, 2, 4, 5, 4]) },
  ],
  previous,
});

export const quarterReport: QuarterReport = {
  context,
  partnership: { code: 'PK-1', name: 'Perencanaan–Keuangan', leadUnit: 'Biro Perencanaan' },
  goals,
  roles: [
    {
      person: 'Sari Wulandari',
      unit: 'Biro Perencanaan',
      role: 'coordinator',
      responsibilities: 'Memimpin rapat bulanan',
      results: 'Tiga rapat terlaksana',
    },
    { person: 'Budi Santoso', unit: 'Biro Keuangan', role: 'liaison', responsibilities: null, results: null },
  ],
  evaluation: {
    openedAt: new Date('2026-09-01T02:00:00Z'),
    closedAt: new Date('2026-09-15T10:00:00Z'),
    summary: evaluationSummary,
  },
  communications: [
    {
      dueAt: new Date('2026-08-17T02:00:00Z'),
      kind: 'checkin',
      status: 'skipped',
      skipReason: 'holiday:Hari Kemerdekaan',
    },
    { dueAt: new Date('2026-07-06T02:00:00Z'), kind: 'checkin', status: 'sent', skipReason: null },
    { dueAt: new Date('2026-09-07T07:30:00Z'), kind: 'meeting', status: 'failed', skipReason: null },
    { dueAt: new Date('2026-08-03T02:00:00Z'), kind: 'progress', status: 'skipped', skipReason: 'missed' },
  ],
};

export const secondPartnership: RollupPartnership = {
  partnership: { code: 'PK-2', name: 'Operasional–Dukungan', leadUnit: 'Biro Umum' },
  goals: [
    goal({
      title: 'Tiket selesai',
      targets: [{ year: 2026, quarter: 0, value: 200 }],
      realisation: 150,
      status: 'off_track',
    }),
    goal({ title: 'Tanpa realisasi', targets: [{ year: 2026, quarter: 3, value: 10 }], status: 'on_track' }),
  ],
  evaluation: null,
  overdueActionItems: 2,
};

/** The values of columns 1…`count` of a row, as read back: `null` for an empty cell. */
export function rowValues(sheet: ExcelJS.Worksheet, row: number, count: number): ExcelJS.CellValue[] {
  return Array.from({ length: count }, (_, index) => sheet.getRow(row).getCell(index + 1).value ?? null);
}

/** The number formats of columns 1…`count` of a row. */
export function rowFormats(sheet: ExcelJS.Worksheet, row: number, count: number): (string | undefined)[] {
  return Array.from(
    { length: count },
    (_, index) => sheet.getRow(row).getCell(index + 1).numFmt || undefined,
  );
}

/** Reads an XLSX file's bytes back with exceljs (its typings want an ArrayBuffer, not a Node Buffer). */
export async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook;
}
