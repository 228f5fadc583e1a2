import { WebClient } from '@slack/web-api';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, goals, progressUpdates } from '../../../src/db/schema/index.js';
import { createGoal, createPartnership, createRole } from '../../support/factories.js';
import { block, element, GoalsFlow, optionsOf, viewText } from '../../support/goals-flow.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';
import { waitFor } from '../../support/wait.js';

// 10 March 2026, 08:00 in Jakarta: goals due on 9 March are overdue.
const NOW = new Date('2026-03-10T01:00:00Z');

let h: Harness;
let flow: GoalsFlow;
beforeAll(async () => {
  h = await startHarness({ clock: () => NOW });
  flow = new GoalsFlow(h);
});
afterAll(async () => {
  await h.close();
});

const { coordinator, english, manager1, manager2, outsider } = PEOPLE;

const goalRow = (id: number) => h.db.select().from(goals).where(eq(goals.id, id)).get();
const updatesOf = (goalId: number) =>
  h.db.select().from(progressUpdates).where(eq(progressUpdates.goalId, goalId)).all();
const auditOf = (partnershipId: number) =>
  h.db.select().from(auditLog).where(eq(auditLog.partnershipId, partnershipId)).all();

describe('/mitra progres KODE', () => {
  it('shows each goal with its current value, target and status, pre-fills the chosen one, and records the update', async () => {
    const p = createPartnership(h.db);
    const budget = createGoal(h.db, {
      partnershipId: p.id,
      title: 'Realisasi anggaran',
      baseline: 0,
      target: 100,
      measureUnit: '%',
      currentValue: 40,
      status: 'on_track',
    });
    const late = createGoal(h.db, {
      partnershipId: p.id,
      title: 'Laporan triwulan',
      dueDate: '2026-03-09',
      status: 'at_risk',
    });

    const opened = await flow.openWith(coordinator.id, `progres ${p.code}`);
    expect(opened.title?.text).toBe('Pemutakhiran capaian');
    expect(optionsOf(opened, 'progress_goal')).toEqual([
      {
        text: 'Realisasi anggaran',
        value: String(budget.id),
        description: 'Realisasi 40 dari target 100% · Sesuai rencana',
      },
      {
        text: 'Laporan triwulan',
        value: String(late.id),
        description: 'Realisasi 0 dari target 100% · Berisiko, Melewati tenggat',
      },
    ]);

    const view = await flow.choose(coordinator.id, opened, 'progress_goal', String(budget.id));
    expect(element(view, 'progress_value').initial_value).toBe('40');
    expect((element(view, 'progress_status').initial_option as { value: string }).value).toBe('on_track');
    expect(viewText(view)).toContain(
      'Realisasi saat ini: *40* dari target *100%* (kemajuan 40% dari nilai awal 0%)',
    );

    const { result, errors } = await flow.submit(coordinator.id, view, {
      progress_value: '55,5',
      progress_status: 'at_risk',
      progress_note: 'Menunggu revisi DIPA',
    });
    expect(errors).toEqual({});
    expect(result.outcome.effect).toBe('updated'); // the form becomes the "saved" view
    expect(goalRow(budget.id)).toMatchObject({ currentValue: 55.5, status: 'at_risk' });
    expect(updatesOf(budget.id)).toEqual([
      expect.objectContaining({
        value: 55.5,
        status: 'at_risk',
        note: 'Menunggu revisi DIPA',
        userId: coordinator.id,
      }),
    ]);
    const [entry] = auditOf(p.id);
    expect(entry).toMatchObject({
      action: 'goal.progress',
      entityId: String(budget.id),
      actorUserId: coordinator.id,
    });
    expect(entry?.before).toEqual({ currentValue: 40, status: 'on_track' });
    expect(entry?.after).toMatchObject({ currentValue: 55.5, status: 'at_risk' });

    await waitFor(
      () =>
        h.fake
          .messages(SHARED_CHANNEL)
          .find(
            (m) =>
              m.thread_ts && m.text.includes('Pemutakhiran capaian *Realisasi anggaran*: 55,5% · Berisiko.'),
          ),
      { what: 'the progress notice in the charter thread' },
    );
  });

  it('shows an overdue goal as overdue once chosen', async () => {
    const p = createPartnership(h.db);
    createGoal(h.db, { partnershipId: p.id, title: 'Satu-satunya', dueDate: '2026-03-09' });
    const view = await flow.openWith(coordinator.id, `progres ${p.code}`);
    // A single goal is chosen already.
    expect(viewText(view)).toContain('Melewati tenggat');
    expect(element(view, 'progress_value').initial_value).toBeUndefined();
  });

  it('keeps the current value when only the status changes', async () => {
    const p = createPartnership(h.db);
    const goal = createGoal(h.db, { partnershipId: p.id, currentValue: 70 });
    const view = await flow.openWith(coordinator.id, `progres ${p.code}`);
    await flow.submit(coordinator.id, view, { progress_value: null, progress_status: 'done' });
    expect(goalRow(goal.id)).toMatchObject({ currentValue: 70, status: 'done' });
    expect(updatesOf(goal.id)[0]).toMatchObject({ value: null, status: 'done' });
  });

  it('speaks English to an English coordinator, with English status labels and errors', async () => {
    const p = createPartnership(h.db, { coordinatorId: english.id });
    const goal = createGoal(h.db, {
      partnershipId: p.id,
      title: 'Shorter queues',
      currentValue: 12.5,
      target: 10,
      baseline: 20,
      measureUnit: 'days',
    });
    const view = await flow.openWith(english.id, `progress ${p.code}`);
    expect(viewText(view)).toContain('Progress update');
    expect(optionsOf(view, 'progress_status').map((o) => o.text)).toEqual([
      'On track',
      'At risk',
      'Off track',
      'Done',
    ]);
    expect(element(view, 'progress_value').initial_value).toBe('12.5');
    expect(viewText(view)).toContain('(progress 75% from the baseline'); // from 20 down to 10 days, now at 12.5

    const { errors } = await flow.submit(english.id, view, {
      progress_value: 'ten',
      progress_note: 'x'.repeat(1001),
    });
    expect(errors).toEqual({
      progress_value: 'Enter a number, for example 75 or 12.5.',
      progress_note: 'At most 1000 characters.',
    });
    expect(goalRow(goal.id)?.currentValue).toBe(12.5);
  });
});

describe('the person in charge', () => {
  it('may record progress on their own goal only, and sees only theirs', async () => {
    const p = createPartnership(h.db);
    const theirs = createGoal(h.db, {
      partnershipId: p.id,
      title: 'Milik Budi',
      personInChargeId: manager1.id,
    });
    const other = createGoal(h.db, {
      partnershipId: p.id,
      title: 'Milik Rina',
      personInChargeId: manager2.id,
    });
    const view = await flow.openWith(manager1.id, `progres ${p.code}`);
    expect(optionsOf(view, 'progress_goal').map((o) => o.value)).toEqual([String(theirs.id)]);

    // A crafted submission naming the other goal is refused and changes nothing.
    const { errors } = await flow.submit(manager1.id, view, {
      progress_goal: String(other.id),
      progress_value: '99',
    });
    expect(errors.progress_goal).toBe(
      `Hanya koordinator kemitraan ${p.code}, admin, atau penanggung jawab sasaran yang dapat memutakhirkan capaiannya.`,
    );
    expect(updatesOf(other.id)).toHaveLength(0);

    const ok = await flow.submit(manager1.id, flow.top(manager1.id), {
      progress_goal: String(theirs.id),
      progress_value: '10',
    });
    expect(ok.errors).toEqual({});
    expect(goalRow(theirs.id)?.currentValue).toBe(10);
  });

  it('refuses a goal of another partnership named in crafted metadata and state', async () => {
    const mine = createPartnership(h.db);
    const theirs = createPartnership(h.db, { coordinatorId: manager2.id });
    createGoal(h.db, { partnershipId: mine.id });
    const foreign = createGoal(h.db, { partnershipId: theirs.id, currentValue: 1 });
    const view = await flow.openWith(coordinator.id, `progres ${mine.code}`);
    const { errors } = await flow.submit(coordinator.id, view, {
      progress_goal: String(foreign.id),
      progress_value: '50',
    });
    expect(errors.progress_goal).toBe(
      `Sasaran ini tidak ada di kemitraan ${mine.code}. Tutup formulir ini dan buka kembali.`,
    );

    const tampered = await flow.tamper(flow.top(coordinator.id), {
      partnershipId: theirs.id,
      goalId: foreign.id,
      assignmentId: null,
    });
    const again = await flow.submit(coordinator.id, tampered, {
      progress_goal: String(foreign.id),
      progress_value: '50',
    });
    expect(again.errors.progress_goal).toContain('Hanya koordinator');
    expect(goalRow(foreign.id)?.currentValue).toBe(1);
  });
});

describe('refusals', () => {
  it('refuses an outsider with a clear message and no modal', async () => {
    const p = createPartnership(h.db);
    createGoal(h.db, { partnershipId: p.id });
    expect(await flow.answerTo(outsider.id, `progres ${p.code}`)).toBe(
      `Hanya koordinator kemitraan ${p.code}, admin, atau penanggung jawab sasaran yang dapat memutakhirkan capaiannya.`,
    );
  });

  it('says when a partnership has no goals yet', async () => {
    const p = createPartnership(h.db);
    expect(await flow.answerTo(coordinator.id, `progres ${p.code}`)).toBe(
      `Kemitraan ${p.code} belum memiliki sasaran. Tambahkan dengan \`/mitra sasaran ${p.code}\`.`,
    );
  });

  it('says when the code does not exist, in English', async () => {
    expect(await flow.answerTo(english.id, 'progress XX-1')).toContain('Partnership `XX-1` was not found.');
  });
});

describe('/mitra progres without a code', () => {
  it('offers the partnerships where the user coordinates or is in charge of a goal', async () => {
    const coordinated = createPartnership(h.db, { coordinatorId: manager2.id });
    createGoal(h.db, { partnershipId: coordinated.id, title: 'Dikoordinasi' });
    const inCharge = createPartnership(h.db);
    createGoal(h.db, {
      partnershipId: inCharge.id,
      title: 'Tanggung jawab Rina',
      personInChargeId: manager2.id,
    });
    const memberOnly = createPartnership(h.db);
    createRole(h.db, {
      partnershipId: memberOnly.id,
      unitId: memberOnly.leadUnitId,
      userId: manager2.id,
      role: 'member',
    });

    const opened = await flow.openWith(manager2.id, 'progres');
    const offered = optionsOf(opened, 'partnership').map((o) => o.value);
    expect(offered).toEqual(expect.arrayContaining([String(coordinated.id), String(inCharge.id)]));
    expect(offered).not.toContain(String(memberOnly.id));
    expect(block(opened, 'progress_goal')).toBeUndefined();

    const view = await flow.choose(manager2.id, opened, 'partnership', String(inCharge.id));
    expect(optionsOf(view, 'progress_goal').map((o) => o.text)).toEqual(['Tanggung jawab Rina']);
    const { errors } = await flow.submit(manager2.id, view, { progress_value: '33' });
    expect(errors).toEqual({});
  });

  it('tells someone with nothing to update why, without a modal', async () => {
    expect(await flow.answerTo(outsider.id, 'progres')).toContain(
      'Tidak ada sasaran yang capaiannya dapat Anda mutakhirkan.',
    );
  });
});

describe('the goal_progress_open button', () => {
  function postButton(goalId: number) {
    return h.fake.addMessage({
      channelId: SHARED_CHANNEL,
      userId: 'U0MITRABOT',
      text: 'Pengingat progres',
      blocks: [
        {
          type: 'actions',
          block_id: 'reminder',
          elements: [
            {
              type: 'button',
              action_id: 'goal_progress_open',
              text: { type: 'plain_text', text: 'Perbarui' },
              value: String(goalId),
            },
          ],
        },
      ],
    });
  }

  it('opens the progress modal on that goal for its person in charge', async () => {
    const p = createPartnership(h.db);
    createGoal(h.db, { partnershipId: p.id, personInChargeId: manager1.id, title: 'Lain' });
    const goal = createGoal(h.db, {
      partnershipId: p.id,
      personInChargeId: manager1.id,
      title: 'Dari tombol',
      currentValue: 5,
    });
    const message = postButton(goal.id);
    const before = h.fake.callsTo('views.open').length;
    await h.fake.sendBlockAction({
      userId: manager1.id,
      actionId: 'goal_progress_open',
      channelId: SHARED_CHANNEL,
      messageTs: message.ts,
    });
    await waitFor(() => h.fake.callsTo('views.open').length > before, { what: 'the progress modal' });
    const view = flow.top(manager1.id);
    expect((element(view, 'progress_goal').initial_option as { value: string }).value).toBe(String(goal.id));
    expect(element(view, 'progress_value').initial_value).toBe('5');
    await flow.submit(manager1.id, view, { progress_value: '6' });
    expect(goalRow(goal.id)?.currentValue).toBe(6);
  });

  it('answers someone who may not update it privately, without a modal', async () => {
    const p = createPartnership(h.db);
    const goal = createGoal(h.db, { partnershipId: p.id });
    const message = postButton(goal.id);
    const opens = h.fake.callsTo('views.open').length;
    const before = h.fake.ephemerals(SHARED_CHANNEL, outsider.id).length;
    await h.fake.sendBlockAction({
      userId: outsider.id,
      actionId: 'goal_progress_open',
      channelId: SHARED_CHANNEL,
      messageTs: message.ts,
    });
    const answer = await waitFor(() => h.fake.ephemerals(SHARED_CHANNEL, outsider.id)[before], {
      what: 'a private answer',
    });
    expect(answer.text).toContain(`Hanya koordinator kemitraan ${p.code}`);
    expect(h.fake.callsTo('views.open').length).toBe(opens);
  });

  it('answers in a DM when the button was on App Home, which has no channel', async () => {
    const p = createPartnership(h.db);
    const goal = createGoal(h.db, { partnershipId: p.id });
    const client = new WebClient(h.fake.botToken, { slackApiUrl: h.fake.apiUrl });
    const home = await client.views.publish({
      user_id: outsider.id,
      view: {
        type: 'home',
        blocks: [
          {
            type: 'actions',
            elements: [
              {
                type: 'button',
                action_id: 'goal_progress_open',
                text: { type: 'plain_text', text: 'Perbarui' },
                value: String(goal.id),
              },
            ],
          },
        ],
      },
    });
    const before = h.fake.callsTo('chat.postMessage').length;
    await h.fake.sendBlockAction({
      userId: outsider.id,
      actionId: 'goal_progress_open',
      viewId: String(home.view?.id),
    });
    const dm = await waitFor(
      () =>
        h.fake
          .callsTo('chat.postMessage')
          .slice(before)
          .find((c) => String(c.args.text).includes(p.code)),
      { what: 'a DM' },
    );
    expect(h.fake.channel(String(dm.args.channel))?.imUser).toBe(outsider.id);
  });

  it('says the goal is gone when the button names a goal that does not exist', async () => {
    const message = postButton(987654);
    const before = h.fake.ephemerals(SHARED_CHANNEL, english.id).length;
    await h.fake.sendBlockAction({
      userId: english.id,
      actionId: 'goal_progress_open',
      channelId: SHARED_CHANNEL,
      messageTs: message.ts,
    });
    const answer = await waitFor(() => h.fake.ephemerals(SHARED_CHANNEL, english.id)[before], {
      what: 'a private answer',
    });
    expect(answer.text).toBe('This goal could not be found; it may have been deleted.');
  });
});

describe('a value the indicator cannot take', () => {
  it('refuses a negative count or percentage on its field, in the user’s language, saving nothing', async () => {
    const p = createPartnership(h.db, { coordinatorId: english.id });
    const goal = createGoal(h.db, {
      partnershipId: p.id,
      title: 'Dokumen',
      baseline: 0,
      target: 10,
      currentValue: 2,
    });
    const view = await flow.openWith(english.id, `progress ${p.code}`);
    const { errors } = await flow.submit(english.id, view, { progress_value: '-5' });
    expect(errors).toEqual({ progress_value: 'This indicator cannot be negative. Enter 0 or more.' });
    expect(goalRow(goal.id)?.currentValue).toBe(2);
    expect(updatesOf(goal.id)).toHaveLength(0);
  });

  it('accepts a negative value where the indicator’s own baseline or target is negative', async () => {
    const p = createPartnership(h.db);
    const goal = createGoal(h.db, {
      partnershipId: p.id,
      title: 'Selisih kas',
      baseline: -20,
      target: 0,
      currentValue: -20,
    });
    const view = await flow.openWith(coordinator.id, `progres ${p.code}`);
    expect((await flow.submit(coordinator.id, view, { progress_value: '-8' })).errors).toEqual({});
    expect(goalRow(goal.id)?.currentValue).toBe(-8);
  });
});
