import { loadPartnershipDetail } from '../../../db/queries/partnership-detail.js';
import { slackErrorText } from '../../../i18n/labels.js';
import { partnershipFromCommand } from '../../kit/access.js';
import { section } from '../../kit/blocks.js';
import type { SubcommandContext, SubcommandHandler, SubcommandId } from '../../kit/subcommands.js';
import { afterChange, charterProblemKey } from '../charter/flow.js';
import { sendGoalChart } from '../goals/flow.js';
import { buildPartnershipDetailMessage } from './detail-view.js';
import {
  canViewPartnership,
  channelForModal,
  openNewPartnershipModal,
  partnershipListItems,
  viewContext,
} from './flow.js';
import { buildPartnershipList } from './list-view.js';

/** `/mitra baru`: the create-partnership modal. */
async function newPartnership(ctx: SubcommandContext): Promise<void> {
  const opened = await openNewPartnershipModal(ctx.services, ctx.client, {
    teamId: ctx.teamId,
    userId: ctx.userId,
    triggerId: ctx.triggerId,
    originChannel: channelForModal(ctx.channelId),
    locale: ctx.locale,
    t: ctx.t,
  });
  if (!opened.ok) await ctx.respond({ response_type: 'ephemeral', text: opened.text });
}

/** `/mitra daftar`: the partnerships the user can see. */
async function list(ctx: SubcommandContext): Promise<void> {
  const { items, total, all } = partnershipListItems(ctx.services, {
    teamId: ctx.teamId,
    userId: ctx.userId,
  });
  await ctx.respond({
    response_type: 'ephemeral',
    ...buildPartnershipList(ctx.t, items, { page: 1, total, allPartnerships: all }),
  });
}

/** `/mitra lihat KODE`: one partnership in full; without a code, the list to choose from. */
async function show(ctx: SubcommandContext): Promise<void> {
  const { services, t } = ctx;
  const code = ctx.args[0];
  if (!code) {
    const { items, total, all } = partnershipListItems(services, { teamId: ctx.teamId, userId: ctx.userId });
    await ctx.respond({
      response_type: 'ephemeral',
      ...buildPartnershipList(t, items, { page: 1, total, choose: true, allPartnerships: all }),
    });
    return;
  }
  const found = await partnershipFromCommand(ctx, code, 'view');
  if (!found) return;
  const { partnership } = found;
  if (
    !canViewPartnership(services, {
      teamId: ctx.teamId,
      userId: ctx.userId,
      partnership,
      viaChannelId: ctx.channelId,
    })
  ) {
    await ctx.respond({
      response_type: 'ephemeral',
      text: t('partnership.view.notAllowed', { code: partnership.code }),
    });
    return;
  }
  // A charter that could not be posted (a private channel Mitra was not in) is posted now, if it can be.
  let charterNote: string | undefined;
  if (!partnership.charterTs) {
    const outcome = await afterChange(services, ctx.client, {
      teamId: ctx.teamId,
      partnershipId: partnership.id,
      homeUserIds: [],
    });
    charterNote = outcome.ok
      ? t('partnership.charterPosted', { code: partnership.code, channel: outcome.channel })
      : t(charterProblemKey(outcome), {
          code: partnership.code,
          channel: partnership.channelId,
          error: slackErrorText(t, outcome.error),
        });
  }
  const detail = loadPartnershipDetail(services.db, {
    teamId: ctx.teamId,
    partnershipId: partnership.id,
    now: services.clock(),
  });
  if (!detail) return;
  const page = buildPartnershipDetailMessage(detail, viewContext(services, ctx.teamId, ctx.locale, t), 1);
  await ctx.respond({
    response_type: 'ephemeral',
    text: page.text,
    blocks: charterNote ? [section(charterNote), ...page.blocks] : page.blocks,
  });
  // The answer is on its way (the ack); the goals' picture follows it.
  await sendGoalChart(services, ctx.client, { detail, locale: ctx.locale, respond: ctx.respond });
}

/** The partnerships sub-commands of `/mitra`. */
export const partnershipsSubcommands: Partial<Record<SubcommandId, SubcommandHandler>> = {
  new: newPartnership,
  list,
  show,
};
