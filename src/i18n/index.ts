import { actions } from './messages/actions.js';
import { charter } from './messages/charter.js';
import { charts } from './messages/charts.js';
import { common } from './messages/common.js';
import { evaluations } from './messages/evaluations.js';
import { exports } from './messages/exports.js';
import { feedback } from './messages/feedback.js';
import { followThrough } from './messages/follow-through.js';
import { goals } from './messages/goals.js';
import { help } from './messages/help.js';
import { holidays } from './messages/holidays.js';
import { home } from './messages/home.js';
import { partnerships } from './messages/partnerships.js';
import { progress } from './messages/progress.js';
import { reports } from './messages/reports.js';
import { roles } from './messages/roles.js';
import { schedules } from './messages/schedules.js';
import { time } from './messages/time.js';
import { transport } from './messages/transport.js';
import { units } from './messages/units.js';
import type { Locale } from './types.js';

export { LOCALES, type Locale } from './types.js';

/** Every feature's bundle. A key belongs to exactly one bundle; the catalog test checks for clashes. */
export const bundles = {
  common,
  time,
  charts,
  help,
  partnerships,
  units,
  charter,
  home,
  goals,
  progress,
  roles,
  schedules,
  holidays,
  evaluations,
  exports,
  feedback,
  transport,
  reports,
  actions,
  followThrough,
} as const;

type Bundles = typeof bundles;
export type MessageKey = { [B in keyof Bundles]: keyof Bundles[B]['id'] }[keyof Bundles] & string;
export type MessageParams = Record<string, string | number>;

const catalog: Record<Locale, Record<string, string>> = { id: {}, en: {} };
for (const bundle of Object.values(bundles)) {
  Object.assign(catalog.id, bundle.id);
  Object.assign(catalog.en, bundle.en);
}

export function catalogFor(locale: Locale): Readonly<Record<string, string>> {
  return catalog[locale];
}

const pluralRules: Record<Locale, Intl.PluralRules> = {
  id: new Intl.PluralRules('id'),
  en: new Intl.PluralRules('en'),
};

/** `{count, plural, one {# goal} other {# goals}}`: the name, then each form's category and text. */
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_FORM = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

/**
 * Picks the form of a `{name, plural, …}` block that fits the number in `params[name]`, by the
 * language's own rules (`Intl.PluralRules`): `=N` for an exact number first, then the category,
 * then `other`. `#` in the form stands for the value as given. A block whose value is missing or
 * not a number is left as written, like an unknown placeholder.
 */
function selectPlurals(template: string, locale: Locale, params: MessageParams): string {
  return template.replace(PLURAL, (whole, name: string, body: string) => {
    const value = params[name];
    const count = typeof value === 'number' ? value : Number(value);
    if (value === undefined || !Number.isFinite(count)) return whole;
    const forms = new Map([...body.matchAll(PLURAL_FORM)].map((m) => [m[1] ?? '', m[2] ?? '']));
    const form = forms.get(`=${count}`) ?? forms.get(pluralRules[locale].select(count)) ?? forms.get('other');
    return form === undefined ? whole : form.replace(/#/g, String(value));
  });
}

/** The names a message fills in, plain (`{code}`) or plural (`{count, plural, …}`), sorted and unique. */
export function placeholderNames(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1] ?? ''))].sort();
}

/**
 * Translates `key` into `locale`, filling `{placeholders}` from `params` and choosing the form of
 * any `{count, plural, one {…} other {…}}` block by the number in `params.count`.
 */
export function t(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return formatMessage(locale, catalog[locale][key] ?? catalog.id[key] ?? key, params);
}

/** Fills one message's plural blocks and placeholders; `t` without the catalog look-up. */
export function formatMessage(locale: Locale, template: string, params: MessageParams = {}): string {
  return selectPlurals(template, locale, params).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A translator bound to one locale, handed to view builders. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;
export function translator(locale: Locale): Translate {
  return (key, params) => t(locale, key, params);
}

/** Slack locales look like `id-ID` or `en-US`; anything Indonesian is `id`, anything English `en`. */
export function localeFromSlack(slackLocale: string | undefined | null): Locale | undefined {
  if (!slackLocale) return undefined;
  const lang = slackLocale.toLowerCase().split(/[-_]/)[0];
  if (lang === 'id' || lang === 'in') return 'id';
  if (lang === 'en') return 'en';
  return undefined;
}
