import { describe, expect, it } from 'vitest';
import {
  addMonths,
  getTemplate,
  matchTemplateUnits,
  suggestedReviewDate,
  TEMPLATE_IDS,
  TEMPLATES,
  templateGoalDueDate,
} from '../../../src/domain/templates.js';
import { catalogFor } from '../../../src/i18n/index.js';

const unit = (id: number, code: string, name: string) => ({ id, code, name });

describe('partnership templates', () => {
  it('has the three example partnerships of the brief, each with goals and texts in both languages', () => {
    expect(TEMPLATE_IDS).toEqual(['planning_finance', 'operations_support', 'policy_research']);
    for (const id of TEMPLATE_IDS) {
      const template = TEMPLATES[id];
      expect(template.goals.length).toBeGreaterThan(0);
      const keys = [
        template.name,
        template.purpose,
        ...template.goals.flatMap((g) => [g.title, g.indicator, g.measureUnit]),
      ];
      for (const key of keys) {
        expect(catalogFor('id')[key], key).toBeTruthy();
        expect(catalogFor('en')[key], key).toBeTruthy();
      }
    }
  });

  it('finds the team’s units that fit a template by code or by a word of the name', () => {
    const units = [
      unit(1, 'UMUM', 'Biro Umum'),
      unit(2, 'KEU', 'Biro Keuangan'),
      unit(3, 'REN', 'Biro Perencanaan'),
    ];
    const [planning, finance] = matchTemplateUnits(TEMPLATES.planning_finance, units);
    expect(planning?.id).toBe(3);
    expect(finance?.id).toBe(2);
    const [policy, research] = matchTemplateUnits(TEMPLATES.policy_research, units);
    expect(policy).toBeUndefined();
    expect(research).toBeUndefined();
  });

  it('does not match one unit to both slots, nor a word inside another word', () => {
    const units = [unit(1, 'X', 'Perencanaan dan Keuangan'), unit(2, 'Y', 'Rencana')];
    const [first, second] = matchTemplateUnits(TEMPLATES.planning_finance, units);
    expect(first?.id).toBe(1);
    expect(second).toBeUndefined();
  });

  it('dates goals whole months after the start, clamped to the end of short months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    const [goal] = TEMPLATES.planning_finance.goals;
    expect(goal && templateGoalDueDate(goal, '2026-01-05')).toBe('2026-07-05');
    expect(suggestedReviewDate('2026-01-05')).toBe('2027-01-04');
  });

  it('answers undefined for "no template" and for anything unknown', () => {
    expect(getTemplate('none')).toBeUndefined();
    expect(getTemplate('__proto__')).toBeUndefined();
    expect(getTemplate(null)).toBeUndefined();
    expect(getTemplate('policy_research')?.id).toBe('policy_research');
  });
});
