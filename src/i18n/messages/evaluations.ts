import { defineMessages } from '../types.js';

/**
 * Evaluation cycles: the survey managers answer and the summaries built from it.
 * Grouped by prefix; keep new keys inside (or next to) the group they belong to.
 */
export const evaluations = defineMessages({
  id: {
    // Dimension names, as shown in summaries, reports and exports.
    'evaluation.dimension.coordination': 'Koordinasi',
    'evaluation.dimension.communication': 'Komunikasi',
    'evaluation.dimension.collaboration': 'Kolaborasi',
    'evaluation.dimension.efficiency': 'Efisiensi',
    'evaluation.dimension.satisfaction': 'Kepuasan staf',
    'evaluation.dimension.trust': 'Kepercayaan dan saling menghormati',
    'evaluation.dimension.roleClarity': 'Kejelasan peran',

    // Survey questions, one per dimension.
    'evaluation.question.coordination': 'Seberapa baik koordinasi antarunit dalam kemitraan ini?',
    'evaluation.question.communication':
      'Seberapa lancar dan tepat waktu komunikasi antarunit dalam kemitraan ini?',
    'evaluation.question.collaboration':
      'Seberapa baik unit-unit bekerja sama untuk mencapai tujuan bersama?',
    'evaluation.question.efficiency':
      'Seberapa efisien pekerjaan bersama ini dilaksanakan, tanpa duplikasi dan penundaan?',
    'evaluation.question.satisfaction': 'Seberapa puas staf unit Anda dengan kemitraan ini?',
    'evaluation.question.trust': 'Seberapa besar rasa saling percaya dan saling menghormati antarunit?',
    'evaluation.question.roleClarity':
      'Seberapa jelas peran dan tanggung jawab setiap pihak dalam kemitraan ini?',

    // The 1–5 scale; both ends are labelled in the survey, the middle labels serve the options.
    'evaluation.scale.low': '1 — Sangat kurang',
    'evaluation.scale.2': '2 — Kurang',
    'evaluation.scale.3': '3 — Cukup',
    'evaluation.scale.4': '4 — Baik',
    'evaluation.scale.high': '5 — Sangat baik',

    // A concrete next step for a weak dimension, tied to the five steps and a Mitra command.
    'evaluation.suggestion.coordination':
      'Identifikasi kembali sasaran bersama: pastikan setiap sasaran memiliki indikator, target, unit pemilik, dan penanggung jawab yang disepakati semua unit. Gunakan `/mitra sasaran {code}`.',
    'evaluation.suggestion.communication':
      'Tinjau rencana komunikasi dan jadwalnya: pastikan pemantauan berkala, rapat, dan permintaan pemutakhiran capaian terjadwal secara teratur di kanal bersama. Gunakan `/mitra jadwal {code}`.',
    'evaluation.suggestion.collaboration':
      'Kerjakan sasaran bersama secara terbuka: mutakhirkan capaian setiap sasaran agar semua unit melihat kontribusi masing-masing dan dapat saling membantu. Gunakan `/mitra progres {code}`.',
    'evaluation.suggestion.efficiency':
      'Evaluasi dan tinjau pelaksanaan secara teratur: periksa sasaran yang melewati tenggat atau berisiko, hilangkan pekerjaan ganda, dan sesuaikan target yang tidak realistis. Gunakan `/mitra lihat {code}`.',
    'evaluation.suggestion.satisfaction':
      'Bahas hasil evaluasi ini bersama staf setiap unit dan sepakati tindak lanjut atas masukan mereka pada pertemuan berikutnya. Gunakan `/mitra laporan {code}`.',
    'evaluation.suggestion.trust':
      'Bangun kepercayaan dan saling menghormati: tinjau kembali piagam kemitraan bersama, sepakati cara kerja, dan beri pengakuan atas kontribusi setiap unit. Gunakan `/mitra lihat {code}`.',
    'evaluation.suggestion.roleClarity':
      'Tentukan peran dan tanggung jawab: pastikan setiap unit memiliki penghubung dan pimpinan, serta setiap orang mengetahui tanggung jawabnya. Gunakan `/mitra peran {code}`.',

    // Opening a cycle: `/mitra evaluasi KODE` (coordinators and admins).
    'evaluation.open.title': 'Buka evaluasi',
    'evaluation.open.submit': 'Buka evaluasi',
    'evaluation.cancel': 'Batal',
    'evaluation.open.intro':
      '*{code} · {name}*\nPimpinan yang diundang menerima survei lewat pesan langsung. Saat evaluasi ditutup, ringkasannya dikirim ke kanal bersama.',
    'evaluation.open.introSelect':
      'Pilih kemitraan; daftar pimpinan akan terisi dengan semua pemegang peran pimpinan kemitraan itu.',
    'evaluation.open.closesDate.label': 'Tanggal penutupan',
    'evaluation.open.closesTime.label': 'Jam penutupan ({zone})',
    'evaluation.open.remind.label': 'Pengingat bagi yang belum menjawab',
    'evaluation.open.remind.none': 'Tanpa pengingat',
    'evaluation.open.remind.2h': '2 jam sebelum ditutup',
    'evaluation.open.remind.1d': '1 hari sebelum ditutup',
    'evaluation.open.remind.2d': '2 hari sebelum ditutup',
    'evaluation.open.remind.3d': '3 hari sebelum ditutup',
    'evaluation.open.managers.label': 'Pimpinan yang diundang',
    'evaluation.open.managers.hint':
      'Terisi dengan semua pemegang peran pimpinan kemitraan ini. Hanya pimpinan yang dapat diundang.',
    'evaluation.open.error.closesTooSoon': 'Pilih waktu penutupan paling cepat satu jam dari sekarang.',
    'evaluation.open.error.closesTooLate': 'Pilih waktu penutupan dalam {days} hari ke depan.',
    'evaluation.open.error.remindPast':
      'Waktu pengingat ini sudah lewat. Pilih jarak yang lebih pendek atau waktu penutupan yang lebih lambat.',
    'evaluation.open.error.noManagers':
      'Kemitraan {code} belum memiliki pimpinan. Tetapkan dengan /mitra peran {code}, lalu buka evaluasi lagi.',
    'evaluation.open.error.noneChosen': 'Pilih paling sedikit satu pimpinan.',
    'evaluation.open.error.tooMany': 'Paling banyak {max} pimpinan dalam satu evaluasi.',
    'evaluation.open.error.notManagers':
      '{count} orang yang dipilih bukan pimpinan di {code}: {people}. Tetapkan perannya dengan /mitra peran {code} atau hapus dari daftar.',
    'evaluation.open.alreadyOpen':
      'Evaluasi {code} masih berjalan hingga {closes}: {responded} dari {invited} pimpinan telah menjawab ({rate}). Evaluasi baru dapat dibuka setelah yang ini ditutup.',
    'evaluation.open.done':
      'Evaluasi {code} dibuka: {invited} pimpinan diundang lewat pesan langsung dan survei ditutup pada {closes}.',
    'evaluation.open.promptFailed':
      'Pemberitahuan evaluasi {code} tidak dapat dikirim ke <#{channel}>: {error}. Undang Mitra ke kanal itu; para pimpinan tetap menerima undangan lewat pesan langsung.',

    // The prompt in the shared channel, the invitation DM and the reminder DM.
    'evaluation.prompt.text': 'Evaluasi kemitraan {code} dibuka hingga {closes}',
    'evaluation.prompt.body':
      ':bar_chart: *Evaluasi kemitraan {code} · {name}*\nPimpinan unit diundang menilai koordinasi, komunikasi, kolaborasi, efisiensi, kepuasan staf, kepercayaan, dan kejelasan peran. Survei ditutup pada *{closes}*.',
    'evaluation.prompt.invited': 'Diundang: {people}',
    'evaluation.prompt.button': 'Isi survei',
    'evaluation.prompt.closedText': 'Evaluasi kemitraan {code} telah ditutup',
    'evaluation.prompt.closed':
      ':white_check_mark: *Evaluasi kemitraan {code} · {name}* telah ditutup pada {closed}. {responded} dari {invited} pimpinan menjawab. Ketik `/mitra laporan {code}` untuk hasil dan trennya.',
    'evaluation.dm.text': 'Anda diundang mengisi evaluasi kemitraan {code}',
    'evaluation.dm.body':
      'Anda diundang sebagai pimpinan untuk menilai kemitraan *{code} · {name}*. Survei berisi tujuh penilaian singkat (1–5) dan dua pertanyaan terbuka. Jawaban dapat diubah hingga survei ditutup pada *{closes}*.',
    'evaluation.dm.privacy':
      'Ringkasan hanya menampilkan nilai gabungan; masukan tertulis ditampilkan tanpa nama.',
    'evaluation.reminder.text': 'Pengingat: evaluasi kemitraan {code} ditutup pada {closes}',
    'evaluation.reminder.body':
      ':hourglass_flowing_sand: Pengingat: Anda belum mengisi evaluasi kemitraan *{code} · {name}*. Survei ditutup pada *{closes}*.',

    // The survey modal.
    'evaluation.survey.title': 'Survei evaluasi',
    'evaluation.survey.submit': 'Kirim',
    'evaluation.survey.intro':
      '*{code} · {name}*\nBeri nilai 1 (sangat kurang) sampai 5 (sangat baik). Survei ditutup pada {closes}.',
    'evaluation.survey.editing':
      'Anda sudah menjawab pada {when}. Jawaban Anda tampil di bawah dan dapat diubah hingga survei ditutup.',
    'evaluation.survey.privacy':
      'Ringkasan hanya menampilkan nilai gabungan dan masukan tanpa nama. Rincian per unit hanya tampil bila unit itu memiliki paling sedikit {min} jawaban.',
    'evaluation.survey.whatWorks.label': 'Apa yang sudah berjalan baik?',
    'evaluation.survey.whatToImprove.label': 'Apa yang perlu diperbaiki?',
    'evaluation.survey.text.hint': 'Opsional, paling banyak {max} karakter. Ditampilkan tanpa nama.',
    'evaluation.survey.scoreInvalid': 'Pilih nilai 1 sampai 5.',
    'evaluation.survey.thanks.title': 'Terima kasih',
    'evaluation.survey.thanks.body':
      'Jawaban Anda untuk evaluasi {code} telah disimpan. Anda dapat mengubahnya hingga {closes} lewat tombol yang sama atau `/mitra evaluasi {code}`.',
    'evaluation.survey.close': 'Tutup',
    'evaluation.survey.notice.title': 'Evaluasi',
    'evaluation.survey.notInvited':
      'Anda tidak diundang dalam evaluasi ini. Hanya pimpinan yang diundang koordinator yang dapat mengisinya; tidak ada yang disimpan.',
    'evaluation.survey.closed':
      'Evaluasi {code} sudah ditutup sehingga jawaban tidak dapat diisi atau diubah lagi. Ketik `/mitra laporan {code}` untuk melihat hasilnya.',
    'evaluation.survey.notFound': 'Evaluasi ini tidak ditemukan. Tidak ada yang disimpan.',
    'evaluation.survey.noOpenCycle':
      'Tidak ada evaluasi yang sedang berjalan untuk {code}. Koordinator dapat membukanya dengan `/mitra evaluasi {code}`.',
    'evaluation.survey.noneWaiting':
      'Tidak ada survei evaluasi yang menunggu Anda. Sebutkan kode kemitraan, misalnya `/mitra evaluasi PK-1`.',
    'evaluation.survey.chooseOne': 'Beberapa survei menunggu Anda: {codes}. Ketik `/mitra evaluasi KODE`.',

    // The summary posted in the channel at close, also shown by `/mitra laporan`.
    'evaluation.summary.text': 'Hasil evaluasi kemitraan {code}',
    'evaluation.summary.header': 'Hasil evaluasi {code}',
    'evaluation.summary.period': '{name} · dibuka pada {opened} · ditutup pada {closed}',
    'evaluation.summary.responseRate': '*Tingkat respons:* {responded} dari {invited} pimpinan ({rate})',
    'evaluation.summary.overall': '*Nilai keseluruhan:* {mean} dari 5 ({change})',
    'evaluation.summary.change': '{change} dibanding evaluasi sebelumnya',
    'evaluation.summary.firstCycle': 'belum ada evaluasi sebelumnya untuk dibandingkan',
    'evaluation.summary.dimensionsTitle': '*Nilai per dimensi* — rata-rata (simpangan baku), perubahan',
    'evaluation.summary.dimensionLine': '{arrow} {name}: *{mean}* ({sd}), {change}',
    'evaluation.summary.dimensionsTitleFirst': '*Nilai per dimensi* — rata-rata (simpangan baku)',
    'evaluation.summary.dimensionLineFirst': '{arrow} {name}: *{mean}* ({sd})',
    'evaluation.summary.weakestTitle': '*Perlu perhatian*',
    'evaluation.summary.weakLine': '*{name}* ({mean}): {suggestion}',
    'evaluation.summary.recognitionTitle': '*Yang sudah berjalan baik* (tanpa nama, diurutkan menurut abjad)',
    'evaluation.summary.recognitionNone': 'Tidak ada tanggapan tertulis.',
    'evaluation.summary.recognitionMore': '…dan {count} lainnya.',
    'evaluation.summary.improveTitle': '*Yang perlu diperbaiki* (tanpa nama, diurutkan menurut abjad)',
    'evaluation.summary.improveNone': 'Tidak ada masukan tertulis.',
    'evaluation.summary.improveMore': '…dan {count} masukan lainnya di `/mitra ekspor {code}`.',
    'evaluation.summary.unitsTitle': '*Per unit* — nilai keseluruhan',
    'evaluation.summary.unitLine': '{unit}: *{mean}* ({count} jawaban)',
    'evaluation.summary.unitsSomeHidden':
      'Unit dengan kurang dari {min} jawaban tidak ditampilkan tersendiri.',
    'evaluation.summary.unitsWithheld':
      'Rincian per unit tidak ditampilkan agar jawaban perorangan tidak dapat dikenali: belum ada unit dengan paling sedikit {min} jawaban.',
    'evaluation.summary.unitsWithheldDifference':
      'Rincian per unit tidak ditampilkan: jawaban dari unit yang tidak ditampilkan terlalu sedikit sehingga dapat dihitung dari angka keseluruhan.',
    'evaluation.summary.smallSample':
      ':warning: Hanya {count} jawaban (kurang dari {min}): angka ini belum tentu mewakili, dan jawaban perorangan mungkin dapat dikenali.',
    'evaluation.summary.noResponses':
      'Tidak ada pimpinan yang menjawab evaluasi ini sehingga tidak ada nilai untuk diringkas.',
    'evaluation.summary.footer': 'Ketik `/mitra laporan {code}` untuk tren semua evaluasi.',

    // `/mitra laporan KODE`.
    'evaluation.report.text': 'Laporan evaluasi {code}',
    'evaluation.report.none': 'Belum ada evaluasi yang ditutup untuk {code}.',
    'evaluation.report.openCycle':
      'Evaluasi sedang berjalan: {responded} dari {invited} pimpinan telah menjawab ({rate}); ditutup pada {closes}.',
    'evaluation.report.notVisible':
      'Anda tidak memiliki akses ke kemitraan {code}. Laporannya hanya dapat dilihat oleh anggota kemitraan; minta koordinatornya menetapkan peran Anda.',
    'evaluation.report.trendTitle':
      '*Tren {count} evaluasi* (terlama → terbaru; panah di depan: naik ↑, turun ↓ atau tetap → dibanding evaluasi sebelumnya)',
    'evaluation.report.trendLine': '{arrow} {name}: {series}',
    'evaluation.report.trendOverall': 'Keseluruhan',
    'evaluation.report.trendResponse': 'Tingkat respons: {series}',
    'evaluation.report.trendTruncated':
      'Menampilkan {shown} evaluasi terakhir dari {total}; semuanya ada di `/mitra ekspor {code}`.',
    'evaluation.report.latestTitle': '*Evaluasi terakhir*',
  },
  en: {
    // Dimension names, as shown in summaries, reports and exports.
    'evaluation.dimension.coordination': 'Coordination',
    'evaluation.dimension.communication': 'Communication',
    'evaluation.dimension.collaboration': 'Collaboration',
    'evaluation.dimension.efficiency': 'Efficiency',
    'evaluation.dimension.satisfaction': 'Staff satisfaction',
    'evaluation.dimension.trust': 'Trust and mutual respect',
    'evaluation.dimension.roleClarity': 'Role clarity',

    // Survey questions, one per dimension.
    'evaluation.question.coordination': 'How well do the units coordinate in this partnership?',
    'evaluation.question.communication':
      'How smooth and timely is communication between the units in this partnership?',
    'evaluation.question.collaboration': 'How well do the units work together towards their shared purpose?',
    'evaluation.question.efficiency':
      'How efficiently is the joint work carried out, without duplication or delays?',
    'evaluation.question.satisfaction': "How satisfied are your unit's staff with this partnership?",
    'evaluation.question.trust': 'How much do the units trust and respect each other?',
    'evaluation.question.roleClarity':
      "How clear are everyone's roles and responsibilities in this partnership?",

    // The 1–5 scale; both ends are labelled in the survey, the middle labels serve the options.
    'evaluation.scale.low': '1 — Very poor',
    'evaluation.scale.2': '2 — Poor',
    'evaluation.scale.3': '3 — Fair',
    'evaluation.scale.4': '4 — Good',
    'evaluation.scale.high': '5 — Very good',

    // A concrete next step for a weak dimension, tied to the five steps and a Mitra command.
    'evaluation.suggestion.coordination':
      'Identify the shared goals again: make sure every goal has an indicator, a target, an owner unit and a person in charge that all units agree on. Use `/mitra goal {code}`.',
    'evaluation.suggestion.communication':
      'Review the communication plan and its schedules: make sure check-ins, meetings and progress prompts reach the shared channel regularly. Use `/mitra schedule {code}`.',
    'evaluation.suggestion.collaboration':
      'Work on the shared goals in the open: post a progress update on every goal so each unit sees what the others contribute and can help. Use `/mitra progress {code}`.',
    'evaluation.suggestion.efficiency':
      'Evaluate and review the work regularly: look at overdue and at-risk goals, remove duplicated work and adjust unrealistic targets. Use `/mitra show {code}`.',
    'evaluation.suggestion.satisfaction':
      "Discuss this evaluation with each unit's staff and agree on follow-up to their feedback at the next meeting. Use `/mitra report {code}`.",
    'evaluation.suggestion.trust':
      'Build trust and mutual respect: revisit the partnership charter together, agree on ways of working and recognise what each unit contributes. Use `/mitra show {code}`.',
    'evaluation.suggestion.roleClarity':
      'Define roles and responsibilities: make sure every unit has a liaison and a unit head, and everyone knows what they are responsible for. Use `/mitra role {code}`.',

    // Opening a cycle: `/mitra evaluate CODE` (coordinators and admins).
    'evaluation.open.title': 'Open evaluation',
    'evaluation.open.submit': 'Open evaluation',
    'evaluation.cancel': 'Cancel',
    'evaluation.open.intro':
      '*{code} · {name}*\nThe invited unit heads get the survey by direct message. When the evaluation closes, its summary is posted in the shared channel.',
    'evaluation.open.introSelect':
      "Choose a partnership; the list of unit heads fills with every holder of that partnership's unit head role.",
    'evaluation.open.closesDate.label': 'Closing date',
    'evaluation.open.closesTime.label': 'Closing time ({zone})',
    'evaluation.open.remind.label': 'Reminder for those who have not answered',
    'evaluation.open.remind.none': 'No reminder',
    'evaluation.open.remind.2h': '2 hours before closing',
    'evaluation.open.remind.1d': '1 day before closing',
    'evaluation.open.remind.2d': '2 days before closing',
    'evaluation.open.remind.3d': '3 days before closing',
    'evaluation.open.managers.label': 'Unit heads to invite',
    'evaluation.open.managers.hint':
      "Filled with every holder of this partnership's unit head role. Only unit heads can be invited.",
    'evaluation.open.error.closesTooSoon': 'Choose a closing time at least one hour from now.',
    'evaluation.open.error.closesTooLate': 'Choose a closing time within the next {days} days.',
    'evaluation.open.error.remindPast':
      'This reminder time has already passed. Choose a shorter lead or a later closing time.',
    'evaluation.open.error.noManagers':
      'Partnership {code} has no unit heads yet. Assign one with /mitra role {code}, then open the evaluation again.',
    'evaluation.open.error.noneChosen': 'Choose at least one unit head.',
    'evaluation.open.error.tooMany': 'At most {max} unit heads per evaluation.',
    'evaluation.open.error.notManagers':
      '{count, plural, one {# of the people chosen is not a unit head} other {# of the people chosen are not unit heads}} in {code}: {people}. Assign the role with `/mitra role {code}` or remove them from the list.',
    'evaluation.open.alreadyOpen':
      'The evaluation of {code} is running until {closes}: {responded} of {invited, plural, one {# unit head has} other {# unit heads have}} answered ({rate}). A new one can be opened once this one closes.',
    'evaluation.open.done':
      'Evaluation of {code} opened: {invited, plural, one {# unit head was} other {# unit heads were}} invited by direct message and the survey closes on {closes}.',
    'evaluation.open.promptFailed':
      'The evaluation notice for {code} could not be posted in <#{channel}>: {error}. Invite Mitra to that channel; the unit heads still got their invitations by direct message.',

    // The prompt in the shared channel, the invitation DM and the reminder DM.
    'evaluation.prompt.text': 'The evaluation of partnership {code} is open until {closes}',
    'evaluation.prompt.body':
      ':bar_chart: *Evaluation of partnership {code} · {name}*\nUnit heads are invited to rate coordination, communication, collaboration, efficiency, staff satisfaction, trust and role clarity. The survey closes on *{closes}*.',
    'evaluation.prompt.invited': 'Invited: {people}',
    'evaluation.prompt.button': 'Answer the survey',
    'evaluation.prompt.closedText': 'The evaluation of partnership {code} has closed',
    'evaluation.prompt.closed':
      ':white_check_mark: *Evaluation of partnership {code} · {name}* closed on {closed}. {responded} of {invited, plural, one {# unit head} other {# unit heads}} answered. Type `/mitra report {code}` for the results and their trend.',
    'evaluation.dm.text': 'You are invited to the evaluation of partnership {code}',
    'evaluation.dm.body':
      'You are invited as a unit head to rate partnership *{code} · {name}*. The survey has seven short ratings (1–5) and two open questions. You can change your answers until the survey closes on *{closes}*.',
    'evaluation.dm.privacy':
      'The summary shows combined figures only; written feedback is shown without names.',
    'evaluation.reminder.text': 'Reminder: the evaluation of partnership {code} closes on {closes}',
    'evaluation.reminder.body':
      ':hourglass_flowing_sand: Reminder: you have not answered the evaluation of partnership *{code} · {name}* yet. The survey closes on *{closes}*.',

    // The survey modal.
    'evaluation.survey.title': 'Evaluation survey',
    'evaluation.survey.submit': 'Submit',
    'evaluation.survey.intro':
      '*{code} · {name}*\nRate from 1 (very poor) to 5 (very good). The survey closes on {closes}.',
    'evaluation.survey.editing':
      'You answered on {when}. Your answers are shown below and can be changed until the survey closes.',
    'evaluation.survey.privacy':
      'The summary shows combined figures and feedback without names. A per-unit breakdown appears only for units with at least {min} answers.',
    'evaluation.survey.whatWorks.label': 'What works well?',
    'evaluation.survey.whatToImprove.label': 'What should improve?',
    'evaluation.survey.text.hint': 'Optional, at most {max} characters. Shown without your name.',
    'evaluation.survey.scoreInvalid': 'Choose a score from 1 to 5.',
    'evaluation.survey.thanks.title': 'Thank you',
    'evaluation.survey.thanks.body':
      'Your answers to the evaluation of {code} are saved. You can change them until {closes} with the same button or `/mitra evaluate {code}`.',
    'evaluation.survey.close': 'Close',
    'evaluation.survey.notice.title': 'Evaluation',
    'evaluation.survey.notInvited':
      'You are not invited to this evaluation. Only unit heads invited by the coordinator can answer it; nothing was saved.',
    'evaluation.survey.closed':
      'The evaluation of {code} has closed, so answers can no longer be given or changed. Type `/mitra report {code}` to see the results.',
    'evaluation.survey.notFound': 'This evaluation was not found. Nothing was saved.',
    'evaluation.survey.noOpenCycle':
      'No evaluation of {code} is running. A coordinator can open one with `/mitra evaluate {code}`.',
    'evaluation.survey.noneWaiting':
      'No evaluation survey is waiting for you. Name the partnership code, for example `/mitra evaluate PK-1`.',
    'evaluation.survey.chooseOne':
      'Several surveys are waiting for you: {codes}. Type `/mitra evaluate CODE`.',

    // The summary posted in the channel at close, also shown by `/mitra report`.
    'evaluation.summary.text': 'Evaluation results of partnership {code}',
    'evaluation.summary.header': 'Evaluation results {code}',
    'evaluation.summary.period': '{name} · opened on {opened} · closed on {closed}',
    'evaluation.summary.responseRate':
      '*Response rate:* {responded} of {invited, plural, one {# unit head} other {# unit heads}} ({rate})',
    'evaluation.summary.overall': '*Overall score:* {mean} out of 5 ({change})',
    'evaluation.summary.change': '{change} against the previous evaluation',
    'evaluation.summary.firstCycle': 'no earlier evaluation to compare with',
    'evaluation.summary.dimensionsTitle': '*Score per dimension* — mean (standard deviation), change',
    'evaluation.summary.dimensionLine': '{arrow} {name}: *{mean}* ({sd}), {change}',
    'evaluation.summary.dimensionsTitleFirst': '*Score per dimension* — mean (standard deviation)',
    'evaluation.summary.dimensionLineFirst': '{arrow} {name}: *{mean}* ({sd})',
    'evaluation.summary.weakestTitle': '*Needs attention*',
    'evaluation.summary.weakLine': '*{name}* ({mean}): {suggestion}',
    'evaluation.summary.recognitionTitle': '*What works well* (without names, in alphabetical order)',
    'evaluation.summary.recognitionNone': 'No written answers.',
    'evaluation.summary.recognitionMore': '…and {count} more.',
    'evaluation.summary.improveTitle': '*What should improve* (without names, in alphabetical order)',
    'evaluation.summary.improveNone': 'No written feedback.',
    'evaluation.summary.improveMore': '…and {count} more in `/mitra export {code}`.',
    'evaluation.summary.unitsTitle': '*Per unit* — overall score',
    'evaluation.summary.unitLine': '{unit}: *{mean}* ({count, plural, one {# answer} other {# answers}})',
    'evaluation.summary.unitsSomeHidden': 'Units with fewer than {min} answers are not shown on their own.',
    'evaluation.summary.unitsWithheld':
      'No per-unit breakdown, so that individual answers cannot be recognised: no unit has at least {min} answers yet.',
    'evaluation.summary.unitsWithheldDifference':
      'No per-unit breakdown: the answers from the units not shown are too few and could be worked out from the overall figures.',
    'evaluation.summary.smallSample':
      ':warning: {count, plural, one {Only # answer} other {Only # answers}} (fewer than {min}): these figures may not be representative, and individual answers may be recognisable.',
    'evaluation.summary.noResponses':
      'No unit head answered this evaluation, so there are no scores to summarise.',
    'evaluation.summary.footer': 'Type `/mitra report {code}` for the trend over all evaluations.',

    // `/mitra report CODE`.
    'evaluation.report.text': 'Evaluation report {code}',
    'evaluation.report.none': 'No evaluation of {code} has closed yet.',
    'evaluation.report.openCycle':
      'An evaluation is running: {responded} of {invited, plural, one {# unit head has} other {# unit heads have}} answered ({rate}); it closes on {closes}.',
    'evaluation.report.notVisible':
      'You do not have access to partnership {code}. Only its members can see its report; ask its coordinator to assign you a role.',
    'evaluation.report.trendTitle':
      '*Trend over {count, plural, one {# evaluation} other {# evaluations}}* (oldest → latest; the arrow in front: up ↑, down ↓ or level → against the previous evaluation)',
    'evaluation.report.trendLine': '{arrow} {name}: {series}',
    'evaluation.report.trendOverall': 'Overall',
    'evaluation.report.trendResponse': 'Response rate: {series}',
    'evaluation.report.trendTruncated':
      'Showing the last {shown} of {total} evaluations; all are in `/mitra export {code}`.',
    'evaluation.report.latestTitle': '*Latest evaluation*',
  },
});
