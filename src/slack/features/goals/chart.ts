/**
 * `/mitra lihat KODE`, after its answer: each goal's capaian against its target as a picture, in a
 * second private message. The answer above already lists every goal with the same numbers.
 */
import type { WebClient } from '@slack/web-api';
import type { PartnershipDetail } from '../../../db/queries/partnership-detail.js';
import { romanQuarter } from '../../../domain/time/quarters.js';
import { type Locale, translator } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { goalProgressChart, MAX_GOALS_PER_CHART } from '../../kit/charts/goal-charts.js';
import { answerWithChart } from '../../kit/charts/slack-charts.js';
import { goalBars } from '../../kit/goal-quarter.js';
import { todayFor } from '../../kit/partnership-lines.js';
import type { AnswerFn } from '../../kit/subcommands.js';

export async function sendGoalChart(
  services: Services,
  client: WebClient,
  params: { detail: PartnershipDetail; locale: Locale; respond: AnswerFn },
): Promise<boolean> {
  const { detail, locale } = params;
  const { partnership } = detail;
  const t = translator(locale);
  const log = services.logger.child({ partnership: partnership.id, chart: 'goals' });
  if (detail.goals.length === 0) return false;
  try {
    const { quarterly, bars } = goalBars(
      detail.goals.slice(0, MAX_GOALS_PER_CHART),
      detail.quarter,
      todayFor(partnership, services.clock()),
    );
    if (bars.every((bar) => bar.capaian === null)) return false; // nothing measured yet: no picture
    const period = detail.quarter?.period;
    const title =
      quarterly && period
        ? t('chart.goals.title', {
            code: partnership.code,
            quarter: t('progress.quarter.option', {
              quarter: romanQuarter(period.quarter),
              year: period.year,
            }),
          })
        : t('chart.goals.titleNoQuarter', { code: partnership.code });
    return await answerWithChart(
      { client, files: services.charts, logger: log },
      params.respond,
      goalProgressChart(bars, { t, locale }),
      { teamId: partnership.teamId, name: `${partnership.code}-sasaran`, title },
    );
  } catch (error) {
    log.warn({ err: error }, 'the goal chart could not be sent; the answer stands without it');
    return false;
  }
}
