import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import { getPartnershipById } from '../../../db/queries/partnerships.js';
import { pauseSchedules } from '../../../db/queries/schedules.js';
import { SYSTEM_ACTOR } from '../../../domain/enums.js';
import { cadenceOfSchedule } from '../../../domain/reminders.js';
import { describeCadence } from '../../../domain/time/cadence-text.js';

import { t } from '../../../i18n/index.js';
import { scheduleKindKey } from '../../../i18n/labels.js';
import type { Services } from '../../../services.js';
import { refreshCharter } from '../charter/flow.js';
import { notifyCoordinators } from './flow.js';

type ArchiveArgs = SlackEventMiddlewareArgs<'channel_archive' | 'group_archive'> & AllMiddlewareArgs;

/**
 * A channel archived in Slack pauses the schedules posting into it at once, rather than at their
 * next due time, and the coordinators hear why by DM.
 */
export function registerSchedulesEvents(app: App, services: Services): void {
  const onArchive = async ({ event, body, client }: ArchiveArgs): Promise<void> => {
    const teamId = body.team_id;
    const now = services.clock();
    const paused = pauseSchedules(services.db, {
      teamId,
      channelId: event.channel,
      reason: 'channel_archived',
      now,
    });
    for (const schedule of paused) {
      const partnership = getPartnershipById(services.db, { teamId, id: schedule.partnershipId });
      if (!partnership) continue;
      await notifyCoordinators(services, client, {
        schedule,
        partnership,
        key: 'delivery.dm.archived',
        params: { channel: `<#${event.channel}>` },
      });
      // The charter lives in the partnership's channel; when that is the archived one, it cannot change.
      if (partnership.channelId !== event.channel) {
        const cadence = cadenceOfSchedule(schedule);
        const locale = services.config.locale;
        await refreshCharter(services, client, {
          teamId,
          partnershipId: partnership.id,
          notice: {
            actorId: SYSTEM_ACTOR,
            key: 'schedule.notice.paused',
            params: {
              kind: t(locale, scheduleKindKey(schedule.kind)),
              description: cadence.ok ? describeCadence(cadence.spec, locale) : schedule.cadence,
            },
          },
        });
      }
    }
  };
  app.event('channel_archive', onArchive);
  app.event('group_archive', onArchive);
}
