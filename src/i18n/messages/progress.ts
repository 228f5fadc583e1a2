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
  },
});
