import { z } from 'zod';
import { parseDecimal } from '../../domain/goals.js';
import { isValidLocalDate } from '../../domain/time/calendar.js';
import type { Locale } from '../../i18n/index.js';

export const required = { error: 'validation.required' } as const;
export const requiredText = (max: number) =>
  z
    .string(required)
    .trim()
    .min(1, required)
    .refine((v) => v.length <= max, { message: 'validation.tooLong', params: { max } });
export const optionalTrimmedText = (max: number) =>
  z
    .string()
    .trim()
    .refine((v) => v.length <= max, { message: 'validation.tooLong', params: { max } })
    .nullish()
    .transform((v) => v || null);
export const slackUserId = z.string().regex(/^[UW][A-Z0-9]+$/, 'validation.invalid');
export const unitId = z.coerce
  .number({ error: 'validation.chooseOption' })
  .int('validation.chooseOption')
  .positive('validation.chooseOption');
export const localDate = z.string({ error: 'validation.date' }).refine(isValidLocalDate, 'validation.date');

// ── field schemas: messages are catalog keys, shown in the user's language ──────────────────

export const textUpTo = (max: number) =>
  z.string().refine((s) => s.length <= max, { message: 'validation.tooLong', params: { max } });
export const optionalTextUpTo = (max: number) =>
  textUpTo(max)
    .nullish()
    .transform((v) => v ?? null);
export const decimal = (locale: Locale) =>
  z
    .string()
    .refine((s) => parseDecimal(s, locale) !== null, { message: 'validation.number' })
    .transform((s) => parseDecimal(s, locale) ?? 0)
    .nullish()
    .transform((v) => v ?? null);
export const optionalDate = z
  .string()
  .refine(isValidLocalDate, { message: 'validation.date' })
  .nullish()
  .transform((v) => v ?? null);
/** An empty select is a missing answer ("required"); a value not offered is a wrong one. */
export const choiceError = (issue: { input?: unknown }) =>
  issue.input === null || issue.input === undefined ? 'validation.required' : 'validation.chooseOption';
export const id = z
  .string({ error: choiceError })
  .regex(/^\d{1,12}$/, { message: 'validation.chooseOption' })
  .transform(Number);
export const slackUser = z
  .string({ error: (issue) => (issue.input == null ? 'validation.required' : 'goal.error.person') })
  .regex(/^[UW][A-Z0-9]{2,20}$/, { message: 'goal.error.person' });
