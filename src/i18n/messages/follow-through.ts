import { defineMessages } from '../types.js';

/** Meeting minutes (notula), leave (cuti), chasing and escalation. */
export const followThrough = defineMessages({
  id: {
    'notes.charter.title': '*Notula rapat terakhir*',
    'notes.charter.line': '• {date}: {decisions} keputusan, {attendees} peserta',
    'leave.awayUntil': '🌴 cuti sampai {date}',
    'notes.button.record': 'Catat notula',
    'chase.dueSoon':
      '⏰ Pengingat: tenggat tindak lanjut {code} Anda adalah hari kerja berikutnya, {date}: *{what}*',
    'chase.overdue':
      '⚠️ Tindak lanjut {code} Anda melewati tenggat ({date}): *{what}*. Tandai selesai, beri catatan, atau minta tenggat baru.',
    'escalation.item':
      '🔺 Eskalasi {code}: tindak lanjut <@{owner}> melewati tenggat {workdays} hari kerja atau lebih: *{what}*',
    'escalation.goal':
      '🔺 Eskalasi {code}: sasaran *{goal}* dilaporkan berisiko atau tidak sesuai rencana dalam dua pembaruan berturut-turut.',
    'escalation.goal.pic': 'Penanggung jawab: <@{user}>',
    'escalation.history.created': 'Dibuat oleh <@{user}> pada {date}.',
    'escalation.history.request.pending': 'Tenggat baru {date} diminta, menunggu keputusan koordinator.',
    'escalation.history.request.approved': 'Tenggat pernah diundur ke {date}.',
    'escalation.history.request.rejected': 'Permintaan tenggat baru {date} ditolak.',
    'escalation.open': 'Buka kemitraan',
    'notes.notFound':
      'Rapat ini tidak ditemukan; notula hanya dapat dicatat dari pengingat rapat atau check-in.',
    'notes.notAllowed':
      'Hanya koordinator, pemegang peran {code}, peserta rapat, atau admin yang dapat mencatat notula.',
    'notes.modal.title': 'Notula rapat',
    'notes.modal.save': 'Simpan',
    'notes.modal.cancel': 'Batal',
    'notes.modal.meeting': 'Rapat *{code}* — {name}, {date}',
    'notes.modal.attendees': 'Peserta',
    'notes.modal.decisions': 'Keputusan',
    'notes.modal.decisionsHint': 'Satu keputusan per baris.',
    'notes.modal.itemsTitle':
      '*Tindak lanjut* — isi apa, penanggung jawab, dan tenggat; baris kosong diabaikan.',
    'notes.modal.itemWhat': 'Tindak lanjut {n}',
    'notes.modal.itemOwner': 'Penanggung jawab {n}',
    'notes.modal.itemDue': 'Tenggat {n}',
    'notes.modal.itemClearHint': 'Kosongkan untuk menghapus tindak lanjut ini.',
    'notes.error.owner': 'Pilih penanggung jawab tindak lanjut ini.',
    'notes.error.due': 'Pilih tenggat tindak lanjut ini.',
    'notes.message.title': '📝 Notula rapat {code} — {date}',
    'notes.message.attendees': '*Peserta:* {people}',
    'notes.message.decisions': '*Keputusan:*',
    'notes.message.items': '*Tindak lanjut:*',
    'notes.message.none': '—',
    'notes.message.item': '• {what} — <@{owner}> · tenggat {date}',
    'notes.message.footer': 'Dicatat oleh <@{user}>. Ubah dengan tombol *Catat notula* pada pengingat.',
  },
  en: {
    'notes.charter.title': '*Latest meeting minutes*',
    'notes.charter.line':
      '• {date}: {decisions, plural, one {# decision} other {# decisions}}, {attendees, plural, one {# attendee} other {# attendees}}',
    'leave.awayUntil': '🌴 on leave until {date}',
    'notes.button.record': 'Record minutes',
    'chase.dueSoon': '⏰ Reminder: your action item of {code} is due the next workday, {date}: *{what}*',
    'chase.overdue':
      '⚠️ Your action item of {code} is overdue ({date}): *{what}*. Mark it done, add a note, or ask for a new due date.',
    'escalation.item':
      '🔺 Escalation in {code}: an action item of <@{owner}> is overdue by {workdays, plural, one {# workday} other {# workdays}} or more: *{what}*',
    'escalation.goal':
      '🔺 Escalation in {code}: goal *{goal}* was reported at risk or off track in two updates in a row.',
    'escalation.goal.pic': 'Person in charge: <@{user}>',
    'escalation.history.created': 'Made by <@{user}> on {date}.',
    'escalation.history.request.pending': 'A new due date {date} was requested and awaits a coordinator.',
    'escalation.history.request.approved': 'The due date was moved to {date} once.',
    'escalation.history.request.rejected': 'A request to move the due date to {date} was rejected.',
    'escalation.open': 'Open partnership',
    'notes.notFound':
      'This meeting was not found; minutes can only be recorded from a meeting or check-in reminder.',
    'notes.notAllowed': 'Only coordinators, role holders of {code}, attendees or admins can record minutes.',
    'notes.modal.title': 'Meeting minutes',
    'notes.modal.save': 'Save',
    'notes.modal.cancel': 'Cancel',
    'notes.modal.meeting': 'Meeting of *{code}* — {name}, {date}',
    'notes.modal.attendees': 'Attendees',
    'notes.modal.decisions': 'Decisions',
    'notes.modal.decisionsHint': 'One decision per line.',
    'notes.modal.itemsTitle': '*Action items* — what, owner and due date; empty rows are ignored.',
    'notes.modal.itemWhat': 'Action item {n}',
    'notes.modal.itemOwner': 'Owner {n}',
    'notes.modal.itemDue': 'Due date {n}',
    'notes.modal.itemClearHint': 'Empty it to remove this action item.',
    'notes.error.owner': 'Choose the owner of this action item.',
    'notes.error.due': 'Choose the due date of this action item.',
    'notes.message.title': '📝 Meeting minutes of {code} — {date}',
    'notes.message.attendees': '*Attendees:* {people}',
    'notes.message.decisions': '*Decisions:*',
    'notes.message.items': '*Action items:*',
    'notes.message.none': '—',
    'notes.message.item': '• {what} — <@{owner}> · due {date}',
    'notes.message.footer': 'Recorded by <@{user}>. Edit with the *Record minutes* button on the reminder.',
  },
});
