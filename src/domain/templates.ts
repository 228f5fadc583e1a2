/**
 * The three partnerships the brief gives as examples, as templates for the create modal: a
 * purpose, suggested goals with indicators and targets, and the responsibilities of each role.
 * Texts are catalog keys, so a template reads in the creator's language; the units a template
 * expects are matched against the team's own units by code and name.
 */

import type { MessageKey } from '../i18n/index.js';
import type { Role } from './enums.js';
import { addDays, daysInMonth, type LocalDate, parseLocalDate } from './time/calendar.js';

export const TEMPLATE_IDS = ['planning_finance', 'operations_support', 'policy_research'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface TemplateGoal {
  title: MessageKey;
  indicator: MessageKey;
  baseline: number;
  target: number;
  measureUnit: MessageKey;
  /** Due this many months after the start date. */
  dueInMonths: number;
  /** Which of the template's two units owns the goal (0 or 1). */
  owner: 0 | 1;
}

export interface PartnershipTemplate {
  id: TemplateId;
  name: MessageKey;
  purpose: MessageKey;
  /** Words that identify each of the two units the template expects, lower case. */
  unitHints: readonly [readonly string[], readonly string[]];
  goals: readonly TemplateGoal[];
  responsibilities: Readonly<Record<Role, MessageKey>>;
}

const RESPONSIBILITIES = {
  coordinator: 'template.responsibilities.coordinator',
  liaison: 'template.responsibilities.liaison',
  member: 'template.responsibilities.member',
  manager: 'template.responsibilities.manager',
} as const satisfies Record<Role, MessageKey>;

export const TEMPLATES: Readonly<Record<TemplateId, PartnershipTemplate>> = {
  planning_finance: {
    id: 'planning_finance',
    name: 'template.planning_finance.name',
    purpose: 'template.planning_finance.purpose',
    unitHints: [
      ['ren', 'perencanaan', 'planning', 'bappe'],
      ['keu', 'keuangan', 'finance', 'anggaran', 'budget'],
    ],
    goals: [
      {
        title: 'template.planning_finance.goal1.title',
        indicator: 'template.planning_finance.goal1.indicator',
        baseline: 60,
        target: 100,
        measureUnit: 'template.measure.percent',
        dueInMonths: 6,
        owner: 0,
      },
      {
        title: 'template.planning_finance.goal2.title',
        indicator: 'template.planning_finance.goal2.indicator',
        baseline: 0,
        target: 95,
        measureUnit: 'template.measure.percent',
        dueInMonths: 12,
        owner: 1,
      },
    ],
    responsibilities: RESPONSIBILITIES,
  },
  operations_support: {
    id: 'operations_support',
    name: 'template.operations_support.name',
    purpose: 'template.operations_support.purpose',
    unitHints: [
      ['ops', 'operasional', 'operasi', 'operations', 'teknis'],
      ['um', 'umum', 'dukungan', 'support', 'sarpras', 'general'],
    ],
    goals: [
      {
        title: 'template.operations_support.goal1.title',
        indicator: 'template.operations_support.goal1.indicator',
        baseline: 70,
        target: 95,
        measureUnit: 'template.measure.percent',
        dueInMonths: 6,
        owner: 1,
      },
      {
        title: 'template.operations_support.goal2.title',
        indicator: 'template.operations_support.goal2.indicator',
        baseline: 20,
        target: 10,
        measureUnit: 'template.measure.days',
        dueInMonths: 9,
        owner: 0,
      },
    ],
    responsibilities: RESPONSIBILITIES,
  },
  policy_research: {
    id: 'policy_research',
    name: 'template.policy_research.name',
    purpose: 'template.policy_research.purpose',
    unitHints: [
      ['jak', 'kebijakan', 'policy'],
      ['litbang', 'penelitian', 'research', 'riset', 'kajian', 'bsk'],
    ],
    goals: [
      {
        title: 'template.policy_research.goal1.title',
        indicator: 'template.policy_research.goal1.indicator',
        baseline: 0,
        target: 6,
        measureUnit: 'template.measure.documents',
        dueInMonths: 12,
        owner: 1,
      },
      {
        title: 'template.policy_research.goal2.title',
        indicator: 'template.policy_research.goal2.indicator',
        baseline: 50,
        target: 90,
        measureUnit: 'template.measure.percent',
        dueInMonths: 12,
        owner: 0,
      },
    ],
    responsibilities: RESPONSIBILITIES,
  },
};

export function isTemplateId(value: unknown): value is TemplateId {
  return TEMPLATE_IDS.some((id) => id === value);
}

/** Splits a unit's code and name into lower-case words. */
function words(unit: { code: string; name: string }): string[] {
  return `${unit.code} ${unit.name}`
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * The team's units that fit the template's two expected units, in the template's order; a slot
 * with no fitting unit (or whose only fit is already taken) is undefined. Matching is by whole
 * word of the code or name, so "Biro Perencanaan" fits Planning and "KEU" fits Finance.
 */
export function matchTemplateUnits<U extends { id: number; code: string; name: string }>(
  template: PartnershipTemplate,
  units: readonly U[],
): [U | undefined, U | undefined] {
  const fits = (unit: U, hints: readonly string[]) => words(unit).some((w) => hints.includes(w));
  const first = units.find((u) => fits(u, template.unitHints[0]));
  const second = units.find((u) => u.id !== first?.id && fits(u, template.unitHints[1]));
  return [first, second];
}

/** The date `months` calendar months after `start`, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(start: LocalDate, months: number): LocalDate {
  const { year, month, day } = parseLocalDate(start);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const d = Math.min(day, daysInMonth(y, m));
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A template goal's due date for a partnership starting on `start`. */
export function templateGoalDueDate(goal: TemplateGoal, start: LocalDate): LocalDate {
  return addMonths(start, goal.dueInMonths);
}

/** The review date suggested for a new partnership: a year after it starts, the day before. */
export function suggestedReviewDate(start: LocalDate): LocalDate {
  return addDays(addMonths(start, 12), -1);
}

/** The template with this id, or undefined for "no template" and anything unknown. */
export function getTemplate(id: string | null | undefined): PartnershipTemplate | undefined {
  return isTemplateId(id) ? TEMPLATES[id] : undefined;
}
