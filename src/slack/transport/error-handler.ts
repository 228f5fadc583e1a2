import type { App } from '@slack/bolt';
// Not re-exported from the package root.
import type { ExtendedErrorHandlerArgs } from '@slack/bolt/dist/App.js';
import { t } from '../../i18n/index.js';
import type { Services } from '../../services.js';
import { sendDm } from '../kit/dm.js';
import { ackIfPending } from './ack-guard.js';
import { requestInfo } from './request-info.js';

/**
 * The one place unexpected errors end: log them with what the request was, and tell the user
 * politely in their language, where the request gives us a way to reach them.
 */
export function registerErrorHandler(app: App, services: Services): void {
  // createApp sets `extendedErrorHandler`, so the handler receives the request body as well.
  app.error(async ({ error, body }: ExtendedErrorHandlerArgs) => {
    // A listener that failed before acknowledging: answer Slack first, within its 3 s.
    await ackIfPending(body);
    const info = requestInfo(body);
    services.logger.error(
      { err: error, kind: info.kind, name: info.name, user: info.userId, team: info.teamId },
      'unhandled error in a listener',
    );
    if (!info.userId) return;
    try {
      const locale = await services.locales.forUser(app.client, info.userId);
      const text = t(locale, 'error.generic');
      if (info.responseUrl) {
        await fetch(info.responseUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ response_type: 'ephemeral', text }),
          signal: AbortSignal.timeout(5_000),
        });
      } else if (info.channelId) {
        await app.client.chat.postEphemeral({ channel: info.channelId, user: info.userId, text });
      } else {
        await sendDm(app.client, info.userId, text);
      }
    } catch (notifyError) {
      services.logger.warn({ err: notifyError }, 'could not tell the user about an error');
    }
  });
}
