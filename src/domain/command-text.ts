export interface ParsedCommand {
  /** The sub-command word, lower-cased; empty when the user typed only `/mitra`. */
  name: string;
  args: string[];
}

/** Splits `/mitra` text into a sub-command and its arguments (quotes are not special in Slack). */
export function parseCommandText(text: string | undefined): ParsedCommand {
  // Stryker disable next-line MethodExpression,Regex: trim, `\s+` and the filter each drop the empty words alone
  const words = (text ?? '').trim().split(/\s+/).filter(Boolean);
  const [first = '', ...args] = words;
  return { name: first.toLowerCase(), args };
}

/**
 * Edit distance where swapping two neighbouring letters counts as one edit (optimal string
 * alignment): the commonest typo, `lihta` for `lihat`, is one slip, not two. Plain Levenshtein
 * counts it as two and then ties with unrelated words such as `list`.
 */
export function typoDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  // Stryker disable next-line OptionalChaining: always read within the table
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0;
  // Stryker disable next-line EqualityOperator: a row past the end is written nowhere and never read
  for (let i = 1; i < rows; i += 1) {
    // Stryker disable next-line EqualityOperator: a column past the end is never read
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      // Stryker disable next-line EqualityOperator,LogicalOperator: at i or j = 1, a[-1] / b[-1] are undefined and fail the letter test anyway
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      const row = d[i];
      // Stryker disable next-line ConditionalExpression: every row within the loop exists
      if (row) row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The known word closest to a mistyped one, if it is close enough to be what was meant:
 * at most 2 edits, and no more than half the word, so `lhat` finds `lihat` but `xyz` finds nothing.
 * Between equally close words, one of `preferred` (the user's language) wins.
 */
export function closestWord(
  typed: string,
  known: readonly string[],
  // Stryker disable next-line ArrayDeclaration: a default no known word equals
  preferred: readonly string[] = [],
): string | undefined {
  const prefixMatch = known.find((word) => typed.length >= 3 && word.startsWith(typed));
  if (prefixMatch) return prefixMatch;
  let best: { word: string; d: number; preferred: boolean } | undefined;
  for (const word of known) {
    const d = typoDistance(typed, word);
    const isPreferred = preferred.includes(word);
    if (!best || d < best.d || (d === best.d && isPreferred && !best.preferred)) {
      best = { word, d, preferred: isPreferred };
    }
  }
  if (!best) return undefined;
  return best.d <= 2 && best.d <= typed.length / 2 ? best.word : undefined;
}
