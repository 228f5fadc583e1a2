/**
 * Slack keeps what an app posted, and the modals people have open, across deployments: the move
 * into feature folders must not strand them. The fixtures in test/fixtures/old-layout were built
 * by the builders of the layout before the move (commit 281131d, with the ids the test creates
 * here): a reminder and an evaluation prompt in the channel, a goal modal with the old `name.rev`
 * block ids and a schedule modal with the old `name~g` ones. Their buttons are clicked and their
 * forms submitted against today's app.
 */
import { readFileSync } from 'node:fs';
import { WebClient } from '@slack/web-api';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvaluationCycle } from '../../../src/db/queries/evaluations.js';
import { goals, schedules } from '../../../src/db/schema/index.js';
import { ALL_IDS } from '../../support/all-ids.js';
import { createGoal, createPartnership, createUnit, TEAM } from '../../support/factories.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';
import { waitFor } from '../../support/wait.js';

type Json = Record<string, unknown>;
type Block = Json & { block_id?: string; type: string; element?: Json & { action_id?: string } };

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/old-layout/${name}.json`, import.meta.url), 'utf8'));

const NOW = new Date('2026-03-02T02:00:00Z');
let h: Harness;
let client: WebClient;

beforeAll(async () => {
  h = await startHarness({ clock: () => NOW });
  client = new WebClient('xoxb-test', { slackApiUrl: h.fake.apiUrl });
  // The ids the fixtures were built with: the first rows of a fresh database.
  const unitA = createUnit(h.db);
  const unitB = createUnit(h.db);
  const partnership = createPartnership(h.db, { unitIds: [unitA.id, unitB.id] });
  const goal = createGoal(h.db, {
    partnershipId: partnership.id,
    ownerUnitId: unitA.id,
    title: 'Sasaran lama',
  });
  const cycle = createEvaluationCycle(h.db, {
    teamId: TEAM,
    partnershipId: partnership.id,
    scheduleId: null,
    openedBy: PEOPLE.coordinator.id,
    openedAt: NOW,
    closesAt: new Date(NOW.getTime() + 7 * 86_400_000),
    remindAt: null,
    channelId: SHARED_CHANNEL,
    invitations: [{ userId: PEOPLE.manager1.id, unitId: unitA.id }],
  });
  expect([unitA.id, unitB.id, partnership.id, goal.id, cycle?.id]).toEqual([1, 2, 1, 1, 1]);
});

afterAll(async () => {
  await h.close();
});

/** Posts an old message in the shared channel, as the app posted it before the move. */
function postOld(name: string): string {
  const message = fixture(name) as { text: string; blocks: Block[] };
  return h.fake.addMessage({ channelId: SHARED_CHANNEL, userId: 'UMITRABOT', ...message }).ts;
}

/** Opens today's modal with a command, then swaps in the old layout's view, as if opened before the move. */
async function openOldModal(userId: string, command: string, name: string) {
  const old = fixture(name) as Json & { blocks: Block[]; callback_id: string };
  for (const view of h.fake.openViews(userId)) {
    await h.fake.sendViewClosed({ userId, viewId: view.id, isCleared: true });
  }
  await h.fake.sendSlashCommand({ userId, text: command, channelId: SHARED_CHANNEL });
  const opened = await waitFor(() => h.fake.openViews(userId).find((v) => v.callback_id === old.callback_id));
  await client.views.update({ view_id: opened.id, view: old as never });
  return { viewId: opened.id, blocks: old.blocks };
}

const viewText = (viewId: string) => JSON.stringify(h.fake.view(viewId)?.blocks);

/** The state value Slack would send for a plain text input of the old view. */
function typed(blocks: Block[], blockId: string, value: string) {
  const block = blocks.find((b) => b.block_id === blockId);
  const actionId = block?.element?.action_id;
  if (!actionId) throw new Error(`no input ${blockId} in the old view`);
  return { [blockId]: { [actionId]: { type: 'plain_text_input', value } } };
}

describe('ids that Slack holds', () => {
  it('keeps every action_id, block_id and callback_id of the layout before the move', () => {
    const now = new Set(ALL_IDS);
    const before = fixture('ids') as string[];
    expect(before.filter((id) => !now.has(id))).toEqual([]);
  });
});

describe('a message posted by the layout before the move', () => {
  it('opens the progress modal from a reminder’s goal button', async () => {
    const messageTs = postOld('reminder');
    await h.fake.sendBlockAction({
      userId: PEOPLE.coordinator.id,
      actionId: 'goal_progress_open',
      channelId: SHARED_CHANNEL,
      messageTs,
    });
    const view = await waitFor(() =>
      h.fake.openViews(PEOPLE.coordinator.id).find((v) => v.callback_id === 'progress_modal'),
    );
    expect(JSON.stringify(view.blocks)).toContain('Sasaran lama');
    await h.fake.sendViewClosed({ userId: PEOPLE.coordinator.id, viewId: view.id, isCleared: true });
  });

  it('shows the partnership from a reminder’s “open” button', async () => {
    const messageTs = postOld('reminder');
    const before = h.fake.responseUrlPosts().length + h.fake.ephemerals(SHARED_CHANNEL).length;
    const result = await h.fake.sendBlockAction({
      userId: PEOPLE.coordinator.id,
      actionId: 'partnership_open',
      channelId: SHARED_CHANNEL,
      messageTs,
    });
    expect(result.status).toBe(200);
    await waitFor(() => h.fake.responseUrlPosts().length + h.fake.ephemerals(SHARED_CHANNEL).length > before);
    const answers = JSON.stringify([...h.fake.responseUrlPosts(), ...h.fake.ephemerals(SHARED_CHANNEL)]);
    expect(answers).toContain('PK-1');
  });

  it('opens the survey from an evaluation prompt', async () => {
    const messageTs = postOld('prompt');
    await h.fake.sendBlockAction({
      userId: PEOPLE.manager1.id,
      actionId: 'evaluation_survey_open',
      channelId: SHARED_CHANNEL,
      messageTs,
    });
    const view = await waitFor(() =>
      h.fake.openViews(PEOPLE.manager1.id).find((v) => v.callback_id === 'evaluation_survey'),
    );
    expect(JSON.stringify(view.blocks)).toContain('PK-1');
  });
});

describe('a modal opened by the layout before the move', () => {
  it('saves a goal from the old goal modal, whose block ids carry `.revision`', async () => {
    const { viewId, blocks } = await openOldModal(PEOPLE.coordinator.id, 'sasaran PK-1', 'goal-modal');
    expect(blocks.some((b) => b.block_id === 'goal_title.1-1')).toBe(true);
    const result = await h.fake.sendViewSubmission({
      userId: PEOPLE.coordinator.id,
      viewId,
      values: {
        // The person had chosen goal 1 in the old modal: Slack's state says so.
        goal_choice: {
          goal_choice_select: {
            type: 'static_select',
            selected_option: { text: { type: 'plain_text', text: 'Sasaran lama' }, value: '1' },
          },
        },
        ...typed(blocks, 'goal_title.1-1', 'Sasaran dari formulir lama'),
      },
    });
    expect(result.responseAction).toBe('update');
    expect(viewText(viewId)).toContain('telah diperbarui');
    const saved = h.db.select().from(goals).where(eq(goals.id, 1)).get();
    expect(saved?.title).toBe('Sasaran dari formulir lama');
  });

  it('saves a schedule from the old schedule modal, whose block ids carry `~generation`', async () => {
    const { viewId, blocks } = await openOldModal(PEOPLE.coordinator.id, 'jadwal PK-1', 'schedule-modal');
    expect(blocks.some((b) => b.block_id === 'kind~1')).toBe(true);
    const result = await h.fake.sendViewSubmission({ userId: PEOPLE.coordinator.id, viewId });
    expect(result.responseAction).toBe('update');
    const saved = h.db
      .select()
      .from(schedules)
      .where(and(eq(schedules.teamId, TEAM), eq(schedules.partnershipId, 1)))
      .all();
    expect(saved.map((s) => [s.kind, s.cadence, s.weekdays, s.timeOfDay])).toEqual([
      ['checkin', 'weekly', [1], '09:00'],
    ]);
  });
});
