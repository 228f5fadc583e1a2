import type { App, ReceiverEvent } from '@slack/bolt';
import type { Services } from '../../services.js';
import { type AckFn, answerUnhandled } from '../fallback.js';
import { checkEnvelope } from './envelope.js';

/** Slack waits 3 s; whatever is still unanswered this long after arrival gets an empty ack. */
export const ACK_DEADLINE_MS = 2_500;

/** The pending ack of each request being processed, by its body, so the error handler can answer. */
const pendingAcks = new WeakMap<object, () => Promise<void>>();

/** Acknowledges the request with this body if nobody has yet (the error handler calls it first). */
export async function ackIfPending(body: unknown): Promise<void> {
  if (typeof body !== 'object' || body === null) return;
  await pendingAcks.get(body)?.();
}

/**
 * Every request Bolt processes is acknowledged exactly once, whatever the listeners do: Bolt
 * itself leaves a request no listener matched unanswered (Slack then shows "trouble connecting"
 * after 3 s). Wraps `app.processEvent`, the one door both receivers (HTTP and Socket Mode) use:
 *
 * - a body that is not a request Mitra can handle (Socket Mode has no receiver guard) is acked
 *   and dropped, with one warning line — unless `envelopeChecked` says the receiver has already
 *   refused those (the HTTP receiver's guard), so each request is checked once;
 * - a request no listener acknowledged is answered by `answerUnhandled` (an older version's
 *   button or modal, an unknown shortcut or command);
 * - a listener that fails before acknowledging is answered by the error handler via `ackIfPending`;
 * - and a request still unanswered near Slack's deadline gets an empty ack.
 */
export function guardAcks(app: App, services: Services, options: { envelopeChecked?: boolean } = {}): void {
  const process = app.processEvent.bind(app);
  app.processEvent = async (event: ReceiverEvent): Promise<void> => {
    let acked = false;
    const ack: AckFn = async (response) => {
      if (acked) {
        services.logger.warn('a listener answered a request that was already answered');
        return;
      }
      acked = true;
      await event.ack(response as Parameters<ReceiverEvent['ack']>[0]);
    };
    const body = event.body as unknown;
    const problem = options.envelopeChecked ? undefined : checkEnvelope(body);
    if (problem) {
      services.logger.warn({ problem }, 'Slack request dropped: not a request Mitra can handle');
      await ack();
      return;
    }
    pendingAcks.set(event.body, async () => {
      if (!acked) await ack();
    });
    const deadline = setTimeout(() => {
      if (acked) return;
      services.logger.warn('no answer near Slack’s 3 s deadline; acknowledging empty');
      void ack().catch(() => undefined);
    }, ACK_DEADLINE_MS);
    try {
      await process({ ...event, ack });
      if (!acked) await answerUnhandled(services, app.client, body, ack);
    } catch (error) {
      // Telling the person failed (Slack unreachable, the trigger expired): the request is still answered.
      services.logger.warn({ err: error }, 'could not answer an unknown interaction');
      if (!acked) await ack();
    } finally {
      clearTimeout(deadline);
      pendingAcks.delete(event.body);
    }
  };
}
