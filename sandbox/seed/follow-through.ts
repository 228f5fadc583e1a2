/**
 * Follow-through in the first partnership: two past meetings with minutes, action items done, open
 * and overdue (the overdue one already chased and escalated), and a manager on leave.
 */
import {
  actionItemChases,
  actionItems,
  escalations,
  leaves,
  meetingNotes,
} from '../../src/db/schema/index.js';
import { addDays } from '../../src/domain/time/calendar.js';
import type { SeedContext, SeededPartnership } from './shapes.js';

export function seedFollowThrough(ctx: SeedContext, partnership: SeededPartnership): void {
  const { tx, teamId, today, daysAgo, unitId } = ctx;
  const base = { teamId, partnershipId: partnership.id };
  const notes = (days: number, decisions: string[]) =>
    tx
      .insert(meetingNotes)
      .values({
        ...base,
        meetingDate: addDays(today, -days),
        attendees: ['USARI', 'UBUDI', 'URINA', 'UFITRI', 'UYOGA'],
        decisions,
        recordedBy: 'UAYU',
        createdAt: daysAgo(days),
        updatedAt: daysAgo(days),
      })
      .returning()
      .get();
  const older = notes(21, [
    'Data realisasi anggaran dibagikan setiap Jumat.',
    'Revisi POK diajukan sebelum akhir bulan.',
  ]);
  const recent = notes(7, [
    'Rapat pimpinan dimajukan ke pekan depan.',
    'Draf laporan triwulan disusun bersama.',
  ]);
  const item = (
    values: Pick<typeof actionItems.$inferInsert, 'what' | 'ownerUserId' | 'dueDate' | 'source'> &
      Partial<typeof actionItems.$inferInsert>,
    createdDaysAgo: number,
  ) =>
    tx
      .insert(actionItems)
      .values({
        ...base,
        createdBy: 'USARI',
        createdAt: daysAgo(createdDaysAgo),
        updatedAt: daysAgo(createdDaysAgo),
        ...values,
      })
      .returning()
      .get();
  item(
    {
      what: 'Bagikan rekap realisasi anggaran triwulan I',
      ownerUserId: 'UYOGA',
      ownerUnitId: unitId('KEU'),
      dueDate: addDays(today, -14),
      status: 'done',
      doneAt: daysAgo(15),
      evidenceUrl: 'https://drive.kementerian.go.id/rekap-realisasi-tw1',
      source: 'notes',
      notesId: older.id,
    },
    21,
  );
  const overdue = item(
    {
      what: 'Kirim data capaian kinerja program ke Biro Keuangan',
      ownerUserId: 'UFITRI',
      ownerUnitId: unitId('REN'),
      dueDate: addDays(today, -12),
      source: 'notes',
      notesId: older.id,
    },
    21,
  );
  item(
    {
      what: 'Siapkan draf laporan triwulan bersama',
      ownerUserId: 'UYOGA',
      ownerUnitId: unitId('KEU'),
      dueDate: addDays(today, 4),
      source: 'notes',
      notesId: recent.id,
    },
    7,
  );
  item(
    {
      what: 'Undang pimpinan ke rapat koordinasi berikutnya',
      ownerUserId: 'USARI',
      ownerUnitId: unitId('REN'),
      dueDate: addDays(today, 2),
      source: 'message',
      note: 'Undangan sedang ditandatangani.',
    },
    5,
  );
  // The overdue item was chased and, five workdays later, escalated to the unit's manager. The
  // escalation is recorded as claimed but not yet sent: the sandbox's next scheduler tick (each
  // minute, or "run the scheduler now") sends its DM through the real job, once, so the manager
  // finds it in their messages with Mitra.
  tx.insert(actionItemChases)
    .values({
      teamId,
      actionItemId: overdue.id,
      kind: 'overdue',
      dueDate: overdue.dueDate,
      claimedBy: 'seed',
      claimedAt: daysAgo(11),
      sentAt: daysAgo(11),
    })
    .run();
  tx.insert(escalations)
    .values({
      ...base,
      subject: 'item',
      actionItemId: overdue.id,
      subjectKey: `item:${overdue.id}:${overdue.dueDate}`,
      recipients: ['UBUDI'],
      claimedBy: 'seed',
      escalatedAt: daysAgo(4),
    })
    .run();
  // The finance manager is on leave this week; her deputy liaison stands in.
  tx.insert(leaves)
    .values({
      teamId,
      userId: 'URINA',
      fromDate: addDays(today, -1),
      toDate: addDays(today, 6),
      delegateUserId: 'UYOGA',
      recordedBy: 'URINA',
      createdAt: daysAgo(3),
    })
    .run();
}
