import { describe, expect, it } from 'vitest';
import {
  bundles,
  catalogFor,
  formatMessage,
  localeFromSlack,
  placeholderNames,
  t,
} from '../../../src/i18n/index.js';

const placeholders = placeholderNames;

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

  it('has no `{name, plural, …}` block that lacks an `other` form or is malformed', () => {
    for (const locale of ['id', 'en'] as const) {
      for (const [key, text] of Object.entries(catalogFor(locale))) {
        const blocks = text.match(/\{\w+, plural,/g) ?? [];
        // Filled with a number, every block is replaced: nothing of the syntax stays behind.
        const filled = formatMessage(
          locale,
          text,
          Object.fromEntries(placeholderNames(text).map((n) => [n, 7])),
        );
        expect(filled, `${locale} ${key}`).not.toMatch(/, plural,/);
        if (blocks.length > 0) expect(text, `${locale} ${key}`).toMatch(/other\s*\{/);
      }
    }
  });
});

describe('plural forms', () => {
  const goals = '{count, plural, one {# goal} other {# goals}}';

  it('chooses the English form by the number', () => {
    expect(formatMessage('en', goals, { count: 1 })).toBe('1 goal');
    expect(formatMessage('en', goals, { count: 2 })).toBe('2 goals');
    expect(formatMessage('en', goals, { count: 0 })).toBe('0 goals');
    expect(formatMessage('en', goals, { count: 1.5 })).toBe('1.5 goals');
  });

  it('uses `other` where the language has one form only (Indonesian)', () => {
    expect(formatMessage('id', '{count, plural, one {# satu} other {# sasaran}}', { count: 1 })).toBe(
      '1 sasaran',
    );
  });

  it('prefers an exact `=N` form and keeps other placeholders around and inside the block', () => {
    const text = '{code}: {count, plural, =0 {no gaps} one {# gap} other {# gaps}} in {code}';
    expect(formatMessage('en', text, { code: 'PK-1', count: 0 })).toBe('PK-1: no gaps in PK-1');
    expect(formatMessage('en', text, { code: 'PK-1', count: 1 })).toBe('PK-1: 1 gap in PK-1');
    expect(formatMessage('en', text, { code: 'PK-1', count: 12 })).toBe('PK-1: 12 gaps in PK-1');
  });

  it('reads a count given as text and shows it as given', () => {
    expect(formatMessage('en', goals, { count: '1' })).toBe('1 goal');
    expect(formatMessage('en', goals, { count: '3' })).toBe('3 goals');
  });

  it('leaves the block visible when the count is missing or not a number, like an unknown placeholder', () => {
    expect(formatMessage('en', goals, {})).toBe(goals);
    expect(formatMessage('en', goals, { count: 'many' })).toBe(goals);
  });

  it('names plural blocks among the placeholders, so both languages can be compared', () => {
    expect(placeholderNames(`{code} ${goals} {count}`)).toEqual(['code', 'count']);
    expect(placeholderNames('{count} sasaran di {code}')).toEqual(['code', 'count']);
  });

  it('chooses the form through t() for a catalog key', () => {
    expect(t('en', 'partnership.list.gaps', { count: 1 })).toBe('⚠️ 1 gap to fix');
    expect(t('en', 'partnership.list.gaps', { count: 3 })).toBe('⚠️ 3 gaps to fix');
    expect(t('id', 'partnership.list.gaps', { count: 3 })).toBe('⚠️ 3 hal perlu tindak lanjut');
  });
});
