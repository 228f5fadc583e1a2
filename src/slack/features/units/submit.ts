import type { App } from '@slack/bolt';
import { z } from 'zod';
import {
  createUnit,
  findUnitByCode,
  getUnitById,
  listPartnershipIdsOfUnit,
  updateUnit,
} from '../../../db/queries/units.js';
import { isAdmin } from '../../../domain/permissions.js';
import { translator } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import { refuseForm } from '../../fallback.js';
import { required, requiredText, slackUserId } from '../../kit/fields.js';
import { parseVersionedSubmission, realBlockIds, realErrors } from '../../kit/form-state.js';
import { escapeMrkdwn } from '../../kit/message.js';
import type { SubmitArgs as ViewArgs } from '../../kit/submission.js';
import { parseJson } from '../../kit/view-state.js';
import { afterChange } from '../charter/flow.js';
import { unitModalFor } from './flow.js';
import { unitsIds } from './ids.js';
import { UNIT_CODE_MAX, UNIT_NAME_MAX, unitMetadata } from './view.js';

const unitForm = z.object({
  [unitsIds.unitCodeBlock]: z
    .string(required)
    .trim()
    .transform((v) => v.toUpperCase())
    .refine((v) => /^[A-Z0-9][A-Z0-9-]{1,11}$/.test(v) && v.length <= UNIT_CODE_MAX, 'unit.error.codeFormat'),
  [unitsIds.unitNameBlock]: requiredText(UNIT_NAME_MAX),
  [unitsIds.unitHeadBlock]: slackUserId.nullish().transform((v) => v ?? null),
});

/** Saves a unit (admins only) and shows the modal again, fresh, with a confirmation on top. */
function unitSubmission(services: Services) {
  return async ({ ack, body, view, client }: ViewArgs): Promise<void> => {
    const teamId = body.team?.id ?? view.team_id;
    const actor = body.user.id;
    const locale = await services.locales.forUserQuickly(client, actor);
    const t = translator(locale);
    // Authorization is checked again here: the modal could be submitted after MITRA_ADMINS changed.
    if (!isAdmin(services.config.admins, actor)) {
      await ack({
        response_action: 'errors',
        errors: {
          [realBlockIds(view.state.values).get(unitsIds.unitCodeBlock) ?? unitsIds.unitCodeBlock]:
            t('admin.only'),
        },
      });
      return;
    }
    // A metadata this version cannot read is never taken for "a new unit": nothing is written.
    const metadata = unitMetadata.safeParse(parseJson(view.private_metadata));
    if (!metadata.success) {
      await ack(refuseForm(services.logger, locale, { kind: body.type, id: view.callback_id, user: actor }));
      return;
    }
    const parsed = parseVersionedSubmission(unitForm, view.state.values, locale);
    if (!parsed.ok) {
      await ack({ response_action: 'errors', errors: parsed.errors });
      return;
    }
    const editingId = metadata.data.unitId;
    const realIds = realBlockIds(view.state.values);
    const input = {
      code: parsed.data[unitsIds.unitCodeBlock],
      name: parsed.data[unitsIds.unitNameBlock],
      headUserId: parsed.data[unitsIds.unitHeadBlock],
    };
    const taken = findUnitByCode(services.db, {
      teamId,
      code: input.code,
      ...(editingId ? { exceptId: editingId } : {}),
    });
    if (taken) {
      await ack({
        response_action: 'errors',
        errors: realErrors(
          { [unitsIds.unitCodeBlock]: t('unit.error.codeTaken', { code: input.code, name: taken.name }) },
          realIds,
        ),
      });
      return;
    }
    const now = services.clock();
    if (editingId !== null) {
      if (!getUnitById(services.db, { teamId, id: editingId })) {
        await ack({
          response_action: 'errors',
          errors: realErrors({ [unitsIds.unitCodeBlock]: t('unit.error.notFound') }, realIds),
        });
        return;
      }
      const changed = updateUnit(services.db, { teamId, id: editingId, actorUserId: actor, now, ...input });
      await ack({
        response_action: 'update',
        view: unitModalFor(services, {
          teamId,
          t,
          unitId: editingId,
          banner: t('unit.saved.updated', { code: input.code, name: escapeMrkdwn(input.name) }),
        }),
      });
      if (changed)
        await refreshChartersOfUnit(services, client, { teamId, unitId: editingId, actor, name: input.name });
      return;
    }
    createUnit(services.db, { teamId, actorUserId: actor, now, ...input });
    await ack({
      response_action: 'update',
      view: unitModalFor(services, {
        teamId,
        t,
        banner: t('unit.saved.created', { code: input.code, name: escapeMrkdwn(input.name) }),
      }),
    });
  };
}

/** A unit's new name or head shows in the charter of every partnership it takes part in. */
async function refreshChartersOfUnit(
  services: Services,
  client: ViewArgs['client'],
  params: { teamId: string; unitId: number; actor: string; name: string },
): Promise<void> {
  const partnershipIds = listPartnershipIdsOfUnit(services.db, {
    teamId: params.teamId,
    unitId: params.unitId,
  });
  for (const partnershipId of partnershipIds) {
    await afterChange(services, client, {
      teamId: params.teamId,
      partnershipId,
      // Read in shared channels: a unit name must not ping `<!channel>` or form a link there.
      notice: {
        actorId: params.actor,
        key: 'unit.notice.updated',
        params: { name: escapeMrkdwn(params.name) },
      },
      homeUserIds: [],
    });
  }
}

export function registerUnitsViews(app: App, services: Services): void {
  app.view(unitsIds.unitCallback, unitSubmission(services));
}
