// @ts-check
/**
 * Mutation testing of the pure domain rules (`npm run test:mutation`; not part of `npm test`).
 *
 * Only the unit tests of the domain and the views run (vitest.mutation.config.ts), per test
 * (`coverageAnalysis: 'perTest'`), so a mutant costs the few tests that reach it. The TypeScript checker drops mutants that do not compile
 * before any test runs. `incremental` keeps the last result in reports/stryker-incremental.json:
 * a rerun only tests mutants in changed code or reached by changed tests. Delete the file (or pass
 * `--force`) for a full run. One file while working:
 *   npx stryker run --mutate src/domain/time/cadence.ts
 *
 * Equivalent mutants (no behaviour can tell them apart) are marked in the source with
 * `// Stryker disable next-line <mutator>: <reason>`; the list with reasons is at the end of this file.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  // `related`: the initial run takes only the tests that import the files being mutated.
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: ['src/domain/**/*.ts'],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level code: the zod schemas, the template data, constant tables) run
  // every test each and took 72% of the run for 18% of the mutants. They are left out of the score;
  // `npx stryker run --ignoreStatic false` includes them.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  // Two cores: one test runner and one type checker.
  concurrency: 2,
  timeoutMS: 10_000,
  // The initial run with per-test coverage is slow on a busy two-core machine.
  dryRunTimeoutMinutes: 30,
  thresholds: { high: 95, low: 90, break: 90 },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};

/*
 * Surviving mutants judged equivalent (no input tells them apart), so no test is added for them:
 * - goals.ts parseDecimal: the final digits-only / not-empty check and the '0' defaults of
 *   `Number(whole.fraction)` (marked in the source); `lastDot > lastComma` → `>=` (both present
 *   means they differ); `rest.length > 0` in isGrouped (every caller passes a text holding the
 *   separator); the `?? ''` defaults after a matched regex; `trim()` before removing all spaces.
 * - goals.ts isGoalOverdue: `dueDate === null` → false (`null < today` is false anyway).
 * - holidays.ts: the calendar cache and its `languages` option (marked in the source); the `public`
 *   filter (every entry date-holidays 3.37 gives for ID is public — kept for later data releases);
 *   the invalid-date guard of the checker (an invalid date matches no holiday either way);
 *   `typeof extra === 'string'` → false (a string has no `.name`).
 * - command-text.ts: `.filter(Boolean)`, `trim()` and `\s` vs `\s+` in parseCommandText (each one
 *   alone drops empty words already); the loop bounds `<` → `<=` and `if (row)` in typoDistance (a
 *   row past the end is never read); `d[i]?.[j]` (always in range); `i > 1 && j > 1` (a[-1] and
 *   b[-1] are undefined, so the transposition test fails anyway); the `preferred = []` default;
 *   the `j === 0 ? i : 0` start value of inner cells (every inner cell is overwritten).
 * - export-tables.ts: the English options object → `{}` (the CSV defaults are `.` and `,`);
 *   `if (!id) return null` in channel() (a null id looks up nothing and is returned as null);
 *   padStart and the `'00'` defaults of a time that is always `HH:MM`.
 * - csv.ts: `-0` → `+0` in Object.is (String(-0) is already '0').
 * - permissions.ts: `personInChargeId !== null` → true (a null id never equals a user id).
 */
