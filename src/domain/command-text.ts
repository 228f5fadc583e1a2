import { distance } from 'fastest-levenshtein';

export interface ParsedCommand {
  /** The sub-command word, lower-cased; empty when the user typed only `/mitra`. */
  name: string;
  args: string[];
}

/** Splits `/mitra` text into a sub-command and its arguments (quotes are not special in Slack). */
export function parseCommandText(text: string | undefined): ParsedCommand {
  const words = (text ?? '').trim().split(/\s+/).filter(Boolean);
  const [first = '', ...args] = words;
  return { name: first.toLowerCase(), args };
}

/**
 * The known word closest to a mistyped one, if it is close enough to be what was meant:
 * at most 2 edits, and no more than half the word, so `lhat` finds `lihat` but `xyz` finds nothing.
 */
export function closestWord(typed: string, known: readonly string[]): string | undefined {
  let best: { word: string; d: number } | undefined;
  for (const word of known) {
    const d = distance(typed, word);
    if (!best || d < best.d) best = { word, d };
  }
  if (!best) return undefined;
  const prefixMatch = known.find((word) => typed.length >= 3 && word.startsWith(typed));
  if (prefixMatch) return prefixMatch;
  return best.d <= 2 && best.d <= typed.length / 2 ? best.word : undefined;
}
