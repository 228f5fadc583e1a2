import { describe, expect, it } from 'vitest';
import { closestWord, parseCommandText, typoDistance } from '../../../src/domain/command-text.js';

describe('parseCommandText', () => {
  it('splits the sub-command from its arguments and lower-cases the word', () => {
    expect(parseCommandText('  LIHAT   PK-3 ')).toEqual({ name: 'lihat', args: ['PK-3'] });
    expect(parseCommandText('')).toEqual({ name: '', args: [] });
    expect(parseCommandText(undefined)).toEqual({ name: '', args: [] });
  });
});

describe('closestWord', () => {
  const words = ['bantuan', 'help', 'lihat', 'show', 'laporan', 'libur', 'jadwal'];
  it('suggests the word a small typo was meant to be', () => {
    expect(closestWord('lhat', words)).toBe('lihat');
    expect(closestWord('jadwl', words)).toBe('jadwal');
    expect(closestWord('hlep', words)).toBe('help');
  });
  it('counts two swapped neighbouring letters as one slip, and prefers the user’s language on a tie', () => {
    expect(typoDistance('lihta', 'lihat')).toBe(1);
    expect(typoDistance('lihta', 'list')).toBe(2);
    expect(typoDistance('ca', 'abc')).toBe(3);
    expect(typoDistance('', 'abc')).toBe(3);
    expect(closestWord('lihta', ['daftar', 'list', 'lihat', 'show'])).toBe('lihat');
    // A tie between two equally far words goes to the one in the user's language.
    expect(closestWord('ab', ['ax', 'ay'], ['ay'])).toBe('ay');
    expect(closestWord('ab', ['ax', 'ay'])).toBe('ax');
  });
  it('completes a word typed only in part', () => {
    expect(closestWord('lapor', words)).toBe('laporan');
  });
  it('suggests nothing for a word that is nothing like a command', () => {
    expect(closestWord('xyzzy', words)).toBeUndefined();
    expect(closestWord('a', words)).toBeUndefined();
  });
});
