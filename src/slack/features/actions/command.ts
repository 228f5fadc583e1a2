import { setEscalationWorkdays } from '../../../db/queries/escalations.js';
import { canManagePartnership } from '../../../domain/permissions.js';
import { partnershipFromCommand } from '../../kit/access.js';
import type { SubcommandHandler, SubcommandId } from '../../kit/subcommands.js';
import { escalationLines, itemsListMessage } from './flow.js';

const ESCALATION_WORDS = new Set(['eskalasi', 'escalation']);

/**
 * `/mitra tindak KODE`: the partnership's open action items, with the buttons the user may use
 * (coordinators also see the latest escalations). `/mitra tindak KODE eskalasi N`: coordinators set
 * after how many overdue workdays items are escalated (1–30).
 */
const actionsCommand: SubcommandHandler = async (ctx) => {
  const code = ctx.args[0];
  if (!code) {
    await ctx.respond({ response_type: 'ephemeral', text: ctx.t('action.usage') });
    return;
  }
  const setting = ctx.args[1]?.toLowerCase();
  const found = await partnershipFromCommand(ctx, code, setting ? 'manage' : 'view');
  if (!found) return;
  const { partnership, actor } = found;
  if (setting) {
    const workdays = Number(ctx.args[2]);
    if (!ESCALATION_WORDS.has(setting) || !Number.isInteger(workdays) || workdays < 1 || workdays > 30) {
      await ctx.respond({
        response_type: 'ephemeral',
        text: ctx.t('action.escalation.usage', { code: partnership.code }),
      });
      return;
    }
    setEscalationWorkdays(ctx.services.db, {
      teamId: ctx.teamId,
      partnershipId: partnership.id,
      workdays,
      actorId: ctx.userId,
      now: ctx.services.clock(),
    });
    await ctx.respond({
      response_type: 'ephemeral',
      text: ctx.t('action.escalation.set', { code: partnership.code, count: workdays }),
    });
    return;
  }
  const message = itemsListMessage(ctx.services, {
    teamId: ctx.teamId,
    partnership,
    actor,
    locale: ctx.locale,
  });
  const extra = canManagePartnership(actor)
    ? escalationLines(ctx.services, { teamId: ctx.teamId, partnership, locale: ctx.locale })
    : [];
  await ctx.respond({
    response_type: 'ephemeral',
    text: message.text,
    blocks: [...message.blocks, ...extra],
  });
};

export const actionsSubcommands: Partial<Record<SubcommandId, SubcommandHandler>> = {
  actions: actionsCommand,
};
