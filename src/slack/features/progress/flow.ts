import type { ModalView } from '@slack/types';
import { listGoals, listProgressPartnerships } from '../../../db/queries/goals.js';
import { canRecordProgress, isAdmin } from '../../../domain/permissions.js';
import { localDateOf } from '../../../domain/time/calendar.js';
import { translator } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { accessPartnership } from '../../kit/access.js';
import type { ModalRequest } from '../../kit/modal.js';
import { buildProgressModal } from './view.js';

/** Partnerships offered by `/mitra progres` without a code: those with a goal the user may update. */
export function progressPartnershipsFor(services: Services, params: { teamId: string; userId: string }) {
  return listProgressPartnerships(services.db, {
    ...params,
    isAdmin: isAdmin(services.config.admins, params.userId),
  });
}

export function progressModalFor(
  services: Services,
  req: ModalRequest & { goalId: number | null },
): ModalView {
  const t = translator(req.locale);
  const partnershipChoices = req.withSelect ? progressPartnershipsFor(services, req) : undefined;
  const base = { t, locale: req.locale, today: '', partnershipChoices, goals: [], goal: null };
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
  return buildProgressModal({
    ...base,
    today: localDateOf(services.clock(), partnership.timeZone),
    partnership,
    goals,
    goal: goal ?? null,
    ...(problem ? { problem } : {}),
  });
}
