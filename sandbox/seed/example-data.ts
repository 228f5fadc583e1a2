/** The example data: the ministry's units and the three partnerships of the brief. */
import { DEMO_CHANNELS } from './people.js';
import type { PartnershipSeed, UnitSeed } from './shapes.js';

export const UNITS: readonly UnitSeed[] = [
  { code: 'REN', name: 'Biro Perencanaan', head: 'UBUDI' },
  { code: 'KEU', name: 'Biro Keuangan', head: 'URINA' },
  { code: 'OPS', name: 'Direktorat Operasional', head: 'UAGUS' },
  { code: 'DUK', name: 'Bagian Umum dan Dukungan', head: 'USITI' },
  { code: 'JAK', name: 'Pusat Kebijakan', head: 'UHENDRA' },
  { code: 'LIT', name: 'Pusat Penelitian', head: 'UMADE' },
];

export const PARTNERSHIPS: readonly PartnershipSeed[] = [
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
