/**
 * The glossary (docs/glossary.md) is the list Mitra's words follow. The forms it rules out — its
 * notes say `not "…"` or `replaces "…"` — must not come back into the catalog or the example
 * data; a few more forms it implies (Idulfitri is one word, "mis." and "misalnya" not both, no
 * space before %) are listed here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../../src/i18n/index.js';

const glossary = readFileSync(new URL('../../../docs/glossary.md', import.meta.url), 'utf8');
const seedSource = readFileSync(new URL('../../../sandbox/seed.ts', import.meta.url), 'utf8');

/** Every quoted form in a note that rules forms out: `not "dua mingguan"`, `replaces "…"`. */
function bannedByGlossary(markdown: string): string[] {
  const forms: string[] = [];
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const note = cells.at(-2) ?? '';
    if (!line.startsWith('|') || !/\b(not|replaces)\b/.test(note)) continue;
    for (const match of note.matchAll(/"([^"]+)"/g)) forms.push(match[1] ?? '');
  }
  return forms.filter(Boolean);
}

const fromGlossary = bannedByGlossary(glossary);

/** Forms the glossary implies without a `not "…"` note, and the English forms of the old terms. */
const BANNED_ID = [...fromGlossary, 'Idul Fitri', 'mis.', 'kekosongan', 'realisasi penyerapan', 'jadi'];
const BANNED_EN = ['accountability gap', 'point of contact', 'Idul Fitri', 'sample reminder'];
/** English loanwords the example data once used; Indonesian has its words for them. */
const BANNED_SEED = [...BANNED_ID, 'policy brief', 'output'];

function pattern(form: string): RegExp {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Whole words only: "file" must not catch "profil", "jadi" not "terjadi".
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
}

function offenders(texts: Record<string, string>, forms: readonly string[]): string[] {
  const found: string[] = [];
  for (const [where, text] of Object.entries(texts)) {
    for (const form of forms) if (pattern(form).test(text)) found.push(`${where}: "${form}" in ${text}`);
  }
  return found;
}

/** The string literals of a source file: the seed's names, purposes, notes and answers. */
function stringLiterals(source: string): Record<string, string> {
  const literals: Record<string, string> = {};
  for (const match of source.matchAll(/'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)) {
    literals[`seed.ts@${match.index}`] = match[1] ?? match[2] ?? '';
  }
  return literals;
}

describe('glossary', () => {
  it('is read: the forms it rules out include the ones the review found', () => {
    expect(fromGlossary).toEqual(
      expect.arrayContaining(['kekosongan akuntabilitas', 'notulen', 'titik kontak', 'dua mingguan', 'file']),
    );
  });

  it('keeps every ruled-out form out of the Indonesian catalog', () => {
    expect(offenders(catalogFor('id'), BANNED_ID)).toEqual([]);
  });

  it('keeps the old English terms out of the English catalog', () => {
    expect(offenders(catalogFor('en'), BANNED_EN)).toEqual([]);
  });

  it('keeps every ruled-out form and English loanword out of the example data', () => {
    expect(offenders(stringLiterals(seedSource), BANNED_SEED)).toEqual([]);
  });

  it('writes percentages without a space before % in both languages', () => {
    for (const locale of ['id', 'en'] as const) {
      const spaced = Object.entries(catalogFor(locale)).filter(([, text]) => /[\d}]\s+%/.test(text));
      expect(spaced, locale).toEqual([]);
    }
  });

  it('catches a banned form when one comes back (the check itself can fail)', () => {
    expect(offenders({ x: 'Tidak ada kekosongan akuntabilitas.' }, BANNED_ID)).toHaveLength(2);
    expect(offenders({ x: 'Cuti bersama Idul Fitri' }, BANNED_ID)).toHaveLength(1);
    expect(offenders({ x: 'Rapat dua mingguan' }, BANNED_ID)).toHaveLength(1);
    expect(offenders({ x: 'Terjadi kesalahan pada profil berkas.' }, BANNED_ID)).toEqual([]);
    expect(stringLiterals("const a = 'policy brief';")).toEqual({ 'seed.ts@10': 'policy brief' });
  });
});
