import { describe, expect, it } from 'vitest';
import { UTF8_BOM } from '../../../src/domain/csv.js';
import { summariseCycle } from '../../../src/domain/evaluation-stats.js';
import {
  buildExportFiles,
  type ExportInput,
  formatExportDate,
  formatExportInstant,
} from '../../../src/domain/export-tables.js';
import { type Locale, translator } from '../../../src/i18n/index.js';
import { goalStatusText } from '../../../src/slack/kit/partnership-lines.js';

const scores = (n: number) => ({
  coordination: n,
  communication: n,
  collaboration: n,
  efficiency: n,
  satisfaction: n,
  trust: n,
  roleClarity: n,
});

function input(overrides: Partial<ExportInput> = {}): ExportInput {
  const summary = summariseCycle({
    invitedCount: 3,
    responses: [
      { unitId: 1, scores: scores(4) },
      { unitId: 2, scores: scores(3) },
    ],
  });
  return {
    code: 'PK-1',
    timeZone: 'Asia/Jakarta',
    today: '2026-03-10',
    goals: [
      {
        title: '=Laporan bersama',
        indicator: 'Dokumen selesai, diverifikasi',
        baseline: 0,
        target: 100,
        currentValue: 42.5,
        measureUnit: '%',
        dueDate: '2026-06-30',
        ownerUnit: 'Biro Perencanaan',
        personInChargeId: 'UMGR1',
        status: 'at_risk',
      },
    ],
    roles: [{ userId: 'UMGR1', unit: 'Biro Perencanaan', role: 'manager', responsibilities: 'Menilai' }],
    schedules: [
      {
        kind: 'checkin',
        cadence: 'weekly',
        weekdays: [1],
        timeOfDay: '09:00',
        timeZone: 'Asia/Jakarta',
        channelId: null,
        message: 'Check-in',
        skipHolidays: true,
        status: 'active',
        pausedReason: null,
      },
    ],
    cycles: [
      {
        id: 7,
        openedAt: new Date('2026-03-02T03:00:00Z'),
        closedAt: new Date('2026-03-09T10:00:00Z'),
        summaryJson: summary,
      },
    ],
    answers: null,
    names: { UMGR1: 'Budi Santoso' },
    defaultChannel: 'C0SHARED',
    ...overrides,
  };
}

describe('dates in exports', () => {
  it('writes calendar dates and instants the Indonesian way, in the partnership time zone', () => {
    expect(formatExportDate('2026-06-30')).toBe('30/06/2026');
    expect(formatExportDate(null)).toBeNull();
    expect(formatExportInstant(new Date('2026-03-09T10:00:00Z'), 'Asia/Jakarta')).toBe('09/03/2026 17.00');
    expect(formatExportInstant(new Date('2026-03-09T10:00:00Z'), 'Asia/Jayapura')).toBe('09/03/2026 19.00');
  });
});

describe('buildExportFiles', () => {
  it('builds goals, roles, schedules and evaluation results, each with a BOM, in Indonesian', () => {
    const files = buildExportFiles(input(), 'id', translator('id'));
    expect(files.map((f) => f.filename)).toEqual([
      'PK-1-sasaran.csv',
      'PK-1-peran.csv',
      'PK-1-jadwal.csv',
      'PK-1-evaluasi.csv',
    ]);
    for (const file of files) expect(file.content.startsWith(UTF8_BOM)).toBe(true);
    const [goals = '', roles = '', schedules = '', evaluations = ''] = files.map((f) => f.content);
    // Indonesian files are `;`-separated: Excel with Indonesian regional settings splits on `;`.
    expect(goals).toContain(
      'PK-1;\'=Laporan bersama;"Dokumen selesai, diverifikasi";0;100;"42,5";%;30/06/2026',
    );
    expect(goals).toContain('Budi Santoso;Berisiko');
    expect(roles).toContain('PK-1;Budi Santoso;UMGR1;Biro Perencanaan;Pimpinan;Menilai');
    expect(schedules).toContain('Setiap Senin pukul 09.00 WIB');
    expect(schedules).toContain('C0SHARED;Check-in;Ya;Aktif');
    expect(evaluations).toContain('PK-1;1;02/03/2026 10.00;09/03/2026 17.00;3;2;67;Keseluruhan;"3,5";;2;');
    expect(evaluations).toContain('Kepuasan staf;"3,5";"0,71";2;');
    expect(evaluations.split('\r\n').filter(Boolean)).toHaveLength(1 + 8);
  });

  it('keeps commas in English files and names a known channel as #name', () => {
    const files = buildExportFiles(
      input({ channelNames: { C0SHARED: 'kemitraan-pk1' } }),
      'en',
      translator('en'),
    );
    const schedules = files.find((f) => f.filename === 'PK-1-schedules.csv')?.content ?? '';
    expect(schedules).toContain('#kemitraan-pk1,Check-in,Yes,Active');
    expect(schedules).not.toContain(';');
  });

  it('adds the individual answers only when they are given (admins)', () => {
    const answers = [
      {
        cycleId: 7,
        userId: 'UMGR1',
        unit: 'Biro Perencanaan',
        ...scores(4),
        whatWorks: 'Rapat rutin',
        whatToImprove: '@here jadwal',
        updatedAt: new Date('2026-03-03T02:00:00Z'),
      },
    ];
    const files = buildExportFiles(input({ answers }), 'en', translator('en'));
    const answersFile = files.find((f) => f.filename === 'PK-1-evaluation-answers.csv');
    expect(answersFile?.content).toContain('Partnership code,Evaluation no.,Name,Slack ID,Unit,Coordination');
    expect(answersFile?.content).toContain(
      "PK-1,1,Budi Santoso,UMGR1,Biro Perencanaan,4,4,4,4,4,4,4,Rapat rutin,'@here jadwal,03/03/2026 09.00",
    );
    expect(
      buildExportFiles(input(), 'en', translator('en')).some((f) => f.filename.includes('answers')),
    ).toBe(false);
  });
});

describe('a goal’s status in the export', () => {
  const goal = (overrides: Partial<ExportInput['goals'][number]>): ExportInput['goals'][number] => ({
    title: 'Sasaran',
    indicator: 'Indikator',
    baseline: 0,
    target: 10,
    currentValue: null,
    measureUnit: null,
    dueDate: null,
    ownerUnit: null,
    personInChargeId: null,
    status: 'on_track',
    ...overrides,
  });
  const goals = [
    goal({ title: 'unassessed' }),
    goal({ title: 'overdue', dueDate: '2020-01-31', currentValue: 3 }),
    goal({ title: 'overdue-unassessed', dueDate: '2020-01-31' }),
    goal({ title: 'at-risk', currentValue: 4, status: 'at_risk', dueDate: '2027-01-01' }),
    goal({ title: 'done-late', currentValue: 10, status: 'done', dueDate: '2020-01-31' }),
    goal({ title: 'on-track', currentValue: 5 }),
  ];

  for (const locale of ['id', 'en'] as Locale[]) {
    it(`is the status the charter shows (${locale})`, () => {
      const t = translator(locale);
      const [file] = buildExportFiles(input({ goals }), locale, t);
      const separator = locale === 'id' ? ';' : ',';
      const rows = (file?.content ?? '').split('\r\n').slice(1).filter(Boolean);
      const exported = rows.map((row) => row.split(separator).at(-1));
      // The charter's label is an icon and the same words.
      const charter = goals.map((g) => goalStatusText(t, g, '2026-03-10').replace(/^\S+ /, ''));
      expect(exported).toEqual(charter);
      expect(new Set(exported).size).toBe(5);
    });
  }

  it('says "not assessed" and "overdue", never "on track", for goals nobody judged or past their due date', () => {
    const [file] = buildExportFiles(input({ goals: goals.slice(0, 2) }), 'id', translator('id'));
    expect(file?.content).not.toContain('Sesuai rencana');
    const [en] = buildExportFiles(input({ goals: goals.slice(0, 2) }), 'en', translator('en'));
    expect(en?.content).toMatch(/Not assessed/i);
    expect(en?.content).toMatch(/Overdue/i);
  });
});
