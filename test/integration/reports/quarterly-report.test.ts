/**
 * `/mitra laporan KODE tw3 2026` and `/mitra laporan semua …` through real HTTP: the command is
 * sent by the fake Slack, the workbook comes back to it by `files.uploadV2` into the requester's
 * DM, and is read back with exceljs — sheets, headers and numbers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  evaluationCycles,
  evaluationInvitations,
  evaluationResponses,
  type Goal,
  type Partnership,
} from '../../../src/db/schema/index.js';
import {
  createGoal,
  createPartnership,
  createRole,
  createSchedule,
  createUnit,
  TEAM,
} from '../../support/factories.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';
import {
  addDelivery,
  addQuarterUpdate,
  addTargets,
  answers,
  dmOf,
  rowValues,
  sheet,
  workbookFor,
} from '../../support/reports-flow.js';

// Monday 5 October 2026, 09:00 in Jakarta: TW III 2026 has just closed.
const NOW = new Date('2026-10-05T02:00:00Z');
const { coordinator, english, admin, manager1, outsider } = PEOPLE;

let h: Harness;
let p: Partnership;
let budget: Goal;
let review: Goal;
beforeAll(async () => {
  h = await startHarness({ clock: () => NOW, env: { MITRA_MINISTRY: 'Kementerian Contoh' } });
  const planning = createUnit(h.db, { name: 'Biro Perencanaan' });
  const finance = createUnit(h.db, { name: 'Biro Keuangan' });
  p = createPartnership(h.db, { unitIds: [planning.id, finance.id], name: 'Perencanaan–Keuangan' });
  createRole(h.db, {
    partnershipId: p.id,
    unitId: finance.id,
    userId: manager1.id,
    role: 'liaison',
    responsibilities: 'Menyiapkan data realisasi',
  });
  createRole(h.db, { partnershipId: p.id, unitId: planning.id, userId: english.id, role: 'member' });
  budget = createGoal(h.db, {
    partnershipId: p.id,
    title: 'Penyerapan anggaran',
    indicator: 'Persentase realisasi anggaran',
    ikuCode: 'IKU 2.1',
    ikuText: 'Persentase realisasi anggaran unit',
    measureUnit: '%',
    target: 95,
    personInChargeId: manager1.id,
  });
  review = createGoal(h.db, {
    partnershipId: p.id,
    title: 'Waktu reviu',
    indicator: 'Rata-rata hari penyelesaian reviu',
    measureUnit: 'hari',
    direction: 'lower',
    target: 5,
  });
  addTargets(h.db, budget.id, [
    { year: 2026, quarter: 0, value: 95 },
    { year: 2026, quarter: 3, value: 70 },
  ]);
  addTargets(h.db, review.id, [{ year: 2026, quarter: 0, value: 5 }]);
  // An older Q3 figure, then the latest one: the latest speaks for the quarter.
  addQuarterUpdate(h.db, {
    goalId: budget.id,
    year: 2026,
    quarter: 3,
    value: 50,
    at: new Date('2026-08-03T02:00:00Z'),
  });
  addQuarterUpdate(h.db, {
    goalId: budget.id,
    year: 2026,
    quarter: 3,
    value: 63,
    status: 'at_risk',
    obstacles: 'Revisi DIPA terlambat',
    followUpActions: 'Mempercepat revisi bersama Biro Keuangan',
    evidence: ['https://example.go.id/realisasi-tw3.pdf'],
    at: new Date('2026-09-28T02:00:00Z'),
  });
  addQuarterUpdate(h.db, {
    goalId: review.id,
    year: 2026,
    quarter: 3,
    value: 4,
    at: new Date('2026-09-20T02:00:00Z'),
  });
  // A Q2 figure that must not show in the Q3 workbook.
  addQuarterUpdate(h.db, {
    goalId: budget.id,
    year: 2026,
    quarter: 2,
    value: 30,
    at: new Date('2026-06-20T02:00:00Z'),
  });
  // An evaluation closed in TW III: two unit heads answered, one all 4s, the other all 2s.
  const cycle = h.db
    .insert(evaluationCycles)
    .values({
      teamId: TEAM,
      partnershipId: p.id,
      status: 'closed',
      openedBy: coordinator.id,
      openedAt: new Date('2026-09-01T02:00:00Z'),
      closesAt: new Date('2026-09-08T10:00:00Z'),
      closedAt: new Date('2026-09-08T10:00:00Z'),
      channelId: SHARED_CHANNEL,
    })
    .returning()
    .get();
  for (const [userId, score] of [
    [manager1.id, 4],
    [PEOPLE.manager2.id, 2],
  ] as const) {
    h.db.insert(evaluationInvitations).values({ teamId: TEAM, cycleId: cycle.id, userId }).run();
    h.db
      .insert(evaluationResponses)
      .values({
        teamId: TEAM,
        cycleId: cycle.id,
        userId,
        coordination: score,
        communication: score,
        collaboration: score,
        efficiency: score,
        satisfaction: score,
        trust: score,
        roleClarity: score,
        createdAt: new Date('2026-09-03T02:00:00Z'),
      })
      .run();
  }
  const schedule = createSchedule(h.db, { partnershipId: p.id });
  addDelivery(h.db, { scheduleId: schedule.id, dueAt: new Date('2026-07-06T02:00:00Z'), status: 'sent' });
  addDelivery(h.db, {
    scheduleId: schedule.id,
    dueAt: new Date('2026-08-17T02:00:00Z'),
    status: 'skipped',
    skipReason: 'holiday:Hari Kemerdekaan',
  });
  addDelivery(h.db, { scheduleId: schedule.id, dueAt: new Date('2026-10-05T02:00:00Z'), status: 'sent' });
});
afterAll(async () => {
  await h.close();
});

const PERFORMANCE_HEADERS = [
  'No.',
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
];

describe('/mitra laporan KODE PERIODE', () => {
  it('sends the quarterly workbook to the requester by DM, with every sheet, header and number', async () => {
    const { said, file, workbook } = await workbookFor(h, coordinator.id, `laporan ${p.code} tw3 2026`);
    expect(said[0]).toContain(`Sedang menyiapkan laporan triwulan ${p.code} untuk Triwulan III 2026`);
    expect(said[1]).toContain(`telah dikirim ke DM Anda (${p.code}-TW3-2026.xlsx)`);
    expect(file.channel).toBe(dmOf(coordinator.id));
    expect(file.name).toBe(`${p.code}-TW3-2026.xlsx`);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Capaian kinerja',
      'Matriks peran',
      'Evaluasi',
      'Catatan komunikasi',
      'Grafik',
    ]);
    // The chart sheet: each picture under its heading, with the same numbers as the tables in words.
    const charts = sheet(workbook, 'Grafik');
    const texts: string[] = [];
    charts.eachRow((row) => {
      const value = row.getCell(1).value;
      if (typeof value === 'string') texts.push(value);
    });
    expect(texts.slice(-4)).toEqual([
      'Capaian per sasaran terhadap target triwulan',
      'Capaian per sasaran terhadap target: Penyerapan anggaran 90%; Waktu reviu 125%.',
      'Evaluasi triwulan ini dibanding evaluasi sebelumnya',
      'Skor rata-rata per dimensi (skala 1–5): Koordinasi 3,0; Komunikasi 3,0; Kolaborasi 3,0; ' +
        'Efisiensi 3,0; Kepuasan staf 3,0; Kepercayaan dan saling menghormati 3,0; Kejelasan peran 3,0.',
    ]);
    // One cycle only: no trend to draw, so two pictures, the second below the first.
    const images = charts.getImages();
    expect(images).toHaveLength(2);
    expect(Number(images[1]?.range.tl.nativeRow)).toBeGreaterThan(Number(images[0]?.range.tl.nativeRow) + 5);
    for (const image of images) {
      const png = workbook.getImage(Number(image.imageId)).buffer as unknown as Buffer;
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(png.length).toBeLessThan(100_000);
    }

    const perf = sheet(workbook, 'Capaian kinerja');
    expect(rowValues(perf, 1, 1)).toEqual(['Kementerian Contoh']);
    expect(perf.getCell(3, 1).value).toBe(`Kemitraan: ${p.code} · Perencanaan–Keuangan`);
    expect(perf.getCell(4, 1).value).toBe('Unit utama: Biro Perencanaan');
    expect(perf.getCell(5, 1).value).toBe(
      'Periode: Triwulan III Tahun 2026 (1 Juli 2026 s.d. 30 September 2026)',
    );
    expect(rowValues(perf, 8, 14)).toEqual(PERFORMANCE_HEADERS);
    expect(rowValues(perf, 9, 14)).toEqual([
      1,
      'Penyerapan anggaran',
      'Persentase realisasi anggaran',
      'IKU 2.1 — Persentase realisasi anggaran unit',
      'Makin tinggi makin baik',
      '%',
      70,
      'Target triwulan',
      63,
      0.9,
      'Berisiko',
      'Revisi DIPA terlambat',
      'Mempercepat revisi bersama Biro Keuangan',
      {
        text: 'https://example.go.id/realisasi-tw3.pdf',
        hyperlink: 'https://example.go.id/realisasi-tw3.pdf',
      },
    ]);
    // Lower is better, annual target only: 5 ÷ 4 = 125%.
    expect(rowValues(perf, 10, 11)).toEqual([
      2,
      'Waktu reviu',
      'Rata-rata hari penyelesaian reviu',
      null,
      'Makin rendah makin baik',
      'hari',
      5,
      'Target tahunan',
      4,
      1.25,
      'Sesuai rencana',
    ]);

    const roles = sheet(workbook, 'Matriks peran');
    const roleRows = [9, 10].map((row) => rowValues(roles, row, 6));
    expect(roleRows).toContainEqual([
      expect.any(Number),
      'Budi Santoso',
      'Biro Keuangan',
      'Penghubung',
      'Menyiapkan data realisasi',
      'Penyerapan anggaran: Berisiko',
    ]);
    expect(roleRows.map((r) => r[1])).toContain('Sari Wulandari');

    const evaluation = sheet(workbook, 'Evaluasi');
    expect(String(evaluation.getCell(7, 1).value)).toContain('Siklus evaluasi: Selasa, 1 September 2026');
    expect(String(evaluation.getCell(8, 1).value)).toContain('(2 dari 2 pimpinan unit yang diundang)');
    expect(rowValues(evaluation, 10, 3)).toEqual(['No.', 'Dimensi', 'Jumlah respons']);
    for (let row = 11; row < 18; row += 1) {
      const [no, , responses, mean, spread, min, max, change] = rowValues(evaluation, row, 8);
      expect([no, responses, mean, min, max, change]).toEqual([row - 10, 2, 3, 2, 4, null]);
      expect(spread as number).toBeCloseTo(Math.SQRT2, 10);
    }
    expect(evaluation.getCell(11, 2).value).toBe('Koordinasi');
    const comms = sheet(workbook, 'Catatan komunikasi');
    // Two reminders were due in TW III; the one of 5 October belongs to TW IV.
    expect(comms.getCell(9, 1).value).toBe(1);
    expect(comms.getCell(10, 1).value).toBe(2);
    expect(comms.getCell(11, 1).value ?? null).toBeNull();
    expect(JSON.stringify(rowValues(comms, 10, 5))).toContain('Hari libur: Hari Kemerdekaan');
  });

  it.each([
    ['triwulan 3 2026'],
    ['quarter 3 2026'],
    ['q3 2026'],
    ['tw III 2026'],
    ['TW 3'],
    ['q3'],
    ['triwulan'],
  ])('reads the period "%s" as TW III 2026', async (period) => {
    const { file, workbook } = await workbookFor(h, coordinator.id, `laporan ${p.code} ${period}`);
    expect(file.name).toBe(`${p.code}-TW3-2026.xlsx`);
    expect(rowValues(sheet(workbook, 'Capaian kinerja'), 9, 10).slice(6)).toEqual([
      70,
      'Target triwulan',
      63,
      0.9,
    ]);
  });

  it('reads another quarter: TW II has only the Q2 figure against the annual target', async () => {
    const { file, workbook } = await workbookFor(h, coordinator.id, `laporan ${p.code} tw2 2026`);
    expect(file.name).toBe(`${p.code}-TW2-2026.xlsx`);
    const perf = sheet(workbook, 'Capaian kinerja');
    expect(rowValues(perf, 9, 10).slice(6)).toEqual([95, 'Target tahunan', 30, 30 / 95]);
    expect(rowValues(perf, 10, 10).slice(6, 9)).toEqual([5, 'Target tahunan', null]);
  });

  it('writes English for an English reader', async () => {
    const { said, file, workbook } = await workbookFor(h, english.id, `report ${p.code} q3 2026`);
    expect(said[1]).toContain('is in your DM');
    expect(file.name).toBe(`${p.code}-Q3-2026.xlsx`);
    expect(file.channel).toBe(dmOf(english.id));
    expect(workbook.worksheets[0]?.name).toBe('Performance');
  });

  it.each([
    ['tw5 2026', 'triwulan hanya I sampai IV'],
    ['tw3 26', 'tahun ditulis dengan empat angka'],
    ['besok', 'bukan periode yang dikenali'],
    ['q3 2026 lagi', 'bukan periode yang dikenali'],
  ])('refuses "%s" with a clear message and sends nothing', async (period, message) => {
    const before = h.fake.files().length;
    const [answer] = await answers(h, coordinator.id, `laporan ${p.code} ${period}`, 1);
    expect(answer).toContain(message);
    expect(answer).toContain('/mitra laporan PK-1 tw3 2026');
    expect(h.fake.files().length).toBe(before);
  });

  it('without a period still shows the evaluation report, and says how to get the workbook', async () => {
    const before = h.fake.files().length;
    const [answer, chart] = await answers(h, coordinator.id, `laporan ${p.code}`, 2);
    expect(answer).toContain(`/mitra laporan ${p.code} tw3 2026`);
    expect(answer).toContain('Triwulan III 2026');
    // No workbook: only the evaluation chart, which follows the answer.
    expect(chart).toContain('"slack_file"');
    expect(
      h.fake
        .files()
        .slice(before)
        .map((f) => f.name),
    ).toEqual([`${p.code}-tren-evaluasi.png`]);
  });

  it('refuses an unknown code, and someone who may not see the partnership', async () => {
    const before = h.fake.files().length;
    const [unknown] = await answers(h, coordinator.id, 'laporan PK-999 tw3 2026', 1);
    expect(unknown).toContain('PK-999');
    const [hidden] = await answers(h, outsider.id, `laporan ${p.code} tw3 2026`, 1);
    expect(hidden).toContain('hanya dapat dilihat oleh anggota kemitraan');
    expect(h.fake.files().length).toBe(before);
  });
});

describe('/mitra laporan semua PERIODE', () => {
  it('sends an admin one workbook across all partnerships, with the summary', async () => {
    const other = createPartnership(h.db, { name: 'Operasional–Dukungan' });
    const tickets = createGoal(h.db, { partnershipId: other.id, title: 'Tiket selesai', target: 200 });
    addTargets(h.db, tickets.id, [{ year: 2026, quarter: 0, value: 200 }]);
    addQuarterUpdate(h.db, {
      goalId: tickets.id,
      year: 2026,
      quarter: 3,
      value: 150,
      status: 'off_track',
      at: new Date('2026-09-01T02:00:00Z'),
    });
    const { said, file, workbook } = await workbookFor(h, admin.id, 'laporan semua tw3 2026');
    expect(said[1]).toContain('Rekapitulasi 2 kemitraan untuk Triwulan III 2026');
    expect(file.channel).toBe(dmOf(admin.id));
    expect(file.name).toBe('rekap-kemitraan-TW3-2026.xlsx');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Rekapitulasi', 'Sasaran semua kemitraan']);
    const summary = sheet(workbook, 'Rekapitulasi');
    const header = rowValues(summary, 7, 14);
    expect(header.slice(0, 4)).toEqual(['No.', 'Kode', 'Kemitraan', 'Unit utama']);
    const rows = [8, 9].map((row) => rowValues(summary, row, 14));
    const ofCode = (code: string) => rows.find((r) => r[1] === code) ?? [];
    const col = (name: string) => header.indexOf(name);
    expect(ofCode(p.code)[col('Jumlah sasaran')]).toBe(2);
    // (90% + 125%) ÷ 2
    expect(ofCode(p.code)[col('Rata-rata capaian (%)')]).toBeCloseTo(1.075, 10);
    expect(ofCode(other.code)[col('Rata-rata capaian (%)')]).toBeCloseTo(0.75, 10);
    // The TW III evaluation: every dimension's mean 3, both invited heads answered.
    expect(ofCode(p.code)[col('Skor evaluasi (1–5)')]).toBe(3);
    expect(ofCode(p.code)[col('Tingkat respons (%)')]).toBe(1);
    expect(ofCode(other.code)[col('Skor evaluasi (1–5)')]).toBeNull();
    expect(ofCode(p.code)[col('Berisiko')]).toBe(1);
    expect(ofCode(other.code)[col('Tidak sesuai rencana')]).toBe(1);
    const all = sheet(workbook, 'Sasaran semua kemitraan');
    const codes = [8, 9, 10].map((row) => all.getRow(row).getCell(2).value);
    expect(codes).toEqual([p.code, p.code, other.code]);
  });

  it('accepts `all` and the default quarter', async () => {
    const { file } = await workbookFor(h, admin.id, 'laporan all');
    expect(file.name).toBe('rekap-kemitraan-TW3-2026.xlsx');
  });

  it('reads every partnership, slice after slice', async () => {
    for (let i = 0; i < 45; i += 1) createPartnership(h.db);
    const { said, workbook } = await workbookFor(h, admin.id, 'laporan semua tw3 2026');
    expect(said[1]).toContain('Rekapitulasi 47 kemitraan');
    const summary = sheet(workbook, 'Rekapitulasi');
    const codes = Array.from({ length: 47 }, (_, i) => summary.getRow(8 + i).getCell(2).value);
    expect(new Set(codes).size).toBe(47);
    expect(summary.getRow(8 + 47).getCell(2).value).toBe('Jumlah');
  });

  it('is for admins only', async () => {
    const before = h.fake.files().length;
    const [answer] = await answers(h, coordinator.id, 'laporan semua tw3 2026', 1);
    expect(answer).toContain('hanya dapat diminta oleh admin');
    expect(h.fake.files().length).toBe(before);
  });
});
