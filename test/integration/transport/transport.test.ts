import { connect } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { interactivityForm } from '../../../sandbox/fake-slack/payloads.js';
import type { JsonObject } from '../../../sandbox/fake-slack/types.js';
import { roleAssignments } from '../../../src/db/schema/index.js';
import { startScheduler } from '../../../src/jobs/scheduler.js';
import { silentLogger } from '../../../src/logger.js';
import { dump } from '../../fuzz/db-dump.js';
import { createPartnership, createUnit } from '../../support/factories.js';
import { GoalsFlow, stateFrom } from '../../support/goals-flow.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';
import { waitFor } from '../../support/wait.js';

/** Log lines at warn and above, to check that a refused request logs exactly one. */
const lines: { level: number; msg: string }[] = [];
const logger = pino({ level: 'warn' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
const warnings = () => lines.filter((l) => l.level >= 40);

let now = new Date();
let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    logger,
    clock: () => now,
    serverLimits: { headersTimeoutMs: 1_000, requestTimeoutMs: 1_000, keepAliveTimeoutMs: 1_000 },
  });
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  lines.length = 0;
  now = new Date();
});

const team = { id: 'T0MITRA', domain: 'mitra' };
const user = (id: string) => ({ id, username: id, name: id, team_id: 'T0MITRA' });
const send = (payload: unknown) => h.fake.sendRaw(interactivityForm(payload as JsonObject));

/** Opens a modal with this callback_id for the user, as an older version of Mitra would have. */
async function openOldModal(userId: string, callbackId: string): Promise<string> {
  // A slash command Mitra does not know gives a fresh trigger and is only answered in the ack.
  const { triggerId } = await h.fake.sendSlashCommand({
    userId,
    text: '',
    command: '/lama',
    channelId: SHARED_CHANNEL,
  });
  const opened = await h.mitra.app.client.views.open({
    trigger_id: triggerId,
    view: {
      type: 'modal',
      callback_id: callbackId,
      private_metadata: '{"v":1}',
      title: { type: 'plain_text', text: 'Lama' },
      submit: { type: 'plain_text', text: 'Simpan' },
      blocks: [
        {
          type: 'input',
          block_id: 'x',
          label: { type: 'plain_text', text: 'X' },
          element: { type: 'plain_text_input', action_id: 'x' },
        },
      ],
    },
  });
  return opened.view?.id ?? '';
}

describe('interactions this version does not know', () => {
  it.each([
    [PEOPLE.coordinator.id, 'goal_modal_v0', 'versi Mitra yang lebih lama', '/mitra sasaran KODE'],
    [PEOPLE.english.id, 'schedule_modal_2024', 'older version of Mitra', '/mitra schedule CODE [test]'],
    [PEOPLE.english.id, 'something_else', 'older version of Mitra', '/mitra help'],
  ])(
    'a modal submitted by %s (%s) turns into a notice naming the command that opens today’s form',
    async (userId, callbackId, words, command) => {
      const viewId = await openOldModal(userId, callbackId);
      const result = await h.fake.sendViewSubmission({ userId, viewId });
      expect(result.status).toBe(200);
      expect(result.outcome).toEqual({ effect: 'updated' });
      const text = JSON.stringify(h.fake.view(viewId)?.blocks);
      expect(text).toContain(words);
      expect(text).toContain(command);
      expect(h.fake.view(viewId)?.submit ?? null).toBeNull();
    },
  );

  it.each([
    [PEOPLE.coordinator.id, 'Tombol ini berasal dari versi Mitra yang lebih lama', '/mitra progres KODE'],
    [PEOPLE.english.id, 'This button comes from an older version of Mitra', '/mitra progress CODE'],
  ])('a button on a message answers %s privately, in their language', async (userId, words, command) => {
    const message = h.fake.addMessage({
      channelId: SHARED_CHANNEL,
      userId: PEOPLE.admin.id,
      text: 'lama',
      blocks: [
        {
          type: 'actions',
          elements: [
            {
              type: 'button',
              action_id: 'progress_snooze_v0',
              text: { type: 'plain_text', text: 'Tunda' },
              value: '1',
            },
          ],
        },
      ],
    });
    const before = h.fake.responseUrlPosts().length;
    const result = await h.fake.sendBlockAction({
      userId,
      actionId: 'progress_snooze_v0',
      channelId: SHARED_CHANNEL,
      messageTs: message.ts,
    });
    expect(result.status).toBe(200);
    const post = await waitFor(() => h.fake.responseUrlPosts()[before], { what: 'the private answer' });
    expect(post.body.response_type).toBe('ephemeral');
    expect(String(post.body.text)).toContain(words);
    expect(String(post.body.text)).toContain(command);
  });

  it('an unknown global shortcut opens a small notice', async () => {
    const result = await h.fake.sendShortcut({ userId: PEOPLE.english.id, callbackId: 'mitra_old_shortcut' });
    expect(result.status).toBe(200);
    const view = await waitFor(() => h.fake.openViews(PEOPLE.english.id).at(-1), { what: 'the notice' });
    expect(JSON.stringify(view.blocks)).toContain('older version of Mitra');
  });

  it('an unknown slash command is answered in the acknowledgement', async () => {
    const result = await h.fake.sendSlashCommand({
      userId: PEOPLE.english.id,
      text: 'x',
      command: '/lama',
      channelId: SHARED_CHANNEL,
    });
    expect(result.status).toBe(200);
    expect(JSON.stringify(result.body)).toContain('/mitra help');
  });

  it('view_closed and block_suggestion are only acknowledged (suggestions with no options)', async () => {
    const viewId = await openOldModal(PEOPLE.coordinator.id, 'old_modal');
    const view = h.fake.view(viewId);
    const closed = await send({
      type: 'view_closed',
      user: user(PEOPLE.coordinator.id),
      team,
      view,
      is_cleared: false,
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toBe('');
    const suggestion = await send({
      type: 'block_suggestion',
      user: user(PEOPLE.coordinator.id),
      team,
      action_id: 'old_select',
      block_id: 'b',
      value: 'ab',
      view,
    });
    expect(suggestion.status).toBe(200);
    expect(suggestion.body).toEqual({ options: [] });
  });
});

describe('signed requests that are not what Slack sends', () => {
  const view = {
    id: 'V1',
    type: 'modal',
    team_id: 'T0MITRA',
    callback_id: 'unit_edit',
    private_metadata: '',
    blocks: [],
    state: { values: {} },
  };
  it.each<[string, unknown]>([
    ['a view_submission without user', { type: 'view_submission', team, view }],
    ['a view_submission without view', { type: 'view_submission', team, user: user(PEOPLE.admin.id) }],
    [
      'a view_submission whose state is not Slack’s',
      {
        type: 'view_submission',
        team,
        user: user(PEOPLE.admin.id),
        view: { ...view, state: { values: { a: 'b' } } },
      },
    ],
    ['block_actions without actions', { type: 'block_actions', team, user: user(PEOPLE.admin.id), view }],
    [
      'block_actions from nowhere (no view, no response_url)',
      {
        type: 'block_actions',
        team,
        user: user(PEOPLE.admin.id),
        actions: [{ type: 'button', action_id: 'partnership_open', value: '1' }],
      },
    ],
    [
      'a user id that is a number',
      { type: 'shortcut', team, user: { id: 5 }, callback_id: 'x', trigger_id: 't' },
    ],
    ['an unknown type', { type: 'dialog_submission', team, user: user(PEOPLE.admin.id) }],
  ])('%s is refused with 400 and one warning line', async (_name, payload) => {
    const result = await send(payload);
    expect(result.status).toBe(400);
    expect(warnings()).toHaveLength(1);
  });

  it.each([
    ['payload=null', 'application/x-www-form-urlencoded'],
    ['payload=%5B%5D', 'application/x-www-form-urlencoded'],
    ['payload=42', 'application/x-www-form-urlencoded'],
    ['null', 'application/json'],
    ['"text"', 'application/json'],
    [
      'command=%2Fmitra&text=a&text=b&user_id=U1&team_id=T1&channel_id=C1&trigger_id=t&response_url=http%3A%2F%2Fx',
      'application/x-www-form-urlencoded',
    ],
  ])('the body %s is refused with 400 and the app keeps serving', async (body, contentType) => {
    const result = await h.fake.sendRaw(body, { contentType });
    expect(result.status).toBe(400);
    expect((await fetch(`${h.appBaseUrl}/healthz`)).status).toBe(200);
  });

  it.each([
    ['ten minutes ahead', 10 * 60],
    ['a year ahead', 365 * 24 * 60 * 60],
    ['six minutes ago', -6 * 60],
  ])('a signed request dated %s is refused with 401', async (_name, offset) => {
    const result = await h.fake.sendRaw('command=%2Fmitra&text=bantuan', {
      timestamp: Math.floor(Date.now() / 1000) + offset,
    });
    expect(result.status).toBe(401);
  });

  // The receiver's guard is the only signature check (Bolt's own is off), so these must hold here.
  const command = `command=%2Fmitra&text=bantuan&user_id=${PEOPLE.admin.id}&team_id=T0MITRA&channel_id=${SHARED_CHANNEL}&trigger_id=t&response_url=http%3A%2F%2Fx`;
  /** Posts without any signature headers (the stand-in always signs what it sends). */
  const unsigned = (body: string) =>
    fetch(`${h.appBaseUrl}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
  it('an unsigned request is refused with 401', async () => {
    expect((await unsigned(command)).status).toBe(401);
  });

  it('a request with a wrong signature is refused with 401', async () => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const result = await h.fake.sendRaw(command, {
      headers: { 'x-slack-signature': `v0=${'0'.repeat(64)}`, 'x-slack-request-timestamp': timestamp },
    });
    expect(result.status).toBe(401);
  });

  it('an unsigned ssl_check gets an empty 200, and nothing smuggled along with it is handled', async () => {
    const result = await unsigned(`ssl_check=1&${command}`);
    expect(result.status).toBe(200);
    expect(await result.text()).toBe('');
  });
});

describe('payloads a listener cannot read', () => {
  const submission = (
    callbackId: string,
    privateMetadata: string,
    values: unknown,
    userId = PEOPLE.admin.id,
  ) => ({
    type: 'view_submission',
    team,
    user: user(userId),
    view: {
      id: 'VNOTOPEN',
      team_id: team.id,
      type: 'modal',
      callback_id: callbackId,
      private_metadata: privateMetadata,
      hash: 'h',
      blocks: [],
      state: { values },
    },
  });
  const input = (type: string, fields: Record<string, unknown>) => ({ x: { type, ...fields } });
  const unitValues = {
    unit_code: input('plain_text_input', { value: 'BARU' }),
    unit_name: input('plain_text_input', { value: 'Unit Baru' }),
  };

  it.each([
    [
      'unit_edit with a unitId that is not an integer',
      submission('unit_edit', '{"unitId":"abc"}', unitValues),
    ],
    ['unit_edit with a private_metadata that is not JSON', submission('unit_edit', '{"unitId":', unitValues)],
    [
      'goal_modal with the metadata [1,2]',
      submission('goal_modal', '[1,2]', { goal_title: input('plain_text_input', { value: 'Sasaran' }) }),
    ],
    [
      'evaluation_open_cycle with people where a time goes',
      submission('evaluation_open_cycle', '{"partnershipId":null}', {
        partnership: input('static_select', { selected_option: { value: '1' } }),
        closes_date: input('datepicker', { selected_date: '2030-01-01' }),
        closes_time: input('multi_users_select', { selected_users: [PEOPLE.coordinator.id] }),
      }),
    ],
    [
      'unit_pick_select on a modal whose private_metadata is not ours',
      {
        type: 'block_actions',
        team,
        user: user(PEOPLE.admin.id),
        trigger_id: 't',
        actions: [
          {
            type: 'static_select',
            action_id: 'unit_pick_select',
            block_id: 'unit_pick',
            selected_option: { text: { type: 'plain_text', text: 'x' }, value: '1' },
            action_ts: '1.2',
          },
        ],
        view: {
          id: 'VNOTOPEN',
          team_id: team.id,
          type: 'modal',
          callback_id: 'unit_edit',
          private_metadata: '{"partnershipId":3,"goalId":null,"assignmentId":null}',
          hash: 'h',
          blocks: [],
          state: { values: {} },
        },
      },
    ],
  ])('%s is answered, changes nothing and logs one warning line', async (_name, payload) => {
    const before = dump(h.db);
    const result = await send(payload);
    expect(result.status).toBe(200);
    await waitFor(() => warnings().length > 0);
    expect(dump(h.db)).toBe(before);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatchObject({ msg: 'refused interaction' });
    // Names only: nothing the person typed reaches the log.
    expect(JSON.stringify(warnings())).not.toContain('Unit Baru');
  });

  it('a form with a broken private_metadata turns into the notice for forms of an older version', async () => {
    const result = await send(submission('unit_edit', '{"unitId":"abc"}', unitValues));
    expect(result.body).toMatchObject({ response_action: 'update' });
    expect(JSON.stringify(result.body)).toContain('versi Mitra yang lebih lama');
  });
});

describe('state of an element Slack never sends', () => {
  const flow = () => new GoalsFlow(h);
  const rolesOf = (partnershipId: number) =>
    h.db.select().from(roleAssignments).where(eq(roleAssignments.partnershipId, partnershipId)).all();

  let made = 0;
  /** A role form, filled in as a person would, with the optional responsibilities replaced. */
  async function roleSubmission(responsibilities: Record<string, unknown> | undefined) {
    const unit = createUnit(h.db, { code: `ST${++made}`, name: 'Biro Uji' });
    const p = createPartnership(h.db, { unitIds: [unit.id] });
    const view = await flow().openWith(PEOPLE.coordinator.id, `peran ${p.code}`);
    const values = stateFrom(view, {
      role_person: PEOPLE.manager1.id,
      role_unit: String(unit.id),
      role_role: 'liaison',
      role_responsibilities: 'Menyiapkan data',
    });
    const blockId = Object.keys(values).find((id) => id.startsWith('role_responsibilities'));
    if (!blockId) throw new Error('the role form has no responsibilities field');
    if (responsibilities) values[blockId] = { a: responsibilities } as unknown as (typeof values)[string];
    return { p, viewId: view.id, values };
  }

  it.each([
    [
      'a datepicker in the optional responsibilities text field',
      { type: 'datepicker', selected_date: '2030-01-01' },
    ],
    ['a number where the optional responsibilities text goes', { type: 'plain_text_input', value: 42 }],
  ])('a role form with %s writes nothing and logs one warning line', async (_name, responsibilities) => {
    const { p, viewId, values } = await roleSubmission(responsibilities);
    lines.length = 0;
    const before = dump(h.db);
    const result = await h.fake.sendViewSubmission({ userId: PEOPLE.coordinator.id, viewId, values });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ response_action: 'update' });
    expect(JSON.stringify(result.body)).toContain('versi Mitra yang lebih lama');
    expect(dump(h.db)).toBe(before);
    expect(rolesOf(p.id).filter((r) => r.userId === PEOPLE.manager1.id)).toEqual([]);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatchObject({ msg: 'refused interaction', reason: 'state' });
  });

  it('the same form with the element Slack sends is saved', async () => {
    const { p, viewId, values } = await roleSubmission(undefined);
    const result = await h.fake.sendViewSubmission({ userId: PEOPLE.coordinator.id, viewId, values });
    expect(result.status).toBe(200);
    expect(rolesOf(p.id).filter((r) => r.userId === PEOPLE.manager1.id)).toHaveLength(1);
    expect(warnings()).toEqual([]);
  });
});

describe('slow clients', () => {
  /** Resolves when the server closes the socket, with what it wrote before closing. */
  function closedByServer(write: string): Promise<string> {
    const url = new URL(h.appBaseUrl);
    return new Promise((resolve, reject) => {
      let received = '';
      const socket = connect(Number(url.port), url.hostname, () => socket.write(write));
      socket.on('data', (chunk) => {
        received += String(chunk);
      });
      socket.on('close', () => resolve(received));
      socket.on('error', reject);
      setTimeout(() => {
        socket.destroy();
        reject(new Error('the server kept the stalled connection open'));
      }, 15_000).unref();
    });
  }

  it('a body that never finishes is cut off by the server', async () => {
    const answer = await closedByServer(
      'POST /slack/events HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"type":',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it('headers that never finish are cut off by the server', async () => {
    const answer = await closedByServer('POST /slack/events HTTP/1.1\r\nHost: x\r\n');
    expect(answer === '' || answer.startsWith('HTTP/1.1 408')).toBe(true);
  });
});

describe('GET /healthz', () => {
  it('answers 503 when the database cannot be written, and 200 again once it can', async () => {
    h.db.run(sql`PRAGMA query_only = ON`);
    try {
      const res = await fetch(`${h.appBaseUrl}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ ok: false, database: 'unwritable' });
    } finally {
      h.db.run(sql`PRAGMA query_only = OFF`);
    }
    expect((await fetch(`${h.appBaseUrl}/healthz`)).status).toBe(200);
  });

  it('says when the scheduler last ticked, and whether that was in the last two minutes', async () => {
    const scheduler = startScheduler({
      jobs: [],
      clock: () => now,
      logger: silentLogger(),
      health: h.mitra.health,
    });
    try {
      await scheduler.tick();
      const tickedAt = now.toISOString();
      const fresh = await (await fetch(`${h.appBaseUrl}/healthz`)).json();
      expect(fresh).toEqual({ ok: true, database: 'ok', scheduler: { lastTick: tickedAt, recent: true } });
      now = new Date(now.getTime() + 3 * 60 * 1000);
      const stale = await fetch(`${h.appBaseUrl}/healthz`);
      expect(stale.status).toBe(200);
      expect(await stale.json()).toEqual({
        ok: true,
        database: 'ok',
        scheduler: { lastTick: tickedAt, recent: false },
      });
    } finally {
      await scheduler.stop();
    }
  });
});
