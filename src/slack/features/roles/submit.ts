import type { App, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { listUnitsOfPartnership } from '../../../db/queries/goals.js';
import {
  findDuplicateRoleAssignment,
  getRoleAssignment,
  type insertRoleAssignment,
  listRoleAssignments,
  removeRoleAssignment,
  saveRoleAssignment,
} from '../../../db/queries/roles.js';
import { ROLES } from '../../../db/schema/index.js';
import { losesLastCoordinator, type RoleChange } from '../../../domain/roles.js';
import { type Translate, t as translate } from '../../../i18n/index.js';
import { roleKey } from '../../../i18n/labels.js';
import type { Services } from '../../../services.js';
import { choiceError, id, optionalTextUpTo, slackUser } from '../../kit/fields.js';
import { escapeMrkdwn } from '../../kit/message.js';
import {
  answerRefused,
  isUniqueViolation,
  openSubmission,
  type SubmitArgs,
  savedViewFor,
  unitIn,
  unitName,
} from '../../kit/submission.js';
import { afterChange, linkSavedViewToCharter, notice } from '../charter/flow.js';
import { rolesIds } from './ids.js';
import { REMOVE_ASSIGNMENT, ROLE_LIMITS } from './view.js';

const roleSchema = z.object({
  [rolesIds.rolePerson]: slackUser,
  [rolesIds.roleUnit]: id,
  [rolesIds.roleRole]: z.enum(ROLES, { error: choiceError }),
  [rolesIds.roleResponsibilities]: optionalTextUpTo(ROLE_LIMITS.responsibilities),
});

function submitRole(services: Services) {
  return async (args: SubmitArgs) => {
    const opened = await openSubmission(services, args, 'manage', [rolesIds.rolePerson]);
    if (!opened.ok) return args.ack(answerRefused(opened));
    const { teamId, userId, t, form, metadata, partnership } = opened;
    const scope = { teamId, partnershipId: partnership.id };
    const before =
      metadata.assignmentId === null
        ? undefined
        : getRoleAssignment(services.db, { ...scope, id: metadata.assignmentId });
    if (metadata.assignmentId !== null && !before) {
      const text = t('role.error.notInPartnership', { code: partnership.code });
      return args.ack({
        response_action: 'errors',
        errors: form.error([rolesIds.rolePerson], text),
      });
    }
    const holdings = listRoleAssignments(services.db, scope);
    const units = listUnitsOfPartnership(services.db, scope);
    const channelLocale = services.config.locale;
    const describe = (a: { role: (typeof ROLES)[number]; unitId: number; userId: string }) => ({
      person: `<@${a.userId}>`,
      role: translate(channelLocale, roleKey(a.role)),
      unit: escapeMrkdwn(unitName(units, a.unitId)),
    });
    // The same, for the person's own "saved" view, in their language.
    const describeFor = (
      tr: Translate,
      a: { role: (typeof ROLES)[number]; unitId: number; userId: string },
    ) => ({
      person: a.userId,
      role: tr(roleKey(a.role)),
      unit: escapeMrkdwn(unitName(units, a.unitId)),
    });
    const now = services.clock();

    const removal = form.values[rolesIds.roleRemove];
    if (before && Array.isArray(removal) && removal.includes(REMOVE_ASSIGNMENT)) {
      if (losesLastCoordinator(holdings, { kind: 'remove', id: before.id })) {
        const text = t('role.error.lastCoordinatorRemove');
        return args.ack({
          response_action: 'errors',
          errors: form.error([rolesIds.roleRemove], text),
        });
      }
      removeRoleAssignment(services.db, { ...scope, before, actor: userId, now });
      const savedView = savedViewFor(t, partnership, {
        text: t('saved.role.removed', describeFor(t, before)),
      });
      await args.ack({ response_action: 'update', view: savedView() });
      const outcome = await afterChange(services, args.client, {
        teamId,
        partnershipId: partnership.id,
        notice: notice(userId, 'role.notice.removed', describe(before)),
        homeUserIds: [userId, before.userId],
      });
      await linkSavedViewToCharter(services, args.client, {
        viewId: args.body.view.id,
        outcome,
        build: savedView,
      });
      return;
    }

    const parsed = form.parse(roleSchema);
    if (!parsed.ok) return args.ack({ response_action: 'errors', errors: parsed.errors });
    const fields = {
      userId: parsed.data[rolesIds.rolePerson],
      unitId: parsed.data[rolesIds.roleUnit],
      role: parsed.data[rolesIds.roleRole],
      responsibilities: parsed.data[rolesIds.roleResponsibilities],
    };
    if (!unitIn(units, fields.unitId)) {
      const text = t('goal.error.unitNotInPartnership', { code: partnership.code });
      return args.ack({
        response_action: 'errors',
        errors: form.error([rolesIds.roleUnit], text),
      });
    }
    const duplicateText = t('role.error.duplicate', {
      role: t(roleKey(fields.role)),
      unit: unitName(units, fields.unitId),
    });
    if (
      findDuplicateRoleAssignment(services.db, {
        ...scope,
        ...fields,
        ...(before ? { exceptId: before.id } : {}),
      })
    ) {
      return args.ack({
        response_action: 'errors',
        errors: form.error([rolesIds.roleRole], duplicateText),
      });
    }
    const change: RoleChange = before
      ? { kind: 'update', id: before.id, userId: fields.userId, role: fields.role }
      : { kind: 'add', userId: fields.userId, role: fields.role };
    if (losesLastCoordinator(holdings, change)) {
      const text = t('role.error.lastCoordinatorChange');
      return args.ack({
        response_action: 'errors',
        errors: form.error([rolesIds.roleRole], text),
      });
    }

    let saved: ReturnType<typeof insertRoleAssignment>;
    try {
      saved = saveRoleAssignment(services.db, { ...scope, before, fields, actor: userId, now });
    } catch (error) {
      // Two coordinators submitting the same assignment at once: the second one gets the message.
      if (!isUniqueViolation(error)) throw error;
      return args.ack({
        response_action: 'errors',
        errors: form.error([rolesIds.roleRole], duplicateText),
      });
    }
    const savedView = savedViewFor(t, partnership, { text: t('saved.role.saved', describeFor(t, saved)) });
    await args.ack({ response_action: 'update', view: savedView() });
    const outcome = await afterChange(services, args.client, {
      teamId,
      partnershipId: partnership.id,
      notice: notice(userId, before ? 'role.notice.changed' : 'role.notice.assigned', describe(saved)),
      homeUserIds: [userId, saved.userId, before?.userId ?? null],
    });
    await linkSavedViewToCharter(services, args.client, {
      viewId: args.body.view.id,
      outcome,
      build: savedView,
    });
  };
}

export function registerRolesViews(app: App, services: Services): void {
  app.view<ViewSubmitAction>(rolesIds.roleModal, submitRole(services));
}
