import type { WebClient } from '@slack/web-api';
import { listRoleHolders } from '../../../db/queries/schedules.js';
import type { Partnership, Schedule } from '../../../db/schema/index.js';
import { cadenceOfSchedule } from '../../../domain/reminders.js';
import { describeCadence } from '../../../domain/time/cadence.js';
import { type MessageKey, type MessageParams, t } from '../../../i18n/index.js';
import { scheduleKindKey } from '../../../i18n/labels.js';
import type { Services } from '../../../services.js';
import { sendDm } from '../../kit/dm.js';
import { escapeMrkdwn, type SlackMessage } from '../../kit/message.js';
import { type PostOutcome, postOnce } from '../../kit/post.js';
import { reminderKey } from '../../kit/post-keys.js';

/**
 * DMs each coordinator of the partnership, in their own language, about one schedule. A DM that
 * fails is logged, never thrown: the delivery's own outcome is already stored.
 */
export async function notifyCoordinators(
  services: Services,
  client: WebClient,
  params: { schedule: Schedule; partnership: Partnership; key: MessageKey; params: MessageParams },
): Promise<void> {
  const { schedule, partnership } = params;
  const coordinators = listRoleHolders(services.db, {
    teamId: schedule.teamId,
    partnershipId: partnership.id,
    roles: ['coordinator'],
  });
  for (const userId of new Set(coordinators.map((c) => c.userId))) {
    const locale = await services.locales.forUser(client, userId);
    const cadence = cadenceOfSchedule(schedule);
    const text = t(locale, params.key, {
      code: partnership.code,
      // A DM is mrkdwn too: the name a coordinator typed must not form a link or a mention.
      name: escapeMrkdwn(partnership.name),
      schedule: cadence.ok ? describeCadence(cadence.spec, locale) : schedule.cadence,
      kind: t(locale, scheduleKindKey(schedule.kind)),
      ...params.params,
    });
    if (!(await sendDm(client, userId, text))) {
      services.logger.warn({ userId, schedule: schedule.id }, 'could not tell a coordinator');
    }
  }
}

/**
 * Posts a reminder carrying its delivery id in the message metadata, once (see `postOnce`). An
 * answer that never came and a message not (yet) in the history is left to the next attempt,
 * which looks again before posting: the delivery row is the durable retry.
 */
export async function postReminder(
  client: WebClient,
  channelId: string,
  message: SlackMessage,
  deliveryId: number,
  log?: Services['logger'],
  historyPages?: number,
): Promise<PostOutcome> {
  return postOnce(
    client,
    { channel: channelId, text: message.text, blocks: message.blocks, unfurl_links: false },
    {
      key: reminderKey(deliveryId),
      retryLater: true,
      ...(historyPages ? { historyPages } : {}),
      ...(log ? { log } : {}),
    },
  );
}
