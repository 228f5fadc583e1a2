import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeView } from '../../../sandbox/fake-slack/index.js';
import {
  getCycleProgress,
  getPreviousSummary,
  listClosedCycles,
  listOpenCycles,
  listWaitingSurveys,
} from '../../../src/db/queries/evaluations.js';
import {
  evaluationCycles,
  evaluationInvitations,
  evaluationResponses,
  type Partnership,
  partnerships,
} from '../../../src/db/schema/index.js';
import { summariseCycle } from '../../../src/domain/evaluation-stats.js';
import { closeDueCycles, SUMMARY_EVENT_TYPE } from '../../../src/jobs/evaluation-close.js';
import { loadReport, openEvaluationCycle } from '../../../src/slack/features/evaluations/flow.js';
import { createPartnership, createRole, createUnit, TEAM } from '../../support/factories.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';
import { waitFor } from '../../support/wait.js';

let now = new Date('2026-04-06T02:00:00Z');
let h: Harness;
const { english, manager1, manager2, manager3 } = PEOPLE;

beforeAll(async () => {
  h = await startHarness({ clock: () => now });
});
afterAll(async () => {
  await h.close();
});

function partnershipWithManagers(coordinatorId: string = english.id): Partnership {
  const a = createUnit(h.db);
  const b = createUnit(h.db);
  const p = createPartnership(h.db, { unitIds: [a.id, b.id], coordinatorId });
  createRole(h.db, { partnershipId: p.id, unitId: a.id, userId: manager1.id, role: 'manager' });
  createRole(h.db, { partnershipId: p.id, unitId: b.id, userId: manager2.id, role: 'manager' });
  return p;
}

const summariesOf = (cycleId: number) =>
  h.fake
    .messages(SHARED_CHANNEL)
    .filter(
      (m) =>
        m.metadata?.event_type === SUMMARY_EVENT_TYPE &&
        JSON.stringify(m.metadata.event_payload).includes(`"cycle_id":${cycleId}`),
    );

describe('opening from a schedule', () => {
  it('refuses a partnership with no managers and a second cycle while one runs, storing nothing', async () => {
    const bare = createPartnership(h.db, { coordinatorId: english.id });
    const none = await openEvaluationCycle(h.mitra.services, h.mitra.app.client, {
      teamId: TEAM,
      partnershipId: bare.id,
      openedBy: english.id,
      closesAt: new Date('2026-04-13T10:00:00Z'),
      scheduleId: null,
    });
    expect(none).toEqual({
      ok: false,
      problem: { key: 'evaluation.open.error.noManagers', params: { code: bare.code } },
    });

    const p = partnershipWithManagers();
    const first = await openEvaluationCycle(h.mitra.services, h.mitra.app.client, {
      teamId: TEAM,
      partnershipId: p.id,
      openedBy: english.id,
      closesAt: new Date('2026-04-13T10:00:00Z'),
    });
    expect(first.ok).toBe(true);
    const second = await openEvaluationCycle(h.mitra.services, h.mitra.app.client, {
      teamId: TEAM,
      partnershipId: p.id,
      openedBy: english.id,
      closesAt: new Date('2026-04-14T10:00:00Z'),
    });
    expect(second).toMatchObject({ ok: false, problem: { key: 'evaluation.open.alreadyOpen' } });
    expect(
      h.db.select().from(evaluationCycles).where(eq(evaluationCycles.partnershipId, p.id)).all(),
    ).toHaveLength(1);

    // What `lihat` and App Home read.
    const cycleId = first.ok ? first.cycleId : 0;
    expect(getCycleProgress(h.db, { teamId: TEAM, cycleId })).toMatchObject({
      partnershipCode: p.code,
      invitedCount: 2,
      respondedCount: 0,
      responseRate: 0,
    });
    expect(listOpenCycles(h.db, { teamId: TEAM, partnershipId: p.id }).map((c) => c.cycleId)).toEqual([
      cycleId,
    ]);
    expect(listOpenCycles(h.db, { teamId: 'T0OTHER' })).toEqual([]);
    expect(listWaitingSurveys(h.db, { teamId: TEAM, userId: manager1.id })).toEqual([
      expect.objectContaining({ cycleId, partnershipCode: p.code, answered: false }),
    ]);
    expect(listWaitingSurveys(h.db, { teamId: TEAM, userId: manager3.id })).toEqual([]);

    // Closed by the job so the next tests start clean.
    await closeDueCycles(h.mitra.services, h.mitra.app.client, {
      now: new Date('2026-04-13T10:00:00Z'),
      claimant: 'cleanup',
    });
    expect(listWaitingSurveys(h.db, { teamId: TEAM, userId: manager1.id })).toEqual([]);
  });
});

describe('resuming a close after a crash', () => {
  async function crashedCycle(options: { posted: boolean }) {
    const p = partnershipWithManagers();
    const opened = await openEvaluationCycle(h.mitra.services, h.mitra.app.client, {
      teamId: TEAM,
      partnershipId: p.id,
      openedBy: english.id,
      closesAt: new Date('2026-04-20T10:00:00Z'),
    });
    if (!opened.ok) throw new Error('not opened');
    const summary = summariseCycle({ invitedCount: 2, responses: [] });
    // The dead process claimed the cycle and stored the summary; maybe it also posted it.
    h.db
      .update(evaluationCycles)
      .set({
        status: 'closing',
        claimedBy: 'dead',
        claimedAt: new Date('2026-04-20T10:00:00Z'),
        summaryJson: summary,
      })
      .where(eq(evaluationCycles.id, opened.cycleId))
      .run();
    if (options.posted) {
      await h.mitra.app.client.chat.postMessage({
        channel: SHARED_CHANNEL,
        text: 'Hasil evaluasi (sebelum crash)',
        metadata: { event_type: SUMMARY_EVENT_TYPE, event_payload: { cycle_id: opened.cycleId } },
      });
    }
    return opened.cycleId;
  }

  it('does not post again when the dead process had already posted the summary', async () => {
    const cycleId = await crashedCycle({ posted: true });
    const close = (at: string) =>
      closeDueCycles(h.mitra.services, h.mitra.app.client, { now: new Date(at), claimant: 'alive' });
    // A fresh claim is left alone…
    expect(await close('2026-04-20T10:05:00Z')).toEqual([]);
    // …a stale one is resumed.
    expect(await close('2026-04-20T10:11:00Z')).toEqual([cycleId]);
    const row = h.db.select().from(evaluationCycles).where(eq(evaluationCycles.id, cycleId)).get();
    expect(row?.status).toBe('closed');
    expect(summariesOf(cycleId)).toHaveLength(1);
    expect(row?.summaryTs).toBe(summariesOf(cycleId)[0]?.ts);
  });

  it('posts the summary once when the dead process had not posted it', async () => {
    const cycleId = await crashedCycle({ posted: false });
    await closeDueCycles(h.mitra.services, h.mitra.app.client, {
      now: new Date('2026-04-20T10:11:00Z'),
      claimant: 'alive',
    });
    await closeDueCycles(h.mitra.services, h.mitra.app.client, {
      now: new Date('2026-04-20T10:30:00Z'),
      claimant: 'other',
    });
    expect(summariesOf(cycleId)).toHaveLength(1);
    expect(JSON.stringify(summariesOf(cycleId)[0]?.blocks)).toContain('Tidak ada pimpinan yang menjawab');
  });
});

describe('opening without a code, in English', () => {
  it('offers a partnership select, fills the managers once one is chosen, and opens the cycle', async () => {
    now = new Date('2026-05-04T02:00:00Z');
    const p = partnershipWithManagers();
    await h.fake.sendSlashCommand({ userId: english.id, text: 'evaluate', channelId: SHARED_CHANNEL });
    const modal = await waitFor(() => h.fake.openViews(english.id).at(-1), { what: 'the modal' });
    expect(modal.title?.text).toBe('Open evaluation');
    expect(modal.blocks.some((b) => b.block_id?.startsWith('managers'))).toBe(false);

    await h.fake.sendBlockAction({
      userId: english.id,
      viewId: modal.id,
      actionId: 'evaluation_open_partnership',
      selectedOption: { text: { type: 'plain_text', text: p.code }, value: String(p.id) },
    });
    const redrawn = await waitFor(
      () => {
        const view = h.fake.view(modal.id);
        return view?.blocks.some((b) => b.block_id === `managers_${p.id}`) ? view : undefined;
      },
      { what: 'the managers block' },
    );
    expect(JSON.stringify(redrawn.blocks)).toContain(`"initial_users":["${manager1.id}","${manager2.id}"]`);

    const result = await h.fake.sendViewSubmission({
      userId: english.id,
      viewId: modal.id,
      values: {
        partnership: {
          evaluation_open_partnership: {
            type: 'static_select',
            selected_option: { text: { type: 'plain_text', text: p.code }, value: String(p.id) },
          },
        },
        closes_date: { date: { type: 'datepicker', selected_date: '2026-05-08' } },
        closes_time: { time: { type: 'timepicker', selected_time: '15:00' } },
        remind_lead: {
          lead: {
            type: 'static_select',
            selected_option: { text: { type: 'plain_text', text: '2h' }, value: '2h' },
          },
        },
        [`managers_${p.id}`]: { users: { type: 'multi_users_select', selected_users: [manager2.id] } },
      },
    });
    expect(result.outcome.effect).toBe('closed');
    const cycle = await waitFor(
      () => h.db.select().from(evaluationCycles).where(eq(evaluationCycles.partnershipId, p.id)).get(),
      { what: 'the cycle' },
    );
    expect(cycle.closesAt.toISOString()).toBe('2026-05-08T08:00:00.000Z');
    expect(cycle.remindAt?.toISOString()).toBe('2026-05-08T06:00:00.000Z');
    await waitFor(
      () =>
        h.fake.messages('DENGLISH').some((m) => m.text.includes('1 unit head was invited by direct message')),
      { what: "the coordinator's confirmation in English" },
    );
    expect(h.db.select().from(evaluationResponses).all()).toHaveLength(0);
  });

  it('opens the one waiting survey for a manager who types the command without a code', async () => {
    const before = h.fake.openViews(manager2.id).at(-1)?.id;
    await h.fake.sendSlashCommand({ userId: manager2.id, text: 'evaluasi', channelId: SHARED_CHANNEL });
    const survey: FakeView = await waitFor(
      () => {
        const top = h.fake.openViews(manager2.id).at(-1);
        return top && top.id !== before ? top : undefined;
      },
      { what: 'the survey' },
    );
    expect(survey.title?.text).toBe('Survei evaluasi');
  });
});

describe('the charter follows the evaluation', () => {
  it('is refreshed in the channel when a cycle opens and again when it closes', async () => {
    const p = partnershipWithManagers();
    const charterTs = () =>
      h.db.select().from(partnerships).where(eq(partnerships.id, p.id)).get()?.charterTs ?? null;
    expect(charterTs()).toBeNull();
    const opened = await openEvaluationCycle(h.mitra.services, h.mitra.app.client, {
      teamId: TEAM,
      partnershipId: p.id,
      openedBy: english.id,
      closesAt: new Date('2026-04-27T10:00:00Z'),
    });
    expect(opened.ok).toBe(true);
    const ts = charterTs();
    expect(ts).not.toBeNull();
    const updatesBefore = h.fake.callsTo('chat.update').filter((c) => c.args.ts === ts).length;
    await closeDueCycles(h.mitra.services, h.mitra.app.client, {
      now: new Date('2026-04-27T10:00:00Z'),
      claimant: 'charter-test',
    });
    const updatesAfter = h.fake.callsTo('chat.update').filter((c) => c.args.ts === ts).length;
    expect(updatesAfter).toBeGreaterThan(updatesBefore);
  });
});

describe('a closed cycle without a stored summary', () => {
  it('counts in the report and as the previous cycle, its summary computed from its responses', async () => {
    const p = partnershipWithManagers();
    const openedAt = new Date('2026-02-02T02:00:00Z');
    const closesAt = new Date('2026-02-09T10:00:00Z');
    // As an import or an older version would leave it: closed, answered, no summary_json.
    const cycle = h.db
      .insert(evaluationCycles)
      .values({
        teamId: TEAM,
        partnershipId: p.id,
        status: 'closed',
        openedBy: english.id,
        openedAt,
        closesAt,
        closedAt: closesAt,
        channelId: SHARED_CHANNEL,
        createdAt: openedAt,
        updatedAt: closesAt,
      })
      .returning()
      .get();
    for (const [userId, score] of [
      [manager1.id, 2],
      [manager2.id, 4],
    ] as const) {
      h.db
        .insert(evaluationInvitations)
        .values({ teamId: TEAM, cycleId: cycle.id, userId, unitId: null, invitedAt: openedAt })
        .run();
      h.db
        .insert(evaluationResponses)
        .values({
          teamId: TEAM,
          cycleId: cycle.id,
          userId,
          unitId: null,
          coordination: score,
          communication: score,
          collaboration: score,
          efficiency: score,
          satisfaction: score,
          trust: score,
          roleClarity: score,
          whatWorks: 'Rapat rutin',
          whatToImprove: null,
          createdAt: openedAt,
          updatedAt: openedAt,
        })
        .run();
    }

    const closed = listClosedCycles(h.db, { teamId: TEAM, partnershipId: p.id });
    expect(closed).toHaveLength(1);
    expect(closed[0]?.summaryJson).toMatchObject({ invitedCount: 2, respondedCount: 2, overallMean: 3 });
    expect(
      getPreviousSummary(h.db, { teamId: TEAM, partnershipId: p.id, beforeCycleId: cycle.id + 1 }),
    ).toMatchObject({ overallMean: 3 });

    const report = loadReport(h.mitra.services, { partnership: p, locale: 'id' });
    const body = JSON.stringify(report.blocks);
    expect(body).not.toContain('Belum ada evaluasi yang ditutup');
    expect(body).toContain('2 dari 2 pimpinan');
    expect(body).toContain('Rapat rutin');
  });
});
