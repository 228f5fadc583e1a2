import { randomUUID } from 'node:crypto';
import type { AnyMiddlewareArgs, App, Middleware } from '@slack/bolt';
import { recordProcessedEvent } from '../../db/queries/processed-events.js';
import type { Services } from '../../services.js';
import { requestInfo } from './request-info.js';

/**
 * One log line per request with a request id, what it was, who sent it and how long it took;
 * the request id is put in `context` so listeners can log with it too.
 */
export function requestLogging(services: Services): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const started = performance.now();
    const info = requestInfo(body);
    const requestId = randomUUID();
    context.requestId = requestId;
    let outcome = 'ok';
    try {
      await next();
    } catch (error) {
      outcome = 'error';
      throw error;
    } finally {
      services.logger.info(
        {
          requestId,
          kind: info.kind,
          name: info.name,
          user: info.userId,
          team: info.teamId,
          latencyMs: Math.round(performance.now() - started),
          outcome,
        },
        'slack request',
      );
    }
  };
}

/** Slack re-sends an event it thinks we missed; the second copy is dropped here. */
export function dropRetriedEvents(services: Services): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const event = body as { type?: unknown; event_id?: unknown; team_id?: unknown };
    if (event.type === 'event_callback' && typeof event.event_id === 'string') {
      const fresh = recordProcessedEvent(services.db, {
        teamId: typeof event.team_id === 'string' ? event.team_id : '',
        eventId: event.event_id,
        now: services.clock(),
      });
      if (!fresh) {
        services.logger.debug({ eventId: event.event_id }, 'dropping an event already processed');
        return;
      }
    }
    await next();
  };
}

export function registerMiddleware(app: App, services: Services): void {
  app.use(requestLogging(services));
  app.use(dropRetriedEvents(services));
}
