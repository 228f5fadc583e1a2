// Part of `npm run lint`: no source file over 400 lines (the message catalog aside), so each
// module keeps to one job. Tests are not counted.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const MAX_LINES = 400;
const ROOTS = ['src', 'sandbox', 'bench', 'scripts'];
const EXEMPT = [/^src\/i18n\/messages\//];
const SOURCE = /\.(ts|mts|js|mjs)$/;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) yield path;
  }
}

const root = new URL('..', import.meta.url).pathname;
const tooLong = [];
for (const top of ROOTS) {
  for (const path of files(join(root, top))) {
    const rel = relative(root, path);
    if (EXEMPT.some((pattern) => pattern.test(rel))) continue;
    const lines = readFileSync(path, 'utf8').split('\n').length - 1;
    if (lines > MAX_LINES) tooLong.push(`${rel}: ${lines} lines`);
  }
}
if (tooLong.length > 0) {
  console.error(`Files over ${MAX_LINES} lines (split them by what they do):\n  ${tooLong.join('\n  ')}`);
  process.exit(1);
}
