import { defineMessages } from '../types.js';

/** Units, creating partnerships, templates, the charter, lists, the detail view and App Home. */
export const partnerships = defineMessages({
  id: {
    // Units
    'unit.modal.title': 'Unit kerja',
    'unit.modal.submit': 'Simpan',
    'unit.modal.close': 'Tutup',
    'unit.pick.label': 'Unit yang diubah',
    'unit.pick.new': '➕ Unit baru',
    'unit.pick.hint': 'Pilih unit yang ada untuk mengubahnya, atau biarkan "Unit baru" untuk menambah.',
    'unit.code.label': 'Kode singkat',
    'unit.code.hint': 'Huruf, angka, atau tanda hubung, 2–12 karakter, misalnya KEU atau REN.',
    'unit.name.label': 'Nama unit',
    'unit.name.placeholder': 'Misalnya Biro Keuangan',
    'unit.head.label': 'Kepala unit (pimpinan)',
    'unit.head.hint':
      'Kepala unit dapat ditetapkan sebagai pimpinan pada kemitraan baru dan menjawab survei evaluasi.',
    'unit.list.title': '*Unit terdaftar ({count})*',
    'unit.list.empty': 'Belum ada unit. Tambahkan unit pertama di atas.',
    'unit.list.line': '`{code}` {name} — kepala: {head}',
    'unit.list.noHead': 'belum ditetapkan',
    'unit.list.more': '… dan {count} unit lainnya. Ketik `/mitra unit daftar` untuk melihat semuanya.',
    'unit.saved.created': '✅ Unit `{code}` {name} telah ditambahkan. Anda dapat menambah unit berikutnya.',
    'unit.saved.updated': '✅ Unit `{code}` {name} telah diperbarui.',
    'unit.error.codeFormat': 'Gunakan 2–12 huruf, angka, atau tanda hubung, misalnya KEU.',
    'unit.error.codeTaken': 'Kode {code} sudah dipakai oleh unit {name}. Gunakan kode lain.',
    'unit.error.notFound': 'Unit ini tidak ditemukan. Tutup formulir ini lalu ketik `/mitra unit` lagi.',
    'unit.listCommand.title': 'Unit kerja ({count})',
    'unit.notice.updated': 'Unit {name} diperbarui.',

    // Creating a partnership
    'partnership.new.title': 'Kemitraan baru',
    'partnership.new.submit': 'Buat',
    'partnership.new.close': 'Batal',
    'partnership.new.intro':
      'Kemitraan menghubungkan dua unit kerja atau lebih untuk tujuan bersama. Anda akan menjadi koordinatornya.',
    'partnership.new.needUnits':
      'Kemitraan memerlukan setidaknya dua unit kerja, sedangkan baru terdaftar {count}. Minta admin Mitra menambahkan unit dengan `/mitra unit`.',
    'partnership.new.needUnitsAdmin':
      'Kemitraan memerlukan setidaknya dua unit kerja, sedangkan baru terdaftar {count}. Tambahkan unit terlebih dahulu dengan `/mitra unit`.',
    'partnership.new.tooManyUnits':
      'Hanya {max} unit pertama yang dapat dipilih di sini (urut kode). Hubungi admin bila unit Anda tidak ada.',
    'partnership.template.label': 'Templat (opsional)',
    'partnership.template.placeholder': 'Mulai dari templat',
    'partnership.template.hint':
      'Templat mengisi tujuan bersama, usulan sasaran, dan tanggung jawab peran; semuanya dapat Anda ubah.',
    'partnership.template.none': 'Tanpa templat',
    'partnership.name.label': 'Nama kemitraan',
    'partnership.name.placeholder': 'Misalnya Kemitraan Perencanaan–Keuangan',
    'partnership.purpose.label': 'Tujuan bersama',
    'partnership.purpose.placeholder': 'Apa yang ingin dicapai bersama, dan mengapa?',
    'partnership.units.label': 'Unit yang bermitra',
    'partnership.units.placeholder': 'Pilih unit',
    'partnership.units.hint': 'Pilih setidaknya dua unit.',
    'partnership.leadUnit.label': 'Unit utama',
    'partnership.leadUnit.hint': 'Unit yang memimpin kemitraan; harus salah satu unit yang bermitra.',
    'partnership.channel.label': 'Kanal bersama',
    'partnership.channel.hint':
      'Piagam dan pengingat dikirim ke kanal ini. Untuk kanal privat, undang Mitra dengan `/invite @Mitra`.',
    'partnership.startDate.label': 'Tanggal mulai',
    'partnership.reviewDate.label': 'Tanggal tinjauan',
    'partnership.reviewDate.hint': 'Kapan kemitraan ditinjau ulang; harus sesudah tanggal mulai.',
    'partnership.timeZone.label': 'Zona waktu',
    'partnership.timeZone.wib': 'WIB — Waktu Indonesia Barat',
    'partnership.timeZone.wita': 'WITA — Waktu Indonesia Tengah',
    'partnership.timeZone.wit': 'WIT — Waktu Indonesia Timur',
    'partnership.timeZone.other': 'Zona lain (isi di bawah)',
    'partnership.otherTimeZone.label': 'Zona waktu lain (IANA)',
    'partnership.otherTimeZone.hint':
      'Misalnya Asia/Singapore atau Europe/Amsterdam. Bila diisi, zona ini yang dipakai.',
    'partnership.myUnit.label': 'Unit Anda',
    'partnership.myUnit.hint':
      'Anda menjadi koordinator kemitraan ini atas nama unit ini. Bila dikosongkan, atas nama unit utama.',
    'partnership.myResponsibilities.label': 'Tanggung jawab Anda sebagai koordinator',
    'partnership.suggestedGoals.label': 'Usulan sasaran',
    'partnership.suggestedGoals.hint':
      'Sasaran yang dicentang dibuat bersama kemitraan. Ubah atau lengkapi kemudian dengan `/mitra sasaran`.',
    'partnership.suggestedGoal.option': '{title} ({baseline} → {target})',
    'partnership.suggestedRoles.label': 'Peran',
    'partnership.suggestedRoles.heads': 'Tetapkan kepala setiap unit sebagai pimpinan (menjawab evaluasi)',
    'partnership.suggestedRoles.hint': 'Unit tanpa kepala unit terdaftar akan ditandai perlu tindak lanjut.',
    'partnership.error.unitsMin': 'Pilih setidaknya dua unit.',
    'partnership.error.unknownUnit': 'Unit yang dipilih tidak ditemukan. Tutup formulir ini lalu buka lagi.',
    'partnership.error.leadNotParticipating': 'Unit utama harus salah satu unit yang bermitra.',
    'partnership.error.myUnitNotParticipating': 'Unit Anda harus salah satu unit yang bermitra.',
    'partnership.error.channel': 'Pilih kanal publik atau privat, bukan pesan langsung.',
    'partnership.error.timeZone': 'Zona waktu tidak dikenal. Gunakan nama IANA, misalnya Asia/Makassar.',
    'partnership.error.otherTimeZoneMissing': 'Isi zona waktu lain, misalnya Asia/Singapore.',
    'partnership.created.title': 'Kemitraan dibuat',
    'partnership.created.body': '✅ *{code}* · {name} telah dibuat. Anda adalah koordinatornya.',
    'partnership.created.posting': '⏳ Mengirim piagam ke <#{channel}>…',
    'partnership.created.posted': '📜 Piagam telah dikirim ke <#{channel}>.',
    'partnership.created.next':
      'Langkah berikutnya: tambahkan sasaran dengan `/mitra sasaran {code}`, tetapkan peran dengan `/mitra peran {code}`, dan susun jadwal komunikasi dengan `/mitra jadwal {code}`.',
    'partnership.detail.modalTitle': 'Kemitraan {code}',
    'partnership.detail.close': 'Tutup',
    'partnership.view.notAllowed':
      'Anda tidak terlibat dalam kemitraan {code}. Minta koordinatornya untuk menetapkan peran Anda, atau buka piagamnya di kanal bersama.',
    'partnership.charterPosted': '📜 Piagam {code} kini telah dikirim ke <#{channel}>.',

    // Templates
    'template.planning_finance.name': 'Kemitraan Perencanaan–Keuangan',
    'template.planning_finance.purpose':
      'Menyelaraskan perencanaan program dengan penganggaran agar setiap kegiatan prioritas memiliki anggaran yang memadai dan realisasinya dapat dipantau bersama.',
    'template.planning_finance.goal1.title': 'Rencana kerja dan anggaran selaras',
    'template.planning_finance.goal1.indicator':
      'Persentase kegiatan prioritas dalam rencana kerja yang memiliki alokasi anggaran',
    'template.planning_finance.goal2.title': 'Penyerapan anggaran sesuai rencana',
    'template.planning_finance.goal2.indicator':
      'Persentase realisasi anggaran terhadap rencana penarikan dana triwulanan',
    'template.operations_support.name': 'Kemitraan Operasional–Dukungan',
    'template.operations_support.purpose':
      'Memastikan unit operasional mendapatkan dukungan umum (sarana, pengadaan, layanan) tepat waktu sehingga layanan kepada publik tidak terhambat.',
    'template.operations_support.goal1.title': 'Permintaan dukungan selesai tepat waktu',
    'template.operations_support.goal1.indicator':
      'Persentase permintaan layanan yang diselesaikan sesuai standar waktu layanan',
    'template.operations_support.goal2.title': 'Waktu pengadaan lebih singkat',
    'template.operations_support.goal2.indicator':
      'Rata-rata hari kerja dari permintaan hingga barang atau jasa tersedia',
    'template.policy_research.name': 'Kemitraan Kebijakan–Riset',
    'template.policy_research.purpose':
      'Memperkuat kebijakan berbasis bukti: unit kebijakan menyampaikan kebutuhan kajian, unit riset menyediakan kajian tepat waktu untuk siklus penyusunan kebijakan.',
    'template.policy_research.goal1.title': 'Rekomendasi kebijakan berbasis kajian',
    'template.policy_research.goal1.indicator': 'Jumlah rekomendasi kebijakan yang didukung hasil kajian',
    'template.policy_research.goal2.title': 'Kajian selesai sebelum tenggat kebijakan',
    'template.policy_research.goal2.indicator':
      'Persentase permintaan kajian yang selesai sebelum tenggat penyusunan kebijakan',
    'template.measure.percent': '%',
    'template.measure.days': 'hari',
    'template.measure.documents': 'dokumen',
    'template.responsibilities.coordinator':
      'Memimpin rapat koordinasi, menjaga rencana komunikasi, dan memantau kemajuan sasaran bersama.',
    'template.responsibilities.liaison':
      'Menjadi penghubung harian antarunit dan meneruskan kebutuhan serta data unitnya.',
    'template.responsibilities.member': 'Melaksanakan kegiatan bersama sesuai pembagian tugas.',
    'template.responsibilities.manager':
      'Memberi arahan, mengambil keputusan lintas unit, dan mengisi survei evaluasi berkala.',

    // Words used in every view of a partnership
    'partnership.status.active': 'aktif',
    'partnership.status.paused': 'dijeda',
    'partnership.status.closed': 'ditutup',

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
    'charter.gaps.none': '✅ Tidak ada yang perlu ditindaklanjuti.',
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
    'gap.unit_without_liaison': 'Unit {unit} belum memiliki penghubung',
    'gap.unit_without_manager': 'Unit {unit} belum memiliki pimpinan',
    'gap.goal_without_owner_unit': 'Sasaran “{goal}” belum memiliki unit pemilik',
    'gap.goal_without_person_in_charge': 'Sasaran “{goal}” belum memiliki penanggung jawab',
    'gap.goal_overdue': 'Sasaran “{goal}” melewati tenggat {date}',
    'gap.no_goal': 'Belum ada sasaran',
    'gap.no_schedule': 'Belum ada jadwal komunikasi',
    'gap.line': '• {gap} → `/mitra {word} {code}`',

    // Lists and pages
    'partnership.list.title': 'Kemitraan Anda ({count})',
    'partnership.list.titleAdmin': 'Semua kemitraan ({count})',
    'partnership.list.choose': 'Pilih kemitraan yang ingin dilihat, atau ketik `/mitra lihat KODE`.',
    'partnership.list.empty':
      'Anda belum terlibat dalam kemitraan mana pun. Ketik `/mitra baru` untuk membuat kemitraan.',
    'partnership.list.item': '*{code}* · {name}\n{status} · {units} · {goals} sasaran · Peran Anda: {roles}',
    'partnership.list.noRole': '—',
    'partnership.list.gaps': '⚠️ {count} hal perlu tindak lanjut',
    'partnership.list.noGaps': '✅ Tidak ada yang perlu ditindaklanjuti',
    'partnership.list.open': 'Lihat',
    'partnership.page.label': 'Halaman {page} dari {pages}',
    'partnership.detail.continued': '*{code}* · {name} — halaman {page} dari {pages}',
    'partnership.page.next': 'Berikutnya ›',
    'partnership.page.previous': '‹ Sebelumnya',

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
    // Units
    'unit.modal.title': 'Units',
    'unit.modal.submit': 'Save',
    'unit.modal.close': 'Close',
    'unit.pick.label': 'Unit to edit',
    'unit.pick.new': '➕ New unit',
    'unit.pick.hint': 'Choose an existing unit to change it, or keep "New unit" to add one.',
    'unit.code.label': 'Short code',
    'unit.code.hint': 'Letters, digits or hyphens, 2–12 characters, for example FIN or PLAN.',
    'unit.name.label': 'Unit name',
    'unit.name.placeholder': 'For example Finance Bureau',
    'unit.head.label': 'Unit head',
    'unit.head.hint':
      'The unit head can be given the unit head role in new partnerships, and answers the evaluation surveys.',
    'unit.list.title': '*Registered units ({count})*',
    'unit.list.empty': 'No units yet. Add the first one above.',
    'unit.list.line': '`{code}` {name} — head: {head}',
    'unit.list.noHead': 'not set',
    'unit.list.more':
      '… and {count, plural, one {# more unit} other {# more units}}. Type `/mitra unit list` to see them all.',
    'unit.saved.created': '✅ Unit `{code}` {name} was added. You can add the next one.',
    'unit.saved.updated': '✅ Unit `{code}` {name} was updated.',
    'unit.error.codeFormat': 'Use 2–12 letters, digits or hyphens, for example FIN.',
    'unit.error.codeTaken': 'The code {code} is already used by {name}. Use another code.',
    'unit.error.notFound': 'This unit no longer exists. Close this form and type `/mitra unit` again.',
    'unit.listCommand.title': 'Units ({count})',
    'unit.notice.updated': 'Unit {name} was updated.',

    // Creating a partnership
    'partnership.new.title': 'New partnership',
    'partnership.new.submit': 'Create',
    'partnership.new.close': 'Cancel',
    'partnership.new.intro':
      'A partnership links two or more units around a shared purpose. You will be its coordinator.',
    'partnership.new.needUnits':
      'A partnership needs at least two units, and {count, plural, one {only # is} other {only # are}} registered. Ask a Mitra admin to add units with `/mitra unit`.',
    'partnership.new.needUnitsAdmin':
      'A partnership needs at least two units, and {count, plural, one {only # is} other {only # are}} registered. Add units first with `/mitra unit`.',
    'partnership.new.tooManyUnits':
      'Only the first {max} units (by code) can be chosen here. Contact an admin if yours is missing.',
    'partnership.template.label': 'Template (optional)',
    'partnership.template.placeholder': 'Start from a template',
    'partnership.template.hint':
      'A template fills in the shared purpose, suggested goals and role responsibilities; you can change all of them.',
    'partnership.template.none': 'No template',
    'partnership.name.label': 'Partnership name',
    'partnership.name.placeholder': 'For example Planning–Finance Partnership',
    'partnership.purpose.label': 'Shared purpose',
    'partnership.purpose.placeholder': 'What do the units want to achieve together, and why?',
    'partnership.units.label': 'Participating units',
    'partnership.units.placeholder': 'Choose units',
    'partnership.units.hint': 'Choose at least two units.',
    'partnership.leadUnit.label': 'Lead unit',
    'partnership.leadUnit.hint':
      'The unit that leads the partnership; it must be one of the participating units.',
    'partnership.channel.label': 'Shared channel',
    'partnership.channel.hint':
      'The charter and reminders are posted here. For a private channel, invite Mitra with `/invite @Mitra`.',
    'partnership.startDate.label': 'Start date',
    'partnership.reviewDate.label': 'Review date',
    'partnership.reviewDate.hint': 'When the partnership is reviewed; it must be after the start date.',
    'partnership.timeZone.label': 'Time zone',
    'partnership.timeZone.wib': 'WIB — Western Indonesia Time',
    'partnership.timeZone.wita': 'WITA — Central Indonesia Time',
    'partnership.timeZone.wit': 'WIT — Eastern Indonesia Time',
    'partnership.timeZone.other': 'Another zone (type it below)',
    'partnership.otherTimeZone.label': 'Other time zone (IANA)',
    'partnership.otherTimeZone.hint':
      'For example Asia/Singapore or Europe/Amsterdam. When filled in, this zone is used.',
    'partnership.myUnit.label': 'Your unit',
    'partnership.myUnit.hint':
      'You become the coordinator of this partnership on behalf of this unit. If left empty, on behalf of the lead unit.',
    'partnership.myResponsibilities.label': 'Your responsibilities as coordinator',
    'partnership.suggestedGoals.label': 'Suggested goals',
    'partnership.suggestedGoals.hint':
      'Ticked goals are created with the partnership. Change or complete them later with `/mitra goal`.',
    'partnership.suggestedGoal.option': '{title} ({baseline} → {target})',
    'partnership.suggestedRoles.label': 'Roles',
    'partnership.suggestedRoles.heads':
      'Give each unit’s registered head the unit head role (answers evaluations)',
    'partnership.suggestedRoles.hint': 'A unit with no registered head is flagged as needing follow-up.',
    'partnership.error.unitsMin': 'Choose at least two units.',
    'partnership.error.unknownUnit': 'A chosen unit was not found. Close this form and open it again.',
    'partnership.error.leadNotParticipating': 'The lead unit must be one of the participating units.',
    'partnership.error.myUnitNotParticipating': 'Your unit must be one of the participating units.',
    'partnership.error.channel': 'Choose a public or private channel, not a direct message.',
    'partnership.error.timeZone': 'Unknown time zone. Use an IANA name such as Asia/Makassar.',
    'partnership.error.otherTimeZoneMissing': 'Type the other time zone, for example Asia/Singapore.',
    'partnership.created.title': 'Partnership created',
    'partnership.created.body': '✅ *{code}* · {name} was created. You are its coordinator.',
    'partnership.created.posting': '⏳ Posting the charter in <#{channel}>…',
    'partnership.created.posted': '📜 The charter was posted in <#{channel}>.',
    'partnership.created.next':
      'Next: add goals with `/mitra goal {code}`, assign roles with `/mitra role {code}` and plan communication with `/mitra schedule {code}`.',
    'partnership.detail.modalTitle': 'Partnership {code}',
    'partnership.detail.close': 'Close',
    'partnership.view.notAllowed':
      'You are not part of partnership {code}. Ask its coordinator to assign you a role, or open its charter in the shared channel.',
    'partnership.charterPosted': '📜 The charter of {code} has now been posted in <#{channel}>.',

    // Templates
    'template.planning_finance.name': 'Planning–Finance Partnership',
    'template.planning_finance.purpose':
      'Align programme planning with budgeting so that every priority activity has an adequate budget and its spending is monitored together.',
    'template.planning_finance.goal1.title': 'Work plan and budget aligned',
    'template.planning_finance.goal1.indicator':
      'Share of priority activities in the work plan with a budget allocation',
    'template.planning_finance.goal2.title': 'Budget spent as planned',
    'template.planning_finance.goal2.indicator': 'Budget realisation against the quarterly disbursement plan',
    'template.operations_support.name': 'Operations–Support Partnership',
    'template.operations_support.purpose':
      'Make sure operational units get general support (facilities, procurement, services) on time so that public services are not held up.',
    'template.operations_support.goal1.title': 'Support requests resolved on time',
    'template.operations_support.goal1.indicator':
      'Share of service requests resolved within the service standard',
    'template.operations_support.goal2.title': 'Shorter procurement time',
    'template.operations_support.goal2.indicator':
      'Average working days from request until goods or services are available',
    'template.policy_research.name': 'Policy–Research Partnership',
    'template.policy_research.purpose':
      'Strengthen evidence-based policy: the policy unit states its research needs and the research unit delivers studies in time for the policy cycle.',
    'template.policy_research.goal1.title': 'Policy recommendations backed by research',
    'template.policy_research.goal1.indicator':
      'Number of policy recommendations supported by research findings',
    'template.policy_research.goal2.title': 'Studies ready before policy deadlines',
    'template.policy_research.goal2.indicator':
      'Share of research requests completed before the policy drafting deadline',
    'template.measure.percent': '%',
    'template.measure.days': 'days',
    'template.measure.documents': 'documents',
    'template.responsibilities.coordinator':
      'Chairs coordination meetings, keeps the communication plan and follows progress on the shared goals.',
    'template.responsibilities.liaison':
      'Day-to-day contact between the units; passes on the needs and data of their unit.',
    'template.responsibilities.member': 'Carries out the joint activities as assigned.',
    'template.responsibilities.manager':
      'Gives direction, takes cross-unit decisions and answers the regular evaluation surveys.',

    // Words used in every view of a partnership
    'partnership.status.active': 'active',
    'partnership.status.paused': 'paused',
    'partnership.status.closed': 'closed',

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
    'charter.gaps.none': '✅ Nothing needs follow-up.',
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
    'gap.unit_without_liaison': 'Unit {unit} has no liaison',
    'gap.unit_without_manager': 'Unit {unit} has no unit head',
    'gap.goal_without_owner_unit': 'Goal “{goal}” has no owner unit',
    'gap.goal_without_person_in_charge': 'Goal “{goal}” has no person in charge',
    'gap.goal_overdue': 'Goal “{goal}” is past its due date {date}',
    'gap.no_goal': 'No goals yet',
    'gap.no_schedule': 'No communication schedule yet',
    'gap.line': '• {gap} → `/mitra {word} {code}`',

    // Lists and pages
    'partnership.list.title': 'Your partnerships ({count})',
    'partnership.list.titleAdmin': 'All partnerships ({count})',
    'partnership.list.choose': 'Choose the partnership to show, or type `/mitra show CODE`.',
    'partnership.list.empty': 'You are not part of any partnership yet. Type `/mitra new` to create one.',
    'partnership.list.item':
      '*{code}* · {name}\n{status} · {units} · {goals, plural, one {# goal} other {# goals}} · Your roles: {roles}',
    'partnership.list.noRole': '—',
    'partnership.list.gaps': '⚠️ {count, plural, one {# gap} other {# gaps}} to fix',
    'partnership.list.noGaps': '✅ Nothing needs follow-up',
    'partnership.list.open': 'Show',
    'partnership.page.label': 'Page {page} of {pages}',
    'partnership.detail.continued': '*{code}* · {name} — page {page} of {pages}',
    'partnership.page.next': 'Next ›',
    'partnership.page.previous': '‹ Previous',

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
