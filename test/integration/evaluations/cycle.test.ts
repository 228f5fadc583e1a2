import type { AnyBlock } from '@slack/types';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  FakeView,
  JsonObject,
  SelectedOption,
  SlackMessage,
  ViewStateValue,
  ViewStateValues,
} from '../../../sandbox/fake-slack/index.js';
import { createApp } from '../../../src/app.js';
import { openDatabase } from '../../../src/db/client.js';
import {
  auditLog,
  evaluationCycles,
  evaluationInvitations,
  evaluationResponses,
  type Partnership,
} from '../../../src/db/schema/index.js';
import { evaluationJobs } from '../../../src/jobs/evaluations.js';
import type { Job } from '../../../src/jobs/scheduler.js';
import { silentLogger } from '../../../src/logger.js';
import { createPartnership, createRole, createSchedule, createUnit, TEAM } from '../../support/factories.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';
import { waitFor } from '../../support/wait.js';

// Monday 2 March 2026, 10.00 WIB. The app's clock is moved by the tests; Slack's is the real one.
let now = new Date('2026-03-02T03:00:00Z');
let h: Harness;
let partnership: Partnership;
let jobs: Job[];
const { coordinator, manager1, manager2, manager3, outsider, admin, english } = PEOPLE;

const dmOf = (userId: string) => `D${userId.replace(/^[UW]/, '')}`;
const job = (name: string) => {
  const found = jobs.find((j) => j.name === name);
  if (!found) throw new Error(`no job ${name}`);
  return found;
};

beforeAll(async () => {
  h = await startHarness({ clock: () => now });
  const unitA = createUnit(h.db, { name: 'Biro Perencanaan' });
  const unitB = createUnit(h.db, { name: 'Biro Keuangan' });
  partnership = createPartnership(h.db, { unitIds: [unitA.id, unitB.id], name: 'Perencanaan–Keuangan' });
  createRole(h.db, { partnershipId: partnership.id, unitId: unitA.id, userId: manager1.id, role: 'manager' });
  createRole(h.db, { partnershipId: partnership.id, unitId: unitB.id, userId: manager2.id, role: 'manager' });
  createRole(h.db, { partnershipId: partnership.id, unitId: unitB.id, userId: manager3.id, role: 'manager' });
  createRole(h.db, {
    partnershipId: partnership.id,
    unitId: unitA.id,
    userId: english.id,
    role: 'coordinator',
  });
  jobs = evaluationJobs(h.mitra.services, h.mitra.app.client, { claimant: 'process-a' });
});
afterAll(async () => {
  await h.close();
});

/** Sends `/mitra <text>` and returns the private answer, if one comes. */
async function mitra(userId: string, text: string, channelId: string = SHARED_CHANNEL) {
  const sent = await h.fake.sendSlashCommand({ userId, text, channelId });
  const post = await waitFor(() => h.fake.answersTo(sent.responseUrl)[0], {
    what: `an answer to /mitra ${text}`,
  });
  const body = post.body as { text?: string; blocks?: unknown[] };
  return `${body.text ?? ''} ${JSON.stringify(body.blocks ?? [])}`;
}

/** `/mitra ekspor`: its first answer (in the ack) says the export is coming; the second, what came. */
async function exportAnswers(userId: string, text: string): Promise<[string, string]> {
  const sent = await h.fake.sendSlashCommand({ userId, text, channelId: SHARED_CHANNEL });
  const posts = await waitFor(
    () => {
      const answered = h.fake.answersTo(sent.responseUrl);
      return answered.length >= 2 ? answered : undefined;
    },
    { what: `two answers to /mitra ${text}` },
  );
  const [first, second] = posts.map((post) => {
    const body = post.body as { text?: string; blocks?: unknown[] };
    return `${body.text ?? ''} ${JSON.stringify(body.blocks ?? [])}`;
  });
  return [first ?? '', second ?? ''];
}

/** Waits for a new top modal of the user (a different view id than before). */
async function nextModal(userId: string, previousId?: string): Promise<FakeView> {
  return waitFor(
    () => {
      const top = h.fake.openViews(userId).at(-1);
      return top && top.id !== previousId ? top : undefined;
    },
    { what: `a modal for ${userId}` },
  );
}

interface InputElement {
  type: string;
  action_id: string;
  initial_date?: string;
  initial_time?: string;
  initial_option?: SelectedOption;
  initial_users?: string[];
  initial_value?: string;
}

/** The state Slack would send for a modal as it was opened (its initial values), with overrides. */
function stateFrom(view: FakeView, overrides: ViewStateValues = {}): ViewStateValues {
  const values: ViewStateValues = {};
  // Only the initial values of input elements are read; the fake stores blocks as Slack sent them.
  for (const block of view.blocks as Array<AnyBlock & { element?: InputElement; block_id?: string }>) {
    if (block.type !== 'input' || !block.element || !block.block_id) continue;
    const el = block.element;
    const actionId = el.action_id;
    const value: ViewStateValue = { type: el.type };
    if (el.initial_date) value.selected_date = el.initial_date;
    if (el.initial_time) value.selected_time = el.initial_time;
    if (el.initial_option) value.selected_option = el.initial_option;
    if (el.initial_users) value.selected_users = el.initial_users;
    if (el.initial_value) value.value = el.initial_value;
    if (Object.keys(value).length > 1) values[block.block_id] = { [actionId]: value };
  }
  return { ...values, ...overrides };
}

const radio = (value: string): Record<string, ViewStateValue> => ({
  score: { type: 'radio_buttons', selected_option: { text: { type: 'plain_text', text: value }, value } },
});
const text = (value: string): Record<string, ViewStateValue> => ({
  text: { type: 'plain_text_input', value },
});

/** Seven scores and two texts, as a manager would fill the survey in. */
function answers(scores: number[], works: string, improve: string): ViewStateValues {
  const dims = [
    'coordination',
    'communication',
    'collaboration',
    'efficiency',
    'satisfaction',
    'trust',
    'roleClarity',
  ];
  return {
    ...Object.fromEntries(dims.map((d, i) => [`score_${d}`, radio(String(scores[i]))])),
    what_works: text(works),
    what_to_improve: text(improve),
  };
}

const cycleRow = () =>
  h.db.select().from(evaluationCycles).where(eq(evaluationCycles.partnershipId, partnership.id)).all().at(-1);
const messagesIn = (channel: string): SlackMessage[] => h.fake.messages(channel);
const findButton = (message: SlackMessage | undefined) =>
  JSON.stringify(message?.blocks ?? []).includes('"action_id":"evaluation_survey_open"');

async function clickSurveyButton(userId: string, channelId: string, messageTs: string): Promise<FakeView> {
  const before = h.fake.openViews(userId).at(-1)?.id;
  await h.fake.sendBlockAction({ userId, actionId: 'evaluation_survey_open', channelId, messageTs });
  return nextModal(userId, before);
}

describe('an evaluation cycle from opening to summary', () => {
  let cycleId: number;
  let leftOpen: FakeView;

  it('refuses a manager who tries to open a cycle, and says none is running', async () => {
    const answer = await mitra(manager1.id, `evaluasi ${partnership.code}`);
    expect(answer).toContain('Tidak ada evaluasi yang sedang berjalan');
    expect(h.db.select().from(evaluationCycles).all()).toHaveLength(0);
  });

  it('opens the modal for a coordinator with every manager already chosen', async () => {
    await h.fake.sendSlashCommand({
      userId: coordinator.id,
      text: `evaluasi ${partnership.code}`,
      channelId: SHARED_CHANNEL,
    });
    const modal = await nextModal(coordinator.id);
    expect(modal.title?.text).toBe('Buka evaluasi');
    const managers = modal.blocks.find((b) => b.block_id === 'managers') as {
      element: { initial_users: string[] };
    };
    expect(managers.element.initial_users.sort()).toEqual([manager1.id, manager2.id, manager3.id]);
    // A week from today at 17.00 WIB, a reminder one day before.
    const state = stateFrom(modal);
    expect(state.closes_date?.date?.selected_date).toBe('2026-03-09');
    expect(state.closes_time?.time?.selected_time).toBe('17:00');
    expect(state.remind_lead?.lead?.selected_option?.value).toBe('1d');
  });

  it('refuses someone who is not a manager in the invitation list, with a field error', async () => {
    const modal = await nextModal(coordinator.id);
    const result = await h.fake.sendViewSubmission({
      userId: coordinator.id,
      viewId: modal.id,
      values: stateFrom(modal, {
        managers: { users: { type: 'multi_users_select', selected_users: [manager1.id, outsider.id] } },
      }),
    });
    expect(result.responseAction).toBe('errors');
    const error = h.fake.openViews(coordinator.id).at(-1)?.errors?.managers ?? '';
    expect(error).toContain('/mitra peran');
    // Field errors are plain text: the person is named, and no mention or backtick shows raw.
    expect(error).toContain(outsider.realName);
    expect(error).not.toContain('<@');
    expect(error).not.toContain('`');
    expect(h.db.select().from(evaluationCycles).all()).toHaveLength(0);
  });

  it('stores the cycle, posts the prompt in the channel and DMs each manager in their language', async () => {
    const modal = await nextModal(coordinator.id);
    const result = await h.fake.sendViewSubmission({
      userId: coordinator.id,
      viewId: modal.id,
      values: stateFrom(modal),
    });
    expect(result.outcome.effect).toBe('closed');
    const cycle = await waitFor(() => (cycleRow()?.promptTs ? cycleRow() : undefined), {
      what: 'the cycle and its prompt',
    });
    cycleId = cycle.id;
    expect(cycle.status).toBe('open');
    expect(cycle.closesAt.toISOString()).toBe('2026-03-09T10:00:00.000Z');
    expect(cycle.remindAt?.toISOString()).toBe('2026-03-08T10:00:00.000Z');

    const invitations = h.db
      .select()
      .from(evaluationInvitations)
      .where(eq(evaluationInvitations.cycleId, cycleId))
      .all();
    expect(invitations.map((i) => i.userId).sort()).toEqual([manager1.id, manager2.id, manager3.id]);
    expect(invitations.every((i) => i.unitId !== null)).toBe(true);

    const prompt = messagesIn(SHARED_CHANNEL).find((m) => m.ts === cycle.promptTs);
    expect(prompt?.text).toContain(`Evaluasi kemitraan ${partnership.code} dibuka`);
    expect(JSON.stringify(prompt?.blocks)).toContain(`"value":"${cycleId}"`);
    expect(findButton(prompt)).toBe(true);

    await waitFor(
      () =>
        h.db
          .select()
          .from(evaluationInvitations)
          .all()
          .every((i) => i.dmTs),
      { what: 'the DMs' },
    );
    expect(messagesIn(dmOf(manager1.id)).at(-1)?.text).toContain('Anda diundang');
    expect(messagesIn(dmOf(manager3.id)).at(-1)?.text).toContain('You are invited');
    expect(findButton(messagesIn(dmOf(manager3.id)).at(-1))).toBe(true);
    // The coordinator hears that it worked.
    await waitFor(
      () => messagesIn(dmOf(coordinator.id)).some((m) => m.text.includes('3 pimpinan diundang')),
      {
        what: "the coordinator's confirmation",
      },
    );
  });

  it('tells a coordinator who tries to open a second cycle how the running one is doing', async () => {
    const answer = await mitra(english.id, `evaluate ${partnership.code}`);
    expect(answer).toContain('0 of 3 unit heads have answered (0%)');
  });

  it('opens the survey from the DM button and saves the answers of the first manager', async () => {
    const dm = messagesIn(dmOf(manager1.id)).at(-1);
    const survey = await clickSurveyButton(manager1.id, dmOf(manager1.id), dm?.ts ?? '');
    expect(survey.title?.text).toBe('Survei evaluasi');
    expect(survey.blocks.length).toBeLessThanOrEqual(100);
    expect(JSON.stringify(survey.blocks)).toContain('1 — Sangat kurang');
    expect(JSON.stringify(survey.blocks)).toContain('5 — Sangat baik');

    const result = await h.fake.sendViewSubmission({
      userId: manager1.id,
      viewId: survey.id,
      values: answers([4, 2, 4, 3, 4, 5, 3], 'Rapat mingguan rutin', 'Jadwal rapat sering berubah'),
    });
    expect(result.responseAction).toBe('update');
    expect(JSON.stringify(h.fake.openViews(manager1.id).at(-1)?.blocks)).toContain('telah disimpan');
    const saved = h.db
      .select()
      .from(evaluationResponses)
      .where(eq(evaluationResponses.userId, manager1.id))
      .get();
    expect(saved).toMatchObject({
      coordination: 4,
      communication: 2,
      trust: 5,
      whatToImprove: 'Jadwal rapat sering berubah',
    });
    expect(saved?.unitId).not.toBeNull();
  });

  it('opens the survey with the command for the second manager', async () => {
    await h.fake.sendSlashCommand({
      userId: manager2.id,
      text: `evaluasi ${partnership.code}`,
      channelId: SHARED_CHANNEL,
    });
    const modal = await nextModal(manager2.id);
    await h.fake.sendViewSubmission({
      userId: manager2.id,
      viewId: modal.id,
      values: answers([3, 2, 3, 3, 4, 4, 2], '', '=HYPERLINK("http://x") laporan keuangan terlambat'),
    });
    expect(h.db.select().from(evaluationResponses).all()).toHaveLength(2);
  });

  it('shows the first manager their answers again and saves the change in the same row', async () => {
    const dm = messagesIn(dmOf(manager1.id)).at(-1);
    const modal = await clickSurveyButton(manager1.id, dmOf(manager1.id), dm?.ts ?? '');
    const prefilled = stateFrom(modal);
    expect(prefilled.score_communication?.score?.selected_option?.value).toBe('2');
    expect(prefilled.what_to_improve?.text?.value).toBe('Jadwal rapat sering berubah');
    expect(JSON.stringify(modal.blocks)).toContain('Anda sudah menjawab');

    await h.fake.sendViewSubmission({
      userId: manager1.id,
      viewId: modal.id,
      values: { ...prefilled, score_communication: radio('3') },
    });
    const rows = h.db
      .select()
      .from(evaluationResponses)
      .where(eq(evaluationResponses.userId, manager1.id))
      .all();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.communication).toBe(3);
    const audits = h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'evaluation_response'), eq(auditLog.actorUserId, manager1.id)))
      .all();
    expect(audits.map((a) => a.action)).toEqual(['evaluation.response.submit', 'evaluation.response.update']);
    // The audit says who answered and which answers changed, never the scores or the words:
    // identified answers live only in evaluation_responses.
    expect(audits.map((a) => [a.before, a.after])).toEqual([
      [
        null,
        {
          cycleId: rows[0]?.cycleId,
          changed: [
            'coordination',
            'communication',
            'collaboration',
            'efficiency',
            'satisfaction',
            'trust',
            'roleClarity',
            'whatWorks',
            'whatToImprove',
          ],
        },
      ],
      [null, { cycleId: rows[0]?.cycleId, changed: ['communication'] }],
    ]);
    expect(JSON.stringify(h.db.select().from(auditLog).all())).not.toContain('Jadwal rapat sering berubah');
  });

  it('refuses an outsider who clicks the channel button, and saves nothing', async () => {
    const prompt = messagesIn(SHARED_CHANNEL).find((m) => m.ts === cycleRow()?.promptTs);
    const modal = await clickSurveyButton(outsider.id, SHARED_CHANNEL, prompt?.ts ?? '');
    expect(JSON.stringify(modal.blocks)).toContain('Anda tidak diundang');
    expect(modal.submit).toBeNull();
  });

  it('refuses crafted answers: a score outside 1–5 and a missing score become field errors', async () => {
    const dm = messagesIn(dmOf(manager3.id)).at(-1);
    const modal = await clickSurveyButton(manager3.id, dmOf(manager3.id), dm?.ts ?? '');
    expect(modal.title?.text).toBe('Evaluation survey');
    const crafted = answers([4, 4, 4, 4, 4, 4, 4], '', '');
    crafted.score_trust = radio('9');
    delete crafted.score_efficiency;
    const result = await h.fake.sendViewSubmission({
      userId: manager3.id,
      viewId: modal.id,
      values: crafted,
    });
    expect(result.responseAction).toBe('errors');
    const errors = h.fake.openViews(manager3.id).at(-1)?.errors ?? {};
    expect(errors.score_trust).toBe('Choose a score from 1 to 5.');
    expect(errors.score_efficiency).toBe('Choose a score from 1 to 5.');
    expect(
      h.db.select().from(evaluationResponses).where(eq(evaluationResponses.userId, manager3.id)).all(),
    ).toHaveLength(0);
    // Manager 3 closes the modal without answering.
    await h.fake.sendViewClosed({ userId: manager3.id, viewId: modal.id });
  });

  it('refuses a submission whose metadata names a cycle the user is not invited to', async () => {
    const foreign = h.db
      .insert(evaluationCycles)
      .values({
        teamId: 'T0OTHER',
        partnershipId: partnership.id,
        openedBy: 'UX',
        openedAt: now,
        closesAt: new Date(now.getTime() + 86_400_000),
        channelId: 'C0OTHER',
      })
      .returning()
      .get();
    const dm = messagesIn(dmOf(manager1.id)).at(-1);
    const modal = await clickSurveyButton(manager1.id, dmOf(manager1.id), dm?.ts ?? '');
    const view = {
      ...h.fake.view(modal.id),
      private_metadata: JSON.stringify({ cycleId: foreign.id }),
    } as JsonObject;
    view.state = { values: answers([1, 1, 1, 1, 1, 1, 1], '', 'diretas') };
    const payload = {
      type: 'view_submission',
      team: { id: TEAM, domain: 'mitra' },
      user: { id: manager1.id, team_id: TEAM, name: manager1.name },
      api_app_id: 'A0MITRA',
      token: 'x',
      trigger_id: '1.2.3',
      view,
    };
    const res = await h.fake.sendRaw(new URLSearchParams({ payload: JSON.stringify(payload) }).toString());
    expect(JSON.stringify(res.body)).toContain('Evaluasi ini tidak ditemukan');
    expect(
      h.db.select().from(evaluationResponses).where(eq(evaluationResponses.cycleId, foreign.id)).all(),
    ).toHaveLength(0);
    const mine = h.db
      .select()
      .from(evaluationResponses)
      .where(eq(evaluationResponses.userId, manager1.id))
      .get();
    expect(mine?.coordination).toBe(4);
    h.db.delete(evaluationCycles).where(eq(evaluationCycles.id, foreign.id)).run();
  });

  it('reminds only the manager who has not answered, once, in their language', async () => {
    h.fake.clearCalls();
    await job('evaluation-reminders').run({ now: new Date('2026-03-08T09:59:00Z') });
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);

    await job('evaluation-reminders').run({ now: new Date('2026-03-08T10:00:00Z') });
    await job('evaluation-reminders').run({ now: new Date('2026-03-08T10:05:00Z') });
    const posts = h.fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.args.channel).toBe(dmOf(manager3.id));
    expect(String(posts[0]?.args.text)).toContain('Reminder: the evaluation of partnership');
    expect(cycleRow()?.remindedAt).not.toBeNull();
  });

  it('closes once and posts one summary even when two processes run the close job together', async () => {
    // A second app process on the same database file, with its own claimant name.
    const second = openDatabase(h.databasePath);
    const other = createApp({ config: h.config, db: second.db, logger: silentLogger(), clock: () => now });
    const otherJobs = evaluationJobs(other.services, other.app.client, { claimant: 'process-b' });
    const close = (list: Job[]) => list.find((j) => j.name === 'evaluation-close')?.run({ now: closeTime });
    const closeTime = new Date('2026-03-09T10:01:00Z');

    // Manager 2 opens the survey again and leaves it open over the closing time.
    await h.fake.sendSlashCommand({
      userId: manager2.id,
      text: `evaluasi ${partnership.code}`,
      channelId: SHARED_CHANNEL,
    });
    leftOpen = await nextModal(manager2.id, h.fake.openViews(manager2.id).at(-1)?.id);

    // Not yet: a minute before closing nothing happens.
    await job('evaluation-close').run({ now: new Date('2026-03-09T09:59:00Z') });
    expect(cycleRow()?.status).toBe('open');

    now = closeTime;
    await Promise.all([close(jobs), close(otherJobs), close(jobs)]);
    await close(otherJobs);
    second.close();

    const cycle = cycleRow();
    expect(cycle?.status).toBe('closed');
    const summaries = messagesIn(SHARED_CHANNEL).filter((m) => m.text.startsWith('Hasil evaluasi kemitraan'));
    expect(summaries).toHaveLength(1);
    expect(summaries[0]?.ts).toBe(cycle?.summaryTs);
    const body = JSON.stringify(summaries[0]?.blocks);
    expect(body).toContain('2 dari 3 pimpinan (67%)');
    expect(body).toContain('Komunikasi');
    expect(body).toContain(`/mitra jadwal ${partnership.code}`); // communication is the weakest
    expect(body).toContain('Jadwal rapat sering berubah');
    expect(body).not.toContain(manager1.id);
    expect(body).toContain('Hanya 2 jawaban');
    expect(body).toContain('Rincian per unit tidak ditampilkan');

    const prompt = messagesIn(SHARED_CHANNEL).find((m) => m.ts === cycle?.promptTs);
    expect(prompt?.text).toContain('telah ditutup');
    expect(findButton(prompt)).toBe(false);
  });

  it('refuses answers after the close: a new survey and a submission of a modal left open', async () => {
    const dm = messagesIn(dmOf(manager3.id)).at(-1);
    const modal = await clickSurveyButton(manager3.id, dmOf(manager3.id), dm?.ts ?? '');
    expect(JSON.stringify(modal.blocks)).toContain('has closed');

    const result = await h.fake.sendViewSubmission({
      userId: manager2.id,
      viewId: leftOpen.id,
      values: answers([1, 1, 1, 1, 1, 1, 1], '', 'terlambat'),
    });
    expect(result.responseAction).toBe('update');
    expect(JSON.stringify(h.fake.openViews(manager2.id).at(-1)?.blocks)).toContain('sudah ditutup');
    const rows = h.db.select().from(evaluationResponses).all();
    expect(rows).toHaveLength(2);
    expect(rows.some((r) => r.whatToImprove === 'terlambat')).toBe(false);
  });

  it('reports the latest summary to anyone who can see the partnership, in their language', async () => {
    const id = await mitra(manager2.id, `laporan ${partnership.code}`);
    expect(id).toContain('Laporan evaluasi');
    expect(id).toContain('Tingkat respons');
    const en = await mitra(english.id, `report ${partnership.code}`);
    expect(en).toContain('Evaluation report');
    expect(en).toContain('Needs attention');
    const outside = await mitra(outsider.id, `laporan ${partnership.code}`);
    expect(outside).toContain('tidak memiliki akses');
  });

  it('shows the trend once a second cycle has closed', async () => {
    const { openEvaluationCycle } = await import('../../../src/slack/features/evaluations/flow.js');
    const opened = await openEvaluationCycle(h.mitra.services, h.mitra.app.client, {
      teamId: TEAM,
      partnershipId: partnership.id,
      openedBy: coordinator.id,
      closesAt: new Date('2026-03-20T10:00:00Z'),
      invitedUserIds: [manager1.id, manager2.id],
    });
    expect(opened.ok).toBe(true);
    for (const user of [manager1, manager2]) {
      const dm = messagesIn(dmOf(user.id)).at(-1);
      const modal = await clickSurveyButton(user.id, dmOf(user.id), dm?.ts ?? '');
      await h.fake.sendViewSubmission({
        userId: user.id,
        viewId: modal.id,
        values: answers([5, 4, 4, 4, 4, 5, 4], 'ok', ''),
      });
    }
    now = new Date('2026-03-20T10:00:00Z');
    await job('evaluation-close').run({ now });
    const answer = await mitra(coordinator.id, `laporan ${partnership.code}`);
    expect(answer).toContain('Tren 2 evaluasi');
    expect(answer).toMatch(/↑ Komunikasi: 2,5 → 4,0/);
  });
});

describe('exports', () => {
  it('sends a coordinator the CSV files in their DM, aggregates only, with a BOM', async () => {
    createSchedule(h.db, { partnershipId: partnership.id });
    const before = h.fake.files().length;
    const [preparing, answer] = await exportAnswers(coordinator.id, `ekspor ${partnership.code}`);
    expect(preparing).toContain(`Sedang menyiapkan ekspor ${partnership.code}`);
    expect(answer).toContain('angka gabungan saja');
    // Charts of earlier answers (PNG) may still be on their way; the export is CSV.
    const files = h.fake
      .files()
      .slice(before)
      .filter((f) => f.name.endsWith('.csv'));
    expect(files.map((f) => f.name).sort()).toEqual(
      ['evaluasi', 'jadwal', 'peran', 'sasaran'].map((n) => `${partnership.code}-${n}.csv`),
    );
    for (const file of files) {
      expect(file.channel).toBe(dmOf(coordinator.id));
      expect([...file.content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
    const evaluations = files.find((f) => f.name.endsWith('evaluasi.csv'))?.content.toString('utf8') ?? '';
    // `;`-separated for Excel with Indonesian regional settings (decimal comma).
    expect(evaluations).toContain('Kode kemitraan;Evaluasi ke-');
    expect(evaluations).toContain('"2,5"');
    expect(evaluations).not.toContain(manager1.id);
    const schedules = files.find((f) => f.name.endsWith('jadwal.csv'))?.content.toString('utf8') ?? '';
    expect(schedules).toContain(';#kemitraan-perencanaan-keuangan;');
    expect(schedules).not.toContain(SHARED_CHANNEL);
    // The date in the DM's comment is the long form used elsewhere, not 20/03/2026.
    expect(files[0]?.initialComment).toMatch(/\d{1,2} \p{L}+ 2026/u);
    expect(files[0]?.initialComment).not.toMatch(/\d\d\/\d\d\/\d{4}/);
  });

  it('gives an admin the individual answers too, neutralised against formulas, and says so', async () => {
    const before = h.fake.files().length;
    const [, answer] = await exportAnswers(admin.id, `ekspor ${partnership.code}`);
    expect(answer).toContain('jawaban perorangan');
    // Charts of earlier answers (PNG) may still be on their way; the export is CSV.
    const files = h.fake
      .files()
      .slice(before)
      .filter((f) => f.name.endsWith('.csv'));
    const answersFile = files.find((f) => f.name.endsWith('jawaban-evaluasi.csv'));
    expect(answersFile?.channel).toBe(dmOf(admin.id));
    const content = answersFile?.content.toString('utf8') ?? '';
    expect(content).toContain(manager1.id);
    expect(content).toContain(`"'=HYPERLINK(""http://x"") laporan keuangan terlambat"`);
  });

  it('writes English headers for an English coordinator and refuses a manager', async () => {
    const before = h.fake.files().length;
    const [preparing] = await exportAnswers(english.id, `export ${partnership.code}`);
    expect(preparing).toContain(`Preparing the export of ${partnership.code}`);
    const goals = h.fake
      .files()
      .slice(before)
      .find((f) => f.name.endsWith('-goals.csv'));
    expect(goals?.content.toString('utf8')).toContain('Partnership code,Title,Indicator');
    const refused = await mitra(manager1.id, `ekspor ${partnership.code}`);
    expect(refused).toContain('Hanya koordinator');
    // An export changes nothing: the refusal says what is refused.
    expect(refused).toContain('mengekspor');
    expect(refused).not.toContain('perubahan');
  });
});

describe('a partnership without managers', () => {
  it('points the coordinator to /mitra peran with a field error and opens nothing', async () => {
    const bare = createPartnership(h.db, { name: 'Tanpa pimpinan' });
    await h.fake.sendSlashCommand({
      userId: coordinator.id,
      text: `evaluasi ${bare.code}`,
      channelId: SHARED_CHANNEL,
    });
    const modal = await nextModal(coordinator.id);
    const result = await h.fake.sendViewSubmission({
      userId: coordinator.id,
      viewId: modal.id,
      values: stateFrom(modal),
    });
    expect(result.responseAction).toBe('errors');
    expect(h.fake.openViews(coordinator.id).at(-1)?.errors?.managers).toContain(`/mitra peran ${bare.code}`);
    expect(
      h.db.select().from(evaluationCycles).where(eq(evaluationCycles.partnershipId, bare.id)).all(),
    ).toHaveLength(0);
  });
});
