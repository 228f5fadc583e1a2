import { defineMessages } from '../types.js';

/** App Home. */
export const home = defineMessages({
  id: {
    // App Home
    'home.title': 'Mitra — kemitraan antarunit',
    'home.intro': 'Halo <@{user}>. Berikut kemitraan Anda dan hal yang menunggu tindakan Anda.',
    'home.button.new': '➕ Kemitraan baru',
    'home.button.units': '🏢 Unit kerja',
    'home.button.refresh': '🔄 Muat ulang',
    'home.partnerships.title': '🤝 Kemitraan Anda',
    'home.partnerships.empty':
      '_Anda belum terlibat dalam kemitraan mana pun. Tekan “Kemitraan baru” atau ketik `/mitra baru`._',
    'home.partnership.line': '*{code}* · {name} — {status}\nPeran Anda: {roles} · {gaps}',
    'home.goals.title': '🎯 Sasaran yang menjadi tanggung jawab Anda',
    'home.goals.empty': '_Tidak ada sasaran yang menjadi tanggung jawab Anda._',
    'home.goal.line': '*{title}* · {code}\n{progress} · {status} · {due}',
    'home.goal.update': 'Mutakhirkan capaian',
    'home.gaps.title': '🧩 Hal yang dapat Anda tindak lanjuti',
    'home.gaps.none': '_Tidak ada yang perlu ditindaklanjuti pada kemitraan yang Anda koordinasikan._',
    'home.gaps.noneAdmin': '_Tidak ada yang perlu ditindaklanjuti pada kemitraan yang sedang berjalan._',
    'home.gaps.partnership': '*{code}* · {name}\n{lines}',
    'home.evaluations.title': '📝 Survei evaluasi Anda',
    'home.evaluations.empty': '_Tidak ada survei evaluasi yang menunggu Anda._',
    'home.evaluation.line': '*{code}* · {name}\nDitutup pada {closes}',
    'home.evaluation.answer': 'Isi survei',
    'home.evaluation.answeredLine':
      '*{code}* · {name}\nSudah dijawab · dapat diubah sampai ditutup pada {closes}',
    'home.evaluation.edit': 'Ubah jawaban',
    'home.coordinator.title': '🧭 Untuk koordinator',
    'home.coordinator.empty':
      '_Tidak ada siklus evaluasi terbuka, pengingat terjadwal, atau pengiriman gagal._',
    'home.cycle.line':
      '📝 *{code}*: evaluasi terbuka, {responded} dari {invited} menjawab ({rate}), ditutup pada {closes}',
    'home.reminder.line': '⏰ *{code}*: {schedule} — {next}',
    'home.failed.line': '❗ *{code}* · {kind}: {count} pengiriman gagal (terakhir: {error})',
    'home.retrying.line': '🔁 *{code}* · {kind}: {count} pengiriman sedang dicoba ulang (terakhir: {error})',
    'home.missed.line': '⏭️ *{code}* · {kind}: {count} pengingat terlewat saat Mitra tidak berjalan',
    'home.paused.line': '⏸️ *{code}* · {kind}: jadwal dijeda — {reason}',
    'home.more': '… dan {count} lainnya.',
    'home.moreThan': '… dan lebih dari {count} lainnya. Ketik `/mitra daftar` untuk melihat semuanya.',
    'home.admin.note': 'Sebagai admin, Anda dapat melihat semua kemitraan dengan `/mitra daftar`.',
  },
  en: {
    // App Home
    'home.title': 'Mitra — inter-unit partnerships',
    'home.intro': 'Hello <@{user}>. Here are your partnerships and what is waiting for you.',
    'home.button.new': '➕ New partnership',
    'home.button.units': '🏢 Units',
    'home.button.refresh': '🔄 Refresh',
    'home.partnerships.title': '🤝 Your partnerships',
    'home.partnerships.empty':
      '_You are not part of any partnership yet. Press “New partnership” or type `/mitra new`._',
    'home.partnership.line': '*{code}* · {name} — {status}\nYour roles: {roles} · {gaps}',
    'home.goals.title': '🎯 Goals you are in charge of',
    'home.goals.empty': '_No goals name you as the person in charge._',
    'home.goal.line': '*{title}* · {code}\n{progress} · {status} · {due}',
    'home.goal.update': 'Update progress',
    'home.gaps.title': '🧩 Gaps to fix',
    'home.gaps.none': '_Nothing needs follow-up in the partnerships you coordinate._',
    'home.gaps.noneAdmin': '_Nothing needs follow-up in the running partnerships._',
    'home.gaps.partnership': '*{code}* · {name}\n{lines}',
    'home.evaluations.title': '📝 Your evaluation surveys',
    'home.evaluations.empty': '_No evaluation survey is waiting for you._',
    'home.evaluation.line': '*{code}* · {name}\nCloses on {closes}',
    'home.evaluation.answer': 'Answer survey',
    'home.evaluation.answeredLine':
      '*{code}* · {name}\nAnswered · you can change it until it closes on {closes}',
    'home.evaluation.edit': 'Edit answers',
    'home.coordinator.title': '🧭 For coordinators',
    'home.coordinator.empty': '_No open evaluation cycles, scheduled reminders or failed deliveries._',
    'home.cycle.line':
      '📝 *{code}*: evaluation open, {responded} of {invited} answered ({rate}), closes on {closes}',
    'home.reminder.line': '⏰ *{code}*: {schedule} — {next}',
    'home.failed.line':
      '❗ *{code}* · {kind}: {count, plural, one {# failed delivery} other {# failed deliveries}} (last: {error})',
    'home.retrying.line':
      '🔁 *{code}* · {kind}: {count, plural, one {# delivery} other {# deliveries}} being retried (last: {error})',
    'home.missed.line':
      '⏭️ *{code}* · {kind}: {count, plural, one {# reminder} other {# reminders}} missed while Mitra was not running',
    'home.paused.line': '⏸️ *{code}* · {kind}: schedule paused — {reason}',
    'home.more': '… and {count} more.',
    'home.moreThan': '… and more than {count} others. Type `/mitra list` to see them all.',
    'home.admin.note': 'As an admin you can see every partnership with `/mitra list`.',
  },
});
