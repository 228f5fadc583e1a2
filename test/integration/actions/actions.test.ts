import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SlackMessage } from '../../../sandbox/fake-slack/index.js';
import { createActionItems, getActionItem } from '../../../src/db/queries/action-items.js';
import {
  type ActionItem,
  actionItems,
  auditLog,
  type Partnership,
  partnerships,
} from '../../../src/db/schema/index.js';
import { manualClock } from '../../support/delivery.js';
import { createPartnership, createRole, createUnit, TEAM } from '../../support/factories.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';
import { waitFor } from '../../support/wait.js';

let h: Harness;
let p: Partnership;
let items: ActionItem[];
const clock = manualClock('2026-03-10T03:00:00Z');
const { coordinator, manager1, english } = PEOPLE;
const dmOf = (userId: string) => `D${userId.replace(/^[UW]/, '')}`;
const text = (m: SlackMessage | undefined) => JSON.stringify(m?.blocks ?? m?.text ?? '');

beforeEach(async () => {
  h = await startHarness({ clock: clock.clock });
  const a = createUnit(h.db, { code: 'BPS', name: 'Biro Perencanaan' });
  const b = createUnit(h.db, { code: 'BK', name: 'Biro Keuangan' });
  p = createPartnership(h.db, { unitIds: [a.id, b.id] });
  createRole(h.db, { partnershipId: p.id, unitId: b.id, userId: manager1.id, role: 'member' });
  createRole(h.db, { partnershipId: p.id, unitId: b.id, userId: english.id, role: 'member' });
  items = createActionItems(h.db, {
    teamId: TEAM,
    partnershipId: p.id,
    items: [
      { what: 'Kirim data realisasi', ownerUserId: manager1.id, ownerUnitId: b.id, dueDate: '2026-03-06' },
      { what: 'Draf nota kesepahaman', ownerUserId: english.id, ownerUnitId: b.id, dueDate: '2026-03-20' },
    ],
    origin: { source: 'notes' },
    actorId: coordinator.id,
    now: clock.clock(),
  });
});
afterEach(async () => {
  await h.close();
});

async function list(userId: string, words = 'tindak PK-1') {
  await h.fake.sendSlashCommand({ userId, text: words, channelId: SHARED_CHANNEL });
  return waitFor(() => h.fake.ephemerals(SHARED_CHANNEL, userId).at(-1), { what: 'the list' });
}

const first = () => items[0] as ActionItem;
/** The charter refresh and home publishing after a change have finished (they run after the ack). */
const settled = (homes: number) =>
  waitFor(() => h.fake.callsTo('views.publish').length >= homes, { what: 'the refresh after the change' });
const second = () => items[1] as ActionItem;

describe('/mitra tindak', () => {
  it('lists the open items with overdue marked, in Indonesian and English', async () => {
    const shown = await list(coordinator.id);
    expect(text(shown)).toContain('Tindak lanjut PK-1');
    expect(text(shown)).toContain('2 terbuka, 1 melewati tenggat');
    expect(text(shown)).toContain('Kirim data realisasi');
    expect(text(shown)).toContain('⚠️ melewati tenggat');
    const english_ = await list(english.id, 'actions PK-1');
    expect(text(english_)).toContain('2 open, 1 overdue');
    // Not the owner of the first item and not a coordinator: buttons only on their own.
    expect(text(english_)).toContain(`item_list:${second().id}`);
    expect(text(english_)).not.toContain(`item_list:${first().id}`);
  });

  it('lets the owner mark an item done from the list, with an audit row', async () => {
    const shown = await list(manager1.id);
    await h.fake.sendBlockAction({
      userId: manager1.id,
      actionId: 'action_item_done',
      blockId: `item_list:${first().id}`,
      channelId: SHARED_CHANNEL,
      messageTs: shown.ts,
    });
    await waitFor(() => getActionItem(h.db, { teamId: TEAM, id: first().id })?.status === 'done', {
      what: 'the item to be done',
    });
    const done = h.db.select().from(auditLog).where(eq(auditLog.action, 'action_item.done')).all();
    expect(done).toMatchObject([{ actorUserId: manager1.id, partnershipId: p.id }]);
    await waitFor(() => !text(h.fake.ephemerals(SHARED_CHANNEL, manager1.id).at(-1)).includes('Kirim data'), {
      what: 'the list to be redrawn without it',
    });
    await settled(1);
  });

  it('saves a note and an evidence link, refusing an address that is not http(s)', async () => {
    const shown = await list(english.id, 'actions PK-1');
    await h.fake.sendBlockAction({
      userId: english.id,
      actionId: 'action_item_note',
      blockId: `item_list:${second().id}`,
      channelId: SHARED_CHANNEL,
      messageTs: shown.ts,
    });
    const view = await waitFor(() => h.fake.openViews(english.id)[0], { what: 'the note modal' });
    const bad = await h.fake.sendViewSubmission({
      userId: english.id,
      viewId: view.id,
      values: {
        item_note: { item_note: { type: 'plain_text_input', value: 'Draft sent to legal' } },
        item_evidence: { item_evidence: { type: 'plain_text_input', value: 'javascript:alert(1)' } },
      },
    });
    expect(bad.responseAction).toBe('errors');
    expect(getActionItem(h.db, { teamId: TEAM, id: second().id })?.note).toBeNull();
    await h.fake.sendViewSubmission({
      userId: english.id,
      viewId: view.id,
      values: {
        item_evidence: {
          item_evidence: { type: 'plain_text_input', value: 'https://docs.example.go.id/mou' },
        },
      },
    });
    expect(getActionItem(h.db, { teamId: TEAM, id: second().id })).toMatchObject({
      note: 'Draft sent to legal',
      evidenceUrl: 'https://docs.example.go.id/mou',
    });
    await settled(1);
  });

  it('sends a request for a new due date to the coordinators, who approve it', async () => {
    const shown = await list(manager1.id);
    await h.fake.sendBlockAction({
      userId: manager1.id,
      actionId: 'action_item_new_date',
      blockId: `item_list:${first().id}`,
      channelId: SHARED_CHANNEL,
      messageTs: shown.ts,
    });
    const view = await waitFor(() => h.fake.openViews(manager1.id)[0], { what: 'the date modal' });
    const past = await h.fake.sendViewSubmission({
      userId: manager1.id,
      viewId: view.id,
      values: {
        item_date: { item_date: { type: 'datepicker', selected_date: '2026-03-01' } },
        item_reason: { item_reason: { type: 'plain_text_input', value: 'Menunggu data dari daerah' } },
      },
    });
    expect(past.responseAction).toBe('errors');
    await h.fake.sendViewSubmission({
      userId: manager1.id,
      viewId: view.id,
      values: { item_date: { item_date: { type: 'datepicker', selected_date: '2026-03-24' } } },
    });
    const request = await waitFor(
      () => h.fake.messages(dmOf(coordinator.id)).find((m) => m.text.includes('meminta tenggat baru')),
      { what: 'the request DM' },
    );
    expect(getActionItem(h.db, { teamId: TEAM, id: first().id })).toMatchObject({
      requestStatus: 'pending',
      requestedDueDate: '2026-03-24',
      dueDate: '2026-03-06',
    });
    await h.fake.sendBlockAction({
      userId: coordinator.id,
      actionId: 'action_item_approve_date',
      blockId: `item_request:${first().id}`,
      channelId: dmOf(coordinator.id),
      messageTs: request.ts,
    });
    await waitFor(() => getActionItem(h.db, { teamId: TEAM, id: first().id })?.dueDate === '2026-03-24', {
      what: 'the new due date',
    });
    await waitFor(
      () => h.fake.messages(dmOf(manager1.id)).some((m) => m.text.includes('menyetujui tenggat baru')),
      {
        what: 'the owner to be told',
      },
    );
    await settled(2);
  });
});

describe('the escalation setting', () => {
  it('is set by coordinators with /mitra tindak KODE eskalasi N, refused to others and for bad numbers', async () => {
    const refused = await list(manager1.id, 'tindak PK-1 eskalasi 3');
    expect(text(refused)).toContain('PK-1');
    expect(h.db.select().from(partnerships).where(eq(partnerships.id, p.id)).get()?.escalationWorkdays).toBe(
      5,
    );
    const bad = await list(coordinator.id, 'tindak PK-1 eskalasi 99');
    expect(bad.text).toContain('1–30');
    const set = await list(coordinator.id, 'tindak PK-1 eskalasi 3');
    expect(set.text).toContain('3 hari kerja');
    expect(h.db.select().from(partnerships).where(eq(partnerships.id, p.id)).get()?.escalationWorkdays).toBe(
      3,
    );
    expect(
      h.db.select().from(auditLog).where(eq(auditLog.action, 'partnership.escalation_workdays')).all(),
    ).toMatchObject([
      { actorUserId: coordinator.id, before: { escalationWorkdays: 5 }, after: { escalationWorkdays: 3 } },
    ]);
    const shown = await list(coordinator.id);
    expect(text(shown)).toContain('Eskalasi: setelah 3 hari kerja');
  });
});

describe('the message shortcut "Jadikan tindak lanjut"', () => {
  it('opens a modal pre-filled with the message and its link, and makes the item', async () => {
    const message = h.fake.addMessage({
      channelId: SHARED_CHANNEL,
      userId: manager1.id,
      text: 'Tolong siapkan rekap anggaran triwulan I sebelum rapat',
    });
    await h.fake.sendMessageShortcut({
      userId: coordinator.id,
      callbackId: 'action_item_from_message',
      channelId: SHARED_CHANNEL,
      messageTs: message.ts,
    });
    const view = await waitFor(() => h.fake.openViews(coordinator.id)[0], { what: 'the modal' });
    expect(JSON.stringify(view.blocks)).toContain('Tolong siapkan rekap anggaran triwulan I');
    expect(JSON.stringify(view.blocks)).toContain(`/archives/${SHARED_CHANNEL}/p`);
    const missing = await h.fake.sendViewSubmission({ userId: coordinator.id, viewId: view.id });
    expect(missing.responseAction).toBe('errors');
    await h.fake.sendViewSubmission({
      userId: coordinator.id,
      viewId: view.id,
      values: {
        item_owner: { item_owner: { type: 'users_select', selected_user: manager1.id } },
        item_due: { item_due: { type: 'datepicker', selected_date: '2026-03-13' } },
      },
    });
    const made = h.db.select().from(actionItems).where(eq(actionItems.source, 'message')).all();
    expect(made).toMatchObject([
      {
        what: 'Tolong siapkan rekap anggaran triwulan I sebelum rapat',
        ownerUserId: manager1.id,
        dueDate: '2026-03-13',
        createdBy: coordinator.id,
      },
    ]);
    expect(made[0]?.sourceLink).toContain('/archives/');
    // The owner's unit is the one where they hold a role.
    expect(made[0]?.ownerUnitId).toBe(first().ownerUnitId);
    await waitFor(
      () => h.fake.messages(dmOf(manager1.id)).some((m) => m.text.includes('menugaskan tindak lanjut')),
      {
        what: 'the owner DM',
      },
    );
    // The charter shows the counts.
    await waitFor(
      () => h.fake.messages(SHARED_CHANNEL).some((m) => text(m).includes('3 terbuka, 1 melewati tenggat')),
      {
        what: 'the charter counts',
      },
    );
    await settled(1);
  });

  it('tells someone outside a partnership channel why nothing opens', async () => {
    h.fake.addChannel({ id: 'C0OTHER', name: 'lain', members: [coordinator.id], botIsMember: true });
    const message = h.fake.addMessage({ channelId: 'C0OTHER', userId: coordinator.id, text: 'Halo' });
    const before = h.fake.responseUrlPosts().length;
    await h.fake.sendMessageShortcut({
      userId: coordinator.id,
      callbackId: 'action_item_from_message',
      channelId: 'C0OTHER',
      messageTs: message.ts,
    });
    await waitFor(() => h.fake.responseUrlPosts().length > before, { what: 'the answer' });
    expect(JSON.stringify(h.fake.responseUrlPosts().at(-1))).toContain('tidak berada di kanal bersama');
    expect(h.fake.openViews(coordinator.id)).toHaveLength(0);
  });
});

describe('App Home', () => {
  it('shows the person’s open items with their buttons', async () => {
    await h.fake.sendEvent({ type: 'app_home_opened', user: manager1.id, tab: 'home' });
    const home = await waitFor(() => h.fake.homeView(manager1.id), { what: 'the home' });
    expect(JSON.stringify(home.blocks)).toContain('Tindak lanjut Anda');
    expect(JSON.stringify(home.blocks)).toContain(`item_home:${first().id}`);
    await h.fake.sendBlockAction({
      userId: manager1.id,
      viewId: home.id,
      actionId: 'action_item_done',
      blockId: `item_home:${first().id}`,
    });
    await waitFor(
      () => !JSON.stringify(h.fake.homeView(manager1.id)?.blocks).includes('Kirim data realisasi'),
      {
        what: 'the home without the done item',
      },
    );
    expect(getActionItem(h.db, { teamId: TEAM, id: first().id })?.status).toBe('done');
  });
});

describe('a forged button', () => {
  /** A message someone crafted with the item buttons Mitra shows only to those who may use them. */
  function forged(itemId: number): string {
    const button = (actionId: string) => ({
      type: 'button' as const,
      action_id: actionId,
      value: String(itemId),
      text: { type: 'plain_text' as const, text: actionId },
    });
    return h.fake.addMessage({
      channelId: SHARED_CHANNEL,
      userId: PEOPLE.outsider.id,
      text: 'tombol palsu',
      blocks: [
        {
          type: 'actions' as const,
          block_id: `item_list:${itemId}`,
          elements: ['action_item_done', 'action_item_approve_date', 'action_item_reject_date'].map(button),
        },
      ],
    }).ts;
  }

  it('changes nothing for someone outside the partnership, nor for a member who does not own the item', async () => {
    const messageTs = forged(first().id);
    const before = h.db.select().from(auditLog).all().length;
    for (const userId of [PEOPLE.outsider.id, english.id]) {
      for (const actionId of ['action_item_done', 'action_item_approve_date', 'action_item_reject_date']) {
        const result = await h.fake.sendBlockAction({
          userId,
          actionId,
          channelId: SHARED_CHANNEL,
          messageTs,
        });
        expect(result.status).toBe(200);
      }
    }
    // The owner's own click still works afterwards: the refusals were not a broken handler.
    const item = getActionItem(h.db, { teamId: TEAM, id: first().id });
    expect([item?.status, item?.requestStatus ?? null]).toEqual(['open', null]);
    expect(h.db.select().from(auditLog).all().length).toBe(before);
    await h.fake.sendBlockAction({
      userId: manager1.id,
      actionId: 'action_item_done',
      channelId: SHARED_CHANNEL,
      messageTs,
    });
    await waitFor(() => getActionItem(h.db, { teamId: TEAM, id: first().id })?.status === 'done', {
      what: 'the owner’s click to count',
    });
  });
});
