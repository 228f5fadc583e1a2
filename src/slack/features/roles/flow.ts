import type { ModalView } from '@slack/types';
import { listUnitsOfPartnership } from '../../../db/queries/goals.js';
import { getRoleAssignment, listRoleAssignments } from '../../../db/queries/roles.js';
import { translator } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { accessPartnership, manageablePartnerships } from '../../kit/access.js';
import type { ModalRequest } from '../../kit/modal.js';
import { buildRoleModal } from './view.js';

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
