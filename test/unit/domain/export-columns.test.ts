/**
 * The columns of each export file, in order, and how empty or unknown values are written. Headers
 * and words are compared with the catalog through the translator, not with their wording.
 */
import { describe, expect, it } from 'vitest';
import { summariseCycle } from '../../../src/domain/evaluation-stats.js';
import {
  buildExportFiles,
  type ExportInput,
  formatExportInstant,
} from '../../../src/domain/export-tables.js';
import { type MessageKey, translator } from '../../../src/i18n/index.js';
import { goalStatusKey } from '../../../src/i18n/labels.js';

const t = translator('en');
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
  return {
    code: 'PK-2',
    timeZone: 'Asia/Jakarta',
    today: '2026-06-01',
    goals: [
      {
        title: 'Goal',
        indicator: 'Docs',
        baseline: null,
        target: null,
        currentValue: null,
        measureUnit: null,
        dueDate: null,
        ownerUnit: null,
        personInChargeId: null,
        status: 'done',
      },
    ],
    roles: [{ userId: 'UNKNOWN', unit: 'Unit A', role: 'coordinator', responsibilities: null }],
    schedules: [
      {
        kind: 'meeting',
        cadence: 'monthly_day',
        dayOfMonth: null, // not a cadence: no description
        timeOfDay: '09:00',
        timeZone: 'Asia/Jakarta',
        channelId: 'C0OTHER',
        message: null,
        skipHolidays: false,
        status: 'paused',
        pausedReason: 'archived',
      },
    ],
    cycles: [
      {
        id: 3,
        openedAt: new Date('2026-03-02T03:00:00Z'),
        closedAt: null,
        summaryJson: summariseCycle({ invitedCount: 0, responses: [] }),
      },
    ],
    answers: null,
    names: {},
    ...overrides,
  };
}

const lines = (content: string) =>
  content
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean);
const header = (...keys: MessageKey[]) => keys.map((key) => t(key)).join(',');

describe('export columns', () => {
  // Built inside each test (not at collection time), so the mutation run sees which tests reach the code.
  const build = () => buildExportFiles(input(), 'en', t);
  const byName = (key: MessageKey) => build().find((f) => f.filename === `PK-2-${t(key)}.csv`);

  it('names each file by the code and the catalog’s file word, title without the extension', () => {
    expect(build().map((f) => f.title)).toEqual(
      (
        [
          'export.file.goals',
          'export.file.roles',
          'export.file.schedules',
          'export.file.evaluations',
        ] as const
      ).map((key) => `PK-2-${t(key)}`),
    );
  });

  it('writes the goals file’s columns in order, empty cells for what a goal lacks', () => {
    const [head, row] = lines(byName('export.file.goals')?.content ?? '');
    expect(head).toBe(
      header(
        'export.col.code',
        'export.col.title',
        'export.col.indicator',
        'export.col.baseline',
        'export.col.target',
        'export.col.current',
        'export.col.measureUnit',
        'export.col.dueDate',
        'export.col.ownerUnit',
        'export.col.personInCharge',
        'export.col.status',
      ),
    );
    expect(row).toBe(`PK-2,Goal,Docs,,,,,,,,${t(goalStatusKey('done'))}`);
  });

  it('writes the roles file’s columns in order, the user id where no name is known', () => {
    const [head, row] = lines(byName('export.file.roles')?.content ?? '');
    expect(head).toBe(
      header(
        'export.col.code',
        'export.col.person',
        'export.col.userId',
        'export.col.unit',
        'export.col.role',
        'export.col.responsibilities',
      ),
    );
    expect(row?.startsWith('PK-2,UNKNOWN,UNKNOWN,Unit A,')).toBe(true);
    expect(row?.endsWith(',')).toBe(true);
  });

  it('writes the schedules file’s columns in order; a row that is no cadence has no description', () => {
    const [head, row] = lines(byName('export.file.schedules')?.content ?? '');
    expect(head).toBe(
      header(
        'export.col.code',
        'export.col.kind',
        'export.col.cadence',
        'export.col.channel',
        'export.col.message',
        'export.col.skipHolidays',
        'export.col.status',
        'export.col.pausedReason',
      ),
    );
    const cells = row?.split(',');
    expect(cells?.slice(2)).toEqual([
      '',
      'C0OTHER',
      '',
      t('export.no'),
      t('export.scheduleStatus.paused'),
      'archived',
    ]);
  });

  it('leaves the channel empty when neither the schedule nor the partnership names one', () => {
    const files = buildExportFiles(
      input({
        schedules: [{ ...input().schedules[0], channelId: null } as ExportInput['schedules'][number]],
      }),
      'en',
      t,
    );
    const [, row] = lines(files[2]?.content ?? '');
    expect(row?.split(',')[3]).toBe('');
  });

  it('writes the evaluations file’s columns in order; no rate without invitations, no close time while open', () => {
    const [head, overall] = lines(byName('export.file.evaluations')?.content ?? '');
    expect(head).toBe(
      header(
        'export.col.code',
        'export.col.cycle',
        'export.col.openedAt',
        'export.col.closedAt',
        'export.col.invited',
        'export.col.responded',
        'export.col.responseRate',
        'export.col.dimension',
        'export.col.mean',
        'export.col.sd',
        'export.col.n',
        'export.col.change',
      ),
    );
    expect(overall).toBe(`PK-2,1,02/03/2026 10.00,,0,0,,${t('export.dimension.overall')},,,0,`);
  });

  it('numbers answers by their cycle, and leaves the number empty for an unknown cycle', () => {
    const answer = (cycleId: number) => ({
      cycleId,
      userId: 'U1',
      unit: null,
      ...scores(2),
      whatWorks: null,
      whatToImprove: null,
      updatedAt: new Date('2026-03-03T02:00:00Z'),
    });
    const files = buildExportFiles(input({ answers: [answer(3), answer(99)] }), 'en', t);
    const answers = files[4];
    expect(answers?.filename).toBe(`PK-2-${t('export.file.answers')}.csv`);
    const [head, known, unknown] = lines(answers?.content ?? '');
    expect(
      head?.startsWith(
        header(
          'export.col.code',
          'export.col.cycle',
          'export.col.person',
          'export.col.userId',
          'export.col.unit',
        ),
      ),
    ).toBe(true);
    expect(
      head?.endsWith(header('export.col.whatWorks', 'export.col.whatToImprove', 'export.col.answeredAt')),
    ).toBe(true);
    expect(known).toBe('PK-2,1,U1,U1,,2,2,2,2,2,2,2,,,03/03/2026 09.00');
    expect(unknown?.startsWith('PK-2,,U1')).toBe(true);
  });

  it('writes a response rate as a whole percentage', () => {
    const summaryJson = summariseCycle({ invitedCount: 3, responses: [{ unitId: null, scores: scores(4) }] });
    const files = buildExportFiles(
      input({ cycles: [{ ...input().cycles[0], summaryJson } as ExportInput['cycles'][number]] }),
      'en',
      t,
    );
    const [, overall] = lines(files[3]?.content ?? '');
    expect(overall?.split(',').slice(4, 7)).toEqual(['3', '1', '33']);
  });

  it('writes yes for a schedule that skips holidays, and separates English fields with commas', () => {
    const schedule = { ...input().schedules[0], skipHolidays: true } as ExportInput['schedules'][number];
    const files = buildExportFiles(input({ schedules: [schedule] }), 'en', t);
    const [, row] = lines(files[2]?.content ?? '');
    expect(row?.split(',')[5]).toBe(t('export.yes'));
  });

  it('writes no instant for none', () => {
    expect(formatExportInstant(null, 'Asia/Jakarta')).toBeNull();
    expect(formatExportInstant(new Date('2026-03-01T17:05:00Z'), 'Asia/Jakarta')).toBe('02/03/2026 00.05');
  });
});
