/**
 * Example data for the sandbox: the three partnerships of the brief with their units, people,
 * channels, goals, roles, schedules and past evaluations. Written straight through Drizzle —
 * these are example rows, not user actions — and then the app is asked to post each charter,
 * exactly as it does after a real change.
 */
import type { WebClient } from '@slack/web-api';
import type { Db } from '../src/db/client.js';
import { writeAudit } from '../src/db/queries/audit.js';
import {
  type EvaluationDimension,
  evaluationCycles,
  evaluationInvitations,
  evaluationResponses,
  type GoalStatus,
  goals,
  type NewSchedule,
  partnerships,
  partnershipUnits,
  progressUpdates,
  type Role,
  roleAssignments,
  schedules,
  units,
} from '../src/db/schema/index.js';
import { type CycleSummary, summariseCycle } from '../src/domain/evaluation-stats.js';
import { addDays, instantOfLocal, localDateOf } from '../src/domain/time/calendar.js';
import type { Services } from '../src/services.js';
import { refreshCharter } from '../src/slack/features/charter/flow.js';
import type { FakeSlack } from './fake-slack/index.js';

/** Who a demo person is, so the page's user switcher can say "coordinator", "manager"… */
export const PERSONAS = ['coordinator', 'manager', 'liaison', 'member', 'admin', 'outsider'] as const;
export type Persona = (typeof PERSONAS)[number];

export interface DemoPerson {
  id: string;
  name: string;
  realName: string;
  locale: 'id-ID' | 'en-US';
  persona: Persona;
  /** Shown in the switcher next to the name, e.g. the unit. */
  title: string;
}

export const DEMO_ADMIN = 'UANDI';

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  {
    id: 'USARI',
    name: 'sari',
    realName: 'Sari Wulandari',
    locale: 'id-ID',
    persona: 'coordinator',
    title: 'Biro Perencanaan',
  },
  {
    id: 'UBUDI',
    name: 'budi',
    realName: 'Budi Santoso',
    locale: 'id-ID',
    persona: 'manager',
    title: 'Kepala Biro Perencanaan',
  },
  {
    id: 'URINA',
    name: 'rina',
    realName: 'Rina Kusuma',
    locale: 'id-ID',
    persona: 'manager',
    title: 'Kepala Biro Keuangan',
  },
  {
    id: 'UDEWI',
    name: 'dewi',
    realName: 'Dewi Lestari',
    locale: 'en-US',
    persona: 'coordinator',
    title: 'Pusat Kebijakan',
  },
  {
    id: 'UANDI',
    name: 'andi',
    realName: 'Andi Nugroho',
    locale: 'id-ID',
    persona: 'admin',
    title: 'Pusat Data dan Informasi',
  },
  {
    id: 'URUDI',
    name: 'rudi',
    realName: 'Rudi Hartono',
    locale: 'id-ID',
    persona: 'outsider',
    title: 'Inspektorat',
  },
  {
    id: 'UAGUS',
    name: 'agus',
    realName: 'Agus Pratama',
    locale: 'id-ID',
    persona: 'manager',
    title: 'Direktur Operasional',
  },
  {
    id: 'USITI',
    name: 'siti',
    realName: 'Siti Rahmawati',
    locale: 'id-ID',
    persona: 'manager',
    title: 'Kepala Bagian Umum dan Dukungan',
  },
  {
    id: 'UHENDRA',
    name: 'hendra',
    realName: 'Hendra Wijaya',
    locale: 'id-ID',
    persona: 'manager',
    title: 'Kepala Pusat Kebijakan',
  },
  {
    id: 'UMADE',
    name: 'made',
    realName: 'Made Wirawan',
    locale: 'id-ID',
    persona: 'manager',
    title: 'Kepala Pusat Penelitian',
  },
  {
    id: 'UIMAM',
    name: 'imam',
    realName: 'Imam Syahputra',
    locale: 'id-ID',
    persona: 'coordinator',
    title: 'Direktorat Operasional',
  },
  {
    id: 'UFITRI',
    name: 'fitri',
    realName: 'Fitri Handayani',
    locale: 'id-ID',
    persona: 'liaison',
    title: 'Biro Perencanaan',
  },
  {
    id: 'UYOGA',
    name: 'yoga',
    realName: 'Yoga Permana',
    locale: 'id-ID',
    persona: 'liaison',
    title: 'Biro Keuangan',
  },
  {
    id: 'URIZKY',
    name: 'rizky',
    realName: 'Rizky Ramadhan',
    locale: 'id-ID',
    persona: 'liaison',
    title: 'Pusat Kebijakan',
  },
  {
    id: 'UNOVI',
    name: 'novi',
    realName: 'Novi Anggraini',
    locale: 'id-ID',
    persona: 'liaison',
    title: 'Pusat Penelitian',
  },
  {
    id: 'UAYU',
    name: 'ayu',
    realName: 'Ayu Puspitasari',
    locale: 'id-ID',
    persona: 'member',
    title: 'Biro Perencanaan',
  },
  {
    id: 'UWAHYU',
    name: 'wahyu',
    realName: 'Wahyu Hidayat',
    locale: 'id-ID',
    persona: 'member',
    title: 'Bagian Umum dan Dukungan',
  },
];

export const DEMO_CHANNELS = {
  general: 'C0UMUM',
  planningFinance: 'C0RENKEU',
  operationsSupport: 'C0OPSDUK',
  policyResearch: 'C0JAKLIT',
} as const;

export interface SeedResult {
  partnershipIds: number[];
  channelIds: string[];
}

interface UnitSeed {
  code: string;
  name: string;
  head: string;
}

const UNITS: readonly UnitSeed[] = [
  { code: 'REN', name: 'Biro Perencanaan', head: 'UBUDI' },
  { code: 'KEU', name: 'Biro Keuangan', head: 'URINA' },
  { code: 'OPS', name: 'Direktorat Operasional', head: 'UAGUS' },
  { code: 'DUK', name: 'Bagian Umum dan Dukungan', head: 'USITI' },
  { code: 'JAK', name: 'Pusat Kebijakan', head: 'UHENDRA' },
  { code: 'LIT', name: 'Pusat Penelitian', head: 'UMADE' },
];

interface GoalSeed {
  title: string;
  indicator: string;
  baseline: number;
  target: number;
  measureUnit: string;
  /** Days from today; negative is overdue. */
  dueInDays: number;
  owner: string;
  personInCharge: string | null;
  /** Progress updates, oldest first: days ago, value, status, note. */
  progress: readonly [number, number, GoalStatus, string][];
}

interface RoleSeed {
  userId: string;
  unit: string;
  role: Role;
  responsibilities: string;
}

interface ScheduleSeed {
  kind: NewSchedule['kind'];
  cadence: NewSchedule['cadence'];
  weekdays?: number[];
  dayOfMonth?: number;
  anchorInDays?: number;
  timeOfDay: string;
  message: string;
  mentionRoles: Role[];
}

interface PartnershipSeed {
  name: string;
  purpose: string;
  template: string;
  channelId: string;
  channelName: string;
  units: readonly [string, string];
  goals: readonly GoalSeed[];
  roles: readonly RoleSeed[];
  schedules: readonly ScheduleSeed[];
  /** Past evaluation cycles, oldest first: days ago it opened, and each manager's scores. */
  evaluations: readonly { openedDaysAgo: number; responses: readonly ResponseSeed[] }[];
}

interface ResponseSeed {
  userId: string;
  unit: string;
  scores: Record<EvaluationDimension, number>;
  whatWorks: string;
  whatToImprove: string;
}

const PARTNERSHIPS: readonly PartnershipSeed[] = [
  {
    name: 'Kemitraan Perencanaan–Keuangan',
    purpose:
      'Menyelaraskan perencanaan program dengan penganggaran agar RKA-K/L tersusun tepat waktu dan realisasi anggaran sesuai rencana penarikan dana.',
    template: 'planning_finance',
    channelId: DEMO_CHANNELS.planningFinance,
    channelName: 'kemitraan-perencanaan-keuangan',
    units: ['REN', 'KEU'],
    goals: [
      {
        title: 'RKA-K/L 2027 selaras dengan Renstra',
        indicator: 'Persentase program dalam RKA-K/L yang selaras dengan sasaran Renstra',
        baseline: 60,
        target: 100,
        measureUnit: '%',
        dueInDays: 60,
        owner: 'REN',
        personInCharge: 'UFITRI',
        progress: [
          [45, 70, 'on_track', 'Pemetaan program terhadap Renstra selesai untuk 3 dari 5 eselon II.'],
          [10, 82, 'on_track', 'Tinggal dua program yang menunggu penyesuaian keluaran.'],
        ],
      },
      {
        title: 'Realisasi anggaran triwulan sesuai rencana penarikan',
        indicator: 'Persentase realisasi anggaran terhadap rencana penarikan dana triwulan',
        baseline: 55,
        target: 95,
        measureUnit: '%',
        dueInDays: 20,
        owner: 'KEU',
        personInCharge: 'UYOGA',
        progress: [
          [30, 64, 'on_track', 'Realisasi belanja pegawai dan barang sesuai jadwal.'],
          [6, 68, 'at_risk', 'Pengadaan perangkat TIK tertunda; revisi POK sedang diajukan.'],
        ],
      },
    ],
    roles: [
      {
        userId: 'USARI',
        unit: 'REN',
        role: 'coordinator',
        responsibilities: 'Memimpin rapat koordinasi; menjaga piagam dan rencana komunikasi',
      },
      {
        userId: 'UFITRI',
        unit: 'REN',
        role: 'liaison',
        responsibilities: 'Menghimpun data kinerja program; menyiapkan bahan rapat',
      },
      {
        userId: 'UYOGA',
        unit: 'KEU',
        role: 'liaison',
        responsibilities: 'Memantau realisasi anggaran; menyampaikan revisi POK',
      },
      {
        userId: 'UBUDI',
        unit: 'REN',
        role: 'manager',
        responsibilities: 'Menetapkan prioritas program; mengisi evaluasi',
      },
      {
        userId: 'URINA',
        unit: 'KEU',
        role: 'manager',
        responsibilities: 'Menyetujui revisi anggaran; mengisi evaluasi',
      },
      {
        userId: 'UAYU',
        unit: 'REN',
        role: 'member',
        responsibilities: 'Menyusun notula dan tindak lanjut rapat',
      },
    ],
    schedules: [
      {
        kind: 'checkin',
        cadence: 'weekly',
        weekdays: [1],
        timeOfDay: '09:00',
        message:
          'Pemantauan mingguan: apa yang sudah selesai, apa yang terhambat, dan bantuan apa yang dibutuhkan dari unit mitra?',
        mentionRoles: ['liaison'],
      },
      {
        kind: 'progress',
        cadence: 'monthly_day',
        dayOfMonth: 25,
        timeOfDay: '10:00',
        message: 'Mohon mutakhirkan capaian setiap sasaran sebelum rapat pimpinan akhir bulan.',
        mentionRoles: ['coordinator', 'liaison'],
      },
    ],
    evaluations: [
      {
        openedDaysAgo: 130,
        responses: [
          {
            userId: 'UBUDI',
            unit: 'REN',
            scores: {
              coordination: 3,
              communication: 3,
              collaboration: 3,
              efficiency: 2,
              satisfaction: 3,
              trust: 3,
              roleClarity: 2,
            },
            whatWorks: 'Rapat bulanan rutin berjalan.',
            whatToImprove: 'Pembagian tugas antara penghubung kedua biro belum jelas.',
          },
          {
            userId: 'URINA',
            unit: 'KEU',
            scores: {
              coordination: 3,
              communication: 2,
              collaboration: 3,
              efficiency: 3,
              satisfaction: 3,
              trust: 4,
              roleClarity: 3,
            },
            whatWorks: 'Data realisasi dibagikan tepat waktu.',
            whatToImprove: 'Informasi perubahan program sering lambat sampai ke Biro Keuangan.',
          },
        ],
      },
      {
        openedDaysAgo: 40,
        responses: [
          {
            userId: 'UBUDI',
            unit: 'REN',
            scores: {
              coordination: 4,
              communication: 4,
              collaboration: 4,
              efficiency: 3,
              satisfaction: 4,
              trust: 4,
              roleClarity: 3,
            },
            whatWorks: 'Pemantauan mingguan membuat hambatan cepat terlihat.',
            whatToImprove: 'Format laporan capaian masih berbeda antarbiro.',
          },
          {
            userId: 'URINA',
            unit: 'KEU',
            scores: {
              coordination: 4,
              communication: 3,
              collaboration: 4,
              efficiency: 4,
              satisfaction: 4,
              trust: 4,
              roleClarity: 4,
            },
            whatWorks: 'Penghubung kedua biro responsif.',
            whatToImprove: 'Jadwal revisi POK perlu diumumkan lebih awal.',
          },
        ],
      },
    ],
  },
  {
    name: 'Kemitraan Operasional–Dukungan',
    purpose:
      'Mempercepat layanan dukungan umum (sarana, BMN, kendaraan, rapat) bagi kegiatan operasional dengan standar waktu layanan yang disepakati.',
    template: 'operations_support',
    channelId: DEMO_CHANNELS.operationsSupport,
    channelName: 'kemitraan-operasional-dukungan',
    units: ['OPS', 'DUK'],
    goals: [
      {
        title: 'Permintaan dukungan selesai ≤ 2 hari kerja',
        indicator: 'Rata-rata hari kerja penyelesaian permintaan dukungan',
        baseline: 5,
        target: 2,
        measureUnit: 'hari',
        dueInDays: 45,
        owner: 'DUK',
        personInCharge: 'USITI',
        progress: [[12, 3.5, 'on_track', 'Formulir permintaan daring mulai dipakai sejak awal bulan.']],
      },
      {
        title: 'Inventarisasi BMN ruang operasional',
        indicator: 'Persentase barang milik negara di ruang operasional yang tercatat ulang',
        baseline: 0,
        target: 100,
        measureUnit: '%',
        // Deliberately overdue, so the overdue display shows.
        dueInDays: -7,
        owner: 'DUK',
        personInCharge: 'UWAHYU',
        progress: [
          [35, 40, 'on_track', 'Pencatatan lantai 1 dan 2 selesai.'],
          [9, 75, 'off_track', 'Menunggu data dari gudang; dua ruang belum dapat diakses.'],
        ],
      },
    ],
    // Bagian Umum dan Dukungan has no liaison: the deliberate gap (perlu tindak lanjut) of the demo.
    roles: [
      {
        userId: 'UIMAM',
        unit: 'OPS',
        role: 'coordinator',
        responsibilities: 'Mengoordinasikan kebutuhan dukungan kegiatan operasional',
      },
      {
        userId: 'UIMAM',
        unit: 'OPS',
        role: 'liaison',
        responsibilities: 'Menyampaikan rencana kegiatan dua minggu ke depan',
      },
      {
        userId: 'UAGUS',
        unit: 'OPS',
        role: 'manager',
        responsibilities: 'Menetapkan prioritas kegiatan; mengisi evaluasi',
      },
      {
        userId: 'USITI',
        unit: 'DUK',
        role: 'manager',
        responsibilities: 'Menjamin ketersediaan sarana; mengisi evaluasi',
      },
      {
        userId: 'UWAHYU',
        unit: 'DUK',
        role: 'member',
        responsibilities: 'Mengelola pencatatan BMN',
      },
    ],
    schedules: [
      {
        kind: 'meeting',
        cadence: 'biweekly',
        weekdays: [4],
        anchorInDays: 0,
        timeOfDay: '14:00',
        message: 'Rapat koordinasi Operasional–Dukungan setiap dua minggu di Ruang Rapat Lantai 3.',
        mentionRoles: ['manager', 'liaison'],
      },
    ],
    evaluations: [],
  },
  {
    name: 'Kemitraan Kebijakan–Riset',
    purpose:
      'Memastikan setiap rekomendasi kebijakan disusun berdasarkan bukti dari hasil penelitian, dan agenda riset menjawab isu kebijakan prioritas.',
    template: 'policy_research',
    channelId: DEMO_CHANNELS.policyResearch,
    channelName: 'kemitraan-kebijakan-riset',
    units: ['JAK', 'LIT'],
    goals: [
      {
        title: 'Ringkasan kebijakan berbasis hasil penelitian',
        indicator: 'Jumlah ringkasan kebijakan yang memuat rujukan hasil penelitian internal',
        baseline: 0,
        target: 4,
        measureUnit: 'dokumen',
        dueInDays: 120,
        owner: 'JAK',
        personInCharge: 'URIZKY',
        progress: [[14, 2, 'on_track', 'Ringkasan kebijakan tentang layanan publik digital terbit.']],
      },
      {
        title: 'Agenda riset selaras dengan prioritas kebijakan',
        indicator: 'Persentase topik riset 2026 yang menjawab isu kebijakan prioritas',
        baseline: 40,
        target: 80,
        measureUnit: '%',
        dueInDays: 150,
        owner: 'LIT',
        personInCharge: 'UNOVI',
        progress: [[20, 55, 'on_track', 'Lokakarya penyelarasan agenda riset terlaksana.']],
      },
    ],
    roles: [
      {
        userId: 'UDEWI',
        unit: 'JAK',
        role: 'coordinator',
        responsibilities: 'Memimpin penyusunan agenda bersama; menjaga rencana komunikasi',
      },
      {
        userId: 'URIZKY',
        unit: 'JAK',
        role: 'liaison',
        responsibilities: 'Mengumpulkan kebutuhan bukti untuk rekomendasi kebijakan',
      },
      {
        userId: 'UNOVI',
        unit: 'LIT',
        role: 'liaison',
        responsibilities: 'Menyampaikan hasil penelitian yang relevan',
      },
      {
        userId: 'UHENDRA',
        unit: 'JAK',
        role: 'manager',
        responsibilities: 'Menyetujui rekomendasi kebijakan; mengisi evaluasi',
      },
      {
        userId: 'UMADE',
        unit: 'LIT',
        role: 'manager',
        responsibilities: 'Menetapkan agenda riset; mengisi evaluasi',
      },
    ],
    schedules: [
      {
        kind: 'checkin',
        cadence: 'weekly',
        weekdays: [3],
        timeOfDay: '10:00',
        message:
          'Pemantauan mingguan Kebijakan–Riset: kebutuhan bukti baru dan hasil riset yang siap dibagikan.',
        mentionRoles: ['liaison'],
      },
    ],
    evaluations: [],
  },
];

const TIME_ZONE = 'Asia/Jakarta';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Adds the people and channels to the fake workspace. */
export function seedWorkspace(fake: FakeSlack): void {
  for (const person of DEMO_PEOPLE) {
    fake.addUser({
      id: person.id,
      name: person.name,
      realName: person.realName,
      locale: person.locale,
      tz: TIME_ZONE,
      email: `${person.name}@kementerian.go.id`,
    });
  }
  fake.addChannel({
    id: DEMO_CHANNELS.general,
    name: 'umum',
    members: DEMO_PEOPLE.map((p) => p.id),
  });
  const admin = DEMO_PEOPLE.filter((p) => p.persona === 'admin').map((p) => p.id);
  for (const partnership of PARTNERSHIPS) {
    const members = new Set([...partnership.roles.map((r) => r.userId), ...admin]);
    fake.addChannel({ id: partnership.channelId, name: partnership.channelName, members: [...members] });
  }
}

/** Writes the example rows and returns the partnership ids, in the order of the brief. */
export function seedDatabase(db: Db, params: { teamId: string; now: Date }): SeedResult {
  const { teamId, now } = params;
  const today = localDateOf(now, TIME_ZONE);
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const partnershipIds: number[] = [];

  db.transaction((tx) => {
    const unitIds = new Map<string, number>();
    for (const unit of UNITS) {
      const row = tx
        .insert(units)
        .values({
          teamId,
          code: unit.code,
          name: unit.name,
          headUserId: unit.head,
          createdAt: daysAgo(200),
          updatedAt: daysAgo(200),
        })
        .returning({ id: units.id })
        .get();
      unitIds.set(unit.code, row.id);
    }
    const unitId = (code: string): number => {
      const id = unitIds.get(code);
      if (id === undefined) throw new Error(`seed: unknown unit ${code}`);
      return id;
    };

    PARTNERSHIPS.forEach((seed, index) => {
      const seq = index + 1;
      const coordinator = seed.roles.find((r) => r.role === 'coordinator')?.userId ?? DEMO_ADMIN;
      const created = daysAgo(150);
      const partnership = tx
        .insert(partnerships)
        .values({
          teamId,
          code: `PK-${seq}`,
          seq,
          name: seed.name,
          purpose: seed.purpose,
          template: seed.template,
          leadUnitId: unitId(seed.units[0]),
          channelId: seed.channelId,
          startDate: addDays(today, -150),
          reviewDate: addDays(today, 215),
          timeZone: TIME_ZONE,
          status: 'active',
          createdBy: coordinator,
          createdAt: created,
          updatedAt: created,
        })
        .returning()
        .get();
      partnershipIds.push(partnership.id);
      writeAudit(tx, {
        teamId,
        actorUserId: coordinator,
        action: 'partnership.create',
        entityType: 'partnership',
        entityId: partnership.id,
        partnershipId: partnership.id,
        after: partnership,
        at: created,
      });
      for (const code of seed.units) {
        tx.insert(partnershipUnits)
          .values({ teamId, partnershipId: partnership.id, unitId: unitId(code), joinedAt: created })
          .run();
      }
      for (const role of seed.roles) {
        tx.insert(roleAssignments)
          .values({
            teamId,
            partnershipId: partnership.id,
            unitId: unitId(role.unit),
            userId: role.userId,
            role: role.role,
            responsibilities: role.responsibilities,
            assignedBy: coordinator,
            createdAt: created,
            updatedAt: created,
          })
          .run();
      }
      for (const goal of seed.goals) {
        const last = goal.progress[goal.progress.length - 1];
        const row = tx
          .insert(goals)
          .values({
            teamId,
            partnershipId: partnership.id,
            title: goal.title,
            indicator: goal.indicator,
            baseline: goal.baseline,
            target: goal.target,
            measureUnit: goal.measureUnit,
            dueDate: addDays(today, goal.dueInDays),
            ownerUnitId: unitId(goal.owner),
            personInChargeId: goal.personInCharge,
            currentValue: last ? last[1] : null,
            status: last ? last[2] : 'on_track',
            createdBy: coordinator,
            createdAt: created,
            updatedAt: last ? daysAgo(last[0]) : created,
          })
          .returning({ id: goals.id })
          .get();
        for (const [ago, value, status, note] of goal.progress) {
          tx.insert(progressUpdates)
            .values({
              teamId,
              goalId: row.id,
              value,
              status,
              note,
              userId: goal.personInCharge ?? coordinator,
              createdAt: daysAgo(ago),
            })
            .run();
        }
      }
      for (const schedule of seed.schedules) {
        tx.insert(schedules)
          .values({
            teamId,
            partnershipId: partnership.id,
            kind: schedule.kind,
            cadence: schedule.cadence,
            weekdays: schedule.weekdays ?? null,
            dayOfMonth: schedule.dayOfMonth ?? null,
            anchorDate: schedule.anchorInDays === undefined ? null : addDays(today, schedule.anchorInDays),
            timeOfDay: schedule.timeOfDay,
            timeZone: TIME_ZONE,
            channelId: null,
            message: schedule.message,
            mentionRoles: schedule.mentionRoles,
            skipHolidays: true,
            status: 'active',
            // Everything before the demo started counts as done, so no backlog of reminders posts.
            lastRunAt: now,
            createdBy: coordinator,
            createdAt: created,
            updatedAt: created,
          })
          .run();
      }
      // Oldest first, so each summary's change per dimension compares with the cycle before it.
      const evaluations = [...seed.evaluations].sort((a, b) => b.openedDaysAgo - a.openedDaysAgo);
      let previous: CycleSummary | null = null;
      for (const evaluation of evaluations) {
        const managers = seed.roles.filter((r) => r.role === 'manager');
        // Stored as the close job stores it, so `laporan`, the export and the next summary see
        // these cycles exactly like real ones.
        const summary: CycleSummary = summariseCycle({
          invitedCount: new Set(managers.map((m) => m.userId)).size,
          responses: evaluation.responses.map((r) => ({
            unitId: unitId(r.unit),
            scores: r.scores,
            whatWorks: r.whatWorks,
            whatToImprove: r.whatToImprove,
          })),
          previous,
        });
        previous = summary;
        const openedAt = instantOfLocal(addDays(today, -evaluation.openedDaysAgo), '09:00', TIME_ZONE);
        const closesAt = new Date(openedAt.getTime() + 7 * DAY_MS);
        const cycle = tx
          .insert(evaluationCycles)
          .values({
            teamId,
            partnershipId: partnership.id,
            status: 'closed',
            openedBy: coordinator,
            openedAt,
            closesAt,
            remindAt: new Date(closesAt.getTime() - DAY_MS),
            remindedAt: new Date(closesAt.getTime() - DAY_MS),
            closedAt: closesAt,
            summaryJson: summary,
            channelId: seed.channelId,
            createdAt: openedAt,
            updatedAt: closesAt,
          })
          .returning({ id: evaluationCycles.id })
          .get();
        for (const manager of managers) {
          tx.insert(evaluationInvitations)
            .values({
              teamId,
              cycleId: cycle.id,
              userId: manager.userId,
              unitId: unitId(manager.unit),
              invitedAt: openedAt,
            })
            .run();
        }
        for (const response of evaluation.responses) {
          const answeredAt = new Date(openedAt.getTime() + 2 * DAY_MS);
          tx.insert(evaluationResponses)
            .values({
              teamId,
              cycleId: cycle.id,
              userId: response.userId,
              unitId: unitId(response.unit),
              ...response.scores,
              whatWorks: response.whatWorks,
              whatToImprove: response.whatToImprove,
              createdAt: answeredAt,
              updatedAt: answeredAt,
            })
            .run();
        }
      }
    });
  });

  return { partnershipIds, channelIds: PARTNERSHIPS.map((p) => p.channelId) };
}

/**
 * Seeds workspace and database, greets #umum, and has the app post every charter. A charter that
 * cannot be posted is logged, not fatal: the sandbox still starts and shows what the app did.
 */
export async function seedDemo(params: {
  fake: FakeSlack;
  db: Db;
  services: Services;
  client: WebClient;
}): Promise<SeedResult> {
  const { fake, db, services, client } = params;
  seedWorkspace(fake);
  const result = seedDatabase(db, { teamId: fake.teamId, now: services.clock() });
  fake.addMessage({
    channelId: DEMO_CHANNELS.general,
    userId: DEMO_ADMIN,
    text: 'Selamat pagi, rekan-rekan. Mitra sudah terpasang: ketik `/mitra bantuan` untuk melihat perintahnya, atau buka tab *Beranda* Mitra.',
  });
  for (const partnershipId of result.partnershipIds) {
    try {
      await refreshCharter(services, client, { teamId: fake.teamId, partnershipId });
    } catch (error) {
      services.logger.warn({ err: error, partnershipId }, 'sandbox: the charter could not be posted');
    }
  }
  return result;
}
