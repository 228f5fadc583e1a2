import { common } from './messages/common.js';
import { evaluations } from './messages/evaluations.js';
import { goals } from './messages/goals.js';
import { help } from './messages/help.js';
import { partnerships } from './messages/partnerships.js';
import { schedules } from './messages/schedules.js';
import { transport } from './messages/transport.js';
import type { Locale } from './types.js';

export { LOCALES, type Locale } from './types.js';

/** Every feature's bundle. A key belongs to exactly one bundle; the catalog test checks for clashes. */
export const bundles = { common, help, partnerships, goals, schedules, evaluations, transport } as const;

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

/** Translates `key` into `locale`, filling `{placeholders}` from `params`. */
export function t(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template = catalog[locale][key] ?? catalog.id[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
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
