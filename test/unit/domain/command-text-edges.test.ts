/** Typo distances and suggestions at their edges: empty words, thresholds, ties. */
import { describe, expect, it } from 'vitest';
import { closestWord, parseCommandText, typoDistance } from '../../../src/domain/command-text.js';

describe('typoDistance', () => {
  it.each([
    ['abc', '', 3],
    ['', '', 0],
    ['ab', 'cd', 2],
    ['abc', 'acb', 1],
    ['ca', 'ac', 1],
    ['abcd', 'badc', 2],
    ['zab', 'yba', 2],
    ['abz', 'bay', 2],
    ['kitten', 'sitting', 3],
    ['abc', 'cba', 2],
    ['lihat', 'lihat', 0],
  ] as const)('from %j to %j is %d', (a, b, d) => {
    expect(typoDistance(a, b)).toBe(d);
    expect(typoDistance(b, a)).toBe(d);
  });
});

describe('closestWord at its edges', () => {
  const words = ['bantuan', 'help', 'lihat', 'show', 'laporan', 'libur', 'jadwal'];

  it('suggests nothing from an empty list', () => {
    expect(closestWord('lihat', [])).toBeUndefined();
  });

  it('completes a prefix of three letters or more, not of two', () => {
    expect(closestWord('lap', words)).toBe('laporan');
    expect(closestWord('la', words)).toBeUndefined();
  });

  it('accepts two edits in a word of four letters, and refuses two in a word of three or three in any word', () => {
    expect(closestWord('abcd', ['abxy'])).toBe('abxy');
    expect(closestWord('abc', ['axy'])).toBeUndefined();
    expect(closestWord('abcdefg', ['abcdxyz'])).toBeUndefined();
    expect(closestWord('abcdef', ['abcdxy'])).toBe('abcdxy');
  });

  it('takes the closest word over an earlier, farther one, even one in the user’s language', () => {
    expect(closestWord('abcd', ['abxy', 'abcx'])).toBe('abcx');
    expect(closestWord('abcd', ['abxy', 'abcx'], ['abxy'])).toBe('abcx');
    expect(closestWord('abcd', ['abcx', 'abxy'], ['abxy'])).toBe('abcx');
    expect(closestWord('hlep', ['show', 'help', 'hela'])).toBe('help');
  });

  it('keeps the first of equally close words in the user’s language', () => {
    expect(closestWord('ab', ['ax', 'ay'], ['ax', 'ay'])).toBe('ax');
    expect(closestWord('ab', ['ax', 'ay'], ['ax'])).toBe('ax');
  });
});

describe('parseCommandText', () => {
  it('splits on any run of white space, tabs and line breaks included', () => {
    expect(parseCommandText('jadwal\tPK-3 \n uji')).toEqual({ name: 'jadwal', args: ['PK-3', 'uji'] });
  });
});
