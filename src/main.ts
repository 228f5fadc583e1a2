import { existsSync } from 'node:fs';
import { loadEnvFile } from 'node:process';
import { createApp } from './app.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { createHealth } from './health.js';
import { createJobs } from './jobs/index.js';
import { startScheduler } from './jobs/scheduler.js';
import { createLogger } from './logger.js';
import { installProcessPolicy } from './process-policy.js';
import { slackErrorCode } from './slack/kit/post.js';

/** How long a clean stop may take before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

/** loadConfig → openDatabase → createApp → start → startScheduler; shutdown on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  // A `.env` beside the app is read if present; variables already set in the environment win.
  if (existsSync('.env')) loadEnvFile('.env');
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      // One clear line, no stack trace: the person deploying needs the variable's name, not our code.
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }

  const logger = createLogger(config);
  let database: ReturnType<typeof openDatabase>;
  try {
    database = openDatabase(config.databasePath);
  } catch (error) {
    process.stderr.write(
      `Database error: cannot open DATABASE_PATH ${config.databasePath}: ${(error as Error).message}\n`,
    );
    process.exit(1);
  }

  const health = createHealth();
  const mitra = createApp({ config, db: database.db, logger, health });
  let port: number | undefined;
  try {
    ({ port } = await mitra.start());
  } catch (error) {
    process.stderr.write(`${describeStartError(error, config)}\n`);
    database.close();
    process.exit(1);
  }
  const scheduler = startScheduler({
    jobs: createJobs(mitra.services, mitra.app.client),
    clock: mitra.services.clock,
    logger,
    health,
  });
  // Catch up on anything that fell due while the app was down — on the next turn of the event loop,
  // after start-up has finished; the tick plans in slices that let requests in between.
  setImmediate(() => void scheduler.tick());
  logger.info(
    { mode: config.slack.appToken ? 'socket' : 'http', port, apiUrl: config.slack.apiUrl },
    'Mitra is running',
  );

  let stopping = false;
  const shutdown = async (signal: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // A request or job that hangs must not keep a broken process alive: give up after a while.
    setTimeout(() => process.exit(exitCode || 1), SHUTDOWN_GRACE_MS).unref();
    try {
      await scheduler.stop();
      await mitra.stop();
    } catch (error) {
      logger.error({ err: error }, 'error while shutting down');
    } finally {
      database.close();
      process.exit(exitCode);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  installProcessPolicy(logger, (reason) => void shutdown(reason, 1));
}

/** One line that tells the person deploying what to fix, for the ways start-up commonly fails. */
function describeStartError(error: unknown, config: Config): string {
  const slackCode = slackErrorCode(error);
  if (slackCode && ['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked'].includes(slackCode)) {
    return `Configuration error: SLACK_BOT_TOKEN was refused by Slack (${slackCode})`;
  }
  const code = (error as { code?: unknown }).code;
  if (code === 'EADDRINUSE') return `Configuration error: PORT ${config.port} is already in use`;
  if (code === 'slack_webapi_request_error') {
    return `Cannot reach Slack at SLACK_API_URL ${config.slack.apiUrl}: ${(error as Error).message}`;
  }
  return `Mitra could not start: ${error instanceof Error ? error.message : String(error)}`;
}

main().catch((error: unknown) => {
  process.stderr.write(`Mitra could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
