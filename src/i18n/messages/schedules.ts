import { defineMessages } from '../types.js';

export const schedules = defineMessages({
  id: {
    'schedule.pausedReason.manual': 'oleh koordinator',
    'schedule.pausedReason.channel_archived': 'kanalnya diarsipkan',
    'schedule.pausedReason.channel_not_found': 'kanalnya tidak ditemukan',

    'schedule.modal.title': 'Jadwal komunikasi',
    'schedule.modal.submit': 'Simpan',
    'schedule.modal.close': 'Batal',
    'schedule.modal.intro': '*{code} · {name}* — atur kapan Mitra mengirim pengingat ke kanal bersama.',
    'schedule.modal.pick.label': 'Jadwal',
    'schedule.modal.pick.new': 'Jadwal baru',
    'schedule.modal.kind.label': 'Jenis pengingat',
    'schedule.modal.cadence.label': 'Pola jadwal',
    'schedule.modal.weekdays.label': 'Hari',
    'schedule.modal.anchorDate.label': 'Mulai minggu',
    'schedule.modal.anchorDate.hint': 'Pengingat dikirim pada minggu ini, lalu setiap dua minggu sesudahnya.',
    'schedule.modal.dayOfMonth.label': 'Tanggal',
    'schedule.modal.nth.label': 'Urutan hari dalam bulan',
    'schedule.modal.nthWeekday.label': 'Hari',
    'schedule.modal.cron.label': 'Ekspresi cron',
    'schedule.modal.cron.hint':
      'Lima bagian: menit jam tanggal bulan hari, misalnya 0 9 * * 1 (Senin pukul 09.00). Tekan Enter untuk memperbarui pratinjau.',
    'schedule.modal.time.label': 'Jam',
    'schedule.modal.timeZone.label': 'Zona waktu',
    'schedule.modal.channel.label': 'Kanal',
    'schedule.modal.channel.hint':
      'Bawaan: kanal bersama kemitraan. Untuk kanal privat, undang Mitra terlebih dahulu.',
    'schedule.modal.message.label': 'Pesan / agenda',
    'schedule.modal.message.placeholder':
      'Misalnya: agenda rapat koordinasi, tautan dokumen, hal yang perlu disiapkan',
    'schedule.modal.roles.label': 'Sebut pemegang peran',
    'schedule.modal.options.label': 'Pilihan',
    'schedule.modal.options.skipHolidays': 'Lewati hari libur nasional dan cuti bersama',
    'schedule.modal.options.active': 'Aktif (hapus centang untuk menjeda)',
    'schedule.modal.preview.title': 'Pratinjau',
    'schedule.modal.preview.next': 'Lima pengingat berikutnya:',
    'schedule.modal.preview.nextWithSkips':
      'Lima pengingat berikutnya (tanggal libur yang dilewati ditandai):',
    'schedule.modal.preview.incomplete': 'Lengkapi pola jadwal untuk melihat pratinjau.',
    'schedule.modal.preview.none':
      'Pola ini tidak jatuh pada tanggal mana pun dalam sembilan tahun ke depan.',
    'schedule.modal.paused': 'Jadwal ini sedang dijeda: {reason}.',
    'schedule.modal.delete.button': 'Hapus jadwal ini',
    'schedule.modal.delete.confirmTitle': 'Hapus jadwal?',
    'schedule.modal.delete.confirmText':
      'Jadwal ini dan riwayat pengirimannya akan dihapus. Tindakan ini tidak dapat dibatalkan.',
    'schedule.modal.delete.confirm': 'Hapus',
    'schedule.modal.delete.deny': 'Batal',
    'schedule.modal.deleted': 'Jadwal telah dihapus — {kind}: {description}.',
    'schedule.modal.zoneOther': '{zone}',

    'schedule.notice.added': 'Jadwal ditambahkan — {kind}: {description}.',
    'schedule.notice.updated': 'Jadwal diubah — {kind}: {description}.',
    'schedule.notice.paused': 'Jadwal dijeda — {kind}: {description}.',
    'schedule.notice.deleted': 'Jadwal dihapus — {kind}: {description}.',

    'schedule.test.posted': 'Pengingat uji coba telah dikirim ke {channel} (jenis: {kind}).',
    'schedule.command.unknownWord':
      'Kata `{typed}` tidak dikenal. Apakah maksud Anda `/mitra {test}` (mengirim satu pengingat uji coba sekarang)? Untuk mengatur jadwal, ketik `/mitra {open}`.',
    'schedule.test.none': 'Kemitraan {code} belum memiliki jadwal. Buat dengan `/mitra jadwal {code}`.',
    'schedule.test.notFound': 'Jadwal nomor {number} tidak ada: kemitraan {code} memiliki {count} jadwal.',
    'schedule.test.failed':
      'Pengingat uji coba tidak dapat dikirim ke {channel}: {error}. Periksa kanal jadwal ini dengan `/mitra jadwal {code}`, lalu coba lagi.',

    'reminder.title.checkin': 'Pemantauan berkala kemitraan {code} · {name}',
    'reminder.title.meeting': 'Pengingat rapat {code} · {name}',
    'reminder.title.progress': 'Permintaan pemutakhiran capaian {code} · {name}',
    'reminder.title.evaluation': 'Evaluasi kemitraan {code} · {name}',
    'reminder.test.note':
      ':test_tube: *Uji coba* — ini pengingat uji coba untuk melihat tampilannya, bukan pengingat terjadwal.',
    'reminder.test.prefix': '[Uji coba]',
    'reminder.late.note':
      ':hourglass: Pengingat ini dikirim melewati jadwalnya: seharusnya dikirim pada {due}.',
    'reminder.meeting.agenda': 'Agenda',
    'reminder.mentions': 'Untuk: {people}',
    'reminder.checkin.allOnTrack': 'Semua sasaran yang masih berjalan sudah sesuai rencana. Terima kasih!',
    'reminder.checkin.attention': '*Sasaran yang perlu perhatian ({count}):*',
    'reminder.goal.overdue': 'melewati tenggat',
    'reminder.goal.overdueSince': 'melewati tenggat sejak {date}',
    'reminder.goal.more': '…dan {count} sasaran lainnya.',
    'reminder.progress.ask': '{people}, mohon mutakhirkan capaian sasaran yang menjadi tanggung jawab Anda:',
    'reminder.progress.none': 'Tidak ada sasaran terbuka yang memiliki penanggung jawab.',
    'reminder.evaluation.preview':
      'Pada jadwal ini Mitra membuka siklus evaluasi: setiap pimpinan menerima survei yang ditutup pada {closes}.',
    'reminder.button.progress': 'Mutakhirkan capaian',
    'reminder.button.partnership': 'Buka kemitraan',

    'delivery.dm.notInChannel':
      'Mitra tidak dapat mengirim pengingat kemitraan {code} ({kind}; {schedule}) ke {channel} karena Mitra belum menjadi anggota kanal privat tersebut. Undang Mitra dengan mengetik `/invite @Mitra` di kanal itu; Mitra akan mencoba lagi.',
    'delivery.dm.archived':
      'Kanal {channel} telah diarsipkan, sehingga jadwal kemitraan {code} ({kind}; {schedule}) dijeda. Pilih kanal lain dan aktifkan kembali jadwal dengan `/mitra jadwal {code}`.',
    'delivery.dm.channelNotFound':
      'Mitra tidak menemukan kanal {channel} untuk jadwal kemitraan {code} ({kind}; {schedule}): kanal itu mungkin telah dihapus, atau merupakan kanal privat yang belum beranggotakan Mitra. Jadwal ini dijeda. Undang Mitra ke kanal itu atau pilih kanal lain, lalu aktifkan kembali jadwal dengan `/mitra jadwal {code}`.',
  },
  en: {
    'schedule.pausedReason.manual': 'by a coordinator',
    'schedule.pausedReason.channel_archived': 'its channel was archived',
    'schedule.pausedReason.channel_not_found': 'its channel cannot be found',

    'schedule.modal.title': 'Communication schedule',
    'schedule.modal.submit': 'Save',
    'schedule.modal.close': 'Cancel',
    'schedule.modal.intro': '*{code} · {name}* — choose when Mitra posts reminders in the shared channel.',
    'schedule.modal.pick.label': 'Schedule',
    'schedule.modal.pick.new': 'New schedule',
    'schedule.modal.kind.label': 'Kind of reminder',
    'schedule.modal.cadence.label': 'Cadence',
    'schedule.modal.weekdays.label': 'Days',
    'schedule.modal.anchorDate.label': 'Starting week of',
    'schedule.modal.anchorDate.hint': 'Reminders go out in this week, then every second week after it.',
    'schedule.modal.dayOfMonth.label': 'Day of the month',
    'schedule.modal.nth.label': 'Which one in the month',
    'schedule.modal.nthWeekday.label': 'Weekday',
    'schedule.modal.cron.label': 'Cron expression',
    'schedule.modal.cron.hint':
      'Five parts: minute hour day month weekday, for example 0 9 * * 1 (Mondays at 09:00). Press Enter to refresh the preview.',
    'schedule.modal.time.label': 'Time',
    'schedule.modal.timeZone.label': 'Time zone',
    'schedule.modal.channel.label': 'Channel',
    'schedule.modal.channel.hint':
      "Default: the partnership's shared channel. For a private channel, invite Mitra first.",
    'schedule.modal.message.label': 'Message / agenda',
    'schedule.modal.message.placeholder':
      'For example: the agenda of the coordination meeting, document links, what to prepare',
    'schedule.modal.roles.label': 'Mention role holders',
    'schedule.modal.options.label': 'Options',
    'schedule.modal.options.skipHolidays': 'Skip public holidays and collective leave days',
    'schedule.modal.options.active': 'Active (untick to pause)',
    'schedule.modal.preview.title': 'Preview',
    'schedule.modal.preview.next': 'The next five reminders:',
    'schedule.modal.preview.nextWithSkips': 'The next five reminders (skipped holidays marked):',
    'schedule.modal.preview.incomplete': 'Complete the cadence to see a preview.',
    'schedule.modal.preview.none': 'This cadence falls on no date in the next nine years.',
    'schedule.modal.paused': 'This schedule is paused: {reason}.',
    'schedule.modal.delete.button': 'Delete this schedule',
    'schedule.modal.delete.confirmTitle': 'Delete schedule?',
    'schedule.modal.delete.confirmText':
      'This schedule and its delivery history will be deleted. This cannot be undone.',
    'schedule.modal.delete.confirm': 'Delete',
    'schedule.modal.delete.deny': 'Cancel',
    'schedule.modal.deleted': 'Schedule deleted — {kind}: {description}.',
    'schedule.modal.zoneOther': '{zone}',

    'schedule.notice.added': 'Schedule added — {kind}: {description}.',
    'schedule.notice.updated': 'Schedule changed — {kind}: {description}.',
    'schedule.notice.paused': 'Schedule paused — {kind}: {description}.',
    'schedule.notice.deleted': 'Schedule deleted — {kind}: {description}.',

    'schedule.test.posted': 'A test reminder was posted in {channel} (kind: {kind}).',
    'schedule.command.unknownWord':
      'The word `{typed}` is not known. Did you mean `/mitra {test}` (post one test reminder now)? To set up schedules, type `/mitra {open}`.',
    'schedule.test.none': 'Partnership {code} has no schedule yet. Create one with `/mitra schedule {code}`.',
    'schedule.test.notFound':
      'There is no schedule number {number}: partnership {code} has {count, plural, one {# schedule} other {# schedules}}.',
    'schedule.test.failed':
      'The test reminder could not be posted in {channel}: {error}. Check the schedule’s channel with `/mitra schedule {code}`, then try again.',

    'reminder.title.checkin': 'Partnership check-in {code} · {name}',
    'reminder.title.meeting': 'Meeting reminder {code} · {name}',
    'reminder.title.progress': 'Time to update progress {code} · {name}',
    'reminder.title.evaluation': 'Partnership evaluation {code} · {name}',
    'reminder.test.note':
      ':test_tube: *Test* — this shows what the reminder looks like; it is not a scheduled reminder.',
    'reminder.test.prefix': '[Test]',
    'reminder.late.note': ':hourglass: This reminder is late: it was due on {due}.',
    'reminder.meeting.agenda': 'Agenda',
    'reminder.mentions': 'For: {people}',
    'reminder.checkin.allOnTrack': 'All open goals are on track. Thank you!',
    'reminder.checkin.attention': '*Goals that need attention ({count}):*',
    'reminder.goal.overdue': 'overdue',
    'reminder.goal.overdueSince': 'overdue since {date}',
    'reminder.goal.more': '…and {count, plural, one {# more goal} other {# more goals}}.',
    'reminder.progress.ask': '{people}, please update the progress of the goals you are in charge of:',
    'reminder.progress.none': 'There are no open goals with a person in charge.',
    'reminder.evaluation.preview':
      'On this schedule Mitra opens an evaluation cycle: each unit head gets the survey, which closes on {closes}.',
    'reminder.button.progress': 'Update progress',
    'reminder.button.partnership': 'Open partnership',

    'delivery.dm.notInChannel':
      'Mitra could not post a reminder of partnership {code} ({kind}; {schedule}) in {channel} because Mitra is not a member of that private channel. Invite it by typing `/invite @Mitra` in the channel; Mitra will try again.',
    'delivery.dm.archived':
      'Channel {channel} was archived, so a schedule of partnership {code} ({kind}; {schedule}) is paused. Choose another channel and turn the schedule back on with `/mitra schedule {code}`.',
    'delivery.dm.channelNotFound':
      'Mitra cannot find channel {channel} for a schedule of partnership {code} ({kind}; {schedule}): it may have been deleted, or it is a private channel Mitra has not been added to. The schedule is paused. Invite Mitra or choose another channel, then turn the schedule back on with `/mitra schedule {code}`.',
  },
});
