import { findUnitByCode, listUnits } from '../../../db/queries/units.js';
import { isAdmin } from '../../../domain/permissions.js';
import type { SubcommandContext, SubcommandHandler, SubcommandId } from '../../kit/subcommands.js';
import { LIST_WORDS } from '../../kit/subcommands.js';

import { unitModalFor } from './flow.js';
import { unitListBlocks } from './view.js';

/** `/mitra unit` (admins): the unit modal; `/mitra unit KODE` edits that unit; `/mitra unit daftar` lists them. */
async function unit(ctx: SubcommandContext): Promise<void> {
  const { services, t } = ctx;
  if (!isAdmin(services.config.admins, ctx.userId)) {
    await ctx.respond({ response_type: 'ephemeral', text: t('admin.only') });
    return;
  }
  const word = ctx.args[0];
  if (word && LIST_WORDS.has(word.toLowerCase())) {
    const units = listUnits(services.db, { teamId: ctx.teamId });
    const title = t('unit.listCommand.title', { count: units.length });
    // One section holds about 40 unit lines; 45 sections keep the message under 50 blocks.
    await ctx.respond({
      response_type: 'ephemeral',
      text: title,
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: title } },
        ...unitListBlocks(t, units, 1500),
      ].slice(0, 50),
    });
    return;
  }
  const editing = word
    ? findUnitByCode(services.db, { teamId: ctx.teamId, code: word.toUpperCase() })
    : undefined;
  await ctx.client.views.open({
    trigger_id: ctx.triggerId,
    view: unitModalFor(services, { teamId: ctx.teamId, t, unitId: editing?.id ?? null }),
  });
}

export const unitsSubcommands: Partial<Record<SubcommandId, SubcommandHandler>> = { unit };
