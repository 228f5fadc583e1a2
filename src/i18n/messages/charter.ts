import { defineMessages } from '../types.js';

/** The charter message in a partnership's shared channel and its thread notices. */
export const charter = defineMessages({
  id: {
    // Charter and detail
    'charter.title': '📜 Piagam {code} · {name}',
    'charter.fallback': 'Piagam kemitraan {code}: {name}',
    'charter.purpose': '*Tujuan bersama*\n{purpose}',
    'charter.meta': '*Status:* {status} · *Mulai:* {start} · *Tinjauan:* {review} · *Zona waktu:* {zone}',
    'charter.noReview': 'belum ditetapkan',
    'charter.units.title': '*Unit yang bermitra*',
    'charter.unit.line': '• {name} (`{code}`)',
    'charter.unit.lead': '• {name} (`{code}`) — *unit utama*',
    'charter.goals.title': '*Sasaran ({count})*',
    'charter.goals.empty':
      '_Belum ada sasaran. Koordinator dapat menambahkannya dengan `/mitra sasaran {code}`._',
    'charter.goal.line': '*{title}*\n{indicator}\n{progress} · {status} · {due}\n{owner}',
    'charter.goal.progress':
      'Realisasi {current} dari target {target} (kemajuan {percent}% dari nilai awal {baseline})',
    'charter.goal.progressNoPercent': 'Realisasi {current}, target {target}',
    'charter.goal.noProgress': 'Belum ada realisasi (nilai awal {baseline}, target {target})',
    'charter.goal.due': 'tenggat {date}',
    'charter.goal.noDue': 'tanpa tenggat',
    'charter.goal.owner': 'Unit pemilik: {unit} · Penanggung jawab: {person}',
    'charter.goal.nobody': '_belum ada_',
    'charter.goal.quarter': '{quarter}: target {target}, realisasi {realisation}{capaian}',
    'charter.goal.quarterNone': 'belum ada',
    'charter.goal.capaian': ' (capaian {percent}%)',
    'charter.goal.update': 'Mutakhirkan capaian',
    'charter.roles.title': '*Peran dan tanggung jawab*',
    'charter.roles.empty': '_Belum ada peran._',
    'charter.role.line': '• <@{user}> — {role}, {unit}',
    'charter.role.lineWithDuties': '• <@{user}> — {role}, {unit}: {responsibilities}',
    'charter.schedules.title': '*Rencana komunikasi*',
    'charter.schedules.empty':
      '_Belum ada jadwal komunikasi. Koordinator dapat menyusunnya dengan `/mitra jadwal {code}`._',
    'charter.schedule.line': '• {schedule}. Berikutnya: {next}',
    'charter.schedule.noNext': 'tidak ada',
    'charter.schedule.paused': ' · ⏸️ dijeda: {reason}',
    'charter.schedule.failed': ' · ❗ {count} pengiriman gagal (terakhir: {error})',
    'charter.schedule.retrying': ' · 🔁 {count} pengiriman sedang dicoba ulang (terakhir: {error})',
    'charter.schedule.missed': ' · ⏭️ {count} pengingat terlewat saat Mitra tidak berjalan',
    'charter.evaluation.title': '*Evaluasi*',
    'charter.evaluation.open':
      'Evaluasi terbuka hingga {closes}: {responded} dari {invited} pimpinan telah menjawab ({rate}).',
    'charter.evaluation.last':
      'Evaluasi terakhir ditutup pada {closed}: {responded} dari {invited} pimpinan menjawab ({rate}), nilai rata-rata {mean}{weakest}. Ringkasan: `/mitra laporan {code}`.',
    'charter.evaluation.weakest': '; terlemah: {dimensions}',
    'charter.evaluation.none': '_Belum ada evaluasi._',
    'charter.gaps.title': '*⚠️ Perlu tindak lanjut ({count})*',
    'charter.gaps.none': '✅ Peran dan sasaran lengkap: tidak ada yang perlu ditindaklanjuti.',
    'charter.more': '… dan {count} lainnya. Lihat semuanya dengan `/mitra lihat {code}`.',
    'charter.footer': 'Pesan ini diperbarui otomatis setiap ada perubahan · {code}',
    'charter.open': 'Buka detail',
    'charter.notice': '✏️ {change} — oleh <@{actor}>',
    'charter.notice.created': 'Kemitraan dibuat.',
    'charter.problem.private':
      'Mitra belum menjadi anggota kanal privat <#{channel}>, sehingga piagam {code} belum dapat dikirim. Ketik `/invite @Mitra` di kanal tersebut, lalu `/mitra lihat {code}`: piagam akan dikirim saat itu.',
    'charter.problem.archived':
      'Kanal <#{channel}> telah diarsipkan, sehingga piagam {code} tidak dapat dikirim. Pulihkan kanal tersebut atau minta admin memindahkan kemitraan ke kanal lain.',
    'charter.problem.notFound':
      'Kanal kemitraan {code} tidak ditemukan, sehingga piagamnya tidak dapat dikirim. Minta admin memindahkan kemitraan ke kanal lain.',
    'charter.problem.failed':
      'Piagam {code} belum dapat dikirim: {error}. Mitra akan mencoba lagi pada perubahan berikutnya; Anda juga dapat mengetik `/mitra lihat {code}` untuk mencobanya sekarang.',
  },
  en: {
    // Charter and detail
    'charter.title': '📜 Charter {code} · {name}',
    'charter.fallback': 'Partnership charter {code}: {name}',
    'charter.purpose': '*Shared purpose*\n{purpose}',
    'charter.meta': '*Status:* {status} · *Start:* {start} · *Review:* {review} · *Time zone:* {zone}',
    'charter.noReview': 'not set',
    'charter.units.title': '*Participating units*',
    'charter.unit.line': '• {name} (`{code}`)',
    'charter.unit.lead': '• {name} (`{code}`) — *lead unit*',
    'charter.goals.title': '*Goals ({count})*',
    'charter.goals.empty': '_No goals yet. A coordinator can add them with `/mitra goal {code}`._',
    'charter.goal.line': '*{title}*\n{indicator}\n{progress} · {status} · {due}\n{owner}',
    'charter.goal.progress':
      'Actual {current} of target {target} (progress {percent}% from the baseline {baseline})',
    'charter.goal.progressNoPercent': 'Actual {current}, target {target}',
    'charter.goal.noProgress': 'No actual value yet (baseline {baseline}, target {target})',
    'charter.goal.due': 'due {date}',
    'charter.goal.noDue': 'no due date',
    'charter.goal.owner': 'Owner unit: {unit} · Person in charge: {person}',
    'charter.goal.quarter': '{quarter}: target {target}, actual {realisation}{capaian}',
    'charter.goal.quarterNone': 'none yet',
    'charter.goal.capaian': ' (achievement {percent}%)',
    'charter.goal.nobody': '_none yet_',
    'charter.goal.update': 'Update progress',
    'charter.roles.title': '*Roles and responsibilities*',
    'charter.roles.empty': '_No roles yet._',
    'charter.role.line': '• <@{user}> — {role}, {unit}',
    'charter.role.lineWithDuties': '• <@{user}> — {role}, {unit}: {responsibilities}',
    'charter.schedules.title': '*Communication plan*',
    'charter.schedules.empty':
      '_No communication schedule yet. A coordinator can add one with `/mitra schedule {code}`._',
    'charter.schedule.line': '• {schedule}. Next: {next}',
    'charter.schedule.noNext': 'none',
    'charter.schedule.paused': ' · ⏸️ paused: {reason}',
    'charter.schedule.failed':
      ' · ❗ {count, plural, one {# failed delivery} other {# failed deliveries}} (last: {error})',
    'charter.schedule.retrying':
      ' · 🔁 {count, plural, one {# delivery} other {# deliveries}} being retried (last: {error})',
    'charter.schedule.missed':
      ' · ⏭️ {count, plural, one {# reminder} other {# reminders}} missed while Mitra was not running',
    'charter.evaluation.title': '*Evaluation*',
    'charter.evaluation.open':
      'Evaluation open until {closes}: {responded} of {invited, plural, one {# unit head has} other {# unit heads have}} answered ({rate}).',
    'charter.evaluation.last':
      'Last evaluation closed on {closed}: {responded} of {invited, plural, one {# unit head} other {# unit heads}} answered ({rate}), average score {mean}{weakest}. Summary: `/mitra report {code}`.',
    'charter.evaluation.weakest': '; weakest: {dimensions}',
    'charter.evaluation.none': '_No evaluation yet._',
    'charter.gaps.title': '*⚠️ Needs follow-up ({count})*',
    'charter.gaps.none': '✅ Roles and goals complete: nothing needs follow-up.',
    'charter.more': '… and {count} more. See everything with `/mitra show {code}`.',
    'charter.footer': 'This message is updated automatically after every change · {code}',
    'charter.open': 'Open details',
    'charter.notice': '✏️ {change} — by <@{actor}>',
    'charter.notice.created': 'Partnership created.',
    'charter.problem.private':
      'Mitra is not a member of the private channel <#{channel}>, so the charter of {code} could not be posted yet. Type `/invite @Mitra` in that channel, then `/mitra show {code}`: the charter is posted then.',
    'charter.problem.archived':
      'The channel <#{channel}> is archived, so the charter of {code} cannot be posted. Unarchive it or ask an admin to move the partnership to another channel.',
    'charter.problem.notFound':
      'The channel of partnership {code} was not found, so its charter cannot be posted. Ask an admin to move the partnership to another channel.',
    'charter.problem.failed':
      'The charter of {code} could not be posted yet: {error}. Mitra tries again on the next change; you can also type `/mitra show {code}` to try now.',
  },
});
