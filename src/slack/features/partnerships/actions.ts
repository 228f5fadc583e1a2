import type {
  AllMiddlewareArgs,
  App,
  BlockButtonAction,
  BlockStaticSelectAction,
  SlackShortcutMiddlewareArgs,
} from '@slack/bolt';
import { z } from 'zod';
import { loadPartnershipDetail } from '../../../db/queries/partnership-detail.js';
import { getPartnershipById } from '../../../db/queries/partnerships.js';
import { isTemplateId } from '../../../domain/templates.js';
import { translator } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { readPlainState } from '../../kit/form-state.js';

import { sharedIds } from '../../kit/ids.js';
import type { ButtonArgs, SelectArgs } from '../../kit/modal-actions.js';
import { idValue } from '../../kit/modal-actions.js';
import { buildNoticeModal } from '../../kit/notice-modal.js';
import { refuse } from '../../kit/refuse.js';
import { parseJson } from '../../kit/view-state.js';
import { buildPartnershipDetailMessage, buildPartnershipDetailModal } from './detail-view.js';
import {
  canViewPartnership,
  channelForModal,
  partnershipListItems,
  partnershipModalFor,
  startNewPartnership,
  viewContext,
} from './flow.js';
import { partnershipsIds as ids } from './ids.js';
import { buildPartnershipList } from './list-view.js';

const detailPage = z.object({ p: z.number().int().positive(), n: z.number().int().min(1).max(1000) });
const listPage = z.object({ n: z.number().int().min(1).max(1000), c: z.literal(1).optional() });
const createMetadata = z.object({ template: z.string().nullable(), channel: z.string().nullable() });

/** Where a click came from decides how the answer is shown: a message, App Home, or a modal. */
function surfaceOf(body: BlockButtonAction): 'home' | 'modal' | 'message' {
  if (body.view?.type === 'home') return 'home';
  if (body.view?.type === 'modal') return 'modal';
  return 'message';
}

/**
 * `partnership_open` (value = partnership id): the partnership's detail for whoever clicked —
 * ephemerally under a message, in a modal from App Home, pushed on top of a modal.
 */
function openPartnership(services: Services) {
  return async ({ ack, body, action, client, respond }: ButtonArgs): Promise<void> => {
    await ack();
    const userId = body.user.id;
    const teamId = body.team?.id ?? body.user.team_id ?? '';
    // From App Home the answer is a modal opened with the trigger_id, which expires in 3 s.
    const locale = await services.locales.forUserQuickly(client, userId);
    const t = translator(locale);
    const surface = surfaceOf(body);
    const tell = async (text: string) => {
      if (surface === 'message') {
        await respond({ response_type: 'ephemeral', replace_original: false, text });
        return;
      }
      // From App Home or a modal there is no message to answer under: a small modal says it.
      const view = buildNoticeModal({
        title: t('partnership.new.title'),
        close: t('partnership.detail.close'),
        text,
      });
      if (surface === 'home') await client.views.open({ trigger_id: body.trigger_id, view });
      else await client.views.push({ trigger_id: body.trigger_id, view });
    };
    const id = idValue.safeParse(action.value);
    const partnership = id.success ? getPartnershipById(services.db, { teamId, id: id.data }) : undefined;
    if (!partnership) {
      await tell(t('partnership.notFound', { code: String(action.value ?? '').slice(0, 20) }));
      return;
    }
    if (!canViewPartnership(services, { teamId, userId, partnership, viaChannelId: body.channel?.id })) {
      await tell(t('partnership.view.notAllowed', { code: partnership.code }));
      return;
    }
    const detail = loadPartnershipDetail(services.db, {
      teamId,
      partnershipId: partnership.id,
      now: services.clock(),
    });
    if (!detail) return;
    const ctx = viewContext(services, teamId, locale, t);
    if (surface === 'home') {
      await client.views.open({
        trigger_id: body.trigger_id,
        view: buildPartnershipDetailModal(detail, ctx, 1),
      });
    } else if (surface === 'modal') {
      await client.views.push({
        trigger_id: body.trigger_id,
        view: buildPartnershipDetailModal(detail, ctx, 1),
      });
    } else {
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        ...buildPartnershipDetailMessage(detail, ctx, 1),
      });
    }
  };
}

/** Previous/next page of a partnership's detail, in the same message or modal. */
function turnDetailPage(services: Services) {
  return async ({ ack, body, action, client, respond }: ButtonArgs): Promise<void> => {
    await ack();
    const parsed = detailPage.safeParse(parseJson(action.value));
    if (!parsed.success) {
      refuse(services.logger, { kind: body.type, id: action.action_id, user: body.user.id, reason: 'value' });
      return;
    }
    const userId = body.user.id;
    const teamId = body.team?.id ?? body.user.team_id ?? '';
    const partnership = getPartnershipById(services.db, { teamId, id: parsed.data.p });
    if (!partnership) return;
    if (!canViewPartnership(services, { teamId, userId, partnership, viaChannelId: body.channel?.id }))
      return;
    const detail = loadPartnershipDetail(services.db, {
      teamId,
      partnershipId: partnership.id,
      now: services.clock(),
    });
    if (!detail) return;
    const locale = await services.locales.forUser(client, userId);
    const t = translator(locale);
    const ctx = viewContext(services, teamId, locale, t);
    if (body.view?.type === 'modal') {
      await client.views.update({
        view_id: body.view.id,
        hash: body.view.hash,
        view: buildPartnershipDetailModal(detail, ctx, parsed.data.n),
      });
      return;
    }
    // Outside a modal the detail is an ephemeral message, reached only through its response_url.
    if (!body.response_url) return;
    await respond({
      response_type: 'ephemeral',
      replace_original: true,
      ...buildPartnershipDetailMessage(detail, ctx, parsed.data.n),
    });
  };
}

/** Previous/next page of `/mitra daftar`, replacing the list the person is reading. */
function turnListPage(services: Services) {
  return async ({ ack, body, action, client, respond }: ButtonArgs): Promise<void> => {
    await ack();
    const parsed = listPage.safeParse(parseJson(action.value));
    if (!parsed.success) {
      refuse(services.logger, { kind: body.type, id: action.action_id, user: body.user.id, reason: 'value' });
      return;
    }
    // The list is an ephemeral message: a click from anywhere else has no response_url to answer.
    if (!body.response_url) return;
    const userId = body.user.id;
    const teamId = body.team?.id ?? body.user.team_id ?? '';
    const t = translator(await services.locales.forUser(client, userId));
    const { items, total, page, all } = partnershipListItems(services, {
      teamId,
      userId,
      page: parsed.data.n,
    });
    await respond({
      response_type: 'ephemeral',
      replace_original: true,
      ...buildPartnershipList(t, items, { page, total, allPartnerships: all }),
    });
  };
}

/** The name typed in the create modal so far, if any (the field's block id carries a version). */
function typedNameOf(values: Parameters<typeof readPlainState>[0]): string | null {
  const name = readPlainState(values)[ids.nameBlock];
  return typeof name === 'string' ? name : null;
}

function typedPurposeOf(values: Parameters<typeof readPlainState>[0]): string | null {
  const purpose = readPlainState(values)[ids.purposeBlock];
  return typeof purpose === 'string' ? purpose : null;
}

/** Choosing a template rebuilds the open create modal with the template's suggestions. */
function chooseTemplate(services: Services) {
  return async ({ ack, body, action, client }: SelectArgs): Promise<void> => {
    await ack();
    const view = body.view;
    if (!view) return;
    const userId = body.user.id;
    const teamId = body.team?.id ?? view.team_id;
    const chosen = action.selected_option?.value;
    const metadata = createMetadata.safeParse(parseJson(view.private_metadata));
    if (!metadata.success) {
      refuse(services.logger, {
        kind: body.type,
        id: action.action_id,
        user: userId,
        reason: 'private_metadata',
      });
      return;
    }
    const locale = await services.locales.forUser(client, userId);
    await client.views.update({
      view_id: view.id,
      hash: view.hash,
      view: partnershipModalFor(services, {
        teamId,
        userId,
        templateId: isTemplateId(chosen) ? chosen : null,
        originChannel: channelForModal(metadata.data.channel),
        typedName: typedNameOf(view.state.values),
        typedPurpose: typedPurposeOf(view.state.values),
        locale,
        t: translator(locale),
      }),
    });
  };
}

function newPartnershipShortcut(services: Services) {
  return async ({ ack, shortcut, client }: SlackShortcutMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    await startNewPartnership(services, client, {
      teamId: shortcut.team?.id ?? '',
      userId: shortcut.user.id,
      triggerId: shortcut.trigger_id,
    });
  };
}

export function registerPartnershipsActions(app: App, services: Services): void {
  app.action<BlockButtonAction>(sharedIds.partnershipOpen, openPartnership(services));
  app.action<BlockButtonAction>(ids.detailPagePrevious, turnDetailPage(services));
  app.action<BlockButtonAction>(ids.detailPageNext, turnDetailPage(services));
  app.action<BlockButtonAction>(ids.listPagePrevious, turnListPage(services));
  app.action<BlockButtonAction>(ids.listPageNext, turnListPage(services));
  app.action<BlockStaticSelectAction>(ids.templateSelect, chooseTemplate(services));

  app.shortcut(ids.newPartnershipShortcut, newPartnershipShortcut(services));
}
