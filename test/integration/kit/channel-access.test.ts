/**
 * A channel chosen for a partnership or a schedule must be one the person can see and, when it is
 * private, one Mitra is in. Slack's picker enforces that; a forged submission must not get past it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeView, ViewStateValue } from '../../../sandbox/fake-slack/index.js';
import { partnerships, schedules } from '../../../src/db/schema/index.js';
import { createPartnership, createUnit } from '../../support/factories.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';
import { blockIdOf, formValues, openModal } from '../../support/partnerships.js';
import { waitFor } from '../../support/wait.js';

const SECRET = 'G0SECRET';
const HIDDEN = 'G0HIDDEN';
let h: Harness;
let unitIds: string[];
beforeAll(async () => {
  h = await startHarness();
  // Mitra and the coordinator are in SECRET; the outsider is not. Mitra is not in HIDDEN.
  h.fake.addChannel({
    id: SECRET,
    name: 'rahasia',
    isPrivate: true,
    botIsMember: true,
    members: [PEOPLE.coordinator.id],
  });
  h.fake.addChannel({
    id: HIDDEN,
    name: 'tersembunyi',
    isPrivate: true,
    botIsMember: false,
    members: [PEOPLE.outsider.id],
  });
  unitIds = [createUnit(h.db, { code: 'REN' }).id, createUnit(h.db, { code: 'KEU' }).id].map(String);
});
afterAll(async () => {
  await h.close();
});

const everything = () => ({
  partnerships: h.db.select().from(partnerships).all().length,
  schedules: h.db.select().from(schedules).all().length,
  posts: h.fake.callsTo('chat.postMessage').length,
  secretMessages: h.fake.messages(SECRET).length,
});

async function submitPartnership(userId: string, channel: string) {
  const view = await openModal(h, userId, 'baru');
  const result = await h.fake.sendViewSubmission({
    userId,
    viewId: view.id,
    values: formValues(view, {
      name: 'Kemitraan uji kanal',
      purpose: 'Menguji kanal',
      units: unitIds,
      lead_unit: unitIds[0] ?? null,
      channel,
    }),
  });
  return { view, result, error: h.fake.view(view.id)?.errors?.[blockIdOf(view, 'channel')] };
}

describe('the channel of a new partnership', () => {
  it('refuses a private channel the person is not in, on the field, storing and posting nothing', async () => {
    const before = everything();
    const { result, error } = await submitPartnership(PEOPLE.outsider.id, SECRET);
    expect(result.status).toBe(200);
    expect(result.responseAction).toBe('errors');
    expect(error).toBe('Anda bukan anggota kanal privat ini. Pilih kanal tempat Anda menjadi anggota.');
    expect(everything()).toEqual(before);
  });

  it('refuses, in English, a private channel Mitra is not in and asks to invite it', async () => {
    h.fake.addMember(HIDDEN, PEOPLE.english.id);
    const before = everything();
    const { error } = await submitPartnership(PEOPLE.english.id, HIDDEN);
    expect(error).toContain('Mitra cannot see this channel');
    expect(error).toContain('/invite @Mitra');
    expect(everything()).toEqual(before);
  });

  it('refuses an archived channel and one that does not exist', async () => {
    h.fake.addChannel({ id: 'C0OLD', name: 'lama', isArchived: true, members: [PEOPLE.coordinator.id] });
    expect((await submitPartnership(PEOPLE.coordinator.id, 'C0OLD')).error).toContain('diarsipkan');
    expect((await submitPartnership(PEOPLE.coordinator.id, 'C0NOWHERE')).error).toContain(
      'Mitra tidak dapat melihat kanal ini',
    );
  });

  it('accepts a private channel both the person and Mitra are in, and posts the charter there', async () => {
    const { result } = await submitPartnership(PEOPLE.coordinator.id, SECRET);
    expect(result.responseAction).toBe('update');
    await waitFor(() => h.fake.messages(SECRET).find((m) => m.text.length > 0), { what: 'the charter' });
  });

  it('finds the person on a later page of a long member list', async () => {
    h.fake.addChannel({
      id: 'G0CROWD',
      name: 'ramai',
      isPrivate: true,
      members: [...Array.from({ length: 1500 }, (_, i) => `U0FILL${i}`), PEOPLE.manager1.id],
    });
    const { result } = await submitPartnership(PEOPLE.manager1.id, 'G0CROWD');
    expect(result.responseAction).toBe('update');
    expect(h.fake.callsTo('conversations.members').length).toBeGreaterThanOrEqual(2);
  });
});

describe('the channel of a schedule', () => {
  const CADENCE = 'schedule_cadence_input';
  const option = (value: string) => ({ text: { type: 'plain_text' as const, text: value }, value });
  const pick = (actionId: string, type: string, state: Record<string, unknown>) =>
    ({ [actionId]: { type, ...state } }) as Record<string, ViewStateValue>;

  it('refuses a private channel the person is not in, saving nothing', async () => {
    const p = createPartnership(h.db, { coordinatorId: PEOPLE.manager2.id, channelId: SHARED_CHANNEL });
    const before = everything();
    await h.fake.sendSlashCommand({
      userId: PEOPLE.manager2.id,
      text: `jadwal ${p.code}`,
      channelId: SHARED_CHANNEL,
    });
    const view: FakeView = await waitFor(() => h.fake.openViews(PEOPLE.manager2.id).at(-1), {
      what: 'the schedule modal',
    });
    await h.fake.sendViewSubmission({
      userId: PEOPLE.manager2.id,
      viewId: view.id,
      values: {
        kind: pick('kind_select', 'static_select', { selected_option: option('checkin') }),
        cadence: pick(CADENCE, 'static_select', { selected_option: option('weekly') }),
        weekdays: pick(CADENCE, 'multi_static_select', { selected_options: [option('1')] }),
        timeOfDay: pick(CADENCE, 'timepicker', { selected_time: '09:00' }),
        timeZone: pick(CADENCE, 'static_select', { selected_option: option('Asia/Jakarta') }),
        channel: pick('channel_select', 'conversations_select', { selected_conversation: SECRET }),
        options: pick(CADENCE, 'checkboxes', {
          selected_options: [option('skip_holidays'), option('active')],
        }),
      },
    });
    expect(h.fake.view(view.id)?.errors).toEqual({
      channel: 'Anda bukan anggota kanal privat ini. Pilih kanal tempat Anda menjadi anggota.',
    });
    // Earlier tests' charters may still be posting in their channels; none of this is stored or posted.
    const { posts: _after, ...after } = everything();
    const { posts: _before, ...was } = before;
    expect(after).toEqual(was);
  });
});
