import { defineMessages } from '../types.js';

/**
 * Refusals on a field and confirmations after saving that several features share: whether a
 * channel may be used, the "saved" view that replaces a silent close, full free-text answers.
 */
export const feedback = defineMessages({
  id: {
    'channel.error.notVisible':
      'Mitra tidak dapat melihat kanal ini. Untuk kanal privat, ketik `/invite @Mitra` di kanal tersebut, lalu kirim formulir ini lagi.',
    'channel.error.notMember':
      'Anda bukan anggota kanal privat ini. Pilih kanal tempat Anda menjadi anggota.',
    'channel.error.archived': 'Kanal ini sudah diarsipkan. Pilih kanal yang aktif.',
    'channel.error.unchecked':
      'Mitra belum dapat memeriksa kanal ini. Silakan kirim formulir ini kembali beberapa saat lagi.',
    'evaluation.summary.fullAnswers':
      'Sebagian jawaban dipersingkat. Teks lengkapnya: `/mitra laporan {code}`.',
    'progress.error.negative': 'Indikator ini tidak dapat bernilai negatif. Isi 0 atau lebih.',
    'goal.error.dueInPast': 'Tanggal ini sudah lewat. Pilih tenggat hari ini atau sesudahnya.',
    'saved.title': 'Tersimpan',
    'saved.close': 'Tutup',
    'saved.charter.link': '<{url}|Lihat piagam kemitraan {code}>, yang kini memuat perubahan ini.',
    'saved.charter.channel': 'Piagam kemitraan {code} di <#{channel}> memuat perubahan ini.',
    'saved.goal.added': '✅ Sasaran *{title}* telah ditambahkan.',
    'saved.goal.updated': '✅ Sasaran *{title}* telah diperbarui.',
    'saved.progress': '✅ Pemutakhiran capaian *{title}* telah disimpan: {value} · {status}.',
    'saved.role.saved': '✅ Peran disimpan — {role}: <@{person}> ({unit}).',
    'saved.role.removed': '✅ Peran dihapus — {role}: <@{person}> ({unit}).',
    'saved.schedule': '✅ Jadwal komunikasi disimpan — {kind}: {description}.',
    'evaluation.survey.notMember':
      'Anda bukan anggota kemitraan {code}, sehingga evaluasinya tidak ditujukan kepada Anda. Koordinatornya dapat menambahkan Anda dengan `/mitra peran {code}`.',
  },
  en: {
    'channel.error.notVisible':
      'Mitra cannot see this channel. For a private channel, type `/invite @Mitra` in it, then submit this form again.',
    'channel.error.notMember': 'You are not a member of this private channel. Choose a channel you are in.',
    'channel.error.archived': 'This channel is archived. Choose an active channel.',
    'channel.error.unchecked':
      'Mitra could not check this channel just now. Try submitting again in a moment.',
    'evaluation.summary.fullAnswers': 'Some answers are shortened. The full texts: `/mitra report {code}`.',
    'progress.error.negative': 'This indicator cannot be negative. Enter 0 or more.',
    'goal.error.dueInPast': 'This date has passed. Choose a due date of today or later.',
    'saved.title': 'Saved',
    'saved.close': 'Close',
    'saved.charter.link': '<{url}|Open the partnership charter of {code}>, which now shows this change.',
    'saved.charter.channel': 'The partnership charter of {code} in <#{channel}> shows this change.',
    'saved.goal.added': '✅ Goal *{title}* was added.',
    'saved.goal.updated': '✅ Goal *{title}* was updated.',
    'saved.progress': '✅ Progress update for *{title}* saved: {value} · {status}.',
    'saved.role.saved': '✅ Role saved — {role}: <@{person}> ({unit}).',
    'saved.role.removed': '✅ Role removed — {role}: <@{person}> ({unit}).',
    'saved.schedule': '✅ Communication schedule saved — {kind}: {description}.',
    'evaluation.survey.notMember':
      'You are not a member of partnership {code}, so its evaluations are not addressed to you. Its coordinator can add you with `/mitra role {code}`.',
  },
});
