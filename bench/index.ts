/**
 * `npm run bench`: prints figures (not pass/fail — timed asserts are flaky on a shared machine).
 *
 * Parts, in order (BENCH_ONLY=side,scale picks some; `npm run bench -- scale` works too):
 * - side       Mitra next to a plain Bolt app under autocannon (bench/side-by-side.ts)
 * - scale      seeded databases of BENCH_SIZES partnerships (bench/scale.ts)
 * - reminders  1,000 reminders due in one minute across 1,000 channels (bench/reminders.ts)
 * - charts     each chart rendered to PNG: time and size against the 200 ms / 100 KB budget (bench/charts.ts)
 * - schedules  one reminders tick with BENCH_SCHEDULES schedules (bench/schedules.ts; not in the default run)
 *
 * The default run takes a few minutes; the full run is
 * `BENCH_SIZES=100,1000,10000 BENCH_ONLY=side,scale,reminders,charts,schedules npm run bench`.
 * BENCH_NODE_FLAGS runs Mitra with other Node flags than `npm start`'s (e.g. to compare garbage
 * collector settings); BENCH_CPU_PROF=<dir> has it write a CPU profile there when it stops.
 */
import { benchCharts } from './charts.js';
import { benchReminderBurst } from './reminders.js';
import { benchScale } from './scale.js';
import { benchSchedules } from './schedules.js';
import { benchSideBySide } from './side-by-side.js';
import { envList } from './stats.js';

const PARTS: Record<string, () => Promise<void>> = {
  side: benchSideBySide,
  scale: benchScale,
  reminders: () => benchReminderBurst(),
  charts: benchCharts,
  schedules: () => benchSchedules(),
};
const DEFAULT = 'side,scale,reminders,charts';

const chosen = process.argv[2] ? process.argv.slice(2) : envList('BENCH_ONLY', DEFAULT);
const unknown = chosen.filter((name) => !PARTS[name]);
if (unknown.length > 0) {
  process.stderr.write(
    `unknown bench part(s): ${unknown.join(', ')}; choose from ${Object.keys(PARTS).join(', ')}\n`,
  );
  process.exit(2);
}
process.stdout.write(`Mitra benchmarks — node ${process.version}, ${new Date().toISOString()}\n`);
for (const name of chosen) {
  const started = performance.now();
  process.stdout.write(`\n== ${name}\n`);
  await PARTS[name]?.();
  process.stdout.write(`(${name}: ${Math.round((performance.now() - started) / 1000)} s)\n`);
}
