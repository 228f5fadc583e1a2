import { defineMessages } from '../types.js';

export const common = defineMessages({
  id: {
    'error.generic':
      'Maaf, terjadi kesalahan saat memproses permintaan Anda. Silakan coba lagi dalam beberapa saat.',
    'validation.required': 'Wajib diisi.',
    'validation.invalid': 'Isian ini tidak valid.',
    'validation.tooLong': 'Paling banyak {max} karakter.',
    'validation.number': 'Masukkan angka, misalnya 75 atau 12,5.',
    'validation.date': 'Pilih tanggal yang valid.',
    'validation.dateOrder': 'Tanggal ini harus sesudah tanggal mulai.',
    'validation.chooseOption': 'Pilih salah satu pilihan yang tersedia.',
    'partnership.notFound':
      'Kemitraan `{code}` tidak ditemukan. Ketik `/mitra daftar` untuk melihat kemitraan Anda.',
    'partnership.codeMissing':
      'Sebutkan kode kemitraan, misalnya `/mitra {word} PK-1`. Ketik `/mitra daftar` untuk melihat kode kemitraan Anda.',
    'partnership.notAllowed':
      'Hanya koordinator kemitraan {code} atau admin yang dapat melakukan perubahan ini.',
    'admin.only':
      'Perintah ini hanya untuk admin Mitra. Bila Anda memerlukannya, hubungi admin Mitra di instansi Anda.',
    'partnership.select.label': 'Kemitraan',
    'partnership.select.placeholder': 'Pilih kemitraan',
    'partnership.noneToManage':
      'Anda belum menjadi koordinator kemitraan mana pun. Ketik `/mitra baru` untuk membuat kemitraan.',
    // Words of the domain, shared by every view.
    'goal.status.on_track': 'Sesuai rencana',
    'goal.status.at_risk': 'Berisiko',
    'goal.status.off_track': 'Tidak sesuai rencana',
    'goal.status.done': 'Selesai',
    'role.label.coordinator': 'Koordinator',
    'role.label.liaison': 'Penghubung',
    'role.label.member': 'Anggota',
    'role.label.manager': 'Pimpinan',
    'schedule.kind.checkin': 'Pemantauan berkala',
    'schedule.kind.meeting': 'Pengingat rapat',
    'schedule.kind.progress': 'Permintaan pemutakhiran capaian',
    'schedule.kind.evaluation': 'Evaluasi',
    'schedule.kind.realisation': 'Permintaan realisasi akhir triwulan',
    // Slack's error codes in words (see slackErrorText); the code stays in the log.
    'slackError.channelNotFound': 'kanal tidak ditemukan, atau kanal privat itu belum beranggotakan Mitra',
    'slackError.notInChannel': 'Mitra belum menjadi anggota kanal tersebut',
    'slackError.archived': 'kanal telah diarsipkan',
    'slackError.rateLimited': 'Slack sedang membatasi jumlah pesan; Mitra akan mencoba lagi',
    'slackError.unavailable': 'Slack sedang tidak dapat dihubungi',
    'slackError.permission': 'Mitra tidak memiliki izin yang diperlukan; hubungi admin Mitra',
    'slackError.rejected': 'Slack menolak isi pesan',
    'slackError.uploadFailed': 'pengunggahan berkas gagal',
    'slackError.other': 'Slack menolak permintaan ini',
  },
  en: {
    'error.generic': 'Sorry, something went wrong while handling your request. Please try again in a moment.',
    'validation.required': 'Required.',
    'validation.invalid': 'This value is not valid.',
    'validation.tooLong': 'At most {max} characters.',
    'validation.number': 'Enter a number, for example 75 or 12.5.',
    'validation.date': 'Choose a valid date.',
    'validation.dateOrder': 'This date must be after the start date.',
    'validation.chooseOption': 'Choose one of the options offered.',
    'partnership.notFound':
      'Partnership `{code}` was not found. Type `/mitra list` to see your partnerships.',
    'partnership.codeMissing':
      'Name the partnership code, for example `/mitra {word} PK-1`. Type `/mitra list` to see your partnership codes.',
    'partnership.notAllowed': 'Only a coordinator of partnership {code} or an admin can make this change.',
    'admin.only': 'This command is for Mitra admins only. If you need it, ask one of your Mitra admins.',
    'partnership.select.label': 'Partnership',
    'partnership.select.placeholder': 'Choose a partnership',
    'partnership.noneToManage':
      'You are not a coordinator of any partnership yet. Type `/mitra new` to create one.',
    // Words of the domain, shared by every view.
    'goal.status.on_track': 'On track',
    'goal.status.at_risk': 'At risk',
    'goal.status.off_track': 'Off track',
    'goal.status.done': 'Done',
    'role.label.coordinator': 'Coordinator',
    'role.label.liaison': 'Liaison',
    'role.label.member': 'Member',
    'role.label.manager': 'Unit head',
    'schedule.kind.checkin': 'Check-in',
    'schedule.kind.meeting': 'Meeting reminder',
    'schedule.kind.progress': 'Progress prompt',
    'schedule.kind.evaluation': 'Evaluation',
    'schedule.kind.realisation': 'Quarter-end actuals request',
    // Slack's error codes in words (see slackErrorText); the code stays in the log.
    'slackError.channelNotFound': 'the channel was not found, or it is a private channel Mitra is not in',
    'slackError.notInChannel': 'Mitra is not a member of the channel',
    'slackError.archived': 'the channel is archived',
    'slackError.rateLimited': 'Slack is limiting messages for now; Mitra will try again',
    'slackError.unavailable': 'Slack could not be reached',
    'slackError.permission': 'Mitra lacks a permission it needs; ask a Mitra admin',
    'slackError.rejected': 'Slack refused the message',
    'slackError.uploadFailed': 'the file upload failed',
    'slackError.other': 'Slack refused the request',
  },
});
