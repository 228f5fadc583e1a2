import { type IncomingMessage, Server, type ServerResponse } from 'node:http';
import { App, type CustomRoute, SocketModeReceiver } from '@slack/bolt';
import type { RetryOptions, WebClientOptions } from '@slack/web-api';
import { type Clock, systemClock } from './clock.js';
import type { Config } from './config.js';
import type { Db } from './db/client.js';
import { checkHealth, createHealth, type Health } from './health.js';
import type { Logger } from './logger.js';
import type { Services } from './services.js';
import { ChartFiles } from './slack/kit/charts/slack-charts.js';
import { createLocaleResolver, type LocaleResolver } from './slack/kit/locale.js';
import { registerListeners } from './slack/register.js';
import { guardAcks } from './slack/transport/ack-guard.js';
import { boltLogger } from './slack/transport/bolt-logger.js';
import { registerErrorHandler } from './slack/transport/error-handler.js';
import {
  createHttpReceiver,
  limitConnections,
  type ServerLimits,
  serverOptions,
} from './slack/transport/receiver.js';
import { registerMiddleware } from './slack/transport/request-log.js';
import { guardedFetch, stopOnUncertainCall } from './slack/transport/web-client-policy.js';

export interface AppDeps {
  config: Config;
  db: Db;
  logger: Logger;
  clock?: Clock;
  locales?: LocaleResolver;
  /** Filled in by the scheduler, reported by `/healthz`; one is made when not given. */
  health?: Health;
  /** Overrides of the HTTP server's limits (tests use short ones). */
  serverLimits?: Partial<ServerLimits>;
}

export interface MitraApp {
  app: App;
  services: Services;
  health: Health;
  /** Starts listening (HTTP) or connects (Socket Mode); returns the HTTP port where there is one. */
  start(): Promise<{ port: number | undefined }>;
  stop(): Promise<void>;
}

/**
 * Web API client settings: every call goes to SLACK_API_URL (GovSlack and test servers set it),
 * none waits forever (the client's default timeout is none), and rate limits wait `Retry-After`.
 * 5xx and network errors are retried a few times with backoff only for calls that can be repeated
 * without harm; a post that timed out is not posted again blindly (see web-client-policy.ts).
 */
export function webClientOptions(config: Config): WebClientOptions {
  // p-retry reads `onFailedAttempt` from the options the client spreads into it; the client's
  // type for them (node-retry's) does not list it.
  const retryConfig: RetryOptions & { onFailedAttempt: (error: unknown) => void } = {
    retries: 3,
    factor: 2,
    minTimeout: 500,
    maxTimeout: 5_000,
    randomize: true,
    onFailedAttempt: stopOnUncertainCall,
  };
  return {
    slackApiUrl: config.slack.apiUrl,
    timeout: config.slack.apiTimeoutMs,
    rejectRateLimitedCalls: false,
    retryConfig,
    fetch: guardedFetch(),
  };
}

/** Builds the Bolt app and registers every listener. Starts nothing and calls no API. */
export function createApp(deps: AppDeps): MitraApp {
  const { config, db, logger } = deps;
  const clock = deps.clock ?? systemClock;
  const locales = deps.locales ?? createLocaleResolver({ fallback: config.locale, logger });
  const services: Services = { config, db, logger, clock, locales, charts: new ChartFiles(config.charts) };
  const health = deps.health ?? createHealth();

  // 200 when ready (the database can be written), 503 otherwise; the scheduler's last tick is
  // reported but does not make the app unready (a missed tick is caught up on the next one).
  const healthz: CustomRoute = {
    path: '/healthz',
    method: ['GET'],
    handler: (_req: IncomingMessage, res: ServerResponse) => {
      const report = checkHealth(db, health, clock);
      res.writeHead(report.ok ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify(report));
    },
  };

  const clientOptions = webClientOptions(config);
  const bLogger = boltLogger(logger);
  const receiver = config.slack.appToken
    ? new SocketModeReceiver({
        appToken: config.slack.appToken,
        logger: bLogger,
        customRoutes: [healthz],
        // The socket's own `apps.connections.open` call must reach SLACK_API_URL as well.
        installerOptions: { clientOptions, port: config.port },
      })
    : createHttpReceiver({
        signingSecret: config.slack.signingSecret,
        endpoint: '/slack/events',
        customRoutes: [healthz],
        logger: bLogger,
        appLogger: logger,
        // Ack first: Bolt answers Slack as soon as a listener calls ack(), slow work goes on after.
        processBeforeResponse: false,
      });

  const app = new App({
    token: config.slack.botToken,
    receiver,
    logger: bLogger,
    clientOptions,
    extendedErrorHandler: true,
    // auth.test is called in start(), not here, so building the app has no side effects.
    deferInitialization: true,
  });

  registerMiddleware(app, services);
  registerListeners(app, services);
  registerErrorHandler(app, services);
  // The HTTP receiver's guard checks each body's envelope already; Socket Mode has no such guard.
  guardAcks(app, services, { envelopeChecked: !config.slack.appToken });

  return {
    app,
    services,
    health,
    async start() {
      await app.init();
      // Bolt hands the options to http.createServer; Socket Mode's health server ignores them.
      const server = await app.start(config.port, serverOptions(deps.serverLimits));
      if (server instanceof Server) limitConnections(server, deps.serverLimits);
      const address = server && typeof server === 'object' && 'address' in server ? server.address() : null;
      return { port: address && typeof address === 'object' ? address.port : undefined };
    },
    async stop() {
      await app.stop();
    },
  };
}
