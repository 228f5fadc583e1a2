/**
 * The quarter-end prompt (schedule kind `realisation`) run by the scheduler's own job with a clock
 * the test moves: outside a quarter's last week nothing is asked; in it, each goal's person in
 * charge gets one DM (however often the schedule runs); in the next quarter's first week only the
 * goals still missing their realisation are asked again; the button opens the progress modal on
 * the quarter asked about, and what is saved lands in that quarter.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViewStateValue } from '../../../sandbox/fake-slack/index.js';
import { goals, progressUpdates, type Schedule, schedules } from '../../../src/db/schema/index.js';
import { deliveriesOf, manualClock, reminderJob } from '../../support/delivery.js';
import { createGoal, createPartnership, createRole } from '../../support/factories.js';
import { element, GoalsFlow } from '../../support/goals-flow.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';
import { addQuarterUpdate, addTargets, dmOf } from '../../support/reports-flow.js';
import { waitFor } from '../../support/wait.js';

const { manager1, manager3 } = PEOPLE;
const time = manualClock('2026-09-15T01:00:00Z');
let h: Harness;
let flow: GoalsFlow;
let schedule: Schedule;
let budget: number;
let review: number;

beforeAll(async () => {
  h = await startHarness({ clock: time.clock });
  flow = new GoalsFlow(h);
  const p = createPartnership(h.db);
  createRole(h.db, { partnershipId: p.id, unitId: p.leadUnitId, userId: manager1.id, role: 'member' });
  createRole(h.db, { partnershipId: p.id, unitId: p.leadUnitId, userId: manager3.id, role: 'member' });
  budget = createGoal(h.db, {
    partnershipId: p.id,
    title: 'Penyerapan anggaran',
    personInChargeId: manager1.id,
    currentValue: 40,
  }).id;
  addTargets(h.db, budget, [{ year: 2026, quarter: 3, value: 70 }]);
  review = createGoal(h.db, { partnershipId: p.id, title: 'Waktu reviu', personInChargeId: manager3.id }).id;
  createGoal(h.db, { partnershipId: p.id, title: 'Tanpa penanggung jawab' });
  // The review's Q3 figure is already in.
  addQuarterUpdate(h.db, {
    goalId: review,
    year: 2026,
    quarter: 3,
    value: 4,
    at: new Date('2026-09-01T02:00:00Z'),
  });
  // The coordinator adds the schedule through `/mitra jadwal`, as anyone would.
  await h.fake.sendSlashCommand({
    userId: PEOPLE.coordinator.id,
    text: `jadwal ${p.code}`,
    channelId: SHARED_CHANNEL,
  });
  const modal = await waitFor(() => h.fake.openViews(PEOPLE.coordinator.id)[0], {
    what: 'the schedule modal',
  });
  expect(JSON.stringify(modal.blocks)).toContain('Permintaan realisasi akhir triwulan');
  const pick = (actionId: string, value: string): Record<string, ViewStateValue> => ({
    [actionId]: {
      type: 'static_select',
      selected_option: { text: { type: 'plain_text', text: value }, value },
    },
  });
  await h.fake.sendViewSubmission({
    userId: PEOPLE.coordinator.id,
    viewId: modal.id,
    values: {
      kind: pick('kind_select', 'realisation'),
      cadence: pick('schedule_cadence_input', 'workdays'),
      timeOfDay: { schedule_cadence_input: { type: 'timepicker', selected_time: '09:00' } },
      timeZone: pick('schedule_cadence_input', 'Asia/Jakarta'),
      channel: { channel_select: { type: 'conversations_select', selected_conversation: SHARED_CHANNEL } },
      options: {
        schedule_cadence_input: {
          type: 'checkboxes',
          selected_options: [{ text: { type: 'plain_text', text: 'active' }, value: 'active' }],
        },
      },
    },
  });
  const saved = h.db.select().from(schedules).where(eq(schedules.partnershipId, p.id)).get();
  if (!saved) throw new Error('the schedule was not saved');
  expect(saved).toMatchObject({ kind: 'realisation', cadence: 'workdays', timeOfDay: '09:00' });
  schedule = saved;
});
afterAll(async () => {
  await h.close();
});

const prompts = (userId: string) =>
  h.fake.messages(dmOf(userId)).filter((m) => m.metadata?.event_type === 'mitra_realisation_prompt');

async function runAt(iso: string) {
  time.set(iso);
  await reminderJob(h).run({ now: new Date(iso) });
}

describe('the quarter-end realisation prompt', () => {
  it('asks nothing outside the quarter’s last week', async () => {
    await runAt('2026-09-15T02:00:30Z');
    expect(deliveriesOf(h.db, schedule.id)).toMatchObject([
      { status: 'skipped', skipReason: 'outside_quarter_end' },
    ]);
    expect(prompts(manager1.id)).toHaveLength(0);
  });

  it('in the last week asks each goal’s person in charge once, in their language, with the quarter’s target', async () => {
    await runAt('2026-09-24T02:00:30Z');
    expect(deliveriesOf(h.db, schedule.id).at(-1)).toMatchObject({ status: 'sent' });
    const [asked] = prompts(manager1.id);
    expect(prompts(manager1.id)).toHaveLength(1);
    expect(asked?.text).toContain(
      'Mohon isi realisasi *Triwulan III 2026* untuk sasaran *Penyerapan anggaran*',
    );
    expect(asked?.text).toContain('Target Triwulan III 2026: *70%*');
    expect(asked?.metadata?.event_payload).toMatchObject({
      goal_id: budget,
      year: 2026,
      quarter: 3,
      round: 'closing',
    });
    expect(prompts(manager3.id)[0]?.text).toContain('Please record the actual for *Quarter III of 2026*');
    // The next workday of the same week: the DMs are there already, none is sent twice.
    await runAt('2026-09-25T02:00:30Z');
    expect(deliveriesOf(h.db, schedule.id).at(-1)).toMatchObject({ status: 'sent' });
    expect(prompts(manager1.id)).toHaveLength(1);
    expect(prompts(manager3.id)).toHaveLength(1);
  });

  it('in the next quarter’s first week asks again only where the realisation is still missing', async () => {
    await runAt('2026-10-01T02:00:30Z');
    expect(prompts(manager1.id)).toHaveLength(2);
    expect(prompts(manager1.id)[1]?.text).toContain('belum diisi');
    expect(prompts(manager3.id)).toHaveLength(1);
  });

  it('opens the progress modal on the quarter asked about, and saves the realisation into it', async () => {
    const dm = prompts(manager1.id)[1];
    await h.fake.sendBlockAction({
      userId: manager1.id,
      channelId: dmOf(manager1.id),
      messageTs: dm?.ts ?? '',
      actionId: 'progress_quarter_open',
    });
    const view = await waitFor(() => h.fake.openViews(manager1.id).at(-1), { what: 'the progress modal' });
    expect(element(view, 'progress_quarter').initial_option).toMatchObject({ value: '2026-3' });
    expect(element(view, 'progress_goal').initial_option).toMatchObject({ value: String(budget) });
    // The current quarter's value (40) is not a Q3 figure: the field starts empty.
    expect(element(view, 'progress_value').initial_value).toBeUndefined();
    const { errors } = await flow.submit(manager1.id, view, {
      progress_value: '66,5',
      progress_obstacles: 'Revisi DIPA',
    });
    expect(errors).toEqual({});
    const saved = h.db.select().from(progressUpdates).where(eq(progressUpdates.goalId, budget)).all();
    expect(saved).toMatchObject([{ value: 66.5, year: 2026, quarter: 3, obstacles: 'Revisi DIPA' }]);
    // A past quarter's figure does not become the goal's current value.
    expect(h.db.select().from(goals).where(eq(goals.id, budget)).get()?.currentValue).toBe(40);
  });

  it('has nothing left to ask once every realisation is in', async () => {
    await runAt('2026-10-02T02:00:30Z');
    expect(deliveriesOf(h.db, schedule.id).at(-1)).toMatchObject({
      status: 'skipped',
      skipReason: 'nothing_to_ask',
    });
    expect(prompts(manager1.id)).toHaveLength(2);
  });
});
