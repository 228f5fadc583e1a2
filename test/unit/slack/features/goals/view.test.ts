import { describe, expect, it } from 'vitest';
import type { Goal } from '../../../../../src/db/schema/index.js';
import { translator } from '../../../../../src/i18n/index.js';
import { buildGoalModal } from '../../../../../src/slack/features/goals/view.js';
import { parseMetadata } from '../../../../../src/slack/kit/modal.js';
import { byField, inputs, selectOf } from '../../../../support/modal-blocks.js';

const t = translator('id');
const reporting = { year: 2026, targets: [] };
const partnership = { id: 7, code: 'PK-7', name: 'Perencanaan–Keuangan' };
const units = [
  { id: 1, code: 'REN', name: 'Biro Perencanaan' },
  { id: 2, code: 'KEU', name: 'Biro Keuangan' },
];

function goal(overrides: Partial<Goal> = {}): Goal {
  return {
    id: 3,
    teamId: 'T',
    partnershipId: 7,
    title: 'Realisasi anggaran',
    indicator: 'Persentase realisasi',
    ikuCode: null,
    ikuText: null,
    direction: 'higher',
    baseline: 12.5,
    target: 90,
    measureUnit: '%',
    dueDate: '2026-09-30',
    ownerUnitId: 2,
    personInChargeId: 'UBUDI',
    currentValue: null,
    status: 'on_track',
    createdBy: 'USARI',
    createdAt: new Date(0),
    updatedAt: new Date(0),
    ...overrides,
  };
}

describe('buildGoalModal', () => {
  it('builds an empty form for a new goal, with the partnership named and its units offered', () => {
    const view = buildGoalModal({ ...reporting, t, locale: 'id', partnership, goals: [], goal: null, units });
    expect(view.title.text).toBe('Sasaran kemitraan');
    expect(view.callback_id).toBe('goal_modal');
    expect(parseMetadata(view.private_metadata)).toEqual({
      partnershipId: 7,
      goalId: null,
      assignmentId: null,
    });
    expect(inputs(view).map((b) => b.block_id)).toEqual([
      'goal_title:7-new',
      'goal_indicator:7-new',
      'goal_iku_code:7-new',
      'goal_iku_text:7-new',
      'goal_direction:7-new',
      'goal_baseline:7-new',
      'goal_target:7-new',
      'goal_target_q1:7-new',
      'goal_target_q2:7-new',
      'goal_target_q3:7-new',
      'goal_target_q4:7-new',
      'goal_measure_unit:7-new',
      'goal_due_date:7-new',
      'goal_owner_unit:7-new',
      'goal_person_in_charge:7-new',
    ]);
    expect(JSON.stringify(view.blocks)).toContain('Perencanaan–Keuangan');
  });

  it('pre-fills the goal being edited, writing decimals the user’s way, under new block ids', () => {
    const view = buildGoalModal({
      ...reporting,
      t,
      locale: 'id',
      partnership,
      goals: [goal()],
      goal: goal(),
      units,
    });
    expect(byField(view, 'goal_baseline')?.block_id).toBe('goal_baseline:7-3');
    expect(byField(view, 'goal_baseline')?.element).toMatchObject({ initial_value: '12,5' });
    expect(byField(view, 'goal_owner_unit')?.element).toMatchObject({ initial_option: { value: '2' } });
    expect(byField(view, 'goal_person_in_charge')?.element).toMatchObject({ initial_user: 'UBUDI' });
    expect(byField(view, 'goal_choice')?.element).toMatchObject({ initial_option: { value: '3' } });
    const english = buildGoalModal({
      ...reporting,
      t: translator('en'),
      locale: 'en',
      partnership,
      goals: [],
      goal: goal(),
      units,
    });
    expect(byField(english, 'goal_baseline')?.element).toMatchObject({ initial_value: '12.5' });
  });

  it('offers IKU/PK, the direction with how capaian is computed, and the targets of the year', () => {
    const lower = goal({ ikuCode: 'PK 1.3', ikuText: 'Rata-rata hari reviu', direction: 'lower' });
    const targets = [
      { year: 2026, quarter: 0, value: 5 },
      { year: 2026, quarter: 3, value: 4.5 },
      { year: 2025, quarter: 3, value: 9 },
    ];
    const view = buildGoalModal({
      ...reporting,
      targets,
      t,
      locale: 'id',
      partnership,
      goals: [lower],
      goal: lower,
      units,
    });
    expect(byField(view, 'goal_iku_code')?.element).toMatchObject({ initial_value: 'PK 1.3' });
    expect(byField(view, 'goal_iku_text')?.element).toMatchObject({ initial_value: 'Rata-rata hari reviu' });
    expect(byField(view, 'goal_direction')?.element).toMatchObject({
      type: 'radio_buttons',
      initial_option: { value: 'lower', description: { text: 'Capaian = target ÷ realisasi × 100' } },
    });
    expect(JSON.stringify(byField(view, 'goal_direction'))).toContain('Capaian = realisasi ÷ target × 100');
    expect(byField(view, 'goal_target')?.label).toMatchObject({ text: 'Target tahunan 2026' });
    expect(byField(view, 'goal_target')?.element).toMatchObject({ initial_value: '5' });
    expect(byField(view, 'goal_target_q3')?.label).toMatchObject({ text: 'Target triwulan III 2026' });
    expect(byField(view, 'goal_target_q3')?.element).toMatchObject({ initial_value: '4,5' });
    expect(byField(view, 'goal_target_q2')?.element).not.toHaveProperty('initial_value');
  });

  it('starts with only the partnership select when no partnership is chosen', () => {
    const view = buildGoalModal({
      ...reporting,
      t,
      locale: 'id',
      partnership: null,
      partnershipChoices: [partnership],
      goals: [],
      goal: null,
      units: [],
    });
    expect(inputs(view).map((b) => b.block_id)).toEqual(['partnership']);
    expect(inputs(view)[0]?.dispatch_action).toBe(true);
  });

  it('keeps titles within 24 characters and options within 75, and offers at most 100 goals', () => {
    const many = Array.from({ length: 150 }, (_, i) => ({
      id: i + 1,
      title: `${'Sasaran yang sangat panjang '.repeat(5)}${i}`,
    }));
    const view = buildGoalModal({
      ...reporting,
      t: translator('en'),
      locale: 'en',
      partnership: { ...partnership, name: 'N'.repeat(500) },
      goals: many,
      goal: null,
      units,
    });
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    const choice = selectOf(view, 'goal_choice');
    expect(choice.options).toHaveLength(100);
    expect(choice.options?.every((o) => o.text.text.length <= 75)).toBe(true);
    expect(choice.options?.at(-1)?.value).toBe('150');
  });
});
