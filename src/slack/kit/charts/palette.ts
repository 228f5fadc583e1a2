/** Colours of Mitra's charts: this cycle against the last, and goal statuses as the charter names them. */
export const CHART_COLORS = {
  current: '#1d6fd6',
  previous: '#9aa5b1',
  responseRate: '#c7d7ee',
  target: '#9aa5b1',
  onTrack: '#2e8b57',
  atRisk: '#e0a100',
  offTrack: '#c8372d',
  overdue: '#7f1d16',
  done: '#1d6fd6',
  grid: '#e3e7ec',
} as const;

/** One colour per dimension in a trend, distinguishable side by side. */
export const SERIES_COLORS = [
  '#1d6fd6',
  '#2e8b57',
  '#e0a100',
  '#c8372d',
  '#7b4fc9',
  '#0f9ba8',
  '#d2691e',
] as const;
