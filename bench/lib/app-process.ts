/**
 * Runs an app (Mitra or the plain Bolt app) as its own process, so its memory and CPU are its
 * own: start-up time to the first 200 on /healthz, resident memory now and at peak (VmHWM).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

export const ROOT = join(import.meta.dirname, '..', '..');

/**
 * The Node flags `npm start` passes (package.json's `start` script, `node <flags> dist/main.js`), so
 * the bench measures memory the way production runs.
 */
export function startFlags(): string[] {
  // BENCH_NODE_FLAGS="--flag …" tries other flags than the start script's ("" for none).
  const override = process.env.BENCH_NODE_FLAGS;
  if (override !== undefined) return override.split(/\s+/).filter((w) => w !== '');
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts?: { start?: string };
  };
  const words = (pkg.scripts?.start ?? '').trim().split(/\s+/);
  const script = words.indexOf('dist/main.js');
  if (words[0] !== 'node' || script < 0)
    throw new Error('package.json start script is not `node … dist/main.js`');
  return words.slice(1, script);
}

/** Mitra runs from the build, as in production (`npm start`); `BENCH_RUNTIME=tsx` runs src under tsx instead. */
export function mitraCommand(): string[] {
  if (process.env.BENCH_RUNTIME === 'tsx')
    return [...startFlags(), '--import', 'tsx', join(ROOT, 'src/main.ts')];
  return [...startFlags(), join(ROOT, 'dist/main.js')];
}

let built = false;
/** Builds dist/ once per run (skip with BENCH_BUILD=0 when it is fresh). */
export function ensureBuilt(): void {
  if (built || process.env.BENCH_RUNTIME === 'tsx') return;
  if (process.env.BENCH_BUILD !== '0' || !existsSync(join(ROOT, 'dist/main.js'))) {
    process.stdout.write('building dist/ (npm run build) …\n');
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  }
  built = true;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Resident memory of a process in MB from /proc (Linux): now, and the peak so far. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return { rssMb: Number.NaN, peakMb: Number.NaN };
  }
}

/**
 * CPU time (user + system) a process has used so far, in ms, from /proc (Linux). Unlike latency,
 * it hardly grows when other work shares the machine, so it compares two apps more steadily.
 */
export function cpuMsOf(pid: number): number {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const rest = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // In clock ticks, 100 a second on Linux.
    return (Number(rest[11]) + Number(rest[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

export interface AppProcess {
  name: string;
  pid: number;
  baseUrl: string;
  eventsUrl: string;
  /** From spawn to the first 200 on /healthz. */
  startupMs: number;
  memory(): { rssMb: number; peakMb: number };
  cpuMs(): number;
  stop(): Promise<void>;
}

export async function startAppProcess(input: {
  name: string;
  args: string[];
  env: Record<string, string>;
  logFile: string;
}): Promise<AppProcess> {
  const port = await freePort();
  const log = openSync(input.logFile, 'a');
  const started = performance.now();
  // BENCH_CPU_PROF=<dir>: the app writes a CPU profile there when it stops (node --cpu-prof).
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, ...input.args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...input.env, PORT: String(port) },
    stdio: ['ignore', log, log],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${input.name} did not start`);
  // A bench that crashes must not leave the app running.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let exited: number | null = null;
  child.on('exit', (code) => {
    exited = code ?? -1;
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (;;) {
    if (exited !== null) throw new Error(`${input.name} exited with ${exited}; see ${input.logFile}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 120_000) throw new Error(`${input.name} not healthy after 120 s`);
    await delay(10);
  }
  const startupMs = performance.now() - started;
  return {
    name: input.name,
    pid,
    baseUrl,
    eventsUrl: `${baseUrl}/slack/events`,
    startupMs,
    memory: () => memoryOf(pid),
    cpuMs: () => cpuMsOf(pid),
    async stop() {
      process.off('exit', killOnExit);
      if (exited !== null) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await Promise.race([gone, delay(5000)]);
      if (exited === null) child.kill('SIGKILL');
    },
  };
}
