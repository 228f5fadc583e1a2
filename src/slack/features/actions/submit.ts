import type { App, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { changeActionItem, createActionItems } from '../../../db/queries/action-items.js';
import { listUnitsOfPartnership } from '../../../db/queries/goals.js';
import { getPartnershipById, loadActor } from '../../../db/queries/partnerships.js';
import { ACTION_ITEM_SOURCES } from '../../../domain/enums.js';
import { parseEvidenceUrl } from '../../../domain/evidence.js';
import { isValidLocalDate } from '../../../domain/time/calendar.js';
import { type Translate, translator } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { refuseForm } from '../../fallback.js';
import { section, userText } from '../../kit/blocks.js';
import { sendDm } from '../../kit/dm.js';
import type { SubmitArgs } from '../../kit/submission.js';
import { type FieldErrors, parseJson, readViewState } from '../../kit/view-state.js';
import { afterChange } from '../charter/flow.js';
import {
  askCoordinators,
  itemMessageBlocks,
  loadItem,
  mayActOn,
  mayCreateItems,
  todayOf,
  unitOfOwner,
} from './flow.js';
import { actionsIds } from './ids.js';

const itemMetadata = z.object({ itemId: z.number().int().positive() });
const createMetadata = z.object({
  p: z.array(z.number().int().positive()).min(1).max(100),
  source: z.enum(ACTION_ITEM_SOURCES),
  link: z.string().max(2000).nullable(),
  cycleId: z.number().int().positive().nullable(),
  dimension: z.string().max(40).nullable(),
});
const userId = z.string().regex(/^[UW][A-Z0-9]+$/);

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** Opens a submission about one item: who, which item, and whether they may act on it. */
async function openItemSubmission(services: Services, args: SubmitArgs) {
  const { body, view, client } = args;
  const locale = await services.locales.forUserQuickly(client, body.user.id);
  const meta = itemMetadata.safeParse(parseJson(view.private_metadata));
  if (!meta.success) {
    await args.ack(
      refuseForm(services.logger, locale, { kind: body.type, id: view.callback_id, user: body.user.id }),
    );
    return undefined;
  }
  const teamId = body.team?.id ?? view.team_id;
  const t = translator(locale);
  const found = loadItem(services, { teamId, id: meta.data.itemId });
  const actor =
    found &&
    loadActor(services.db, {
      teamId,
      partnershipId: found.partnership.id,
      userId: body.user.id,
      admins: services.config.admins,
    });
  const values = readViewState(view.state.values);
  const firstBlock = Object.keys(values)[0] ?? '';
  if (!found || !actor || !mayActOn(actor, found.item) || found.item.status !== 'open') {
    const key = !found
      ? 'action.notFound'
      : found.item.status !== 'open'
        ? 'action.alreadyDone'
        : 'action.notOwner';
    await args.ack({
      response_action: 'errors',
      errors: { [firstBlock]: t(key, { code: found?.partnership.code ?? '' }) },
    });
    return undefined;
  }
  return { ...found, actor, teamId, userId: body.user.id, locale, t, values };
}

function submitNote(services: Services) {
  return async (args: SubmitArgs) => {
    const opened = await openItemSubmission(services, args);
    if (!opened) return;
    const { t, values } = opened;
    const note = text(values[actionsIds.noteBlock]);
    const evidence = text(values[actionsIds.evidenceBlock]);
    const parsed = evidence === '' ? undefined : parseEvidenceUrl(evidence);
    if (parsed && !parsed.ok) {
      await args.ack({
        response_action: 'errors',
        errors: { [actionsIds.evidenceBlock]: t('action.error.url') },
      });
      return;
    }
    await args.ack();
    changeActionItem(services.db, {
      teamId: opened.teamId,
      id: opened.item.id,
      change: { kind: 'note', note: note === '' ? null : note, evidenceUrl: parsed?.ok ? parsed.url : null },
      actorId: opened.userId,
      now: services.clock(),
    });
    await afterChange(services, args.client, {
      teamId: opened.teamId,
      partnershipId: opened.partnership.id,
      homeUserIds: [opened.item.ownerUserId, opened.userId],
    });
  };
}

function submitDate(services: Services) {
  return async (args: SubmitArgs) => {
    const opened = await openItemSubmission(services, args);
    if (!opened) return;
    const { t, values, item, partnership } = opened;
    const date = text(values[actionsIds.dateBlock]);
    const reason = text(values[actionsIds.reasonBlock]);
    const errors: FieldErrors = {};
    if (!isValidLocalDate(date)) errors[actionsIds.dateBlock] = t('validation.date');
    else if (date < todayOf(partnership, services.clock()))
      errors[actionsIds.dateBlock] = t('action.error.past');
    else if (date === item.dueDate) errors[actionsIds.dateBlock] = t('action.error.sameDate');
    if (reason === '') errors[actionsIds.reasonBlock] = t('validation.required');
    if (Object.keys(errors).length > 0) {
      await args.ack({ response_action: 'errors', errors });
      return;
    }
    await args.ack();
    const changed = changeActionItem(services.db, {
      teamId: opened.teamId,
      id: item.id,
      change: { kind: 'requestDate', date, reason },
      actorId: opened.userId,
      now: services.clock(),
    });
    if (!changed) return;
    await askCoordinators(services, args.client, { teamId: opened.teamId, item: changed.after, partnership });
    await afterChange(services, args.client, {
      teamId: opened.teamId,
      partnershipId: partnership.id,
      homeUserIds: [item.ownerUserId],
    });
  };
}

function createErrors(t: Translate, values: Record<string, unknown>, today: string): FieldErrors {
  const errors: FieldErrors = {};
  if (text(values[actionsIds.whatBlock]) === '') errors[actionsIds.whatBlock] = t('validation.required');
  if (!userId.safeParse(values[actionsIds.ownerBlock]).success)
    errors[actionsIds.ownerBlock] = t('validation.required');
  const due = text(values[actionsIds.dueBlock]);
  if (!isValidLocalDate(due)) errors[actionsIds.dueBlock] = t('validation.date');
  else if (due < today) errors[actionsIds.dueBlock] = t('action.error.past');
  return errors;
}

function submitCreate(services: Services) {
  return async (args: SubmitArgs) => {
    const { body, view, client } = args;
    const locale = await services.locales.forUserQuickly(client, body.user.id);
    const t = translator(locale);
    const meta = createMetadata.safeParse(parseJson(view.private_metadata));
    if (!meta.success) {
      await args.ack(
        refuseForm(services.logger, locale, { kind: body.type, id: view.callback_id, user: body.user.id }),
      );
      return;
    }
    const teamId = body.team?.id ?? view.team_id;
    const values = readViewState(view.state.values);
    const chosen = meta.data.p.length === 1 ? meta.data.p[0] : Number(values[actionsIds.partnershipBlock]);
    const partnership =
      chosen && meta.data.p.includes(chosen)
        ? getPartnershipById(services.db, { teamId, id: chosen })
        : undefined;
    const firstBlock = meta.data.p.length === 1 ? actionsIds.whatBlock : actionsIds.partnershipBlock;
    if (!partnership) {
      await args.ack({ response_action: 'errors', errors: { [firstBlock]: t('validation.required') } });
      return;
    }
    const actor = loadActor(services.db, {
      teamId,
      partnershipId: partnership.id,
      userId: body.user.id,
      admins: services.config.admins,
    });
    if (!mayCreateItems(actor)) {
      await args.ack({
        response_action: 'errors',
        errors: { [firstBlock]: t('action.shortcut.notMember') },
      });
      return;
    }
    const errors = createErrors(t, values, todayOf(partnership, services.clock()));
    const units = listUnitsOfPartnership(services.db, { teamId, partnershipId: partnership.id });
    const unitValue = values[actionsIds.unitBlock];
    const unitId = unitValue === null || unitValue === undefined ? null : Number(unitValue);
    if (unitId !== null && !units.some((u) => u.id === unitId))
      errors[actionsIds.unitBlock] = t('action.error.unit');
    if (Object.keys(errors).length > 0) {
      await args.ack({ response_action: 'errors', errors });
      return;
    }
    await args.ack();
    const owner = String(values[actionsIds.ownerBlock]);
    const [item] = createActionItems(services.db, {
      teamId,
      partnershipId: partnership.id,
      items: [
        {
          what: text(values[actionsIds.whatBlock]),
          ownerUserId: owner,
          ownerUnitId:
            unitId ?? unitOfOwner(services, { teamId, partnershipId: partnership.id, userId: owner }),
          dueDate: text(values[actionsIds.dueBlock]),
        },
      ],
      origin: {
        source: meta.data.source,
        sourceLink: meta.data.link,
        cycleId: meta.data.cycleId,
        dimension: meta.data.dimension,
      },
      actorId: body.user.id,
      now: services.clock(),
    });
    if (item && owner !== body.user.id) {
      const ownerLocale = await services.locales.forUser(client, owner);
      const ownerT = translator(ownerLocale);
      const message = ownerT('action.assigned.dm', { user: body.user.id, code: partnership.code });
      await sendDm(client, owner, {
        text: message,
        blocks: [
          section(message),
          ...itemMessageBlocks(services, {
            item,
            partnership,
            viewer: { userId: owner, canManage: false },
            locale: ownerLocale,
            place: 'dm',
          }),
        ],
      });
    }
    await afterChange(services, client, {
      teamId,
      partnershipId: partnership.id,
      notice: {
        actorId: body.user.id,
        key: 'action.charterNotice',
        params: { what: userText(text(values[actionsIds.whatBlock]), 150) },
      },
      homeUserIds: [owner],
    });
  };
}

export function registerActionsViews(app: App, services: Services): void {
  app.view<ViewSubmitAction>(actionsIds.noteModal, submitNote(services));
  app.view<ViewSubmitAction>(actionsIds.dateModal, submitDate(services));
  app.view<ViewSubmitAction>(actionsIds.createModal, submitCreate(services));
}
