import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeActionItem } from '../../../src/db/queries/action-items.js';
import { upsertResponse } from '../../../src/db/queries/evaluation-responses.js';
import { actionItems, type Partnership } from '../../../src/db/schema/index.js';
import { closeDueCycles, SUMMARY_EVENT_TYPE } from '../../../src/jobs/evaluation-close.js';
import { openEvaluationCycle } from '../../../src/slack/features/evaluations/flow.js';
import { manualClock } from '../../support/delivery.js';
import { createPartnership, createRole, createUnit, TEAM } from '../../support/factories.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';
import { waitFor } from '../../support/wait.js';

let h: Harness;
let p: Partnership;
const clock = manualClock('2026-03-02T03:00:00Z');
const { coordinator, manager1, manager2 } = PEOPLE;

const scores = (low: number) => ({
  coordination: 4,
  communication: low,
  collaboration: 4,
  efficiency: 4,
  satisfaction: 4,
  trust: low,
  roleClarity: 5,
});

beforeEach(async () => {
  clock.set('2026-03-02T03:00:00Z');
  h = await startHarness({ clock: clock.clock });
  const a = createUnit(h.db, { code: 'BPS', name: 'Biro Perencanaan' }).id;
  const b = createUnit(h.db, { code: 'BK', name: 'Biro Keuangan' }).id;
  p = createPartnership(h.db, { unitIds: [a, b] });
  createRole(h.db, { partnershipId: p.id, unitId: a, userId: manager1.id, role: 'manager' });
  createRole(h.db, { partnershipId: p.id, unitId: b, userId: manager2.id, role: 'manager' });
});
afterEach(async () => {
  await h.close();
});

async function cycle(opens: string, closes: string, low: number) {
  clock.set(opens);
  const opened = await openEvaluationCycle(h.mitra.services, h.mitra.app.client, {
    teamId: TEAM,
    partnershipId: p.id,
    openedBy: coordinator.id,
    closesAt: new Date(closes),
  });
  const cycleId = opened.ok ? opened.cycleId : 0;
  for (const userId of [manager1.id, manager2.id]) {
    upsertResponse(h.db, {
      teamId: TEAM,
      cycleId,
      partnershipId: p.id,
      userId,
      unitId: null,
      scores: scores(low),
      whatWorks: null,
      whatToImprove: null,
      now: clock.clock(),
    });
  }
  clock.set(closes);
  await closeDueCycles(h.mitra.services, h.mitra.app.client, { now: new Date(closes), claimant: 'test' });
  const summary = await waitFor(
    () =>
      h.fake
        .messages(SHARED_CHANNEL)
        .find(
          (m) =>
            m.metadata?.event_type === SUMMARY_EVENT_TYPE && m.metadata.event_payload.cycle_id === cycleId,
        ),
    { what: 'the summary' },
  );
  return { cycleId, summary };
}

describe('closing the improvement loop', () => {
  it('turns a weak dimension into an action item, and the next summary reports what became of it', async () => {
    const first = await cycle('2026-03-02T03:00:00Z', '2026-03-09T10:00:00Z', 2);
    const blocks = JSON.stringify(first.summary.blocks);
    expect(blocks).toContain('Jadikan tindak lanjut: Komunikasi');
    await h.fake.sendBlockAction({
      userId: coordinator.id,
      actionId: 'action_item_from_evaluation:communication',
      channelId: SHARED_CHANNEL,
      messageTs: first.summary.ts,
    });
    const view = await waitFor(() => h.fake.openViews(coordinator.id)[0], { what: 'the modal' });
    expect(JSON.stringify(view.blocks)).toContain('Komunikasi: ');
    await h.fake.sendViewSubmission({
      userId: coordinator.id,
      viewId: view.id,
      values: {
        item_owner: { item_owner: { type: 'users_select', selected_user: manager1.id } },
        item_due: { item_due: { type: 'datepicker', selected_date: '2026-03-20' } },
      },
    });
    const [item] = h.db.select().from(actionItems).where(eq(actionItems.source, 'evaluation')).all();
    expect(item).toMatchObject({
      cycleId: first.cycleId,
      dimension: 'communication',
      ownerUserId: manager1.id,
    });
    changeActionItem(h.db, {
      teamId: TEAM,
      id: item?.id ?? 0,
      change: { kind: 'done' },
      actorId: manager1.id,
      now: clock.clock(),
    });
    await waitFor(() => h.fake.callsTo('views.publish').length >= 1, { what: 'the refresh' });

    const second = await cycle('2026-04-06T03:00:00Z', '2026-04-13T10:00:00Z', 3);
    const text = JSON.stringify(second.summary.blocks);
    expect(text).toContain('tindak lanjut siklus lalu: 1 selesai, 0 terbuka (0 melewati tenggat)');
  });
});
