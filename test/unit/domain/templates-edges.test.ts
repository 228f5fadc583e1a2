/** Templates at their edges: every unit hint, the responsibilities, month arithmetic across years. */
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../src/db/schema/partnerships.js';
import {
  addMonths,
  getTemplate,
  isTemplateId,
  matchTemplateUnits,
  suggestedReviewDate,
  TEMPLATE_IDS,
  TEMPLATES,
} from '../../../src/domain/templates.js';
import { catalogFor } from '../../../src/i18n/index.js';

describe('unit hints', () => {
  it.each(TEMPLATE_IDS)('finds each of %s’s units by every hint word, in code or name, any case', (id) => {
    const template = TEMPLATES[id];
    const [firstHints, secondHints] = template.unitHints;
    for (const hint of firstHints) {
      const [first] = matchTemplateUnits(template, [
        { id: 1, code: 'X', name: `Biro ${hint.toUpperCase()}` },
      ]);
      expect(first?.id, hint).toBe(1);
    }
    for (const hint of secondHints) {
      const [, second] = matchTemplateUnits(template, [{ id: 2, code: hint.toUpperCase(), name: 'Biro' }]);
      expect(second?.id, hint).toBe(2);
    }
  });

  it('matches words split by any punctuation, and leaves an empty unit list unmatched', () => {
    const template = TEMPLATES.planning_finance;
    const [first, second] = matchTemplateUnits(template, [
      { id: 7, code: 'b-01', name: 'Biro/Perencanaan,Umum' },
      { id: 8, code: 'B02', name: 'Bagian_Keuangan' },
    ]);
    expect(first?.id).toBe(7);
    expect(second?.id).toBe(8); // an underscore separates words too
    expect(matchTemplateUnits(template, [])).toEqual([undefined, undefined]);
  });

  it('takes the first fitting unit for each slot', () => {
    const [first, second] = matchTemplateUnits(TEMPLATES.planning_finance, [
      { id: 1, code: 'A', name: 'Keuangan Pusat' },
      { id: 2, code: 'B', name: 'Perencanaan' },
      { id: 3, code: 'C', name: 'Anggaran' },
    ]);
    expect([first?.id, second?.id]).toEqual([2, 1]);
  });
});

describe('responsibilities', () => {
  it('gives every role a responsibility text in both languages', () => {
    for (const id of TEMPLATE_IDS) {
      for (const role of ROLES) {
        const key = TEMPLATES[id].responsibilities[role];
        expect(key).toBe(`template.responsibilities.${role}`);
        expect(catalogFor('id')[key], key).toBeTruthy();
        expect(catalogFor('en')[key], key).toBeTruthy();
      }
    }
  });

  it('gives each template its own id, name and purpose', () => {
    for (const id of TEMPLATE_IDS) {
      expect(TEMPLATES[id].id).toBe(id);
      expect(TEMPLATES[id].name).toBe(`template.${id}.name`);
      expect(TEMPLATES[id].purpose).toBe(`template.${id}.purpose`);
      expect(getTemplate(id)).toBe(TEMPLATES[id]);
      expect(TEMPLATES[id].goals.every((g) => g.title.startsWith(`template.${id}.goal`))).toBe(true);
    }
    expect(isTemplateId('planning_finance')).toBe(true);
    expect(isTemplateId(undefined)).toBe(false);
  });
});

describe('month arithmetic', () => {
  it('crosses year ends both ways and keeps the day where the month has it', () => {
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-05-31', 1)).toBe('2026-06-30');
    expect(addMonths('2026-01-01', 0)).toBe('2026-01-01');
    expect(addMonths('2026-06-30', 24)).toBe('2028-06-30');
    expect(addMonths('0999-12-01', 1)).toBe('1000-01-01');
  });

  it('suggests a review on the day before the first anniversary, across a leap day', () => {
    expect(suggestedReviewDate('2027-03-01')).toBe('2028-02-29');
    expect(suggestedReviewDate('2028-02-29')).toBe('2029-02-27');
  });
});
