/**
 * Rules of an evaluation cycle that need no Slack and no database: when it closes, when
 * non-responders are reminded, who may be invited, and what a valid survey answer is.
 */

import { z } from 'zod';
import type { MessageKey, MessageParams } from '../i18n/index.js';
import type { EvaluationDimension } from './enums.js';
import { EVALUATION_DIMENSIONS } from './enums.js';
import { SCORE_MAX, SCORE_MIN } from './evaluation-stats.js';
import {
  addDays,
  instantOfLocal,
  isValidLocalDate,
  isValidTimeOfDay,
  localDateOf,
  weekdayOf,
} from './time/calendar.js';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** A cycle closes at least this long after it opens, so managers have time to answer. */
export const MIN_OPEN_MS = HOUR_MS;
/** …and within this many days: a survey left open for months measures nothing in particular. */
export const MAX_OPEN_DAYS = 90;
/** Default length of a cycle opened from the modal, and its default local closing time. */
export const DEFAULT_OPEN_DAYS = 7;
export const DEFAULT_CLOSING_TIME = '17:00';
/** The free-text answers are kept short enough to read in a summary. */
export const MAX_ANSWER_LENGTH = 1000;
/** Invitations per cycle; a users_select cannot sensibly hold more anyway. */
export const MAX_INVITED = 100;

/** How long before closing non-responders are reminded; `none` sends no reminder. */
export const REMIND_LEADS = ['none', '2h', '1d', '2d', '3d'] as const;
export type RemindLead = (typeof REMIND_LEADS)[number];
export const DEFAULT_REMIND_LEAD: RemindLead = '1d';
const LEAD_MS: Record<RemindLead, number | null> = {
  none: null,
  '2h': 2 * HOUR_MS,
  '1d': DAY_MS,
  '2d': 2 * DAY_MS,
  '3d': 3 * DAY_MS,
};

export function remindLeadKey(lead: RemindLead): MessageKey {
  return `evaluation.open.remind.${lead}` as const satisfies MessageKey;
}

/**
 * Where the closing date/time fields start: a week from today at 17.00 local time, moved on to
 * the next workday (Monday) when that falls on a weekend — nobody answers on a Saturday evening.
 */
export function defaultClosing(now: Date, timeZone: string): { date: string; time: string } {
  let date = addDays(localDateOf(now, timeZone), DEFAULT_OPEN_DAYS);
  while (weekdayOf(date) === 0 || weekdayOf(date) === 6) date = addDays(date, 1);
  return { date, time: DEFAULT_CLOSING_TIME };
}

/**
 * The reminder time when nobody chose one (a cycle opened by a schedule): a day before closing,
 * or halfway through when the cycle is shorter than two days — a reminder an hour after the
 * invitation would only annoy.
 */
export function defaultRemindAt(openedAt: Date, closesAt: Date): Date | null {
  const length = closesAt.getTime() - openedAt.getTime();
  if (length <= 2 * HOUR_MS) return null;
  if (length >= 2 * DAY_MS) return new Date(closesAt.getTime() - DAY_MS);
  return new Date(openedAt.getTime() + Math.floor(length / 2));
}

export interface Problem {
  key: MessageKey;
  params?: MessageParams;
  /** People the message is about; the caller fills `{people}` with their names. */
  userIds?: string[];
}

export interface OpenCycleForm {
  closesDate: string | null;
  closesTime: string | null;
  remindLead: string | null;
  invited: readonly string[];
}

export type OpenCycleDecision =
  | { ok: true; closesAt: Date; remindAt: Date | null; invited: string[] }
  | {
      ok: false;
      errors: Record<'closes_date' | 'closes_time' | 'remind_lead' | 'managers', Problem | undefined>;
    };

/**
 * Checks the open-cycle modal against the clock and the partnership's managers. Every invited
 * person must hold the `manager` role: the survey is the managers' by the spec, and the role says
 * which unit the answer speaks for.
 */
export function decideOpenCycle(
  form: OpenCycleForm,
  context: { now: Date; timeZone: string; code: string; managerIds: readonly string[] },
): OpenCycleDecision {
  const errors: Record<'closes_date' | 'closes_time' | 'remind_lead' | 'managers', Problem | undefined> = {
    closes_date: undefined,
    closes_time: undefined,
    remind_lead: undefined,
    managers: undefined,
  };
  const { now, code } = context;

  let closesAt: Date | null = null;
  if (!form.closesDate || !isValidLocalDate(form.closesDate)) errors.closes_date = { key: 'validation.date' };
  else if (!form.closesTime || !isValidTimeOfDay(form.closesTime))
    errors.closes_time = { key: 'validation.required' };
  else {
    closesAt = instantOfLocal(form.closesDate, form.closesTime, context.timeZone);
    if (closesAt.getTime() < now.getTime() + MIN_OPEN_MS) {
      errors.closes_date = { key: 'evaluation.open.error.closesTooSoon' };
    } else if (closesAt.getTime() > now.getTime() + MAX_OPEN_DAYS * DAY_MS) {
      errors.closes_date = { key: 'evaluation.open.error.closesTooLate', params: { days: MAX_OPEN_DAYS } };
    }
  }

  const lead = REMIND_LEADS.find((l) => l === (form.remindLead ?? DEFAULT_REMIND_LEAD));
  let remindAt: Date | null = null;
  if (!lead) errors.remind_lead = { key: 'validation.chooseOption' };
  else if (closesAt && LEAD_MS[lead] !== null) {
    remindAt = new Date(closesAt.getTime() - (LEAD_MS[lead] ?? 0));
    if (remindAt.getTime() <= now.getTime()) errors.remind_lead = { key: 'evaluation.open.error.remindPast' };
  }

  const invited = [...new Set(form.invited)];
  const managers = new Set(context.managerIds);
  if (managers.size === 0) {
    errors.managers = { key: 'evaluation.open.error.noManagers', params: { code } };
  } else if (invited.length === 0) {
    errors.managers = { key: 'evaluation.open.error.noneChosen' };
  } else if (invited.length > MAX_INVITED) {
    errors.managers = { key: 'evaluation.open.error.tooMany', params: { max: MAX_INVITED } };
  } else {
    const strangers = invited.filter((id) => !managers.has(id));
    if (strangers.length > 0) {
      errors.managers = {
        key: 'evaluation.open.error.notManagers',
        params: { code, count: strangers.length, people: strangers.join(', ') },
        userIds: strangers,
      };
    }
  }

  if (Object.values(errors).some(Boolean) || closesAt === null) return { ok: false, errors };
  return { ok: true, closesAt, remindAt, invited };
}

/** The block id of a dimension's 1–5 choice in the survey modal. */
export function scoreBlockId(dimension: EvaluationDimension): string {
  return `score_${dimension}`;
}
export const WHAT_WORKS_BLOCK = 'what_works';
export const WHAT_TO_IMPROVE_BLOCK = 'what_to_improve';

const score = z
  .string({ error: 'evaluation.survey.scoreInvalid' })
  .regex(/^[1-5]$/, { error: 'evaluation.survey.scoreInvalid' })
  .transform(Number)
  .pipe(z.number().int().min(SCORE_MIN).max(SCORE_MAX));

const answerText = z
  .string()
  .nullish()
  // A refine rather than .max(): only custom issues carry `params`, which the field error fills in.
  .refine((v) => v === null || v === undefined || v.length <= MAX_ANSWER_LENGTH, {
    error: 'validation.tooLong',
    params: { max: MAX_ANSWER_LENGTH },
  })
  .transform((v) => v ?? null);

/**
 * The survey modal's input, keyed by block id as `readViewState` gives it. Scores arrive as the
 * option value ('1'–'5'); anything else — a crafted payload — is a field error on that question.
 */
export const surveySubmissionSchema = z
  .object({
    ...Object.fromEntries(EVALUATION_DIMENSIONS.map((d) => [scoreBlockId(d), score])),
    [WHAT_WORKS_BLOCK]: answerText,
    [WHAT_TO_IMPROVE_BLOCK]: answerText,
  })
  .transform((form) => {
    // The shape's keys are computed from the dimensions, so zod types them as an index signature.
    const values = form as Record<string, unknown>;
    return {
      scores: Object.fromEntries(EVALUATION_DIMENSIONS.map((d) => [d, values[scoreBlockId(d)]])) as Record<
        EvaluationDimension,
        number
      >,
      whatWorks: (values[WHAT_WORKS_BLOCK] as string | null) ?? null,
      whatToImprove: (values[WHAT_TO_IMPROVE_BLOCK] as string | null) ?? null,
    };
  });

export type SurveySubmission = z.output<typeof surveySubmissionSchema>;

/** Can this cycle still take answers at `now`? The job may not have closed it yet. */
export function acceptsAnswers(cycle: { status: string; closesAt: Date }, now: Date): boolean {
  return cycle.status === 'open' && now.getTime() < cycle.closesAt.getTime();
}
