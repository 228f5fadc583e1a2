import { accessSync, constants } from 'node:fs';

/** Where Debian, Ubuntu and Chrome installs put a Chromium-like browser, in the order we try them. */
const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
];

/** The flags Chromium needs here: headless as root, and no background calls to a closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const HOW_TO_RUN_BROWSER_TESTS =
  'browser tests skipped: no Chromium found. Install one (Debian: apt-get install -y chromium) ' +
  'or set CHROMIUM_PATH=/path/to/chromium, then run npm test again.';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser to drive: `CHROMIUM_PATH` when set (and it must then exist), else the first usual
 * path that exists, else undefined. Under `CI=true` a missing browser is an error, so CI can never
 * skip the browser tests silently. `usualPaths` lets a test stand for a machine without one.
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  usualPaths: readonly string[] = USUAL_PATHS,
): string | undefined {
  const chosen = env.CHROMIUM_PATH?.trim();
  if (chosen) {
    if (isExecutable(chosen)) return chosen;
    throw new Error(`CHROMIUM_PATH=${chosen} is not an executable file`);
  }
  const found = usualPaths.find(isExecutable);
  if (!found && env.CI === 'true') {
    throw new Error(
      `CI=true but no Chromium was found (tried ${usualPaths.join(', ')}); install it or set CHROMIUM_PATH`,
    );
  }
  return found;
}
