import type { ModalView, SectionBlock } from '@slack/types';
import { ROLES, type RoleAssignment } from '../../../db/schema/index.js';
import type { Translate } from '../../../i18n/index.js';
import { roleKey } from '../../../i18n/labels.js';
import { versionedBlockId } from '../../kit/block-ids.js';
import { escapeMrkdwn, hintText, truncate } from '../../kit/message.js';
import {
  MAX_OPTIONS,
  MAX_VIEW_BLOCKS,
  modal,
  modalHead,
  noteBlock,
  option,
  type PartnershipRef,
  plain,
  textInput,
  type UnitRef,
  unitOption,
} from '../../kit/modal.js';
import { rolesIds } from '../roles/ids.js';

export const ROLE_LIMITS = { responsibilities: 1000 } as const;

/** The value of the "remove this assignment" checkbox. */
export const REMOVE_ASSIGNMENT = 'remove';

const ROLE_HINTS = {
  coordinator: 'role.hint.coordinator',
  liaison: 'role.hint.liaison',
  member: 'role.hint.member',
  manager: 'role.hint.manager',
} as const;

export interface RoleModalData {
  t: Translate;
  partnership: PartnershipRef | null;
  /** When set, the modal starts with a partnership select (the command named no code). */
  partnershipChoices?: readonly PartnershipRef[];
  /** The partnership's participating units. */
  units: readonly UnitRef[];
  /** Every assignment of the partnership, listed with an "Edit" button each. */
  assignments: readonly RoleAssignment[];
  /** The assignment being changed, or null for a new one. */
  assignment: RoleAssignment | null;
  problem?: string;
}

/**
 * The modal to assign a role, or (after "Edit" on a listed assignment) to change or remove one.
 * Fields carry a revision in their block_id so that editing another assignment re-fills them.
 */
export function buildRoleModal(data: RoleModalData): ModalView {
  const { t, assignment } = data;
  const head = modalHead(data, {
    title: 'role.modal.title',
    callbackId: rolesIds.roleModal,
    selectActionId: rolesIds.rolePartnershipSelect,
  });
  if (!head.ready) return head.view;
  const { blocks, partnership } = head;

  const unitsById = new Map(data.units.map((u) => [u.id, u]));
  const rev = `${partnership.id}-${assignment?.id ?? 'new'}`;
  if (assignment) {
    blocks.push({
      type: 'section',
      block_id: rolesIds.roleEditingBlock,
      text: {
        type: 'mrkdwn',
        text: truncate(
          t('role.editing', {
            role: t(roleKey(assignment.role)),
            unit: escapeMrkdwn(unitLabel(unitsById.get(assignment.unitId), assignment.unitId)),
            person: `<@${assignment.userId}>`,
          }),
          3000,
        ),
      },
      accessory: {
        type: 'button',
        action_id: rolesIds.roleNew,
        text: plain(t('role.newInstead'), 75),
        value: 'new',
      },
    });
  }

  const unitOptions = data.units.slice(0, MAX_OPTIONS).map(unitOption);
  const initialUnit = assignment ? unitOptions.find((o) => o.value === String(assignment.unitId)) : undefined;
  const roleOptions = ROLES.map((r) => option(t(roleKey(r)), r, t(ROLE_HINTS[r])));
  const initialRole = assignment ? roleOptions.find((o) => o.value === assignment.role) : undefined;
  blocks.push(
    {
      type: 'input',
      block_id: versionedBlockId(rolesIds.rolePerson, rev),
      label: plain(t('role.field.person'), 2000),
      element: {
        type: 'users_select',
        action_id: rolesIds.rolePerson,
        placeholder: plain(t('goal.field.personPlaceholder'), 150),
        ...(assignment ? { initial_user: assignment.userId } : {}),
      },
    },
    {
      type: 'input',
      block_id: versionedBlockId(rolesIds.roleUnit, rev),
      label: plain(t('role.field.unit'), 2000),
      element: {
        type: 'static_select',
        action_id: rolesIds.roleUnit,
        placeholder: plain(t('goal.field.unitPlaceholder'), 150),
        options: unitOptions,
        ...(initialUnit ? { initial_option: initialUnit } : {}),
      },
    },
    {
      type: 'input',
      block_id: versionedBlockId(rolesIds.roleRole, rev),
      label: plain(t('role.field.role'), 2000),
      element: {
        type: 'static_select',
        action_id: rolesIds.roleRole,
        placeholder: plain(t('role.field.rolePlaceholder'), 150),
        options: roleOptions,
        ...(initialRole ? { initial_option: initialRole } : {}),
      },
    },
    textInput({
      blockId: versionedBlockId(rolesIds.roleResponsibilities, rev),
      label: t('role.field.responsibilities'),
      placeholder: t('role.field.responsibilitiesPlaceholder'),
      initial: assignment?.responsibilities ?? undefined,
      maxLength: ROLE_LIMITS.responsibilities,
      multiline: true,
      optional: true,
    }),
  );
  if (assignment) {
    blocks.push({
      type: 'input',
      block_id: versionedBlockId(rolesIds.roleRemove, rev),
      optional: true,
      label: plain(t('role.field.remove'), 2000),
      hint: hintText(t('role.field.removeHint'), 2000),
      element: {
        type: 'checkboxes',
        action_id: rolesIds.roleRemove,
        options: [option(t('role.field.removeOption'), REMOVE_ASSIGNMENT)],
      },
    });
  }

  blocks.push(
    { type: 'divider' },
    { type: 'section', text: { type: 'mrkdwn', text: t('role.current.header') } },
  );
  if (data.assignments.length === 0) blocks.push(noteBlock(t('role.current.none')));
  // Keep one block free for the "and N more" line when the list does not fit.
  const room = MAX_VIEW_BLOCKS - blocks.length - 1;
  const shown = data.assignments.length > room + 1 ? data.assignments.slice(0, room) : data.assignments;
  for (const a of shown) blocks.push(assignmentBlock(t, a, unitsById.get(a.unitId)));
  if (shown.length < data.assignments.length) {
    blocks.push(
      noteBlock(
        t('role.current.more', { count: data.assignments.length - shown.length, code: partnership.code }),
      ),
    );
  }

  return modal({
    t,
    title: 'role.modal.title',
    callbackId: rolesIds.roleModal,
    metadata: { partnershipId: partnership.id, assignmentId: assignment?.id ?? null },
    blocks,
  });
}

function unitLabel(unit: UnitRef | undefined, unitId: number): string {
  return unit ? `${unit.code} · ${unit.name}` : `#${unitId}`;
}

function assignmentBlock(t: Translate, a: RoleAssignment, unit: UnitRef | undefined): SectionBlock {
  const head = `*${t(roleKey(a.role))}* · ${escapeMrkdwn(unitLabel(unit, a.unitId))} — <@${a.userId}>`;
  const duties = a.responsibilities
    ? `\n_${escapeMrkdwn(truncate(a.responsibilities.replace(/\s*\n\s*/g, '; '), 200))}_`
    : '';
  return {
    type: 'section',
    block_id: versionedBlockId(rolesIds.roleAssignmentBlock, String(a.id)),
    text: { type: 'mrkdwn', text: truncate(head + duties, 3000) },
    accessory: {
      type: 'button',
      action_id: rolesIds.roleEdit,
      text: plain(t('role.current.edit'), 75),
      value: String(a.id),
    },
  };
}
