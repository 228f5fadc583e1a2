import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createActionItems, listActionItemsOfNotes } from '../../../src/db/queries/action-items.js';
import { listMeetingNotes } from '../../../src/db/queries/meeting-notes.js';
import { loadQuarterData } from '../../../src/db/queries/reports.js';
import { auditLog, type Partnership, schedules } from '../../../src/db/schema/index.js';
import { manualClock, reminderJob, reminderMessages } from '../../support/delivery.js';
import { createPartnership, createRole, createSchedule, createUnit, TEAM } from '../../support/factories.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';
import { waitFor } from '../../support/wait.js';

let h: Harness;
let p: Partnership;
const clock = manualClock('2026-03-02T02:00:00Z'); // Monday 09:00 WIB
const { coordinator, manager1, outsider } = PEOPLE;

beforeEach(async () => {
  clock.set('2026-03-02T02:00:00Z');
  h = await startHarness({ clock: clock.clock });
  const a = createUnit(h.db, { code: 'BPS', name: 'Biro Perencanaan' });
  const b = createUnit(h.db, { code: 'BK', name: 'Biro Keuangan' });
  p = createPartnership(h.db, { unitIds: [a.id, b.id] });
  createRole(h.db, { partnershipId: p.id, unitId: b.id, userId: manager1.id, role: 'manager' });
  createSchedule(h.db, {
    partnershipId: p.id,
    kind: 'meeting',
    message: 'Rapat koordinasi',
    lastRunAt: new Date('2026-03-02T01:59:00Z'),
  });
});
afterEach(async () => {
  await h.close();
});

async function reminder() {
  await reminderJob(h).run({ now: clock.clock() });
  return waitFor(() => reminderMessages(h.fake, SHARED_CHANNEL)[0], { what: 'the meeting reminder' });
}

async function openNotes(userId: string, ts: string) {
  const before = h.fake.openViews(userId).length;
  await h.fake.sendBlockAction({
    userId,
    actionId: 'meeting_notes_open',
    channelId: SHARED_CHANNEL,
    messageTs: ts,
  });
  return waitFor(() => h.fake.openViews(userId)[before], { what: 'the minutes modal' });
}

const row = (i: number, what: string, owner?: string, due?: string) => ({
  [`notes_item_what_${i}`]: { [`notes_item_what_${i}`]: { type: 'plain_text_input', value: what } },
  ...(owner
    ? {
        [`notes_item_owner_${i}`]: {
          [`notes_item_owner_${i}`]: { type: 'users_select', selected_user: owner },
        },
      }
    : {}),
  ...(due
    ? { [`notes_item_due_${i}`]: { [`notes_item_due_${i}`]: { type: 'datepicker', selected_date: due } } }
    : {}),
});

describe('meeting minutes (notula)', () => {
  it('are recorded from the reminder, posted in its thread, and edited rather than duplicated', async () => {
    const posted = await reminder();
    expect(JSON.stringify(posted.blocks)).toContain('Catat notula');
    let view = await openNotes(coordinator.id, posted.ts);
    const incomplete = await h.fake.sendViewSubmission({
      userId: coordinator.id,
      viewId: view.id,
      values: {
        notes_attendees: {
          notes_attendees: { type: 'multi_users_select', selected_users: [coordinator.id, manager1.id] },
        },
        ...row(0, 'Kirim data realisasi'),
      },
    });
    expect(incomplete.responseAction).toBe('errors');
    expect(listMeetingNotes(h.db, { teamId: TEAM, partnershipId: p.id })).toHaveLength(0);
    await h.fake.sendViewSubmission({
      userId: coordinator.id,
      viewId: view.id,
      values: {
        notes_decisions: {
          notes_decisions: {
            type: 'plain_text_input',
            value: '- Data dibagi tiap Jumat\n\n- Rapat berikut 16 Maret',
          },
        },
        ...row(0, 'Kirim data realisasi', manager1.id, '2026-03-06'),
        ...row(1, 'Siapkan draf nota kesepahaman', coordinator.id, '2026-03-13'),
      },
    });
    const [notes] = listMeetingNotes(h.db, { teamId: TEAM, partnershipId: p.id });
    expect(notes).toMatchObject({
      meetingDate: '2026-03-02',
      attendees: [coordinator.id, manager1.id],
      decisions: ['Data dibagi tiap Jumat', 'Rapat berikut 16 Maret'],
    });
    const items = listActionItemsOfNotes(h.db, { teamId: TEAM, notesId: notes?.id ?? 0 });
    expect(items.map((i) => [i.what, i.ownerUserId, i.dueDate, i.source])).toEqual([
      ['Kirim data realisasi', manager1.id, '2026-03-06', 'notes'],
      ['Siapkan draf nota kesepahaman', coordinator.id, '2026-03-13', 'notes'],
    ]);
    // The manager's unit (where they hold a role) is the item's unit.
    expect(items[0]?.ownerUnitId).not.toBeNull();
    const inThread = await waitFor(
      () =>
        h.fake
          .messages(SHARED_CHANNEL)
          .find((m) => m.thread_ts === posted.ts && m.text.includes('Notula rapat')),
      { what: 'the minutes in the thread' },
    );
    expect(JSON.stringify(inThread.blocks)).toContain('Data dibagi tiap Jumat');

    // Edit: drop the second item, change the first; the same notes and the same message.
    view = await openNotes(manager1.id, posted.ts);
    expect(JSON.stringify(view.blocks)).toContain('Kirim data realisasi');
    await h.fake.sendViewSubmission({
      userId: manager1.id,
      viewId: view.id,
      values: {
        ...row(0, 'Kirim data realisasi triwulan I', manager1.id, '2026-03-06'),
        ...row(1, ''),
      },
    });
    const again = listMeetingNotes(h.db, { teamId: TEAM, partnershipId: p.id });
    expect(again).toHaveLength(1);
    expect(
      listActionItemsOfNotes(h.db, { teamId: TEAM, notesId: notes?.id ?? 0 }).map((i) => i.what),
    ).toEqual(['Kirim data realisasi triwulan I']);
    await waitFor(
      () =>
        h.fake
          .messages(SHARED_CHANNEL)
          .find((m) => m.ts === inThread.ts && JSON.stringify(m.blocks).includes('triwulan I')),
      { what: 'the minutes updated in place' },
    );
    expect(h.fake.messages(SHARED_CHANNEL).filter((m) => m.text.includes('Notula rapat'))).toHaveLength(1);
    expect(
      h.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityType, 'meeting_notes'))
        .all()
        .map((a) => a.action),
    ).toEqual(['notes.create', 'notes.update']);
    // The quarterly workbook's communication record counts them.
    const quarter = loadQuarterData(h.db, {
      partnership: p,
      period: { year: 2026, quarter: 1 },
      from: new Date('2026-01-01T00:00:00+07:00'),
      to: new Date('2026-04-01T00:00:00+07:00'),
    });
    expect(quarter.communications.map((c) => c.notes)).toEqual([{ attendees: 2, decisions: 2, items: 1 }]);
    // `/mitra lihat` lists the minutes.
    await h.fake.sendSlashCommand({ userId: coordinator.id, text: 'lihat PK-1', channelId: SHARED_CHANNEL });
    const shown = await waitFor(() => h.fake.ephemerals(SHARED_CHANNEL, coordinator.id).at(-1), {
      what: 'lihat',
    });
    expect(JSON.stringify(shown.blocks)).toContain('Notula rapat terakhir');
    await waitFor(() => h.fake.callsTo('views.publish').length >= 2, { what: 'the refresh' });
    // `/mitra ekspor` includes the minutes and the action items.
    await h.fake.sendSlashCommand({ userId: coordinator.id, text: 'ekspor PK-1', channelId: SHARED_CHANNEL });
    const files = await waitFor(() => (h.fake.files().length >= 5 ? h.fake.files() : undefined), {
      what: 'the export files',
    });
    const minutes = files.find((f) => f.name === 'PK-1-notula.csv')?.content.toString('utf8') ?? '';
    expect(minutes).toContain('Tanggal rapat;Peserta;Keputusan');
    expect(minutes).toContain('02/03/2026');
    const actions = files.find((f) => f.name === 'PK-1-tindak-lanjut.csv')?.content.toString('utf8') ?? '';
    expect(actions).toContain('Kirim data realisasi triwulan I');
    expect(actions).toContain('notula rapat 02/03/2026');
  });

  it('check-in reminders list the action items overdue or due this week, with their owners', async () => {
    h.db.update(schedules).set({ kind: 'checkin' }).run();
    createActionItems(h.db, {
      teamId: TEAM,
      partnershipId: p.id,
      items: [
        { what: 'Kirim data', ownerUserId: manager1.id, ownerUnitId: null, dueDate: '2026-02-27' },
        {
          what: 'Draf nota kesepahaman',
          ownerUserId: coordinator.id,
          ownerUnitId: null,
          dueDate: '2026-03-05',
        },
        { what: 'Laporan semester', ownerUserId: coordinator.id, ownerUnitId: null, dueDate: '2026-06-30' },
      ],
      origin: { source: 'message' },
      actorId: coordinator.id,
      now: clock.clock(),
    });
    const posted = await reminder();
    const text = JSON.stringify(posted.blocks);
    expect(text).toContain('Tindak lanjut yang melewati tenggat atau bertenggat pekan ini (2)');
    expect(text).toContain(`⚠️ Kirim data — <@${manager1.id}> · melewati tenggat Jumat, 27 Februari 2026`);
    expect(text).toContain(`Draf nota kesepahaman — <@${coordinator.id}> · tenggat Kamis, 5 Maret 2026`);
    expect(text).not.toContain('Laporan semester');
    expect(text).toContain('Catat notula');
  });

  it('are refused to someone without a role in the partnership', async () => {
    const posted = await reminder();
    const before = h.fake.responseUrlPosts().length;
    await h.fake.sendBlockAction({
      userId: outsider.id,
      actionId: 'meeting_notes_open',
      channelId: SHARED_CHANNEL,
      messageTs: posted.ts,
    });
    await waitFor(() => h.fake.responseUrlPosts().length > before, { what: 'the refusal' });
    expect(JSON.stringify(h.fake.responseUrlPosts().at(-1))).toContain('Hanya koordinator');
    expect(h.fake.openViews(outsider.id)).toHaveLength(0);
  });
});
