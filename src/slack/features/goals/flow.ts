import type { ModalView } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import {
  getGoal,
  listGoals,
  listProgressPartnerships,
  listUnitsOfPartnership,
} from '../../../db/queries/goals.js';
import { getRoleAssignment, listRoleAssignments } from '../../../db/queries/roles.js';
import { canRecordProgress, isAdmin } from '../../../domain/permissions.js';
import { localDateOf } from '../../../domain/time/calendar.js';
import { type Locale, type MessageKey, type MessageParams, translator } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { accessPartnership, manageablePartnerships } from '../../kit/access.js';
import { sendDm } from '../../kit/dm.js';
import { type CharterNotice, type CharterOutcome, refreshCharter } from '../charter/flow.js';
import { publishHome } from '../home/flow.js';
import { buildProgressModal } from '../progress/view.js';
import { buildRoleModal } from '../roles/view.js';
import { buildGoalModal } from './view.js';

/**
 * Loads what the goal, progress and role modals show, from the database and for this user only,
 * so the command, every in-modal action and the `goal_progress_open` button build the same view.
 */
export interface ModalRequest {
  teamId: string;
  userId: string;
  locale: Locale;
  partnershipId: number | null;
  /** The modal keeps its partnership select (it was opened without a code). */
  withSelect: boolean;
}

export function goalModalFor(services: Services, req: ModalRequest & { goalId: number | null }): ModalView {
  const t = translator(req.locale);
  const partnershipChoices = req.withSelect ? manageablePartnerships(services, req) : undefined;
  const empty = { t, locale: req.locale, partnershipChoices, goals: [], goal: null, units: [] };
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
    ...(req.goalId !== null && !goal
      ? { problem: t('goal.error.notInPartnership', { code: partnership.code }) }
      : {}),
  });
}

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

export function roleModalFor(
  services: Services,
  req: ModalRequest & { assignmentId: number | null },
): ModalView {
  const t = translator(req.locale);
  const partnershipChoices = req.withSelect ? manageablePartnerships(services, req) : undefined;
  const empty = { t, partnershipChoices, units: [], assignments: [], assignment: null };
  if (req.partnershipId === null) return buildRoleModal({ ...empty, partnership: null });
  const access = accessPartnership(services, { ...req, need: 'manage', id: req.partnershipId });
  if (!access.ok)
    return buildRoleModal({
      ...empty,
      partnership: null,
      problem: t(access.problem.key, access.problem.params),
    });
  const { partnership } = access;
  const scope = { teamId: req.teamId, partnershipId: partnership.id };
  const assignment =
    req.assignmentId === null
      ? undefined
      : getRoleAssignment(services.db, { ...scope, id: req.assignmentId });
  return buildRoleModal({
    ...empty,
    partnership,
    units: listUnitsOfPartnership(services.db, scope),
    assignments: listRoleAssignments(services.db, scope),
    assignment: assignment ?? null,
    ...(req.assignmentId !== null && !assignment
      ? { problem: t('role.error.notInPartnership', { code: partnership.code }) }
      : {}),
  });
}

/**
 * After a committed change: the charter in the channel says what changed, and the homes of the
 * people concerned show it. The change itself has succeeded, so a failure here is logged rather
 * than reported to the user as if their change had failed.
 */
export async function afterChange(
  services: Services,
  client: WebClient,
  params: {
    teamId: string;
    partnershipId: number;
    notice: CharterNotice;
    homeUserIds: readonly (string | null)[];
  },
): Promise<CharterOutcome | undefined> {
  const { teamId, partnershipId, notice } = params;
  let outcome: CharterOutcome | undefined;
  try {
    outcome = await refreshCharter(services, client, { teamId, partnershipId, notice });
  } catch (error) {
    services.logger.warn({ err: error, partnershipId }, 'could not refresh the charter after a change');
  }
  const userIds = new Set(params.homeUserIds.filter((u): u is string => typeof u === 'string' && u !== ''));
  for (const userId of userIds) {
    try {
      await publishHome(services, client, { teamId, userId });
    } catch (error) {
      services.logger.warn({ err: error, userId }, 'could not refresh App Home after a change');
    }
  }
  return outcome;
}

/**
 * Once the charter shows the change, the "saved" view links to it. Best effort: the person may
 * have closed the view already, and the view without the link still names the charter's channel.
 */
export async function linkSavedViewToCharter(
  services: Services,
  client: WebClient,
  params: {
    viewId: string | undefined;
    outcome: CharterOutcome | undefined;
    build: (permalink: string) => ModalView;
  },
): Promise<void> {
  const { viewId, outcome } = params;
  if (!viewId || !outcome?.ok) return;
  try {
    const link = await client.chat.getPermalink({ channel: outcome.channel, message_ts: outcome.ts });
    if (link.permalink) await client.views.update({ view_id: viewId, view: params.build(link.permalink) });
  } catch (error) {
    services.logger.debug({ err: error }, 'could not link the saved view to the charter');
  }
}

/**
 * Tells a user something privately from a button: in the thread of the message where the button
 * was (through its response_url), else as an ephemeral in the channel, else in their DM with Mitra
 * (buttons on App Home have neither).
 */
export async function tellUser(
  client: WebClient,
  params: {
    userId: string;
    text: string;
    responseUrl?: string | undefined;
    channelId?: string | undefined;
    respond?:
      | ((message: { response_type: 'ephemeral'; replace_original: false; text: string }) => Promise<unknown>)
      | undefined;
  },
): Promise<void> {
  if (params.respond && params.responseUrl) {
    await params.respond({ response_type: 'ephemeral', replace_original: false, text: params.text });
  } else if (params.channelId) {
    await client.chat.postEphemeral({ channel: params.channelId, user: params.userId, text: params.text });
  } else {
    await sendDm(client, params.userId, params.text);
  }
}

/** A notice for the charter's thread (the charter adds who made the change). */
export function notice(actorId: string, key: MessageKey, params: MessageParams): CharterNotice {
  return { actorId, key, params };
}
