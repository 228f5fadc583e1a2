/**
 * `npm run bench`: every benchmark, one after the other, printing numbers (not pass/fail — timed
 * asserts are flaky on a shared machine). Run one alone with `npx tsx bench/<name>.ts`.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];

for (const file of readdirSync(here).sort()) {
  if (!file.endsWith('.ts') || file === 'index.ts' || file === 'stats.ts') continue;
  if (only && !file.includes(only)) continue;
  console.log(`\n== ${file}`);
  const mod: Record<string, unknown> = await import(join(here, file));
  for (const [name, fn] of Object.entries(mod)) {
    if (name.startsWith('bench') && typeof fn === 'function') await fn();
  }
}
