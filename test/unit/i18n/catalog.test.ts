import { describe, expect, it } from 'vitest';
import { bundles, catalogFor, localeFromSlack, t } from '../../../src/i18n/index.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalog', () => {
  it('has the same keys in Indonesian and English', () => {
    expect(Object.keys(catalogFor('en')).sort()).toEqual(Object.keys(catalogFor('id')).sort());
  });

  for (const [name, bundle] of Object.entries(bundles)) {
    it(`uses the same placeholders in both languages in the ${name} bundle`, () => {
      for (const key of Object.keys(bundle.id)) {
        const id = (bundle.id as Record<string, string>)[key] ?? '';
        const en = (bundle.en as Record<string, string>)[key];
        expect(en, `${key} is missing in English`).toBeTypeOf('string');
        expect(placeholders(en ?? ''), key).toEqual(placeholders(id));
      }
    });
  }

  it('never defines one key in two bundles', () => {
    const seen = new Map<string, string>();
    for (const [name, bundle] of Object.entries(bundles)) {
      for (const key of Object.keys(bundle.id)) {
        expect(seen.get(key), `${key} is in ${seen.get(key)} and ${name}`).toBeUndefined();
        seen.set(key, name);
      }
    }
  });

  it('has no empty message', () => {
    for (const locale of ['id', 'en'] as const) {
      for (const [key, text] of Object.entries(catalogFor(locale))) {
        expect(text.trim(), `${locale} ${key}`).not.toBe('');
      }
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('id', 'command.unknown', { typed: 'xyz' })).toBe('Perintah `xyz` tidak dikenal.');
    expect(t('en', 'command.didYouMean', {})).toContain('{suggestion}');
  });

  it('maps Slack locales to the two languages it has', () => {
    expect(localeFromSlack('id-ID')).toBe('id');
    expect(localeFromSlack('en-GB')).toBe('en');
    expect(localeFromSlack('ja-JP')).toBeUndefined();
    expect(localeFromSlack(undefined)).toBeUndefined();
  });
});
