/** The demo's people and channels: who the page's user switcher offers, and where they talk. */

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
