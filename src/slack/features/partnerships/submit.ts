import type { App } from '@slack/bolt';
import { z } from 'zod';
import { createPartnershipWithSetup } from '../../../db/queries/partnership-create.js';
import { getUnitsByIds } from '../../../db/queries/units.js';
import { getTemplate, templateGoalDueDate } from '../../../domain/templates.js';
import { canonicalTimeZone, isValidLocalDate, isValidTimeZone } from '../../../domain/time/calendar.js';
import { type MessageKey, t as translate, translator } from '../../../i18n/index.js';
import { slackErrorText } from '../../../i18n/labels.js';
import type { Services } from '../../../services.js';
import { refuseForm } from '../../fallback.js';
import { checkChannelAccess } from '../../kit/channel-access.js';
import { sendDm } from '../../kit/dm.js';
import { localDate, optionalTrimmedText, requiredText, unitId } from '../../kit/fields.js';
import { parseVersionedSubmission, readPlainState, realBlockIds, realErrors } from '../../kit/form-state.js';
import type { SubmitArgs as ViewArgs } from '../../kit/submission.js';
import { parseJson } from '../../kit/view-state.js';
import { afterChange, charterProblemKey } from '../charter/flow.js';
import { publishHome } from '../home/flow.js';
import { partnershipsIds as ids } from './ids.js';
import {
  buildPartnershipCreatedModal,
  OTHER_ZONE,
  PARTNERSHIP_NAME_MAX,
  PURPOSE_MAX,
  RESPONSIBILITIES_MAX,
  ZONE_CHOICES,
} from './modal-view.js';

const partnershipMetadata = z.object({
  template: z.string().nullable(),
  channel: z.string().nullable(),
});

const zoneValues: readonly string[] = [...ZONE_CHOICES.map((choice) => choice.value), OTHER_ZONE];

const partnershipForm = z.object({
  [ids.nameBlock]: requiredText(PARTNERSHIP_NAME_MAX),
  [ids.purposeBlock]: requiredText(PURPOSE_MAX),
  [ids.unitsBlock]: z
    .array(unitId, { error: 'partnership.error.unitsMin' })
    .transform((list) => [...new Set(list)])
    .refine((list) => list.length >= 2, 'partnership.error.unitsMin'),
  [ids.leadUnitBlock]: unitId,
  [ids.myUnitBlock]: unitId.nullish().transform((v) => v ?? null),
  [ids.channelBlock]: z
    .string({ error: 'partnership.error.channel' })
    .regex(/^[CG][A-Z0-9]+$/, 'partnership.error.channel'),
  [ids.startDateBlock]: localDate,
  [ids.reviewDateBlock]: localDate.nullish().transform((v) => v ?? null),
  [ids.timeZoneBlock]: z
    .string({ error: 'validation.chooseOption' })
    .refine((v) => zoneValues.includes(v), 'validation.chooseOption'),
  [ids.otherTimeZoneBlock]: z
    .string()
    .trim()
    .refine(isValidTimeZone, 'partnership.error.timeZone')
    .nullish()
    .transform((v) => (v ? canonicalTimeZone(v) : null)),
  [ids.myResponsibilitiesBlock]: optionalTrimmedText(RESPONSIBILITIES_MAX),
  [ids.suggestedGoalsBlock]: z
    .array(z.string())
    .nullish()
    .transform((v) => v ?? []),
  [ids.suggestedRolesBlock]: z
    .array(z.string())
    .nullish()
    .transform((v) => v ?? []),
});

/**
 * Rules between fields, checked on the raw form so they are reported together with any field
 * that is wrong on its own (a zod object refinement would wait until every field parses).
 */
function crossFieldErrors(form: Record<string, unknown>): Record<string, MessageKey> {
  const errors: Record<string, MessageKey> = {};
  const units = Array.isArray(form[ids.unitsBlock]) ? (form[ids.unitsBlock] as unknown[]).map(String) : [];
  const lead = form[ids.leadUnitBlock];
  if (units.length >= 2 && typeof lead === 'string' && !units.includes(lead)) {
    errors[ids.leadUnitBlock] = 'partnership.error.leadNotParticipating';
  }
  const mine = form[ids.myUnitBlock];
  if (units.length >= 2 && typeof mine === 'string' && !units.includes(mine)) {
    errors[ids.myUnitBlock] = 'partnership.error.myUnitNotParticipating';
  }
  const start = form[ids.startDateBlock];
  const review = form[ids.reviewDateBlock];
  if (typeof start === 'string' && typeof review === 'string' && isValidLocalDate(start) && review <= start) {
    errors[ids.reviewDateBlock] = 'validation.dateOrder';
  }
  if (form[ids.timeZoneBlock] === OTHER_ZONE && !form[ids.otherTimeZoneBlock]) {
    errors[ids.otherTimeZoneBlock] = 'partnership.error.otherTimeZoneMissing';
  }
  return errors;
}

/**
 * Creates the partnership: validates every field (units of this team, lead among them, dates in
 * order, a real zone), stores it with the creator as coordinator, shows "created" in the modal at
 * once, then posts the charter and says in the modal (and by DM when it could not) how that went.
 */
function partnershipSubmission(services: Services) {
  return async ({ ack, body, view, client }: ViewArgs): Promise<void> => {
    const teamId = body.team?.id ?? view.team_id;
    const actor = body.user.id;
    const locale = await services.locales.forUserQuickly(client, actor);
    const t = translator(locale);
    const metadata = partnershipMetadata.safeParse(parseJson(view.private_metadata));
    if (!metadata.success) {
      await ack(refuseForm(services.logger, locale, { kind: body.type, id: view.callback_id, user: actor }));
      return;
    }
    const realIds = realBlockIds(view.state.values);
    const parsed = parseVersionedSubmission(partnershipForm, view.state.values, locale);
    const cross = crossFieldErrors(readPlainState(view.state.values));
    if (!parsed.ok || Object.keys(cross).length > 0) {
      const errors = Object.fromEntries(Object.entries(cross).map(([name, key]) => [name, t(key)]));
      await ack({
        response_action: 'errors',
        errors: { ...realErrors(errors, realIds), ...(parsed.ok ? {} : parsed.errors) },
      });
      return;
    }
    const form = parsed.data;
    const units = getUnitsByIds(services.db, { teamId, ids: form[ids.unitsBlock] });
    if (units.length !== form[ids.unitsBlock].length) {
      await ack({
        response_action: 'errors',
        errors: realErrors({ [ids.unitsBlock]: t('partnership.error.unknownUnit') }, realIds),
      });
      return;
    }
    // The picker offers only channels the person can see; a forged id must not get a charter posted.
    const channelAccess = await checkChannelAccess(client, {
      channelId: form[ids.channelBlock],
      userId: actor,
    });
    if (!channelAccess.ok) {
      await ack({
        response_action: 'errors',
        errors: realErrors({ [ids.channelBlock]: t(channelAccess.key) }, realIds),
      });
      return;
    }
    const template = getTemplate(metadata.data.template);
    const chosenGoals = template
      ? template.goals.filter((_, index) => form[ids.suggestedGoalsBlock].includes(String(index)))
      : [];
    const leadUnitId = form[ids.leadUnitBlock];
    const ownerFor = (slot: 0 | 1) => {
      // The template's unit order follows the lead unit first, then the next chosen unit.
      const ordered = [leadUnitId, ...form[ids.unitsBlock].filter((id) => id !== leadUnitId)];
      return ordered[slot] ?? null;
    };
    const managerRoles = form[ids.suggestedRolesBlock].includes('heads')
      ? units.flatMap((u) =>
          u.headUserId
            ? [
                {
                  userId: u.headUserId,
                  unitId: u.id,
                  role: 'manager' as const,
                  responsibilities: template ? translate(locale, template.responsibilities.manager) : null,
                },
              ]
            : [],
        )
      : [];
    const partnership = createPartnershipWithSetup(services.db, {
      teamId,
      actorUserId: actor,
      now: services.clock(),
      name: form[ids.nameBlock],
      purpose: form[ids.purposeBlock],
      template: template?.id ?? null,
      unitIds: form[ids.unitsBlock],
      leadUnitId,
      channelId: form[ids.channelBlock],
      startDate: form[ids.startDateBlock],
      reviewDate: form[ids.reviewDateBlock],
      timeZone: form[ids.otherTimeZoneBlock] ?? form[ids.timeZoneBlock],
      coordinatorUnitId: form[ids.myUnitBlock] ?? leadUnitId,
      coordinatorResponsibilities: form[ids.myResponsibilitiesBlock],
      roles: managerRoles,
      goals: chosenGoals.map((goal) => ({
        title: translate(locale, goal.title),
        indicator: translate(locale, goal.indicator),
        baseline: goal.baseline,
        target: goal.target,
        measureUnit: translate(locale, goal.measureUnit),
        dueDate: templateGoalDueDate(goal, form[ids.startDateBlock]),
        ownerUnitId: ownerFor(goal.owner),
      })),
    });
    const created = { code: partnership.code, name: partnership.name, channel: partnership.channelId };
    await ack({
      response_action: 'update',
      view: buildPartnershipCreatedModal(t, { ...created, charter: 'posting' }),
    });

    const outcome = await afterChange(services, client, {
      teamId,
      partnershipId: partnership.id,
      notice: { actorId: actor, key: 'charter.notice.created' },
      homeUserIds: [],
    });
    const problem = outcome.ok
      ? undefined
      : t(charterProblemKey(outcome), {
          code: partnership.code,
          channel: partnership.channelId,
          error: slackErrorText(t, outcome.error),
        });
    try {
      await client.views.update({
        view_id: view.id,
        view: buildPartnershipCreatedModal(t, { ...created, charter: problem ? { problem } : 'posted' }),
      });
    } catch (error) {
      // The person may have closed the modal already; the DM below still reaches them.
      services.logger.debug({ err: error }, 'could not update the created modal');
    }
    if (problem && !(await sendDm(client, actor, problem))) {
      services.logger.warn({ userId: actor }, 'could not tell the creator about the charter by DM');
    }
    await publishHome(services, client, { teamId, userId: actor });
  };
}

export function registerPartnershipsViews(app: App, services: Services): void {
  app.view(ids.newPartnershipCallback, partnershipSubmission(services));
}
