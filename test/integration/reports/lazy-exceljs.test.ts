/**
 * The app runs with `--optimize-for-size`: exceljs, a large library, is loaded only when a workbook
 * is asked for. Loading the whole app (every feature, the jobs) must not load it; the workbook
 * builders do. Checked in a fresh Node process through the CommonJS module cache exceljs lands in.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const probe = `
import { createRequire } from 'node:module';
await import(process.argv[1]);
const cache = createRequire(import.meta.url).cache;
process.stdout.write(String(Object.keys(cache).some((k) => k.includes('/node_modules/exceljs/'))));
`;

function loadsExcelJs(modulePath: string): boolean {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', probe, `${root}${modulePath}`],
    { cwd: root, encoding: 'utf8', timeout: 60_000 },
  );
  return out.trim() === 'true';
}

describe('exceljs is loaded lazily', () => {
  it('is not loaded with the app', () => {
    expect(loadsExcelJs('src/app.ts')).toBe(false);
    expect(loadsExcelJs('src/jobs/index.ts')).toBe(false);
  });

  it('is loaded by the workbook builders the report flow imports on demand', () => {
    expect(loadsExcelJs('src/slack/features/reports/workbook.ts')).toBe(true);
  });
});
