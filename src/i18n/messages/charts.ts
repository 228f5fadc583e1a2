import { defineMessages } from '../types.js';

/** Charts: their legends and the alt text that carries the same numbers as the picture. */
export const charts = defineMessages({
  id: {
    'chart.cycle.current': 'Siklus ini',
    'chart.cycle.previous': 'Siklus sebelumnya',
    'chart.radar.alt': 'Skor rata-rata per dimensi (skala 1–5): {lines}.',
    'chart.radar.line': '{dimension} {score}',
    'chart.radar.lineWithPrevious': '{dimension} {score} (sebelumnya {previous})',
    'chart.trend.responseRate': 'Tingkat respons',
    'chart.trend.alt':
      'Skor rata-rata per dimensi pada setiap siklus ({cycles}): {lines}. Tingkat respons: {rates}.',
    'chart.trend.line': '{dimension} {scores}',
    'chart.goals.capaian': 'Capaian',
    'chart.goals.alt': 'Capaian per sasaran terhadap target: {lines}.',
    'chart.goals.line': '{title} {capaian}',
    'chart.goals.noTarget': 'tanpa target',
    'chart.strip.alt': 'Status sasaran per kemitraan: {lines}.',
    'chart.strip.line':
      '{code}: {onTrack} sesuai rencana, {atRisk} berisiko, {offTrack} tidak sesuai rencana, {done} selesai',
  },
  en: {
    'chart.cycle.current': 'This cycle',
    'chart.cycle.previous': 'Previous cycle',
    'chart.radar.alt': 'Mean score per dimension (scale 1–5): {lines}.',
    'chart.radar.line': '{dimension} {score}',
    'chart.radar.lineWithPrevious': '{dimension} {score} (previously {previous})',
    'chart.trend.responseRate': 'Response rate',
    'chart.trend.alt': 'Mean score per dimension in each cycle ({cycles}): {lines}. Response rate: {rates}.',
    'chart.trend.line': '{dimension} {scores}',
    'chart.goals.capaian': 'Achievement',
    'chart.goals.alt': 'Achievement of each goal against its target: {lines}.',
    'chart.goals.line': '{title} {capaian}',
    'chart.goals.noTarget': 'no target',
    'chart.strip.alt': 'Goal status per partnership: {lines}.',
    'chart.strip.line': '{code}: {onTrack} on track, {atRisk} at risk, {offTrack} off track, {done} done',
  },
});
