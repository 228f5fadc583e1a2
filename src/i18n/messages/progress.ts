import { defineMessages } from '../types.js';

/** Progress updates (realisasi and status of a goal) and their modal. */
export const progress = defineMessages({
  id: {
    'progress.modal.title': 'Pemutakhiran capaian',
    'progress.field.goal': 'Sasaran',
    'progress.field.goalPlaceholder': 'Pilih sasaran',
    'progress.goal.description': 'Realisasi {current} dari target {target} · {status}',
    'progress.chooseGoalFirst': 'Pilih sasaran; realisasi dan statusnya saat ini akan terisi.',
    'progress.summary.indicator': 'Indikator: {indicator}',
    'progress.summary.current': 'Realisasi saat ini: *{current}* dari target *{target}*',
    'progress.summary.none': 'Belum ada realisasi (target *{target}*)',
    'progress.summary.percent': '(kemajuan {percent}% dari nilai awal {baseline})',
    'progress.summary.status': 'Status: {status}',
    'progress.summary.due': 'Tenggat: {date}',
    'progress.field.value': 'Realisasi terbaru',
    'progress.field.valueWithUnit': 'Realisasi terbaru ({unit})',
    'progress.field.valueHint': 'Kosongkan bila hanya statusnya yang berubah.',
    'progress.field.status': 'Status',
    'progress.field.note': 'Catatan',
    'progress.field.notePlaceholder': 'Apa yang sudah dicapai, dan apa kendalanya?',
    'progress.notAllowed':
      'Hanya koordinator kemitraan {code}, admin, atau penanggung jawab sasaran yang dapat memutakhirkan capaiannya.',
    'progress.noneToRecord':
      'Tidak ada sasaran yang capaiannya dapat Anda mutakhirkan. Koordinator dapat menunjuk Anda sebagai penanggung jawab sasaran dengan `/mitra sasaran KODE`.',
    'progress.goalNotFound': 'Sasaran ini tidak ditemukan; mungkin sudah dihapus.',
    'progress.notice.recorded': 'Pemutakhiran capaian *{title}*: {value} · {status}.',
    'progress.field.quarter': 'Triwulan',
    'progress.quarter.option': 'Triwulan {quarter} {year}',
    'progress.quarter.target': 'Target {quarter}: *{target}*',
    'progress.quarter.annualTarget':
      'Target {quarter}: *{target}* (target tahunan; tidak ada target triwulan)',
    'progress.quarter.noTarget': '{quarter}: belum ada target',
    'progress.quarter.realisation': 'Realisasi {quarter} yang tercatat: *{value}*',
    'progress.field.obstacles': 'Kendala',
    'progress.field.obstaclesPlaceholder': 'Apa yang menghambat pencapaian target triwulan ini?',
    'progress.field.followUp': 'Upaya tindak lanjut',
    'progress.field.followUpPlaceholder': 'Apa yang akan dilakukan untuk mengatasinya?',
    'progress.field.evidence': 'Eviden (tautan)',
    'progress.field.evidencePlaceholder': 'https://…',
    'progress.field.evidenceHint':
      'Satu tautan per baris: dokumen (https://…), tautan pesan Slack (Salin tautan), atau tautan berkas Slack. Paling banyak 10.',
    'progress.error.futureQuarter': 'Triwulan ini belum dimulai. Pilih triwulan berjalan atau sebelumnya.',
    'progress.error.evidence.notUrl': '"{input}" bukan tautan. Tulis alamat lengkap yang diawali https://.',
    'progress.error.evidence.scheme': '"{input}": hanya tautan http atau https yang diterima.',
    'progress.error.evidence.credentials':
      '"{input}" memuat nama pengguna atau kata sandi; hapus bagian itu.',
    'progress.error.evidence.tooLong': '"{input}" terlalu panjang untuk sebuah tautan.',
    'progress.error.evidence.tooMany': 'Paling banyak 10 tautan eviden untuk satu pemutakhiran.',
    'progress.prompt.text':
      'Mohon isi realisasi *{quarter}* untuk sasaran *{title}* (kemitraan {code}). {target}',
    'progress.prompt.textAgain':
      'Realisasi *{quarter}* untuk sasaran *{title}* (kemitraan {code}) belum diisi. Mohon lengkapi untuk laporan triwulan. {target}',
    'progress.prompt.button': 'Isi realisasi {quarter}',
  },
  en: {
    'progress.modal.title': 'Progress update',
    'progress.field.goal': 'Goal',
    'progress.field.goalPlaceholder': 'Choose a goal',
    'progress.goal.description': 'Actual {current} of target {target} · {status}',
    'progress.chooseGoalFirst': 'Choose a goal; its actual value and status so far will be filled in.',
    'progress.summary.indicator': 'Indicator: {indicator}',
    'progress.summary.current': 'Actual value so far: *{current}* of target *{target}*',
    'progress.summary.none': 'No actual value recorded yet (target *{target}*)',
    'progress.summary.percent': '(progress {percent}% from the baseline {baseline})',
    'progress.summary.status': 'Status: {status}',
    'progress.summary.due': 'Due: {date}',
    'progress.field.value': 'Latest actual value',
    'progress.field.valueWithUnit': 'Latest actual value ({unit})',
    'progress.field.valueHint': 'Leave it empty if only the status changed.',
    'progress.field.status': 'Status',
    'progress.field.note': 'Note',
    'progress.field.notePlaceholder': 'What was achieved, and what is in the way?',
    'progress.notAllowed':
      'Only a coordinator of partnership {code}, an admin or the goal’s person in charge can record its progress.',
    'progress.noneToRecord':
      'There is no goal you can record progress on. A coordinator can make you a goal’s person in charge with `/mitra goal CODE`.',
    'progress.goalNotFound': 'This goal could not be found; it may have been deleted.',
    'progress.notice.recorded': 'Progress update on *{title}*: {value} · {status}.',
    'progress.field.quarter': 'Quarter',
    'progress.quarter.option': 'Quarter {quarter} of {year}',
    'progress.quarter.target': 'Target for {quarter}: *{target}*',
    'progress.quarter.annualTarget': 'Target for {quarter}: *{target}* (annual target; no quarterly one)',
    'progress.quarter.noTarget': '{quarter}: no target yet',
    'progress.quarter.realisation': 'Actual recorded for {quarter}: *{value}*',
    'progress.field.obstacles': 'Obstacles (kendala)',
    'progress.field.obstaclesPlaceholder': "What held back this quarter's target?",
    'progress.field.followUp': 'Follow-up actions (upaya tindak lanjut)',
    'progress.field.followUpPlaceholder': 'What will be done about it?',
    'progress.field.evidence': 'Evidence (links)',
    'progress.field.evidencePlaceholder': 'https://…',
    'progress.field.evidenceHint':
      'One link per line: a document (https://…), a Slack message link (Copy link) or a Slack file link. At most 10.',
    'progress.error.futureQuarter':
      'This quarter has not started yet. Choose the current quarter or an earlier one.',
    'progress.error.evidence.notUrl':
      '"{input}" is not a link. Write the full address, starting with https://.',
    'progress.error.evidence.scheme': '"{input}": only http or https links are accepted.',
    'progress.error.evidence.credentials': '"{input}" holds a user name or password; remove that part.',
    'progress.error.evidence.tooLong': '"{input}" is too long for a link.',
    'progress.error.evidence.tooMany': 'At most 10 evidence links per update.',
    'progress.prompt.text':
      'Please record the actual for *{quarter}* on goal *{title}* (partnership {code}). {target}',
    'progress.prompt.textAgain':
      'The actual for *{quarter}* on goal *{title}* (partnership {code}) is still missing. Please add it for the quarterly report. {target}',
    'progress.prompt.button': 'Record {quarter}',
  },
});
