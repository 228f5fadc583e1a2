import { defineMessages } from '../types.js';

/** Units, creating partnerships, templates, the charter, lists, the detail view and App Home. */
export const partnerships = defineMessages({
  id: {
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
  },
  en: {
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
  },
});
