/**
 * Three closed quarters of PK-1 (Perencanaan–Keuangan) for the quarterly workbook: the goals'
 * IKU references, quarterly targets, and for each quarter a realisation with its kendala, upaya
 * tindak lanjut and evidence. Quarters are counted back from today, so `/mitra laporan PK-1
 * triwulan` (the last closed quarter) and the two before it always have content.
 */
import { eq } from 'drizzle-orm';
import { goals, goalTargets, progressEvidence, progressUpdates } from '../../src/db/schema/index.js';
import type { IndicatorDirection } from '../../src/domain/capaian.js';
import type { GoalStatus } from '../../src/domain/enums.js';
import { addDays, instantOfLocal } from '../../src/domain/time/calendar.js';
import {
  previousQuarter,
  quarterEnd,
  quarterOfDate,
  type YearQuarter,
} from '../../src/domain/time/quarters.js';
import { type SeedContext, type SeededPartnership, TIME_ZONE } from './shapes.js';

interface QuarterSeed {
  target: number;
  realisation: number;
  status: GoalStatus;
  obstacles: string | null;
  followUp: string | null;
  evidence: readonly string[];
}

interface GoalReporting {
  ikuCode: string;
  ikuText: string;
  direction: IndicatorDirection;
  annualTarget: number;
  /** Oldest quarter first: three quarters before the current one. */
  quarters: readonly [QuarterSeed, QuarterSeed, QuarterSeed];
}

/** By goal title (sandbox/seed/example-data.ts, PK-1). */
export const PK1_REPORTING: Readonly<Record<string, GoalReporting>> = {
  'RKA-K/L 2027 selaras dengan Renstra': {
    ikuCode: 'IKU 1.2',
    ikuText: 'Persentase program yang selaras dengan sasaran strategis Renstra',
    direction: 'higher',
    annualTarget: 100,
    quarters: [
      {
        target: 70,
        realisation: 68,
        status: 'on_track',
        obstacles: 'Data kinerja dua direktorat terlambat masuk.',
        followUp: 'Tenggat pengumpulan data dimajukan satu pekan.',
        evidence: ['https://intranet.kemen.go.id/renstra/pemetaan-program-tw1.pdf'],
      },
      {
        target: 80,
        realisation: 79,
        status: 'on_track',
        obstacles: null,
        followUp: null,
        evidence: ['https://intranet.kemen.go.id/renstra/notula-rapat-penyelarasan.pdf'],
      },
      {
        target: 90,
        realisation: 86,
        status: 'at_risk',
        obstacles: 'Dua program menunggu penyesuaian keluaran dengan Bappenas.',
        followUp: 'Rapat trilateral dengan Bappenas dan DJA dijadwalkan.',
        evidence: [
          'https://intranet.kemen.go.id/renstra/matriks-keselarasan-tw3.xlsx',
          'https://kemen.slack.com/archives/C0PLANFIN/p1758000000000100',
        ],
      },
    ],
  },
  'Realisasi anggaran triwulan sesuai rencana penarikan': {
    ikuCode: 'IKU 2.1',
    ikuText: 'Persentase realisasi anggaran terhadap rencana penarikan dana',
    direction: 'higher',
    annualTarget: 95,
    quarters: [
      {
        target: 20,
        realisation: 22,
        status: 'on_track',
        obstacles: null,
        followUp: null,
        evidence: ['https://intranet.kemen.go.id/keuangan/realisasi-tw1.pdf'],
      },
      {
        target: 45,
        realisation: 41,
        status: 'at_risk',
        obstacles: 'Pengadaan perangkat TIK tertunda karena revisi POK.',
        followUp: 'Revisi POK diajukan; jadwal pengadaan disusun ulang bersama Biro Umum.',
        evidence: ['https://intranet.kemen.go.id/keuangan/usulan-revisi-pok.pdf'],
      },
      {
        target: 70,
        realisation: 66,
        status: 'at_risk',
        obstacles: 'Kontrak pengadaan baru ditandatangani akhir triwulan.',
        followUp: 'Percepatan pembayaran termin pertama.',
        evidence: ['https://intranet.kemen.go.id/keuangan/realisasi-tw3.pdf'],
      },
    ],
  },
};

/** The three quarters before today's, oldest first. */
export function seededQuarters(today: string): [YearQuarter, YearQuarter, YearQuarter] {
  const last = previousQuarter(quarterOfDate(today));
  const middle = previousQuarter(last);
  return [previousQuarter(middle), middle, last];
}

export function seedQuarterlyReporting(
  ctx: SeedContext,
  partnership: SeededPartnership,
  goalIds: ReadonlyMap<string, number>,
): void {
  const { tx, teamId } = ctx;
  const periods = seededQuarters(ctx.today);
  for (const [title, reporting] of Object.entries(PK1_REPORTING)) {
    const goalId = goalIds.get(title);
    if (goalId === undefined) continue;
    tx.update(goals)
      .set({ ikuCode: reporting.ikuCode, ikuText: reporting.ikuText, direction: reporting.direction })
      .where(eq(goals.id, goalId))
      .run();
    const years = new Set(periods.map((p) => p.year));
    for (const year of years) {
      tx.insert(goalTargets)
        .values({ teamId, goalId, year, quarter: 0, value: reporting.annualTarget })
        .onConflictDoNothing()
        .run();
    }
    reporting.quarters.forEach((seed, index) => {
      const period = periods[index] as YearQuarter;
      tx.insert(goalTargets)
        .values({ teamId, goalId, year: period.year, quarter: period.quarter, value: seed.target })
        .run();
      // Reported in the quarter's last week, as the quarter-end prompt asks.
      const at = instantOfLocal(addDays(quarterEnd(period), -3), '10:00', TIME_ZONE);
      const update = tx
        .insert(progressUpdates)
        .values({
          teamId,
          goalId,
          value: seed.realisation,
          status: seed.status,
          note: null,
          year: period.year,
          quarter: period.quarter,
          obstacles: seed.obstacles,
          followUpActions: seed.followUp,
          userId: partnership.coordinator,
          createdAt: at,
        })
        .returning({ id: progressUpdates.id })
        .get();
      for (const url of seed.evidence) {
        tx.insert(progressEvidence)
          .values({
            teamId,
            progressUpdateId: update.id,
            url,
            kind: url.includes('.slack.com/archives/') ? 'slack_message' : 'link',
            createdAt: at,
          })
          .run();
      }
    });
  }
}
