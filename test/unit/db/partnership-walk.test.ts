/**
 * A page of partnerships read walking the team in code order (for a person who sees many) is
 * the same page as read from the person's ids (for one who sees few): the same rows, total and
 * page count, on every page, for every reason to see a partnership, with closed ones and another
 * team's around, and with codes numbered out of the order the rows were made in.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/db/client.js';
import { listOpenCoordinatedIds, openCoordinatedSlices } from '../../../src/db/queries/home-reads.js';
import {
  type PageRead,
  pageOfManageablePartnerships,
  pageOfVisiblePartnerships,
  walkIsCheaper,
} from '../../../src/db/queries/partnership-pages.js';
import { listVisiblePartnerships } from '../../../src/db/queries/partnerships.js';
import { partnerships } from '../../../src/db/schema/index.js';
import { openTestDb } from '../../support/db.js';
import { createGoal, createPartnership, createRole, createUnit, TEAM } from '../../support/factories.js';

const OTHER_TEAM = 'T0OTHER';
const COUNT = 150;
const PEOPLE = ['UALL', 'UMIX', 'UFEW', 'UNONE'] as const;

let opened: ReturnType<typeof openTestDb>;
let db: Db;

beforeAll(() => {
  opened = openTestDb();
  db = opened.db;
  const a = createUnit(db);
  const b = createUnit(db);
  const headed = createUnit(db, { headUserId: 'UMIX' });
  // Codes numbered out of creation order: code order is not id order.
  const seqs = Array.from({ length: COUNT }, (_, i) => ((i * 67) % COUNT) + 1);
  for (const [i, seq] of seqs.entries()) {
    const p = createPartnership(db, {
      seq,
      unitIds: i % 5 === 0 ? [a.id, headed.id] : [a.id, b.id],
      coordinatorId: 'UALL',
      status: i % 4 === 0 ? 'closed' : i % 9 === 0 ? 'paused' : 'active',
    });
    if (i % 3 === 0) createRole(db, { partnershipId: p.id, unitId: b.id, userId: 'UMIX', role: 'member' });
    if (i % 7 === 0) createGoal(db, { partnershipId: p.id, personInChargeId: 'UMIX' });
    if (i % 11 === 0)
      createRole(db, { partnershipId: p.id, unitId: a.id, userId: 'UFEW', role: 'coordinator' });
  }
  // Another team, where the same people hold roles: never in this team's pages.
  const x = createUnit(db, { teamId: OTHER_TEAM, headUserId: 'UMIX' });
  const y = createUnit(db, { teamId: OTHER_TEAM });
  for (let i = 0; i < 10; i++) {
    const p = createPartnership(db, {
      teamId: OTHER_TEAM,
      seq: i + 1,
      code: `PK-X${i + 1}`,
      unitIds: [x.id, y.id],
      coordinatorId: 'UALL',
    });
    createRole(db, {
      teamId: OTHER_TEAM,
      partnershipId: p.id,
      unitId: y.id,
      userId: 'UFEW',
      role: 'coordinator',
    });
    createGoal(db, { teamId: OTHER_TEAM, partnershipId: p.id, personInChargeId: 'UMIX' });
  }
});

afterAll(() => opened.cleanup());

function everyPage(read: PageRead, params: { userId: string; pageSize: number; openOnly: boolean }) {
  const pages = [];
  for (let page = 1; ; page += 1) {
    const found = pageOfVisiblePartnerships(db, { teamId: TEAM, isAdmin: false, page, read, ...params });
    pages.push({ ...found, rows: found.rows.map((p) => p.code) });
    if (page >= found.pageCount) return pages;
  }
}

describe('a page of the partnerships a person sees', () => {
  for (const userId of PEOPLE) {
    for (const openOnly of [false, true]) {
      it(`is the same walked as read by id (${userId}${openOnly ? ', open only' : ''})`, () => {
        const all = listVisiblePartnerships(db, { teamId: TEAM, userId, isAdmin: false })
          .filter((p) => !openOnly || p.status !== 'closed')
          .map((p) => p.code);
        for (const pageSize of [7, 20]) {
          const walked = everyPage('walk', { userId, pageSize, openOnly });
          expect(walked).toEqual(everyPage('ids', { userId, pageSize, openOnly }));
          expect(walked.flatMap((p) => p.rows)).toEqual(all);
          expect(walked[0]?.total).toBe(all.length);
        }
      });
    }
  }

  it('is walked for a person who sees most of the team, read by id for one who sees few', () => {
    expect(walkIsCheaper({ matching: COUNT, wanted: 20, teamSize: COUNT })).toBe(true);
    expect(walkIsCheaper({ matching: 14, wanted: 20, teamSize: COUNT })).toBe(false);
    // Deep pages of a large team are read by id: the walk would check most of the team.
    expect(walkIsCheaper({ matching: 1000, wanted: 900, teamSize: 10_000 })).toBe(false);
  });

  it('clamps a page past the end to the last, walked or not', () => {
    const lastPage = (read: PageRead) =>
      pageOfVisiblePartnerships(db, {
        teamId: TEAM,
        userId: 'UALL',
        isAdmin: false,
        page: 99,
        pageSize: 20,
        read,
      });
    expect(lastPage('walk')).toEqual(lastPage('ids'));
    expect(lastPage('walk').page).toBe(Math.ceil(COUNT / 20));
  });
});

describe('the partnerships a person may change, and those they coordinate', () => {
  it('are the same walked as read by id', () => {
    for (const userId of PEOPLE) {
      const page = (read: PageRead) =>
        pageOfManageablePartnerships(db, { teamId: TEAM, userId, isAdmin: false, pageSize: 100, read });
      expect(page('walk')).toEqual(page('ids'));
      for (const size of [7, 100]) {
        const slices = (read: PageRead) => {
          const source = openCoordinatedSlices(db, { teamId: TEAM, userId, size, read });
          const all: (readonly number[])[] = [];
          for (let i = 0; source.sliceAt(i); i += 1) all.push(source.sliceAt(i) ?? []);
          return all;
        };
        const ids = listOpenCoordinatedIds(db, { teamId: TEAM, userId });
        expect(slices('walk')).toEqual(slices('ids'));
        expect(slices('walk').flat()).toEqual(ids);
        expect(slices('walk').every((s) => s.length > 0 && s.length <= size)).toBe(true);
      }
    }
  });

  it('follows the status the partnership has now', () => {
    const first = db.select().from(partnerships).where(eq(partnerships.code, 'PK-2')).get();
    const codes = () =>
      pageOfVisiblePartnerships(db, {
        teamId: TEAM,
        userId: 'UALL',
        isAdmin: false,
        page: 1,
        pageSize: 5,
        openOnly: true,
        read: 'walk',
      }).rows.map((p) => p.code);
    expect(first?.status).not.toBe('closed');
    expect(codes()).toContain('PK-2');
    db.update(partnerships).set({ status: 'closed' }).where(eq(partnerships.code, 'PK-2')).run();
    expect(codes()).not.toContain('PK-2');
    db.update(partnerships)
      .set({ status: first?.status ?? 'active' })
      .where(eq(partnerships.code, 'PK-2'))
      .run();
  });
});

describe('a walk', () => {
  it('follows the code index and stops at the page: no sort of what the person sees, no full scan', () => {
    const fresh = openTestDb();
    try {
      const seen: string[] = [];
      const original = fresh.sqlite.prepare.bind(fresh.sqlite);
      fresh.sqlite.prepare = ((source: string) => {
        seen.push(source);
        return original(source);
      }) as typeof fresh.sqlite.prepare;
      const a = createUnit(fresh.db);
      const b = createUnit(fresh.db);
      createPartnership(fresh.db, { unitIds: [a.id, b.id], coordinatorId: 'UALL' });
      seen.length = 0;
      const who = { teamId: TEAM, userId: 'UALL' };
      pageOfVisiblePartnerships(fresh.db, { ...who, isAdmin: false, page: 1, pageSize: 5, read: 'walk' });
      pageOfVisiblePartnerships(fresh.db, {
        ...who,
        isAdmin: false,
        page: 1,
        pageSize: 5,
        openOnly: true,
        read: 'walk',
      });
      pageOfManageablePartnerships(fresh.db, { ...who, isAdmin: false, pageSize: 5, read: 'walk' });
      openCoordinatedSlices(fresh.db, { ...who, size: 5, read: 'walk' }).sliceAt(0);
      fresh.sqlite.prepare = original;
      const walks = seen.filter(
        (s) => /exists \(select 1 from "role_assignments"/.test(s) && /limit/i.test(s),
      );
      expect(walks).toHaveLength(4);
      for (const source of walks) {
        const plan = (
          fresh.sqlite
            .prepare(`EXPLAIN QUERY PLAN ${source}`)
            .all(...Array.from({ length: (source.match(/\?/g) ?? []).length }, () => null)) as {
            detail: string;
          }[]
        ).map((r) => r.detail);
        expect(plan[0]).toMatch(/^SEARCH partnerships USING (COVERING )?INDEX partnerships_team_seq_uq/);
        expect(plan.join('\n')).not.toMatch(/TEMP B-TREE|^SCAN (?!json_each)/m);
        // Each check on a partnership walked is a seek by that partnership, not a read of all the person's rows.
        for (const line of plan.filter((l) => /^SEARCH (ra|pu|g) /.test(l))) {
          expect(line).toMatch(/partnership_id=/);
        }
      }
    } finally {
      fresh.cleanup();
    }
  });
});
