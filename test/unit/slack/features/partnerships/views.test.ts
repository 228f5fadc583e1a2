import { describe, expect, it } from 'vitest';
import { validateMessageBlocks, validateView } from '../../../../../sandbox/fake-slack/limits.js';
import type { PartnershipDetail } from '../../../../../src/db/queries/partnership-detail.js';
import type { Goal, Partnership, RoleAssignment, Unit } from '../../../../../src/db/schema/index.js';
import { summariseCycle } from '../../../../../src/domain/evaluation-stats.js';
import { TEMPLATES } from '../../../../../src/domain/templates.js';
import { translator } from '../../../../../src/i18n/index.js';
import { buildCharterMessage } from '../../../../../src/slack/features/charter/view.js';
import { buildHomeView } from '../../../../../src/slack/features/home/view.js';
import {
  buildPartnershipDetailModal,
  buildPartnershipDetailPage,
} from '../../../../../src/slack/features/partnerships/detail-view.js';
import { buildPartnershipList } from '../../../../../src/slack/features/partnerships/list-view.js';
import {
  buildPartnershipCreatedModal,
  buildPartnershipModal,
} from '../../../../../src/slack/features/partnerships/modal-view.js';
import { buildUnitModal } from '../../../../../src/slack/features/units/view.js';
import { escapeMrkdwn } from '../../../../../src/slack/kit/message.js';
import type { ViewContext } from '../../../../../src/slack/kit/partnership-lines.js';

const NOW = new Date('2026-03-02T02:00:00Z');
const ctx = (locale: 'id' | 'en' = 'id'): ViewContext => ({
  t: translator(locale),
  locale,
  now: NOW,
  extraHolidays: [],
});
const long = (n: number) => 'Sangat panjang '.repeat(Math.ceil(n / 15)).slice(0, n);

const unit = (id: number, code: string, name: string, headUserId: string | null = null): Unit => ({
  id,
  teamId: 'T1',
  code,
  name,
  headUserId,
  createdAt: NOW,
  updatedAt: NOW,
});

const partnership: Partnership = {
  id: 7,
  teamId: 'T1',
  code: 'PK-7',
  seq: 7,
  name: 'Perencanaan–Keuangan',
  purpose: 'Menyelaraskan rencana dan anggaran <!channel>',
  template: null,
  leadUnitId: 1,
  channelId: 'C1',
  charterTs: null,
  startDate: '2026-01-05',
  reviewDate: '2026-12-31',
  timeZone: 'Asia/Jakarta',
  status: 'active',
  escalationWorkdays: 5,
  createdBy: 'U1',
  createdAt: NOW,
  updatedAt: NOW,
};

const goal = (id: number, overrides: Partial<Goal> = {}): Goal => ({
  id,
  teamId: 'T1',
  partnershipId: 7,
  title: `Sasaran ${id}`,
  indicator: 'Persentase',
  ikuCode: null,
  ikuText: null,
  direction: 'higher',
  baseline: 0,
  target: 100,
  measureUnit: '%',
  dueDate: '2026-12-31',
  ownerUnitId: 1,
  personInChargeId: 'U2',
  currentValue: null,
  status: 'on_track',
  createdBy: 'U1',
  createdAt: NOW,
  updatedAt: NOW,
  ...overrides,
});

const role = (id: number, overrides: Partial<RoleAssignment>): RoleAssignment => ({
  id,
  teamId: 'T1',
  partnershipId: 7,
  unitId: 1,
  userId: 'U1',
  role: 'coordinator',
  responsibilities: null,
  assignedBy: 'U1',
  createdAt: NOW,
  updatedAt: NOW,
  ...overrides,
});

const detail = (overrides: Partial<PartnershipDetail> = {}): PartnershipDetail => ({
  partnership,
  units: [unit(1, 'REN', 'Biro Perencanaan'), unit(2, 'KEU', 'Biro Keuangan')],
  goals: [goal(1, { currentValue: 50 }), goal(2, { dueDate: '2026-02-01', status: 'at_risk' })],
  roles: [
    role(1, { responsibilities: 'Memimpin rapat' }),
    role(2, { userId: 'U3', unitId: 2, role: 'liaison' }),
  ],
  schedules: [],
  deliveryProblems: [],
  openCycles: [],
  lastClosedCycle: undefined,
  ...overrides,
});

describe('the charter message', () => {
  it('shows purpose, the lead unit, goals with progress and overdue, roles with responsibilities and gaps', () => {
    const message = buildCharterMessage(detail(), ctx());
    const text = JSON.stringify(message.blocks);
    expect(validateMessageBlocks(message.blocks)).toBeNull();
    expect(text).toContain('Biro Perencanaan (`REN`) — *unit utama*');
    expect(text).toContain('Realisasi 50% dari target 100% (kemajuan 50% dari nilai awal 0%)');
    expect(text).toContain('⚠️ Melewati tenggat');
    expect(text).toContain('<@U1> — Koordinator, Biro Perencanaan: Memimpin rapat');
    expect(text).toContain('Unit Biro Perencanaan belum memiliki penghubung');
    expect(text).toContain('Belum ada jadwal komunikasi → `/mitra jadwal PK-7`');
  });

  it('escapes user text so a purpose cannot mention the whole channel', () => {
    const text = JSON.stringify(buildCharterMessage(detail(), ctx()).blocks);
    expect(text).not.toContain('<!channel>');
    expect(text).toContain('&lt;!channel&gt;');
    expect(escapeMrkdwn('a & <b>')).toBe('a &amp; &lt;b&gt;');
  });

  it('fits 50 blocks and Slack’s text limits with 200 goals, very long names and many roles', () => {
    const many = detail({
      partnership: { ...partnership, name: long(400), purpose: long(5000) },
      units: [unit(1, 'REN', long(300)), unit(2, 'KEU', long(300))],
      goals: Array.from({ length: 200 }, (_, i) => goal(i + 1, { title: long(500), indicator: long(2000) })),
      roles: Array.from({ length: 120 }, (_, i) =>
        role(i + 1, { userId: `U${i}`, responsibilities: long(900) }),
      ),
    });
    const message = buildCharterMessage(many, ctx());
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(validateMessageBlocks(message.blocks)).toBeNull();
    expect(JSON.stringify(message.blocks)).toMatch(/dan \d+ lainnya/);
  });

  it('is written in the language it is given', () => {
    const text = JSON.stringify(buildCharterMessage(detail(), ctx('en')).blocks);
    expect(text).toContain('— *lead unit*');
    expect(text).toContain('`/mitra schedule PK-7`');
  });
});

describe('the partnership detail', () => {
  it('pages every goal over several pages, each valid as a message and as a modal', () => {
    const many = detail({ goals: Array.from({ length: 90 }, (_, i) => goal(i + 1)) });
    const first = buildPartnershipDetailPage(many, ctx(), 1);
    expect(first.pageCount).toBeGreaterThan(2);
    const all = [];
    for (let n = 1; n <= first.pageCount; n++) {
      const page = buildPartnershipDetailPage(many, ctx(), n);
      expect(validateMessageBlocks(page.blocks)).toBeNull();
      all.push(JSON.stringify(page.blocks));
    }
    for (let i = 1; i <= 90; i++) expect(all.some((p) => p.includes(`*Sasaran ${i}*`))).toBe(true);
    expect(validateView(buildPartnershipDetailModal(many, ctx(), 2), 'modal')).toBeNull();
    expect(buildPartnershipDetailPage(many, ctx(), 999).page).toBe(first.pageCount);
  });

  it('shows the open cycle’s response rate and the last cycle’s summary', () => {
    const scores = (n: number) => ({
      coordination: n,
      communication: 2,
      collaboration: n,
      efficiency: n,
      satisfaction: n,
      trust: n,
      roleClarity: 3,
    });
    const summary = summariseCycle({
      invitedCount: 4,
      responses: [4, 5, 4].map((n) => ({
        unitId: 1,
        scores: scores(n),
        whatWorks: null,
        whatToImprove: null,
      })),
    });
    const page = buildPartnershipDetailPage(
      detail({
        openCycles: [
          {
            cycleId: 2,
            partnershipId: 7,
            partnershipCode: 'PK-7',
            partnershipName: partnership.name,
            status: 'open',
            openedAt: NOW,
            closesAt: new Date('2026-03-09T09:00:00Z'),
            remindAt: null,
            invitedCount: 3,
            respondedCount: 1,
            responseRate: 1 / 3,
          },
        ],
        lastClosedCycle: {
          id: 1,
          teamId: 'T1',
          partnershipId: 7,
          scheduleId: null,
          status: 'closed',
          openedBy: 'U1',
          openedAt: new Date('2026-01-05T02:00:00Z'),
          closesAt: new Date('2026-01-12T09:00:00Z'),
          remindAt: null,
          remindedAt: null,
          closedAt: new Date('2026-01-12T09:00:00Z'),
          claimedBy: null,
          claimedAt: null,
          channelId: 'C1',
          promptTs: null,
          summaryTs: null,
          summaryJson: summary,
          createdAt: NOW,
          updatedAt: NOW,
        },
      }),
      ctx(),
      1,
    );
    const text = JSON.stringify(page.blocks);
    expect(text).toContain('1 dari 3 pimpinan telah menjawab (33%)');
    expect(text).toContain('3 dari 4 pimpinan menjawab (75%)');
    expect(text).toContain('terlemah: komunikasi, kejelasan peran');
    expect(text).toContain('`/mitra laporan PK-7`');
  });
});

describe('the create modal', () => {
  const input = {
    units: [
      unit(1, 'REN', 'Biro Perencanaan'),
      unit(2, 'KEU', 'Biro Keuangan', 'UHEAD'),
      unit(3, 'UMUM', 'Biro Umum'),
    ],
    template: undefined,
    version: 'v1',
    today: '2026-03-02',
    defaultTimeZone: 'Asia/Jakarta',
    originChannel: 'C1',
    userId: 'UHEAD',
    locale: 'id' as const,
  };

  it('is a valid modal with the creator’s own unit offered and the default zone chosen', () => {
    const view = buildPartnershipModal(translator('id'), input);
    expect(validateView(view, 'modal')).toBeNull();
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('"initial_conversation":"C1"');
    expect(text).toContain('"initial_date":"2026-03-02"');
    const myUnit = view.blocks.find((b) => b.block_id === 'my_unit:v1');
    expect(JSON.stringify(myUnit)).toContain(
      '"initial_option":{"text":{"type":"plain_text","text":"KEU · Biro Keuangan"},"value":"2"}',
    );
  });

  it('shows hints as plain text without the catalog’s code marks', () => {
    for (const locale of ['id', 'en'] as const) {
      const view = buildPartnershipModal(translator(locale), {
        ...input,
        template: TEMPLATES.planning_finance,
        locale,
      });
      const hints = view.blocks.flatMap((b) => ('hint' in b && b.hint ? [b.hint.text] : []));
      expect(hints.some((h) => h.includes('/invite @Mitra'))).toBe(true);
      for (const hint of hints) expect(hint).not.toContain('`');
    }
  });

  it('with a template, pre-fills purpose, suggested goals and the units that fit, under new block ids', () => {
    const view = buildPartnershipModal(translator('en'), {
      ...input,
      template: TEMPLATES.planning_finance,
      version: 'v2',
      locale: 'en',
    });
    expect(validateView(view, 'modal')).toBeNull();
    const purpose = view.blocks.find((b) => b.block_id === 'purpose:v2');
    expect(JSON.stringify(purpose)).toContain('Align programme planning with budgeting');
    const goals = view.blocks.find((b) => b.block_id === 'suggested_goals:v2');
    expect(JSON.stringify(goals)).toContain('Work plan and budget aligned (60% → 100%)');
    const units = view.blocks.find((b) => b.block_id === 'units:v2');
    expect(JSON.stringify(units)).toContain(
      '"initial_options":[{"text":{"type":"plain_text","text":"REN · Biro Perencanaan"},"value":"1"}',
    );
  });

  it('offers any other IANA zone when the default is not WIB, WITA or WIT', () => {
    const view = buildPartnershipModal(translator('id'), { ...input, defaultTimeZone: 'Asia/Singapore' });
    const other = view.blocks.find((b) => b.block_id === 'time_zone_other');
    expect(JSON.stringify(other)).toContain('"initial_value":"Asia/Singapore"');
  });

  it('keeps unit options within 75 characters and 100 options', () => {
    const units = Array.from({ length: 130 }, (_, i) => unit(i + 1, `U${i}`, long(200)));
    const view = buildPartnershipModal(translator('id'), { ...input, units });
    expect(validateView(view, 'modal')).toBeNull();
  });

  it('turns into a "created" view that says how the charter went', () => {
    const view = buildPartnershipCreatedModal(translator('id'), {
      code: 'PK-3',
      name: long(300),
      channel: 'C1',
      charter: { problem: 'Undang Mitra' },
    });
    expect(validateView(view, 'modal')).toBeNull();
    expect(JSON.stringify(view.blocks)).toContain('⚠️ Undang Mitra');
  });
});

describe('the unit modal', () => {
  it('fills in the unit being edited and lists the units, within Slack’s limits for many units', () => {
    const units = Array.from({ length: 150 }, (_, i) =>
      unit(i + 1, `U${i}`, long(100), i % 2 ? 'UHEAD' : null),
    );
    const view = buildUnitModal(translator('id'), { units, editing: units[3], version: 'x' });
    expect(validateView(view, 'modal')).toBeNull();
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('"initial_value":"U3"');
    expect(text).toContain('"initial_user":"UHEAD"');
    expect(text).toContain('… dan 90 unit lainnya');
    expect(JSON.parse(view.private_metadata ?? '{}')).toEqual({ unitId: 4 });
  });
});

describe('the list', () => {
  it('pages 45 partnerships by 20 with valid blocks', () => {
    const items = Array.from({ length: 45 }, (_, i) => ({
      partnership: { id: i + 1, code: `PK-${i + 1}`, name: long(300), status: 'active' as const },
      unitCodes: ['REN', 'KEU'],
      goalCount: 2,
      gapCount: i % 3,
      roles: ['coordinator' as const],
    }));
    const page3 = buildPartnershipList(translator('en'), items, { page: 3 });
    expect(validateMessageBlocks(page3.blocks)).toBeNull();
    expect(JSON.stringify(page3.blocks)).toContain('Page 3 of 3');
    expect(JSON.stringify(page3.blocks)).toContain('PK-45');
    expect(JSON.stringify(page3.blocks)).not.toContain('partnership_list_next');
  });
});

describe('App Home', () => {
  it('is a valid home view within 100 blocks, whatever the amount of data', () => {
    const partnerships = Array.from({ length: 40 }, (_, i) => ({
      detail: detail({ partnership: { ...partnership, id: i + 1, code: `PK-${i + 1}` } }),
      roles: ['coordinator' as const],
    }));
    const goals = Array.from({ length: 40 }, (_, i) => ({ goal: goal(i + 1), partnership }));
    const view = buildHomeView(
      {
        userId: 'U1',
        isAdmin: true,
        partnerships,
        goals,
        evaluations: [],
        fixable: partnerships.map((p) => p.detail),
      },
      ctx(),
    );
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(validateView(view, 'home')).toBeNull();
  });
});

describe('what the sandbox review found', () => {
  it('joins responsibilities typed one per line with "; " in the charter', () => {
    const text = JSON.stringify(
      buildCharterMessage(
        detail({ roles: [role(1, { responsibilities: 'Memimpin rapat\nMenyusun layanan\n\nMelaporkan' })] }),
        ctx(),
      ).blocks,
    );
    expect(text).toContain('Memimpin rapat; Menyusun layanan; Melaporkan');
  });

  it('shows a goal without any progress as not assessed, and an overdue goal as overdue only', () => {
    const text = JSON.stringify(
      buildCharterMessage(
        detail({
          goals: [
            goal(1, { dueDate: '2026-12-31' }),
            goal(2, { dueDate: '2026-02-01', currentValue: 10, status: 'on_track' }),
          ],
        }),
        ctx(),
      ).blocks,
    );
    expect(text).toContain('Belum ada realisasi (nilai awal 0%, target 100%) · ⚪ Belum dinilai');
    expect(text).toContain('⚠️ Melewati tenggat');
    expect(text).not.toContain('🟢');
    expect(JSON.stringify(buildCharterMessage(detail({ goals: [goal(1)] }), ctx('en')).blocks)).toContain(
      '⚪ Not assessed yet',
    );
  });

  it('starts every page of a long partnership with its code and name', () => {
    const many = detail({ goals: Array.from({ length: 90 }, (_, i) => goal(i + 1)) });
    const second = JSON.stringify(buildPartnershipDetailPage(many, ctx(), 2).blocks[0]);
    expect(second).toContain('*PK-7* · Perencanaan–Keuangan — halaman 2 dari');
  });

  it('cuts a long indicator at a word boundary', () => {
    const indicator = `${'Persentase realisasi '.repeat(20)}akhir`;
    const text = JSON.stringify(
      buildCharterMessage(detail({ goals: [goal(1, { indicator })] }), ctx()).blocks,
    );
    // Every word before the "…" is whole.
    expect(text).toMatch(/\\n(?:(?:Persentase|realisasi) )*(?:Persentase|realisasi)…/);
  });

  it('does not presume the creator coordinates a unit they do not head, and keeps a typed name', () => {
    const view = buildPartnershipModal(translator('id'), {
      units: [unit(1, 'REN', 'Biro Perencanaan'), unit(2, 'KEU', 'Biro Keuangan')],
      template: TEMPLATES.planning_finance,
      version: 'v3',
      today: '2026-03-02',
      defaultTimeZone: 'Asia/Jakarta',
      originChannel: null,
      userId: 'UNOBODY',
      locale: 'id',
      typedName: 'Kemitraan anggaran 2026',
    });
    const myUnit = view.blocks.find((b) => b.block_id === 'my_unit:v3');
    expect(JSON.stringify(myUnit)).not.toContain('initial_option');
    expect(JSON.stringify(myUnit)).toContain('unit utama');
    const name = view.blocks.find((b) => b.block_id === 'name:v3');
    expect(JSON.stringify(name)).toContain('"initial_value":"Kemitraan anggaran 2026"');
    const replaced = buildPartnershipModal(translator('id'), {
      units: [unit(1, 'REN', 'Biro Perencanaan'), unit(2, 'KEU', 'Biro Keuangan')],
      template: TEMPLATES.policy_research,
      version: 'v4',
      today: '2026-03-02',
      defaultTimeZone: 'Asia/Jakarta',
      originChannel: null,
      userId: 'UNOBODY',
      locale: 'id',
      typedName: translator('id')(TEMPLATES.planning_finance.name),
    });
    const replacedName = JSON.stringify(replaced.blocks.find((b) => b.block_id === 'name:v4'));
    expect(replacedName).toContain(`"initial_value":"${translator('id')(TEMPLATES.policy_research.name)}"`);
  });

  const survey = (answered: boolean) => ({
    cycleId: 42,
    partnershipId: 7,
    partnershipCode: 'PK-7',
    partnershipName: 'Perencanaan–Keuangan',
    closesAt: new Date('2026-03-09T09:00:00Z'),
    timeZone: 'Asia/Jakarta',
    answered,
  });

  it('in App Home, lets a manager change answers until the cycle closes, and shows admins every gap', () => {
    const view = buildHomeView(
      {
        userId: 'UADMIN',
        isAdmin: true,
        partnerships: [],
        goals: [],
        evaluations: [survey(true)],
        fixable: [detail()],
      },
      ctx('en'),
    );
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('Edit answers');
    expect(text).toContain('"action_id":"evaluation_survey_open","value":"42"');
    expect(text).toContain('Gaps to fix');
    expect(text).toContain('PK-7');
  });

  it('in App Home, gives no gaps section to someone who coordinates nothing', () => {
    const view = buildHomeView(
      {
        userId: 'U9',
        isAdmin: false,
        partnerships: [{ detail: detail(), roles: ['member'] }],
        goals: [],
        evaluations: [],
        fixable: [],
      },
      ctx('en'),
    );
    expect(JSON.stringify(view.blocks)).not.toContain('Gaps to fix');
  });
});
