/**
 * Lists read one page in SQL with batched details (issue 13): over HTTP, with 65 partnerships for
 * a coordinator and 75 for an admin, every page of `daftar`, its page turns, `lihat` without a
 * code and App Home show exactly what the per-partnership detail says (units, goals, gaps, roles),
 * and the SQL "has a gap" condition agrees with the domain's rule for every partnership.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasGapsCondition } from '../../../src/db/queries/gap-search.js';
import { listOpenCoordinatedIds } from '../../../src/db/queries/home-reads.js';
import { loadCoordinatorViews } from '../../../src/db/queries/partnership-batch.js';
import { loadPartnershipDetail } from '../../../src/db/queries/partnership-detail.js';
import { listRolesOfUser, listVisiblePartnerships } from '../../../src/db/queries/partnerships.js';
import { type GoalStatus, type Partnership, partnerships, ROLES } from '../../../src/db/schema/index.js';
import { translator } from '../../../src/i18n/index.js';
import { gapsOfAllInSlices, homeInput } from '../../../src/slack/features/home/flow.js';
import { buildHomeView } from '../../../src/slack/features/home/view.js';
import {
  buildPartnershipList,
  listPageValue,
  type PartnershipListItem,
} from '../../../src/slack/features/partnerships/list-view.js';
import { gapsOf } from '../../../src/slack/kit/partnership-lines.js';
import {
  createGoal,
  createPartnership,
  createRole,
  createSchedule,
  createUnit,
  TEAM,
} from '../../support/factories.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';
import { mitra } from '../../support/partnerships.js';
import { waitFor } from '../../support/wait.js';

// 23:30 in Jakarta on 1 March, already 2 March in Makassar and Jayapura: "overdue" depends on the zone.
const NOW = new Date('2026-03-01T16:30:00Z');
const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'];
const DUE = ['2026-02-28', '2026-03-01', '2026-03-02', null];
const COORDINATOR = PEOPLE.coordinator.id;
const ADMIN = PEOPLE.admin.id;
const t = translator('id');

let h: Harness;
const all: Partnership[] = [];

beforeAll(async () => {
  h = await startHarness({ clock: () => NOW });
  const [a, b, c, d] = ['REN', 'KEU', 'HUK', 'SDM'].map((code) =>
    createUnit(h.db, { code, name: `Biro ${code}` }),
  );
  if (!a || !b || !c || !d) throw new Error('units');
  for (let i = 1; i <= 75; i++) {
    const own = i <= 65;
    const unitIds = i % 3 === 0 ? [b.id, c.id, d.id] : [a.id, b.id];
    const p = createPartnership(h.db, {
      seq: i,
      unitIds,
      coordinatorId: own ? COORDINATOR : PEOPLE.manager3.id,
      timeZone: ZONES[i % 3] as string,
      status: i % 11 === 0 ? 'closed' : 'active',
    });
    all.push(p);
    const [first, second] = unitIds as [number, number];
    if (i % 5 === 2) {
      // Fully staffed; its one goal is due on 1 March, overdue only where 2 March has begun.
      for (const unitId of unitIds) {
        createRole(h.db, { partnershipId: p.id, unitId, userId: PEOPLE.manager1.id, role: 'liaison' });
        createRole(h.db, { partnershipId: p.id, unitId, userId: PEOPLE.manager2.id, role: 'manager' });
      }
      createGoal(h.db, {
        partnershipId: p.id,
        ownerUnitId: first,
        personInChargeId: PEOPLE.manager1.id,
        dueDate: '2026-03-01',
      });
      createGoal(h.db, { partnershipId: p.id, ownerUnitId: second, personInChargeId: PEOPLE.manager2.id });
      createSchedule(h.db, { partnershipId: p.id });
      continue;
    }
    if (i % 2 === 0)
      createRole(h.db, { partnershipId: p.id, unitId: first, userId: PEOPLE.manager1.id, role: 'liaison' });
    if (i % 3 !== 0)
      createRole(h.db, { partnershipId: p.id, unitId: second, userId: PEOPLE.manager2.id, role: 'manager' });
    if (i % 4 === 0)
      createRole(h.db, { partnershipId: p.id, unitId: first, userId: PEOPLE.manager2.id, role: 'manager' });
    if (i % 2 === 0)
      createRole(h.db, { partnershipId: p.id, unitId: second, userId: PEOPLE.manager1.id, role: 'liaison' });
    if (own && i % 7 === 0)
      createRole(h.db, { partnershipId: p.id, unitId: second, userId: COORDINATOR, role: 'member' });
    for (let j = 0; j < i % 5; j++) {
      createGoal(h.db, {
        partnershipId: p.id,
        ownerUnitId: j === 0 && i % 4 === 0 ? a.id : first,
        personInChargeId: (i + j) % 6 === 0 ? null : PEOPLE.manager1.id,
        dueDate: DUE[(i + j) % 4] ?? null,
        status: ((i + j) % 5 === 0 ? 'done' : 'on_track') as GoalStatus,
      });
    }
    if (i % 4 !== 1) createSchedule(h.db, { partnershipId: p.id });
  }
}, 60_000);

afterAll(async () => {
  await h?.close();
});

/** The list items as the detail of each partnership says them (what lists did before paging). */
function itemsByDetail(userId: string, isAdmin: boolean): PartnershipListItem[] {
  return listVisiblePartnerships(h.db, { teamId: TEAM, userId, isAdmin }).map((p) => {
    const detail = loadPartnershipDetail(h.db, { teamId: TEAM, partnershipId: p.id });
    if (!detail) throw new Error(`no detail for ${p.code}`);
    return {
      partnership: p,
      unitCodes: detail.units.map((u) => u.code),
      goalCount: detail.goals.length,
      gapCount: gapsOf(detail, NOW).length,
      roles: listRolesOfUser(h.db, { teamId: TEAM, partnershipId: p.id, userId }).sort(
        (x, y) => ROLES.indexOf(x) - ROLES.indexOf(y),
      ),
    };
  });
}

/** Clicks a page button of the list last shown to the user and returns the list that replaced it. */
async function turnPage(userId: string, actionId: string, page: number) {
  const list = h.fake.ephemerals(SHARED_CHANNEL, userId).at(-1);
  if (!list) throw new Error('no list shown');
  const before = h.fake.responseUrlPosts().length;
  await h.fake.sendBlockAction({
    userId,
    actionId,
    channelId: SHARED_CHANNEL,
    messageTs: list.ts,
    value: listPageValue(page),
  });
  const post = await waitFor(() => h.fake.responseUrlPosts()[before], { what: `page ${page}` });
  return post.body as { blocks: unknown[]; replace_original?: boolean };
}

describe('daftar with many partnerships', () => {
  it('shows the coordinator page 1, then pages 2 and 3 on "next", each as the details say', async () => {
    const items = itemsByDetail(COORDINATOR, false);
    expect(items).toHaveLength(65);
    const page1 = await mitra(h, COORDINATOR, 'daftar');
    expect(page1.body.response_type).toBe('ephemeral');
    expect(page1.blocks).toEqual(buildPartnershipList(t, items, { page: 1 }).blocks);
    const page2 = await turnPage(COORDINATOR, 'partnership_list_next', 2);
    expect(page2.replace_original).toBe(true);
    expect(page2.blocks).toEqual(buildPartnershipList(t, items, { page: 2 }).blocks);
    const page3 = await turnPage(COORDINATOR, 'partnership_list_next', 3);
    expect(page3.blocks).toEqual(buildPartnershipList(t, items, { page: 3 }).blocks);
    expect(JSON.stringify(page3.blocks)).toContain('PK-60');
    const back = await turnPage(COORDINATOR, 'partnership_list_previous', 2);
    expect(back.blocks).toEqual(page2.blocks);
    // A page past the end shows the last page, as before.
    const past = await turnPage(COORDINATOR, 'partnership_list_next', 9);
    expect(past.blocks).toEqual(buildPartnershipList(t, items, { page: 4 }).blocks);
  });

  it('shows an admin every partnership, paged the same way', async () => {
    const items = itemsByDetail(ADMIN, true);
    expect(items).toHaveLength(75);
    const page1 = await mitra(h, ADMIN, 'daftar');
    expect(page1.blocks).toEqual(buildPartnershipList(t, items, { page: 1, allPartnerships: true }).blocks);
    expect(page1.text).toContain('Semua kemitraan (75)');
    const page2 = await turnPage(ADMIN, 'partnership_list_next', 2);
    expect(page2.blocks).toEqual(buildPartnershipList(t, items, { page: 2, allPartnerships: true }).blocks);
  });

  it('asks which one to show for lihat without a code, from the first page', async () => {
    const items = itemsByDetail(COORDINATOR, false);
    const answer = await mitra(h, COORDINATOR, 'lihat');
    expect(answer.blocks).toEqual(buildPartnershipList(t, items, { page: 1, choose: true }).blocks);
  });
});

describe('gaps in SQL', () => {
  it('finds a gap exactly where the domain rule finds one, in every partnership', () => {
    const disagreements = all.flatMap((p) => {
      const detail = loadPartnershipDetail(h.db, { teamId: TEAM, partnershipId: p.id });
      if (!detail) return [`${p.code}: no detail`];
      const byRule = gapsOf(detail, NOW).length > 0;
      const bySql =
        h.db
          .select({ id: partnerships.id })
          .from(partnerships)
          .where(and(eq(partnerships.id, p.id), hasGapsCondition(h.db, NOW)))
          .get() !== undefined;
      return byRule === bySql ? [] : [`${p.code}: rule ${byRule}, SQL ${bySql}`];
    });
    expect(disagreements).toEqual([]);
    // Both answers occur, so the comparison means something.
    const withGaps = all.filter((p) => {
      const detail = loadPartnershipDetail(h.db, { teamId: TEAM, partnershipId: p.id });
      return detail && gapsOf(detail, NOW).length > 0;
    });
    expect(withGaps.length).toBeGreaterThan(0);
    expect(withGaps.length).toBeLessThan(all.length);
    // Among them, partnerships whose only gap is a goal overdue in their own zone.
    const zoned = all.filter((p) => p.seq % 5 === 2);
    const zonedWithGaps = zoned.filter((p) => withGaps.includes(p)).map((p) => p.timeZone);
    expect(zonedWithGaps).toContain('Asia/Jayapura');
    expect(zonedWithGaps).not.toContain('Asia/Jakarta');
    expect(zoned.filter((p) => !withGaps.includes(p)).map((p) => p.timeZone)).toContain('Asia/Jakarta');
  });
});

describe('App Home with many partnerships', () => {
  async function openHome(userId: string): Promise<unknown[]> {
    const count = () => h.fake.callsTo('views.publish').filter((c) => c.args.user_id === userId).length;
    const before = count();
    await h.fake.sendEvent({ type: 'app_home_opened', user: userId, tab: 'home', channel: 'D0HOME' });
    await waitFor(() => count() > before, { what: 'a published home' });
    return h.fake.homeView(userId)?.blocks ?? [];
  }

  /** The partnership codes of the sections under a header, in order, and the text that follows them. */
  function section(blocks: unknown[], title: string): { codes: string[]; text: string } {
    const start = blocks.findIndex((b) => JSON.stringify(b).includes(title));
    if (start < 0) return { codes: [], text: '' };
    const end = blocks.findIndex((b, i) => i > start && (b as { type: string }).type === 'header');
    const part = blocks.slice(start + 1, end < 0 ? undefined : end);
    const codes = part.flatMap((b) => {
      const text = (b as { type: string; text?: { text?: string } }).text?.text ?? '';
      const code = /PK-\d+/.exec(text)?.[0];
      return (b as { type: string }).type === 'section' && code ? [code] : [];
    });
    return { codes, text: JSON.stringify(part) };
  }

  const openWithGaps = (userId: string, isAdmin: boolean) =>
    itemsByDetail(userId, isAdmin)
      .filter((item) => item.partnership.status !== 'closed' && item.gapCount > 0)
      .map((item) => item.partnership.code);

  it('lists an admin the first partnerships with gaps of all of them, and how many more', async () => {
    const expected = openWithGaps(ADMIN, true);
    const blocks = await openHome(ADMIN);
    const gaps = section(blocks, t('home.gaps.title'));
    expect(gaps.codes).toEqual(expected.slice(0, 8));
    expect(gaps.text).toContain(t('home.more', { count: expected.length - 8 }));
  });

  it('finds the same partnerships with gaps when it reads them a few at a time', async () => {
    const expected = openWithGaps(ADMIN, true);
    for (const slice of [1, 7, 40, 500]) {
      const found = await gapsOfAllInSlices(h.mitra.services, { teamId: TEAM, now: NOW, slice });
      expect(found.rows.map((p) => p.code)).toEqual(expected.slice(0, 8));
      expect(found).toMatchObject({ total: expected.length, capped: false });
    }
  });

  it('shows a coordinator the same cycles, reminders and problems as reading every partnership, reading only those shown', async () => {
    const ctx = { t, locale: 'id' as const, now: NOW, extraHolidays: [] };
    const input = await homeInput(h.mitra.services, { teamId: TEAM, userId: COORDINATOR });
    const coordinatedIds = listOpenCoordinatedIds(h.db, { teamId: TEAM, userId: COORDINATOR });
    const everything = {
      ...input,
      coordinated: loadCoordinatorViews(h.db, { teamId: TEAM, partnershipIds: coordinatedIds }),
      totals: input.totals && { ...input.totals, coordinatorLinesNotRead: 0, coordinatorLinesCapped: false },
    };
    const coordinatorPart = (view: ReturnType<typeof buildHomeView>) =>
      JSON.stringify(view.blocks).split(t('home.coordinator.title'))[1];
    const shown = coordinatorPart(buildHomeView(input, ctx));
    expect(shown).toBeDefined();
    expect(shown).toEqual(coordinatorPart(buildHomeView(everything, ctx)));
    // More lines than fit, and fewer partnerships read than coordinated.
    expect(shown).toContain('lainnya');
    expect(input.coordinated?.length ?? 0).toBeLessThan(coordinatedIds.length);
  });

  it('lists a coordinator their first 15 open partnerships with roles and gaps, and the rest as a count', async () => {
    const items = itemsByDetail(COORDINATOR, false).filter((i) => i.partnership.status !== 'closed');
    const blocks = await openHome(COORDINATOR);
    const own = section(blocks, t('home.partnerships.title'));
    expect(own.codes).toEqual(items.slice(0, 15).map((i) => i.partnership.code));
    expect(own.text).toContain(t('home.more', { count: items.length - 15 }));
    for (const item of items.slice(0, 15)) {
      const line = (blocks as { text?: { text?: string } }[]).find((b) =>
        b.text?.text?.startsWith(`*${item.partnership.code}*`),
      )?.text?.text;
      const gaps =
        item.gapCount > 0
          ? t('partnership.list.gaps', { count: item.gapCount })
          : t('partnership.list.noGaps');
      expect(line).toContain(gaps);
    }
    const gaps = section(blocks, t('home.gaps.title'));
    expect(gaps.codes).toEqual(openWithGaps(COORDINATOR, false).slice(0, 8));
  });
});
