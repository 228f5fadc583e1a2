import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  BlockButtonAction,
  BlockElementAction,
  BlockStaticSelectAction,
  SlackActionMiddlewareArgs,
} from '@slack/bolt';
import { deleteScheduleWithAudit, getSchedule } from '../../../db/queries/schedules.js';
import type { Partnership } from '../../../db/schema/index.js';
import { scheduleLabel } from '../../../domain/reminders.js';
import { t } from '../../../i18n/index.js';
import { scheduleKindKey } from '../../../i18n/labels.js';
import type { Services } from '../../../services.js';
import { accessPartnership } from '../../kit/access.js';
import { baseBlockId } from '../../kit/block-ids.js';
import type { ButtonArgs } from '../../kit/modal-actions.js';
import { idValue } from '../../kit/modal-actions.js';
import { buildNoticeModal } from '../../kit/notice-modal.js';
import { refuse } from '../../kit/refuse.js';
import { parseJson, readViewState } from '../../kit/view-state.js';
import { afterChange } from '../charter/flow.js';
import { formOfModal, scheduleModalView } from './flow.js';
import { schedulesIds as ids } from './ids.js';
import type { ScheduleForm, ScheduleModalMetadata } from './modal-data.js';
import { scheduleModalMetadata } from './modal-data.js';

type SelectArgs = SlackActionMiddlewareArgs<BlockStaticSelectAction> & AllMiddlewareArgs;
type AnyActionArgs = SlackActionMiddlewareArgs<BlockAction<BlockElementAction>> & AllMiddlewareArgs;

/** The schedule modal's metadata; a broken one is refused (one warning line), never read as "new". */
function metadataOf(
  services: Services,
  body: {
    type: string;
    user: { id: string };
    actions: { action_id: string }[];
    view?: { private_metadata: string };
  },
): ScheduleModalMetadata | undefined {
  if (!body.view) return undefined;
  const parsed = scheduleModalMetadata.safeParse(parseJson(body.view.private_metadata));
  if (parsed.success) return parsed.data;
  const id = body.actions[0]?.action_id ?? '';
  refuse(services.logger, { kind: body.type, id, user: body.user.id, reason: 'private_metadata' });
  return undefined;
}

function refuseValue(services: Services, body: { type: string; user: { id: string } }, id: string): void {
  refuse(services.logger, { kind: body.type, id, user: body.user.id, reason: 'value' });
}

/**
 * Sensible values for the fields a newly chosen cadence shows, so its preview appears at once.
 * The biweekly start week is settled by `withAnchorDate`: a date the user cleared stays empty.
 */
function withCadenceDefaults(form: ScheduleForm): ScheduleForm {
  return {
    ...form,
    weekdays: form.weekdays && form.weekdays.length > 0 ? form.weekdays : [1],
    dayOfMonth: form.dayOfMonth ?? 1,
    nth: form.nth ?? 1,
    nthWeekday: form.nthWeekday ?? 1,
    timeOfDay: form.timeOfDay ?? '09:00',
  };
}

type ScheduleModalOptions = Omit<
  Parameters<typeof scheduleModalView>[1],
  'teamId' | 'userId' | 'locale' | 'partnership'
>;

/**
 * Redraws the open schedule modal for a partnership the user may still manage — checked again
 * here, the modal's metadata only says which. `options` sees the partnership to fill in the rest.
 */
async function redrawScheduleModal(
  services: Services,
  client: AllMiddlewareArgs['client'],
  params: {
    view: { id: string; hash: string; team_id: string };
    userId: string;
    partnershipId: number;
    options: (partnership: Partnership) => ScheduleModalOptions;
  },
): Promise<void> {
  const { view, userId } = params;
  const access = accessPartnership(services, {
    teamId: view.team_id,
    userId,
    need: 'manage',
    id: params.partnershipId,
  });
  if (!access.ok) return;
  const locale = await services.locales.forUser(client, userId);
  await client.views.update({
    view_id: view.id,
    hash: view.hash,
    view: scheduleModalView(services, {
      teamId: view.team_id,
      userId,
      locale,
      partnership: access.partnership,
      ...params.options(access.partnership),
    }),
  });
}

/** Delete, after Slack's confirmation dialog. Authorised again here, on the schedule's partnership. */
function deleteSchedule(services: Services) {
  return async ({ ack, body, action, client }: ButtonArgs) => {
    await ack();
    const view = body.view;
    const id = idValue.safeParse(action.value);
    if (view && !id.success) refuseValue(services, body, action.action_id);
    if (!view || !id.success) return;
    // The button lives in the schedule modal: one whose metadata is not ours deletes nothing.
    if (!metadataOf(services, body)) return;
    const teamId = view.team_id;
    const schedule = getSchedule(services.db, { teamId, id: id.data });
    if (!schedule) return;
    const access = accessPartnership(services, {
      teamId,
      userId: body.user.id,
      need: 'manage',
      id: schedule.partnershipId,
    });
    if (!access.ok) return;
    const locale = await services.locales.forUser(client, body.user.id);
    const label = scheduleLabel(schedule, locale);
    const deleted = deleteScheduleWithAudit(services.db, {
      teamId,
      scheduleId: schedule.id,
      actorId: body.user.id,
      now: services.clock(),
    });
    if (!deleted) return;
    await client.views.update({
      view_id: view.id,
      // Replaces the form: the schedule is gone, nothing is left to submit.
      view: buildNoticeModal({
        callbackId: `${ids.scheduleModal}_done`,
        title: t(locale, 'schedule.modal.title'),
        close: t(locale, 'holiday.modal.close'),
        text: t(locale, 'schedule.modal.deleted', {
          kind: t(locale, scheduleKindKey(schedule.kind)),
          description: label,
        }),
      }),
    });
    const channelLocale = services.config.locale;
    await afterChange(services, client, {
      teamId,
      partnershipId: schedule.partnershipId,
      notice: {
        actorId: body.user.id,
        key: 'schedule.notice.deleted',
        params: {
          kind: t(channelLocale, scheduleKindKey(schedule.kind)),
          description: scheduleLabel(schedule, channelLocale),
        },
      },
      homeUserIds: [body.user.id],
    });
  };
}

/** The partnership chosen in a modal opened without a code: show its schedule form. */
function choosePartnership(services: Services) {
  return async ({ ack, body, action, client }: SelectArgs) => {
    await ack();
    const view = body.view;
    const id = idValue.safeParse(action.selected_option?.value);
    if (view && !id.success) refuseValue(services, body, action.action_id);
    if (!view || !id.success) return;
    const meta = metadataOf(services, body);
    if (!meta) return;
    await redrawScheduleModal(services, client, {
      view,
      userId: body.user.id,
      partnershipId: id.data,
      options: () => ({ withChoices: true, generation: meta.g + 1 }),
    });
  };
}

/** Another schedule chosen to edit (or "new schedule"): load its values. */
function pickSchedule(services: Services) {
  return async ({ ack, body, action, client }: SelectArgs) => {
    await ack();
    const view = body.view;
    const meta = metadataOf(services, body);
    if (!view || !meta?.p) return;
    const picked = idValue.safeParse(action.selected_option?.value);
    const schedule = picked.success
      ? getSchedule(services.db, { teamId: view.team_id, id: picked.data })
      : undefined;
    await redrawScheduleModal(services, client, {
      view,
      userId: body.user.id,
      partnershipId: meta.p,
      options: () => ({
        withChoices: meta.c === true,
        ...(schedule && schedule.partnershipId === meta.p ? { scheduleId: schedule.id } : {}),
        generation: meta.g + 1,
      }),
    });
  };
}

/** Any cadence input changed: show the fields of the chosen cadence and refresh the preview. */
function refreshPreview(services: Services) {
  return async ({ ack, body, client }: AnyActionArgs) => {
    await ack();
    const view = body.view;
    const meta = metadataOf(services, body);
    if (!view || !meta?.p) return;
    const found = meta.s ? getSchedule(services.db, { teamId: view.team_id, id: meta.s }) : undefined;
    // private_metadata can be forged: a schedule of another partnership is never shown here.
    const editing = found && found.partnershipId === meta.p ? found : undefined;
    await redrawScheduleModal(services, client, {
      view,
      userId: body.user.id,
      partnershipId: meta.p,
      options: (partnership) => {
        // Defaults fill the fields a newly chosen cadence shows; any other change is previewed as
        // it is, so unticking every day shows the problem at once instead of "every Monday".
        const changed = baseBlockId(String(body.actions[0]?.block_id ?? ''));
        const form = formOfModal({
          editing,
          partnership,
          state: readViewState(view.state.values),
          now: services.clock(),
          ...(changed === 'cadence' ? { adjust: withCadenceDefaults } : {}),
        });
        return {
          withChoices: meta.c === true,
          ...(editing ? { scheduleId: editing.id } : {}),
          form,
          generation: meta.g,
        };
      },
    });
  };
}

export function registerSchedulesActions(app: App, services: Services): void {
  app.action<BlockStaticSelectAction>(ids.partnershipSelectAction, choosePartnership(services));

  app.action<BlockStaticSelectAction>(ids.schedulePickAction, pickSchedule(services));

  app.action<BlockAction<BlockElementAction>>(ids.cadenceInputAction, refreshPreview(services));

  app.action<BlockButtonAction>(ids.deleteAction, deleteSchedule(services));
}
