import type { App, ViewSubmitAction } from '@slack/bolt';
import {
  createScheduleWithAudit,
  getSchedule,
  type ScheduleValues,
  updateScheduleWithAudit,
} from '../../../db/queries/schedules.js';
import { storedTimeOfDayForCron } from '../../../domain/reminders.js';
import { type CadenceSpec, validateCadence } from '../../../domain/time/cadence.js';
import { describeCadence } from '../../../domain/time/cadence-text.js';
import { type Locale, t, translator } from '../../../i18n/index.js';
import { scheduleKindKey } from '../../../i18n/labels.js';
import type { Services } from '../../../services.js';
import { refuseForm } from '../../fallback.js';
import { accessPartnership } from '../../kit/access.js';
import { versionedBlockId } from '../../kit/block-ids.js';
import { checkChannelAccess } from '../../kit/channel-access.js';
import { realBlockIds } from '../../kit/form-state.js';
import { idValue } from '../../kit/modal-actions.js';
import { PARTNERSHIP_SELECT_BLOCK } from '../../kit/partnership-select.js';
import { buildSavedModal } from '../../kit/saved-modal.js';
import type { SubmitArgs } from '../../kit/submission.js';
import { type FieldErrors, parseJson, readViewState } from '../../kit/view-state.js';
import { afterChange, linkSavedViewToCharter } from '../charter/flow.js';
import { publishHome } from '../home/flow.js';
import { formOfModal } from './flow.js';
import { cadenceInputOfForm, visibleCadenceFields } from './form.js';
import { schedulesIds as ids } from './ids.js';
import type { ScheduleForm } from './modal-data.js';
import { scheduleModalMetadata } from './modal-data.js';

const MAX_MESSAGE = 2000;
/** A public (`C…`) or private (`G…`, older ones) channel, as the partnership form accepts. */
const CHANNEL_ID = /^[CG][A-Z0-9]+$/;

/** The schedule columns of a validated form. */
function scheduleValues(form: ScheduleForm, spec: CadenceSpec, defaultChannel: string): ScheduleValues {
  return {
    kind: form.kind ?? 'checkin',
    cadence: spec.cadence,
    weekdays: 'weekdays' in spec ? spec.weekdays : null,
    anchorDate: spec.cadence === 'biweekly' ? spec.anchorDate : null,
    dayOfMonth: spec.cadence === 'monthly_day' ? spec.dayOfMonth : null,
    nth: spec.cadence === 'monthly_nth' ? spec.nth : null,
    nthWeekday: spec.cadence === 'monthly_nth' ? spec.nthWeekday : null,
    cronExpression: spec.cadence === 'cron' ? spec.cronExpression : null,
    timeOfDay: spec.cadence === 'cron' ? storedTimeOfDayForCron(spec.cronExpression) : spec.timeOfDay,
    timeZone: spec.timeZone,
    // Null follows the partnership's channel, should it ever move.
    channelId: form.channelId && form.channelId !== defaultChannel ? form.channelId : null,
    message: form.message ?? null,
    mentionRoles: form.mentionRoles ?? [],
    skipHolidays: form.skipHolidays,
    status: form.active ? 'active' : 'paused',
  };
}

function submitSchedule(services: Services) {
  return async ({ ack, body, view, client }: SubmitArgs) => {
    const userId = body.user.id;
    const teamId = view.team_id;
    const locale: Locale = await services.locales.forUserQuickly(client, userId);
    const meta = scheduleModalMetadata.safeParse(parseJson(view.private_metadata));
    if (!meta.success) {
      await ack(refuseForm(services.logger, locale, { kind: body.type, id: view.callback_id, user: userId }));
      return;
    }
    const g = meta.data.g;
    const state = readViewState(view.state.values);
    const real = realBlockIds(view.state.values);
    const blockId = (field: string, generation: number) =>
      real.get(field) ?? versionedBlockId(field, generation);
    const kindBlock = blockId('kind', g);
    const chosen = idValue.safeParse(state[PARTNERSHIP_SELECT_BLOCK]);
    const partnershipId = meta.data.p ?? (chosen.success ? chosen.data : undefined);
    if (!partnershipId) {
      await ack({
        response_action: 'errors',
        errors: { [PARTNERSHIP_SELECT_BLOCK]: t(locale, 'validation.required') },
      });
      return;
    }
    // Who may change the partnership is decided here, never by the modal's metadata.
    const access = accessPartnership(services, { teamId, userId, need: 'manage', id: partnershipId });
    if (!access.ok) {
      const block = meta.data.c ? PARTNERSHIP_SELECT_BLOCK : kindBlock;
      await ack({
        response_action: 'errors',
        errors: { [block]: t(locale, access.problem.key, access.problem.params) },
      });
      return;
    }
    const { partnership } = access;
    const editing = meta.data.s ? getSchedule(services.db, { teamId, id: meta.data.s }) : undefined;
    if (meta.data.s && (!editing || editing.partnershipId !== partnership.id)) {
      await ack({ response_action: 'errors', errors: { [kindBlock]: t(locale, 'validation.invalid') } });
      return;
    }

    const form = formOfModal({ editing, partnership, state, now: services.clock() });
    const errors: FieldErrors = {};
    if (!form.kind) errors[kindBlock] = t(locale, 'validation.chooseOption');
    // Slack's select offers channels only, but the state can be forged: a user id here would have
    // the reminders sent as DMs to anyone.
    if (form.channelId !== undefined && !CHANNEL_ID.test(form.channelId)) {
      errors[blockId('channel', g)] = t(locale, 'partnership.error.channel');
    }
    if (form.message && form.message.length > MAX_MESSAGE) {
      errors[blockId('message', g)] = t(locale, 'validation.tooLong', { max: MAX_MESSAGE });
    }
    const cadence = validateCadence(cadenceInputOfForm(form));
    if (!cadence.ok) {
      const shown = new Set(visibleCadenceFields(form.cadence));
      for (const error of cadence.errors) {
        const block = blockId(shown.has(error.field) ? error.field : 'cadence', g);
        errors[block] ??= t(locale, error.key);
      }
    }
    if (!cadence.ok || Object.keys(errors).length > 0) {
      await ack({ response_action: 'errors', errors });
      return;
    }
    // A channel other than the partnership's (or the one already stored) must be one the person can see.
    const channelId = form.channelId;
    if (channelId && channelId !== partnership.channelId && channelId !== editing?.channelId) {
      const channelAccess = await checkChannelAccess(client, { channelId, userId });
      if (!channelAccess.ok) {
        await ack({
          response_action: 'errors',
          errors: { [blockId('channel', g)]: t(locale, channelAccess.key) },
        });
        return;
      }
    }

    const now = services.clock();
    const values = scheduleValues(form, cadence.spec, partnership.channelId);
    const saved = editing
      ? updateScheduleWithAudit(services.db, { teamId, scheduleId: editing.id, actorId: userId, now, values })
      : createScheduleWithAudit(services.db, {
          teamId,
          partnershipId: partnership.id,
          actorId: userId,
          now,
          values,
        });
    if (!saved) {
      // Deleted by someone else while the modal was open: say so rather than close silently.
      await ack({ response_action: 'errors', errors: { [kindBlock]: t(locale, 'validation.invalid') } });
      return;
    }
    const tr = translator(locale);
    const savedView = (permalink?: string) =>
      buildSavedModal(tr, {
        text: tr('saved.schedule', {
          kind: tr(scheduleKindKey(saved.kind)),
          description: describeCadence(cadence.spec, locale),
        }),
        code: partnership.code,
        channel: partnership.channelId,
        permalink,
      });
    await ack({ response_action: 'update', view: savedView() });

    const channelLocale = services.config.locale;
    const outcome = await afterChange(services, client, {
      teamId,
      partnershipId: partnership.id,
      notice: {
        actorId: userId,
        key: editing ? 'schedule.notice.updated' : 'schedule.notice.added',
        params: {
          kind: t(channelLocale, scheduleKindKey(saved.kind)),
          description: describeCadence(cadence.spec, channelLocale),
        },
      },
      homeUserIds: [],
    });
    await linkSavedViewToCharter(services, client, { viewId: view.id, outcome, build: savedView });
    await publishHome(services, client, { teamId, userId });
  };
}

export function registerSchedulesViews(app: App, services: Services): void {
  app.view<ViewSubmitAction>(ids.scheduleModal, submitSchedule(services));
}
