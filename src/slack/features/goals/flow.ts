import type { ModalView } from '@slack/types';
import { getGoal, listGoals, listUnitsOfPartnership } from '../../../db/queries/goals.js';
import { listGoalTargets } from '../../../db/queries/reports.js';
import { localDateOf } from '../../../domain/time/calendar.js';
import { quarterOfDate } from '../../../domain/time/quarters.js';
import { translator } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { accessPartnership, manageablePartnerships } from '../../kit/access.js';
import type { ModalRequest } from '../../kit/modal.js';
import { buildGoalModal } from './view.js';

export function goalModalFor(services: Services, req: ModalRequest & { goalId: number | null }): ModalView {
  const t = translator(req.locale);
  const partnershipChoices = req.withSelect ? manageablePartnerships(services, req) : undefined;
  const year = reportingYear(services, services.config.timeZone);
  const empty = {
    t,
    locale: req.locale,
    partnershipChoices,
    goals: [],
    goal: null,
    units: [],
    year,
    targets: [],
  };
  if (req.partnershipId === null) return buildGoalModal({ ...empty, partnership: null });
  const access = accessPartnership(services, { ...req, need: 'manage', id: req.partnershipId });
  if (!access.ok)
    return buildGoalModal({
      ...empty,
      partnership: null,
      problem: t(access.problem.key, access.problem.params),
    });
  const { partnership } = access;
  const scope = { teamId: req.teamId, partnershipId: partnership.id };
  const goal = req.goalId === null ? undefined : getGoal(services.db, { ...scope, id: req.goalId });
  return buildGoalModal({
    ...empty,
    partnership,
    goals: listGoals(services.db, scope),
    goal: goal ?? null,
    units: listUnitsOfPartnership(services.db, scope),
    year: reportingYear(services, partnership.timeZone),
    targets: goal ? listGoalTargets(services.db, { teamId: req.teamId, goalIds: [goal.id] }) : [],
    ...(req.goalId !== null && !goal
      ? { problem: t('goal.error.notInPartnership', { code: partnership.code }) }
      : {}),
  });
}

/** The year whose quarterly targets the goal form shows and saves: the current one where the partnership works. */
export function reportingYear(services: Services, timeZone: string): number {
  return quarterOfDate(localDateOf(services.clock(), timeZone)).year;
}

export { sendGoalChart } from './chart.js';
