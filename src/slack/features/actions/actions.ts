import type {
  AllMiddlewareArgs,
  App,
  BlockButtonAction,
  MessageShortcut,
  SlackShortcutMiddlewareArgs,
} from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import { changeActionItem } from '../../../db/queries/action-items.js';
import { getCycle } from '../../../db/queries/evaluations.js';
import {
  getPartnershipById,
  listPartnershipsInChannel,
  loadActor,
} from '../../../db/queries/partnerships.js';
import { EVALUATION_DIMENSIONS } from '../../../domain/enums.js';
import { dimensionLabelKey, suggestionKey } from '../../../domain/evaluation-stats.js';
import { canManagePartnership } from '../../../domain/permissions.js';
import { type Locale, translator } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { section } from '../../kit/blocks.js';
import { sendDm, tellUser } from '../../kit/dm.js';
import { sharedIds } from '../../kit/ids.js';
import { type ButtonArgs, parseId } from '../../kit/modal-actions.js';
import { refuse } from '../../kit/refuse.js';
import { afterChange } from '../charter/flow.js';
import {
  createItemModal,
  itemContext,
  itemMessageBlocks,
  itemsListMessage,
  loadItem,
  mayActOn,
  mayCreateItems,
} from './flow.js';
import { actionsIds, placeOf } from './ids.js';
import { buildDateModal, buildNoteModal } from './view.js';

const teamOf = (body: ButtonArgs['body']) => body.team?.id ?? body.user.team_id ?? '';

/**
 * Who clicks, on which item: re-read from the database in the user's team, with the check that
 * they may act on it (`manage` for a coordinator's decision). Refused clicks are told why.
 */
async function clickedItem(services: Services, args: ButtonArgs, need: 'act' | 'manage') {
  const { body, action, client, respond } = args;
  const userId = body.user.id;
  const teamId = teamOf(body);
  const locale = await services.locales.forUserQuickly(client, userId);
  const t = translator(locale);
  const id = parseId(action.value);
  if (id === null)
    refuse(services.logger, { kind: body.type, id: action.action_id, user: userId, reason: 'value' });
  const found = id === null ? undefined : loadItem(services, { teamId, id });
  const tell = (text: string) =>
    tellUser(client, { userId, text, responseUrl: body.response_url, channelId: body.channel?.id, respond });
  if (!found) {
    await tell(t('action.notFound'));
    return undefined;
  }
  const actor = loadActor(services.db, {
    teamId,
    partnershipId: found.partnership.id,
    userId,
    admins: services.config.admins,
  });
  const allowed = need === 'manage' ? canManagePartnership(actor) : mayActOn(actor, found.item);
  if (!allowed) {
    await tell(
      t(need === 'manage' ? 'action.notCoordinator' : 'action.notOwner', { code: found.partnership.code }),
    );
    return undefined;
  }
  return { ...found, actor, teamId, userId, locale, t, tell };
}

type Clicked = NonNullable<Awaited<ReturnType<typeof clickedItem>>>;

/** After a change from a button: the message it was on shows the item as it now is. */
async function redrawWhereClicked(services: Services, args: ButtonArgs, clicked: Clicked, note?: string) {
  const place = placeOf(args.action.block_id);
  const fresh = loadItem(services, { teamId: clicked.teamId, id: clicked.item.id });
  if (!fresh || !args.body.response_url || place === 'home') return;
  if (place === 'list') {
    const message = itemsListMessage(services, {
      teamId: clicked.teamId,
      partnership: fresh.partnership,
      actor: clicked.actor,
      locale: clicked.locale,
    });
    await args.respond({ replace_original: true, ...message });
    return;
  }
  const blocks = itemMessageBlocks(services, {
    item: fresh.item,
    partnership: fresh.partnership,
    viewer: { userId: clicked.userId, canManage: canManagePartnership(clicked.actor) },
    locale: clicked.locale,
    place: place ?? 'dm',
  });
  await args.respond({
    replace_original: true,
    text: note ?? clicked.t('action.updated'),
    blocks: [...(note ? [section(note)] : []), ...blocks],
  });
}

function markDone(services: Services) {
  return async (args: ButtonArgs) => {
    await args.ack();
    const clicked = await clickedItem(services, args, 'act');
    if (!clicked) return;
    if (clicked.item.status === 'done') {
      await clicked.tell(clicked.t('action.alreadyDone'));
      return;
    }
    changeActionItem(services.db, {
      teamId: clicked.teamId,
      id: clicked.item.id,
      change: { kind: 'done' },
      actorId: clicked.userId,
      now: services.clock(),
    });
    await redrawWhereClicked(services, args, clicked, clicked.t('action.doneNote'));
    await afterChange(services, args.client, {
      teamId: clicked.teamId,
      partnershipId: clicked.partnership.id,
      homeUserIds: [clicked.item.ownerUserId, clicked.userId],
    });
  };
}

function openModal(services: Services, build: typeof buildNoteModal) {
  return async (args: ButtonArgs) => {
    await args.ack();
    const clicked = await clickedItem(services, args, 'act');
    if (!clicked) return;
    if (clicked.item.status === 'done') {
      await clicked.tell(clicked.t('action.alreadyDone'));
      return;
    }
    await args.client.views.open({
      trigger_id: args.body.trigger_id,
      view: build(clicked.item, itemContext(services, clicked.partnership, clicked.locale)),
    });
  };
}

function decideDate(services: Services, approve: boolean) {
  return async (args: ButtonArgs) => {
    await args.ack();
    const clicked = await clickedItem(services, args, 'manage');
    if (!clicked) return;
    const decided = changeActionItem(services.db, {
      teamId: clicked.teamId,
      id: clicked.item.id,
      change: { kind: 'decideDate', approve },
      actorId: clicked.userId,
      now: services.clock(),
    });
    if (!decided) {
      await clicked.tell(clicked.t('action.noRequest'));
      return;
    }
    await redrawWhereClicked(
      services,
      args,
      clicked,
      clicked.t(approve ? 'action.request.approvedNote' : 'action.request.rejectedNote'),
    );
    await tellOwner(services, args.client, clicked, decided.after, approve);
    await afterChange(services, args.client, {
      teamId: clicked.teamId,
      partnershipId: clicked.partnership.id,
      homeUserIds: [clicked.item.ownerUserId],
    });
  };
}

async function tellOwner(
  services: Services,
  client: WebClient,
  clicked: Clicked,
  item: Clicked['item'],
  approve: boolean,
): Promise<void> {
  if (item.ownerUserId === clicked.userId) return;
  const locale: Locale = await services.locales.forUser(client, item.ownerUserId);
  const t = translator(locale);
  const text = t(approve ? 'action.request.approvedDm' : 'action.request.rejectedDm', {
    user: clicked.userId,
    code: clicked.partnership.code,
    what: item.what.slice(0, 200),
  });
  await sendDm(client, item.ownerUserId, {
    text,
    blocks: [
      section(text),
      ...itemMessageBlocks(services, {
        item,
        partnership: clicked.partnership,
        viewer: { userId: item.ownerUserId, canManage: false },
        locale,
        place: 'dm',
      }),
    ],
  });
}

/** The message shortcut: a new item from a message in a partnership's shared channel. */
function fromMessage(services: Services) {
  return async ({
    ack,
    shortcut,
    client,
    respond,
  }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs) => {
    await ack();
    const userId = shortcut.user.id;
    const teamId = shortcut.team?.id ?? '';
    const locale = await services.locales.forUserQuickly(client, userId);
    const t = translator(locale);
    const inChannel = listPartnershipsInChannel(services.db, { teamId, channelId: shortcut.channel.id });
    const mine = inChannel.filter((p) =>
      mayCreateItems(
        loadActor(services.db, { teamId, partnershipId: p.id, userId, admins: services.config.admins }),
      ),
    );
    if (mine.length === 0) {
      const key = inChannel.length === 0 ? 'action.shortcut.noPartnership' : 'action.shortcut.notMember';
      await respond({ response_type: 'ephemeral', text: t(key) });
      return;
    }
    let link: string | null = null;
    try {
      const permalink = await client.chat.getPermalink({
        channel: shortcut.channel.id,
        message_ts: shortcut.message_ts,
      });
      link = permalink.permalink ?? null;
    } catch (error) {
      services.logger.warn({ err: error }, 'could not get the message permalink');
    }
    await client.views.open({
      trigger_id: shortcut.trigger_id,
      view: createItemModal(services, {
        teamId,
        partnerships: mine,
        what: (shortcut.message.text ?? '').trim().slice(0, 500),
        origin: { source: 'message', link, cycleId: null, dimension: null },
        locale,
      }),
    });
  };
}

const evaluationValue = z
  .string()
  .regex(/^\d{1,12}:[a-zA-Z]{1,30}$/)
  .transform((v) => {
    const [cycle, dimension] = v.split(':');
    return { cycleId: Number(cycle), dimension: dimension ?? '' };
  });

/** "Jadikan tindak lanjut" on a summary's weak dimension: a new item pre-filled with the suggestion. */
function fromEvaluation(services: Services) {
  return async ({ ack, body, action, client, respond }: ButtonArgs) => {
    await ack();
    const userId = body.user.id;
    const teamId = teamOf(body);
    const locale = await services.locales.forUserQuickly(client, userId);
    const t = translator(locale);
    const value = evaluationValue.safeParse(action.value);
    const dimension = EVALUATION_DIMENSIONS.find((d) => value.success && d === value.data.dimension);
    const cycle =
      value.success && dimension ? getCycle(services.db, { teamId, cycleId: value.data.cycleId }) : undefined;
    const partnership = cycle && getPartnershipById(services.db, { teamId, id: cycle.partnershipId });
    const tell = (text: string) =>
      tellUser(client, {
        userId,
        text,
        responseUrl: body.response_url,
        channelId: body.channel?.id,
        respond,
      });
    if (!cycle || !partnership || !dimension) {
      if (!value.success)
        refuse(services.logger, { kind: body.type, id: action.action_id, user: userId, reason: 'value' });
      await tell(t('action.evaluation.notFound'));
      return;
    }
    const actor = loadActor(services.db, {
      teamId,
      partnershipId: partnership.id,
      userId,
      admins: services.config.admins,
    });
    if (!mayCreateItems(actor)) {
      await tell(t('action.shortcut.notMember'));
      return;
    }
    const what = `${t(dimensionLabelKey(dimension))}: ${t(suggestionKey(dimension), { code: partnership.code })}`;
    await client.views.open({
      trigger_id: body.trigger_id,
      view: createItemModal(services, {
        teamId,
        partnerships: [partnership],
        what: what.slice(0, 500),
        origin: { source: 'evaluation', link: null, cycleId: cycle.id, dimension },
        locale,
      }),
    });
  };
}

export function registerActionsActions(app: App, services: Services): void {
  app.action<BlockButtonAction>(
    new RegExp(`^${sharedIds.actionFromEvaluation}(:|$)`),
    fromEvaluation(services),
  );
  app.action<BlockButtonAction>(actionsIds.done, markDone(services));
  app.action<BlockButtonAction>(actionsIds.note, openModal(services, buildNoteModal));
  app.action<BlockButtonAction>(actionsIds.newDate, openModal(services, buildDateModal));
  app.action<BlockButtonAction>(actionsIds.approveDate, decideDate(services, true));
  app.action<BlockButtonAction>(actionsIds.rejectDate, decideDate(services, false));
  app.shortcut<MessageShortcut>(
    { callback_id: actionsIds.fromMessage, type: 'message_action' },
    fromMessage(services),
  );
}
