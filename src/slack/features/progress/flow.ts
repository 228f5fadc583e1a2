import type { ModalView } from '@slack/types';
import { listGoals, listProgressPartnerships } from '../../../db/queries/goals.js';
import { listGoalTargets, listQuarterUpdates } from '../../../db/queries/reports.js';
import { canRecordProgress, isAdmin } from '../../../domain/permissions.js';
import { localDateOf } from '../../../domain/time/calendar.js';
import { quarterOfDate, type YearQuarter } from '../../../domain/time/quarters.js';
import { translator } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { accessPartnership } from '../../kit/access.js';
import type { ModalRequest } from '../../kit/modal.js';
import { quarterChoices } from './quarter-view.js';
import { buildProgressModal, type QuarterUpdateView } from './view.js';

export { type PromptRound, sendRealisationPrompts } from './prompt.js';

/** Partnerships offered by `/mitra progres` without a code: those with a goal the user may update. */
export function progressPartnershipsFor(services: Services, params: { teamId: string; userId: string }) {
  return listProgressPartnerships(services.db, {
    ...params,
    isAdmin: isAdmin(services.config.admins, params.userId),
  });
}

/**
 * The progress modal. `period` is the quarter the update reports on: by default the current one
 * in the partnership's zone; the quarter-end prompt opens it on the quarter it asks about.
 */
export function progressModalFor(
  services: Services,
  req: ModalRequest & { goalId: number | null; period?: YearQuarter | null },
): ModalView {
  const t = translator(req.locale);
  const partnershipChoices = req.withSelect ? progressPartnershipsFor(services, req) : undefined;
  const fallbackToday = localDateOf(services.clock(), services.config.timeZone);
  const fallback = quarterOfDate(fallbackToday);
  const base = {
    t,
    locale: req.locale,
    today: fallbackToday,
    partnershipChoices,
    goals: [],
    goal: null,
    period: fallback,
    quarterChoices: quarterChoices(fallback),
    targets: [],
    quarterUpdate: null,
  };
  if (req.partnershipId === null) return buildProgressModal({ ...base, partnership: null });
  const access = accessPartnership(services, { ...req, need: 'view', id: req.partnershipId });
  if (!access.ok)
    return buildProgressModal({
      ...base,
      partnership: null,
      problem: t(access.problem.key, access.problem.params),
    });
  const { partnership, actor } = access;
  const goals = listGoals(services.db, { teamId: req.teamId, partnershipId: partnership.id }).filter((g) =>
    canRecordProgress(actor, g),
  );
  // A single goal needs no choosing; otherwise the one asked for, if this user may update it.
  const goal =
    (req.goalId === null ? undefined : goals.find((g) => g.id === req.goalId)) ??
    (goals.length === 1 ? goals[0] : undefined);
  const problem =
    req.goalId !== null && !goals.some((g) => g.id === req.goalId)
      ? t('progress.notAllowed', { code: partnership.code })
      : undefined;
  const today = localDateOf(services.clock(), partnership.timeZone);
  const current = quarterOfDate(today);
  const choices = quarterChoices(current, req.period);
  // A quarter not offered (one that has not begun, or tampered) falls back to the current one.
  const period =
    choices.find((c) => c.year === req.period?.year && c.quarter === req.period?.quarter) ?? current;
  const scope = { teamId: req.teamId, goalIds: goal ? [goal.id] : [] };
  const latest = listQuarterUpdates(services.db, { ...scope, period })[0];
  const quarterUpdate: QuarterUpdateView | null = latest
    ? {
        value: latest.value,
        obstacles: latest.obstacles,
        followUpActions: latest.followUpActions,
        evidence: latest.evidence.map((e) => e.url),
      }
    : null;
  return buildProgressModal({
    ...base,
    today,
    partnership,
    goals,
    goal: goal ?? null,
    period,
    quarterChoices: choices,
    targets: listGoalTargets(services.db, scope),
    quarterUpdate,
    ...(problem ? { problem } : {}),
  });
}
