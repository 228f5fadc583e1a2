/**
 * The quarter-end prompt (schedule kind `realisation`): a DM to each goal's person in charge asking
 * for the quarter's realisation, with a button that opens the progress modal on that quarter. The
 * `closing` round (the quarter's last week) asks every person in charge; the `reminder` round (the
 * next quarter's first week) only those whose goal still has no realisation for it. Each DM carries
 * its key (goal, quarter, round) and is looked for before posting: once per goal and round, however
 * often the schedule runs in the week.
 */
import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { listGoals } from '../../../db/queries/goals.js';
import { listGoalTargets, listQuarterUpdates } from '../../../db/queries/reports.js';
import type { Partnership } from '../../../db/schema/index.js';
import { quarterRealisation, targetForQuarter } from '../../../domain/capaian.js';
import { instantOfLocal } from '../../../domain/time/calendar.js';
import {
  type PromptRound,
  quarterEnd,
  quarterStart,
  type YearQuarter,
} from '../../../domain/time/quarters.js';
import { type Locale, translator } from '../../../i18n/index.js';
import type { Logger } from '../../../logger.js';
import type { Services } from '../../../services.js';
import { sendDm } from '../../kit/dm.js';
import { escapeMrkdwn } from '../../kit/message.js';
import { realisationPromptKey } from '../../kit/post-keys.js';
import { progressIds } from './ids.js';
import { periodValue, quarterLabel } from './quarter-view.js';
import { formatGoalValueMrkdwn } from './view.js';

export type { PromptRound };

export interface PromptReport {
  /** DMs posted (or found already posted by an earlier attempt). */
  asked: number;
  /** DMs Slack refused. */
  failed: number;
}

function promptMessage(
  goal: { id: number; title: string; measureUnit: string | null },
  params: { code: string; period: YearQuarter; round: PromptRound; target: number | null; locale: Locale },
) {
  const t = translator(params.locale);
  const quarter = quarterLabel(params.period, t);
  const target =
    params.target === null
      ? ''
      : t('progress.quarter.target', {
          quarter,
          target: formatGoalValueMrkdwn(params.target, goal.measureUnit, params.locale, t),
        });
  const text = t(params.round === 'closing' ? 'progress.prompt.text' : 'progress.prompt.textAgain', {
    quarter,
    title: escapeMrkdwn(goal.title),
    code: params.code,
    target,
  }).trim();
  const blocks: KnownBlock[] = [
    { type: 'section', text: { type: 'mrkdwn', text } },
    {
      type: 'actions',
      elements: [
        {
          type: 'button',
          style: 'primary',
          action_id: progressIds.progressQuarterOpen,
          text: { type: 'plain_text', text: t('progress.prompt.button', { quarter }) },
          value: `${goal.id}:${periodValue(params.period)}`,
        },
      ],
    },
  ];
  return { text, blocks };
}

/** Sends the round's DMs for one partnership's goals; Slack's refusals are counted, not thrown. */
export async function sendRealisationPrompts(
  services: Services,
  client: WebClient,
  params: { partnership: Partnership; period: YearQuarter; round: PromptRound; log?: Logger },
): Promise<PromptReport> {
  const { partnership, period, round } = params;
  const teamId = partnership.teamId;
  const goals = listGoals(services.db, { teamId, partnershipId: partnership.id }).filter(
    (goal) => goal.personInChargeId !== null,
  );
  const goalIds = goals.map((g) => g.id);
  const updates = listQuarterUpdates(services.db, { teamId, goalIds, period });
  const targets = listGoalTargets(services.db, { teamId, goalIds });
  // An earlier attempt of this round posted after the window opened: look from there.
  const since = instantOfLocal(
    round === 'closing' ? quarterEnd(period) : quarterStart(period),
    '00:00',
    partnership.timeZone,
  );
  const lookFrom = new Date(since.getTime() - 8 * 86_400_000);
  const report: PromptReport = { asked: 0, failed: 0 };
  for (const goal of goals) {
    const userId = goal.personInChargeId;
    if (!userId) continue;
    const own = updates.filter((u) => u.goalId === goal.id);
    if (round === 'reminder' && quarterRealisation(own, period) !== null) continue;
    const locale = await services.locales.forUser(client, userId);
    const message = promptMessage(goal, {
      code: partnership.code,
      period,
      round,
      target:
        targetForQuarter(
          targets.filter((t) => t.goalId === goal.id),
          period,
        )?.value ?? null,
      locale,
    });
    const sent = await sendDm(client, userId, message, {
      key: realisationPromptKey(goal.id, period, round),
      lookFirst: { since: lookFrom },
      ...(params.log ? { log: params.log } : {}),
    });
    if (sent) report.asked += 1;
    else report.failed += 1;
  }
  return report;
}
