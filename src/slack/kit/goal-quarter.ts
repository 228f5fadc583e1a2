/** A goal's current quarter in the charter and `/mitra lihat`: target against realisation, and capaian. */
import type { QuarterFigures } from '../../db/queries/partnership-detail.js';
import type { Goal } from '../../db/schema/index.js';
import { capaian, quarterRealisation, targetForQuarter } from '../../domain/capaian.js';
import { goalDisplayStatus, goalProgressPercent, withMeasureUnit } from '../../domain/goals.js';
import { romanQuarter } from '../../domain/time/quarters.js';
import type { Locale, Translate } from '../../i18n/index.js';
import { formatNumber, userText } from './blocks.js';
import type { GoalBar } from './charts/goal-charts.js';

/** A goal's target for the quarter (its own, else the annual one) and the quarter's realisation. */
function quarterOf(goal: Goal, figures: QuarterFigures) {
  return {
    target: targetForQuarter(
      figures.targets.filter((row) => row.goalId === goal.id),
      figures.period,
    ),
    realisation: quarterRealisation(
      figures.updates.filter((u) => u.goalId === goal.id),
      figures.period,
    ),
  };
}

/**
 * The current quarter's target against its realisation, and the capaian by the goal's direction:
 * "Triwulan III 2026: target 70%, realisasi 63% (capaian 90%)". Null when the quarter has neither.
 */
export function goalQuarterText(
  goal: Goal,
  figures: QuarterFigures,
  ctx: { t: Translate; locale: Locale },
): string | null {
  const { t, locale } = ctx;
  const { target, realisation } = quarterOf(goal, figures);
  if (!target && realisation === null) return null;
  const unit = goal.measureUnit ? userText(goal.measureUnit, 20) : '';
  const num = (v: number) => withMeasureUnit(formatNumber(v, locale), unit);
  const result = capaian(realisation, target?.value, goal.direction);
  return t('charter.goal.quarter', {
    quarter: t('progress.quarter.option', {
      quarter: romanQuarter(figures.period.quarter),
      year: figures.period.year,
    }),
    target: target ? num(target.value) : t('charter.goal.quarterNone'),
    realisation: realisation === null ? t('charter.goal.quarterNone') : num(realisation),
    capaian: result.ok
      ? t('charter.goal.capaian', { percent: formatNumber(Math.round(result.percent * 10) / 10, locale) })
      : '',
  });
}

/**
 * The goals as bars for the progress chart, with the same numbers as their lines: the current
 * quarter's capaian where the quarter has a target or a realisation for any goal, otherwise each
 * goal's progress from baseline to target. `quarterly` says which the bars show.
 */
export function goalBars(
  goals: readonly Goal[],
  figures: QuarterFigures | undefined,
  today: string,
): { quarterly: boolean; bars: GoalBar[] } {
  const capaianOf = (goal: Goal) => {
    if (!figures) return undefined;
    const { target, realisation } = quarterOf(goal, figures);
    if (!target && realisation === null) return undefined;
    const result = capaian(realisation, target?.value, goal.direction);
    return result.ok ? Math.round(result.percent * 10) / 10 : null;
  };
  const quarterly = goals.some((goal) => capaianOf(goal) !== undefined);
  return {
    quarterly,
    bars: goals.map((goal) => ({
      title: goal.title,
      capaian: quarterly ? (capaianOf(goal) ?? null) : goalProgressPercent(goal),
      status: goalDisplayStatus(goal, today),
    })),
  };
}
