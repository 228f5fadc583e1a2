import type { ModalView, SectionBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import type { RoleAssignment } from '../../../../../src/db/schema/index.js';
import { translator } from '../../../../../src/i18n/index.js';
import { buildRoleModal } from '../../../../../src/slack/features/roles/view.js';
import { parseMetadata } from '../../../../../src/slack/kit/modal.js';
import { inputs } from '../../../../support/modal-blocks.js';

const partnership = { id: 7, code: 'PK-7', name: 'Perencanaan–Keuangan' };
const units = [
  { id: 1, code: 'REN', name: 'Biro Perencanaan' },
  { id: 2, code: 'KEU', name: 'Biro <Keuangan>' },
];

function assignment(overrides: Partial<RoleAssignment> = {}): RoleAssignment {
  return {
    id: 5,
    teamId: 'T',
    partnershipId: 7,
    unitId: 2,
    userId: 'UBUDI',
    role: 'liaison',
    responsibilities: 'Menyiapkan data\nMenghadiri rapat',
    assignedBy: 'USARI',
    createdAt: new Date(0),
    updatedAt: new Date(0),
    ...overrides,
  };
}

const sections = (view: ModalView) => view.blocks.filter((b): b is SectionBlock => b.type === 'section');

describe('buildRoleModal', () => {
  it('offers the four roles in the user’s language and lists assignments with an Edit button', () => {
    const view = buildRoleModal({
      t: translator('en'),
      partnership,
      units,
      assignments: [assignment()],
      assignment: null,
    });
    expect(view.title.text).toBe('Role assignment');
    expect(JSON.stringify(inputs(view))).toContain('Liaison');
    const listed = sections(view).find((s) => s.block_id === 'role_assignment:5');
    expect(listed?.text?.text).toBe(
      '*Liaison* · KEU · Biro &lt;Keuangan&gt; — <@UBUDI>\n_Menyiapkan data; Menghadiri rapat_',
    );
    expect(listed?.accessory).toMatchObject({ action_id: 'role_edit', value: '5' });
    expect(inputs(view).map((b) => b.block_id?.split('.')[0])).not.toContain('role_remove');
  });

  it('pre-fills the assignment being edited and offers to remove it', () => {
    const view = buildRoleModal({
      t: translator('id'),
      partnership,
      units,
      assignments: [assignment()],
      assignment: assignment(),
    });
    expect(parseMetadata(view.private_metadata)).toEqual({ partnershipId: 7, goalId: null, assignmentId: 5 });
    expect(inputs(view).map((b) => b.block_id)).toEqual([
      'role_person:7-5',
      'role_unit:7-5',
      'role_role:7-5',
      'role_responsibilities:7-5',
      'role_remove:7-5',
    ]);
    expect(inputs(view)[0]?.element).toMatchObject({ initial_user: 'UBUDI' });
    expect(inputs(view)[2]?.element).toMatchObject({ initial_option: { value: 'liaison' } });
    expect(JSON.stringify(view.blocks)).toContain('Mengubah penugasan: *Penghubung*');
  });

  it('stays within 100 blocks however many assignments there are', () => {
    const many = Array.from({ length: 300 }, (_, i) => assignment({ id: i + 1, userId: `U${i}` }));
    const view = buildRoleModal({
      t: translator('id'),
      partnership,
      units,
      assignments: many,
      assignment: many[0] ?? null,
    });
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(JSON.stringify(view.blocks.at(-1))).toContain('penugasan lain');
  });
});
