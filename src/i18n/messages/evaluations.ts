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
      'Identifikasi kembali tujuan bersama: pastikan setiap tujuan memiliki indikator, target, unit pemilik, dan penanggung jawab yang disepakati semua unit. Gunakan `/mitra tujuan {code}`.',
    'evaluation.suggestion.communication':
      'Tinjau rencana komunikasi dan jadwalnya: pastikan check-in, rapat, dan permintaan laporan kemajuan terjadwal secara teratur di kanal bersama. Gunakan `/mitra jadwal {code}`.',
    'evaluation.suggestion.collaboration':
      'Kerjakan tujuan bersama secara terbuka: laporkan kemajuan setiap tujuan agar semua unit melihat kontribusi masing-masing dan dapat saling membantu. Gunakan `/mitra progres {code}`.',
    'evaluation.suggestion.efficiency':
      'Evaluasi dan tinjau pelaksanaan secara teratur: periksa tujuan yang terlambat atau berisiko, hilangkan pekerjaan ganda, dan sesuaikan target yang tidak realistis. Gunakan `/mitra lihat {code}`.',
    'evaluation.suggestion.satisfaction':
      'Bahas hasil evaluasi ini bersama staf setiap unit dan sepakati tindak lanjut atas masukan mereka pada pertemuan berikutnya. Gunakan `/mitra laporan {code}`.',
    'evaluation.suggestion.trust':
      'Bangun kepercayaan dan saling menghormati: tinjau kembali piagam kemitraan bersama, sepakati cara kerja, dan beri pengakuan atas kontribusi setiap unit. Gunakan `/mitra lihat {code}`.',
    'evaluation.suggestion.roleClarity':
      'Tentukan peran dan tanggung jawab: pastikan setiap unit memiliki penghubung dan pimpinan, serta setiap orang mengetahui tanggung jawabnya. Gunakan `/mitra peran {code}`.',
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
    'evaluation.question.collaboration': 'How well do the units work together towards the shared goals?',
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
      'Work on the shared goals in the open: record progress on every goal so each unit sees what the others contribute and can help. Use `/mitra progress {code}`.',
    'evaluation.suggestion.efficiency':
      'Evaluate and review the work regularly: look at overdue and at-risk goals, remove duplicated work and adjust unrealistic targets. Use `/mitra show {code}`.',
    'evaluation.suggestion.satisfaction':
      "Discuss this evaluation with each unit's staff and agree on follow-up to their feedback at the next meeting. Use `/mitra report {code}`.",
    'evaluation.suggestion.trust':
      'Build trust and mutual respect: revisit the partnership charter together, agree on ways of working and recognise what each unit contributes. Use `/mitra show {code}`.',
    'evaluation.suggestion.roleClarity':
      'Define roles and responsibilities: make sure every unit has a liaison and a manager, and everyone knows what they are responsible for. Use `/mitra role {code}`.',
  },
});
