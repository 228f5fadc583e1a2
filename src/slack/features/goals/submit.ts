import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { writeAudit } from '../../../db/queries/audit.js';
import {
  getGoal,
  insertGoal,
  listUnitsOfPartnership,
  recordProgress,
  updateGoal,
} from '../../../db/queries/goals.js';
import {
  deleteRoleAssignment,
  findDuplicateRoleAssignment,
  getRoleAssignment,
  insertRoleAssignment,
  listRoleAssignments,
  updateRoleAssignment,
} from '../../../db/queries/roles.js';
import { GOAL_STATUSES, ROLES, type Unit } from '../../../db/schema/index.js';
import { parseDecimal } from '../../../domain/goals.js';
import { canRecordProgress } from '../../../domain/permissions.js';
import { losesLastCoordinator, type RoleChange } from '../../../domain/roles.js';
import { isValidLocalDate, localDateOf } from '../../../domain/time/calendar.js';
import { type Locale, type Translate, t as translate, translator } from '../../../i18n/index.js';
import { goalStatusKey, roleKey } from '../../../i18n/labels.js';
import type { Services } from '../../../services.js';
import { refuseForm } from '../../fallback.js';
import { accessPartnership } from '../../kit/access.js';
import { baseBlockId } from '../../kit/block-ids.js';
import { escapeMrkdwn } from '../../kit/message.js';
import { parseMetadata } from '../../kit/modal.js';
import { PARTNERSHIP_SELECT_BLOCK } from '../../kit/partnership-select.js';
import { buildSavedModal } from '../../kit/saved-modal.js';
import { type FieldErrors, fieldErrors, readViewState } from '../../kit/view-state.js';
import { formatGoalValueMrkdwn, PROGRESS_LIMITS } from '../progress/view.js';
import { REMOVE_ASSIGNMENT, ROLE_LIMITS } from '../roles/view.js';
import { afterChange, linkSavedViewToCharter, notice } from './flow.js';
import { goalsIds } from './ids.js';
import { GOAL_LIMITS, NEW_GOAL } from './view.js';

type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

// ── field schemas: messages are catalog keys, shown in the user's language ──────────────────

const requiredText = (max: number) =>
  z.string().refine((s) => s.length <= max, { message: 'validation.tooLong', params: { max } });
const optionalText = (max: number) =>
  requiredText(max)
    .nullish()
    .transform((v) => v ?? null);
const decimal = (locale: Locale) =>
  z
    .string()
    .refine((s) => parseDecimal(s, locale) !== null, { message: 'validation.number' })
    .transform((s) => parseDecimal(s, locale) ?? 0)
    .nullish()
    .transform((v) => v ?? null);
const optionalDate = z
  .string()
  .refine(isValidLocalDate, { message: 'validation.date' })
  .nullish()
  .transform((v) => v ?? null);
/** An empty select is a missing answer ("required"); a value not offered is a wrong one. */
const choiceError = (issue: { input?: unknown }) =>
  issue.input === null || issue.input === undefined ? 'validation.required' : 'validation.chooseOption';
const id = z
  .string({ error: choiceError })
  .regex(/^\d{1,12}$/, { message: 'validation.chooseOption' })
  .transform(Number);
const slackUser = z
  .string({ error: (issue) => (issue.input == null ? 'validation.required' : 'goal.error.person') })
  .regex(/^[UW][A-Z0-9]{2,20}$/, { message: 'goal.error.person' });

const goalSchema = (locale: Locale) =>
  z.object({
    [goalsIds.goalTitle]: requiredText(GOAL_LIMITS.title),
    [goalsIds.goalIndicator]: requiredText(GOAL_LIMITS.indicator),
    [goalsIds.goalBaseline]: decimal(locale),
    [goalsIds.goalTarget]: decimal(locale),
    [goalsIds.goalMeasureUnit]: optionalText(GOAL_LIMITS.measureUnit),
    [goalsIds.goalDueDate]: optionalDate,
    [goalsIds.goalOwnerUnit]: id.nullish().transform((v) => v ?? null),
    [goalsIds.goalPersonInCharge]: slackUser.nullish().transform((v) => v ?? null),
  });

const progressSchema = (locale: Locale) =>
  z.object({
    [goalsIds.progressGoalBlock]: id,
    [goalsIds.progressValue]: decimal(locale),
    [goalsIds.progressStatus]: z.enum(GOAL_STATUSES, { error: choiceError }),
    [goalsIds.progressNote]: optionalText(PROGRESS_LIMITS.note),
  });

const roleSchema = z.object({
  [goalsIds.rolePerson]: slackUser,
  [goalsIds.roleUnit]: id,
  [goalsIds.roleRole]: z.enum(ROLES, { error: choiceError }),
  [goalsIds.roleResponsibilities]: optionalText(ROLE_LIMITS.responsibilities),
});

// ── reading a submitted modal ───────────────────────────────────────────────────────────────

/**
 * The submitted values keyed by field (revisions stripped from block_ids), and a way back from a
 * field to the block_id Slack must see in `errors`.
 */
class SubmittedForm {
  readonly values: Record<string, unknown> = {};
  private readonly blockIds: Record<string, string> = {};

  constructor(
    state: SubmitArgs['view']['state']['values'],
    readonly locale: Locale,
  ) {
    for (const [blockId, value] of Object.entries(readViewState(state))) {
      const field = baseBlockId(blockId);
      this.values[field] = value;
      this.blockIds[field] = blockId;
    }
  }

  has(field: string): boolean {
    return field in this.blockIds;
  }

  /** One error on the first of these fields that the modal has. */
  error(fields: readonly string[], text: string): FieldErrors {
    const field = fields.find((f) => this.has(f)) ?? Object.keys(this.blockIds)[0] ?? fields[0] ?? '';
    return { [this.blockIds[field] ?? field]: text };
  }

  parse<T extends z.ZodType>(schema: T): { ok: true; data: z.infer<T> } | { ok: false; errors: FieldErrors } {
    const parsed = schema.safeParse(this.values);
    if (parsed.success) return { ok: true, data: parsed.data };
    const errors: FieldErrors = {};
    for (const [field, text] of Object.entries(fieldErrors(parsed.error, this.locale))) {
      errors[this.blockIds[field] ?? field] = text;
    }
    return { ok: false, errors };
  }

  /** The partnership chosen in the modal's select, else the one the modal was opened for. */
  partnershipId(metadataId: number | null): number | null {
    const chosen = id.safeParse(this.values[PARTNERSHIP_SELECT_BLOCK]);
    return chosen.success ? chosen.data : metadataId;
  }
}

/**
 * Who is submitting, and for which partnership — checked again here against the database, never
 * taken from private_metadata: a crafted or stale modal only says *which* partnership.
 */
async function openSubmission(
  services: Services,
  args: SubmitArgs,
  need: 'view' | 'manage',
  firstFields: string[],
) {
  const { body, view, client } = args;
  const userId = body.user.id;
  const teamId = body.team?.id ?? view.team_id;
  const locale = await services.locales.forUserQuickly(client, userId);
  const t = translator(locale);
  const form = new SubmittedForm(view.state.values, locale);
  const metadata = parseMetadata(view.private_metadata);
  if (!metadata) {
    const outdated = refuseForm(services.logger, locale, {
      kind: body.type,
      id: view.callback_id,
      user: userId,
    });
    return { ok: false as const, outdated };
  }
  const partnershipId = form.partnershipId(metadata.partnershipId);
  const fields = [PARTNERSHIP_SELECT_BLOCK, ...firstFields];
  if (partnershipId === null) {
    return { ok: false as const, errors: form.error(fields, t('validation.required')) };
  }
  const access = accessPartnership(services, { teamId, userId, need, id: partnershipId });
  if (!access.ok)
    return { ok: false as const, errors: form.error(fields, t(access.problem.key, access.problem.params)) };
  return {
    ok: true as const,
    teamId,
    userId,
    t,
    form,
    metadata,
    partnership: access.partnership,
    actor: access.actor,
  };
}

/** The ack for a submission that could not be opened: the outdated notice, or field errors. */
function answerRefused(opened: { outdated: ReturnType<typeof refuseForm> } | { errors: FieldErrors }) {
  return 'outdated' in opened
    ? opened.outdated
    : { response_action: 'errors' as const, errors: opened.errors };
}

function unitIn(units: readonly Unit[], unitId: number | null): boolean {
  return unitId === null || units.some((u) => u.id === unitId);
}

function unitName(units: readonly Unit[], unitId: number): string {
  const unit = units.find((u) => u.id === unitId);
  return unit ? unit.name : `#${unitId}`;
}

/** SQLite's unique index is the last word on duplicates; drizzle may wrap the driver's error. */
function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if ((e as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE') return true;
  }
  return false;
}

/** The "saved" view for a partnership, with or without the charter's link. */
function savedViewFor(
  t: Translate,
  partnership: { code: string; channelId: string },
  saved: { text: string },
) {
  return (permalink?: string) =>
    buildSavedModal(t, {
      text: saved.text,
      code: partnership.code,
      channel: partnership.channelId,
      permalink,
    });
}

// ── the three modals ────────────────────────────────────────────────────────────────────────

export function registerGoalsViews(app: App, services: Services): void {
  app.view<ViewSubmitAction>(goalsIds.goalModal, async (args) => {
    const opened = await openSubmission(services, args, 'manage', [goalsIds.goalTitle]);
    if (!opened.ok) return args.ack(answerRefused(opened));
    const { teamId, userId, t, form, metadata, partnership } = opened;
    const scope = { teamId, partnershipId: partnership.id };

    // The "new goal / edit" select says which goal; without it (no goals yet) the form is for a new one.
    const choice = form.values[goalsIds.goalChoiceBlock];
    const goalId =
      choice === NEW_GOAL
        ? null
        : choice === undefined || choice === null
          ? metadata.goalId
          : id.safeParse(choice).data;
    const before =
      goalId === null || goalId === undefined ? undefined : getGoal(services.db, { ...scope, id: goalId });
    if (goalId !== null && !before) {
      const text = t('goal.error.notInPartnership', { code: partnership.code });
      return args.ack({
        response_action: 'errors',
        errors: form.error([goalsIds.goalChoiceBlock, goalsIds.goalTitle], text),
      });
    }
    const parsed = form.parse(goalSchema(form.locale));
    if (!parsed.ok) return args.ack({ response_action: 'errors', errors: parsed.errors });
    const data = parsed.data;
    const units = listUnitsOfPartnership(services.db, scope);
    if (!unitIn(units, data[goalsIds.goalOwnerUnit])) {
      const text = t('goal.error.unitNotInPartnership', { code: partnership.code });
      return args.ack({
        response_action: 'errors',
        errors: form.error([goalsIds.goalOwnerUnit], text),
      });
    }

    // A new due date must not have passed; a goal keeps the date it already had when edited.
    const dueDate = data[goalsIds.goalDueDate];
    if (
      dueDate &&
      dueDate !== before?.dueDate &&
      dueDate < localDateOf(services.clock(), partnership.timeZone)
    ) {
      return args.ack({
        response_action: 'errors',
        errors: form.error([goalsIds.goalDueDate], t('goal.error.dueInPast')),
      });
    }

    const fields = {
      title: data[goalsIds.goalTitle],
      indicator: data[goalsIds.goalIndicator],
      baseline: data[goalsIds.goalBaseline],
      target: data[goalsIds.goalTarget],
      measureUnit: data[goalsIds.goalMeasureUnit],
      dueDate: data[goalsIds.goalDueDate],
      ownerUnitId: data[goalsIds.goalOwnerUnit],
      personInChargeId: data[goalsIds.goalPersonInCharge],
    };
    const now = services.clock();
    const saved = services.db.transaction((tx) => {
      const goal = before
        ? updateGoal(tx, { ...scope, id: before.id, fields, now })
        : insertGoal(tx, { ...scope, createdBy: userId, fields, now });
      if (!goal) throw new Error(`goal ${before?.id} vanished while being updated`);
      writeAudit(tx, {
        teamId,
        actorUserId: userId,
        action: before ? 'goal.update' : 'goal.create',
        entityType: 'goal',
        entityId: goal.id,
        partnershipId: partnership.id,
        before: before ?? null,
        after: goal,
        at: now,
      });
      return goal;
    });
    const savedView = savedViewFor(t, partnership, {
      text: t(before ? 'saved.goal.updated' : 'saved.goal.added', { title: escapeMrkdwn(saved.title) }),
    });
    await args.ack({ response_action: 'update', view: savedView() });
    const outcome = await afterChange(services, args.client, {
      teamId,
      partnershipId: partnership.id,
      notice: notice(userId, before ? 'goal.notice.updated' : 'goal.notice.added', {
        title: escapeMrkdwn(saved.title),
      }),
      homeUserIds: [userId, saved.personInChargeId, before?.personInChargeId ?? null],
    });
    await linkSavedViewToCharter(services, args.client, {
      viewId: args.body.view.id,
      outcome,
      build: savedView,
    });
  });

  app.view<ViewSubmitAction>(goalsIds.progressModal, async (args) => {
    const opened = await openSubmission(services, args, 'view', [goalsIds.progressGoalBlock]);
    if (!opened.ok) return args.ack(answerRefused(opened));
    const { teamId, userId, t, form, partnership, actor } = opened;
    const parsed = form.parse(progressSchema(form.locale));
    if (!parsed.ok) return args.ack({ response_action: 'errors', errors: parsed.errors });
    const data = parsed.data;
    const goal = getGoal(services.db, {
      teamId,
      partnershipId: partnership.id,
      id: data[goalsIds.progressGoalBlock],
    });
    if (!goal || !canRecordProgress(actor, goal)) {
      const text = goal
        ? t('progress.notAllowed', { code: partnership.code })
        : t('goal.error.notInPartnership', { code: partnership.code });
      return args.ack({
        response_action: 'errors',
        errors: form.error([goalsIds.progressGoalBlock], text),
      });
    }
    // A count or a percentage cannot go below zero; only an indicator whose own figures do may.
    const value = data[goalsIds.progressValue];
    if (value !== null && value < 0 && !((goal.baseline ?? 0) < 0 || (goal.target ?? 0) < 0)) {
      return args.ack({
        response_action: 'errors',
        errors: form.error([goalsIds.progressValue], t('progress.error.negative')),
      });
    }

    const now = services.clock();
    const saved = services.db.transaction((tx) => {
      const result = recordProgress(tx, {
        teamId,
        goal,
        value: data[goalsIds.progressValue],
        status: data[goalsIds.progressStatus],
        note: data[goalsIds.progressNote],
        userId,
        now,
      });
      writeAudit(tx, {
        teamId,
        actorUserId: userId,
        action: 'goal.progress',
        entityType: 'goal',
        entityId: goal.id,
        partnershipId: partnership.id,
        before: { currentValue: goal.currentValue, status: goal.status },
        after: {
          currentValue: result.goal.currentValue,
          status: result.goal.status,
          progressUpdate: result.update,
        },
        at: now,
      });
      return result.goal;
    });
    const savedView = savedViewFor(t, partnership, {
      text: t('saved.progress', {
        title: escapeMrkdwn(saved.title),
        value: formatGoalValueMrkdwn(saved.currentValue, saved.measureUnit, form.locale, t),
        status: t(goalStatusKey(saved.status)),
      }),
    });
    await args.ack({ response_action: 'update', view: savedView() });
    // The notice is read in the shared channel, so it is worded in the deployment's language.
    const channelLocale = services.config.locale;
    const outcome = await afterChange(services, args.client, {
      teamId,
      partnershipId: partnership.id,
      notice: notice(userId, 'progress.notice.recorded', {
        title: escapeMrkdwn(saved.title),
        value: formatGoalValueMrkdwn(
          saved.currentValue,
          saved.measureUnit,
          channelLocale,
          translator(channelLocale),
        ),
        status: translate(channelLocale, goalStatusKey(saved.status)),
      }),
      homeUserIds: [userId, saved.personInChargeId],
    });
    await linkSavedViewToCharter(services, args.client, {
      viewId: args.body.view.id,
      outcome,
      build: savedView,
    });
  });

  app.view<ViewSubmitAction>(goalsIds.roleModal, async (args) => {
    const opened = await openSubmission(services, args, 'manage', [goalsIds.rolePerson]);
    if (!opened.ok) return args.ack(answerRefused(opened));
    const { teamId, userId, t, form, metadata, partnership } = opened;
    const scope = { teamId, partnershipId: partnership.id };
    const before =
      metadata.assignmentId === null
        ? undefined
        : getRoleAssignment(services.db, { ...scope, id: metadata.assignmentId });
    if (metadata.assignmentId !== null && !before) {
      const text = t('role.error.notInPartnership', { code: partnership.code });
      return args.ack({
        response_action: 'errors',
        errors: form.error([goalsIds.rolePerson], text),
      });
    }
    const holdings = listRoleAssignments(services.db, scope);
    const units = listUnitsOfPartnership(services.db, scope);
    const channelLocale = services.config.locale;
    const describe = (a: { role: (typeof ROLES)[number]; unitId: number; userId: string }) => ({
      person: `<@${a.userId}>`,
      role: translate(channelLocale, roleKey(a.role)),
      unit: escapeMrkdwn(unitName(units, a.unitId)),
    });
    // The same, for the person's own "saved" view, in their language.
    const describeFor = (
      tr: Translate,
      a: { role: (typeof ROLES)[number]; unitId: number; userId: string },
    ) => ({
      person: a.userId,
      role: tr(roleKey(a.role)),
      unit: escapeMrkdwn(unitName(units, a.unitId)),
    });
    const now = services.clock();

    const removal = form.values[goalsIds.roleRemove];
    if (before && Array.isArray(removal) && removal.includes(REMOVE_ASSIGNMENT)) {
      if (losesLastCoordinator(holdings, { kind: 'remove', id: before.id })) {
        const text = t('role.error.lastCoordinatorRemove');
        return args.ack({
          response_action: 'errors',
          errors: form.error([goalsIds.roleRemove], text),
        });
      }
      services.db.transaction((tx) => {
        deleteRoleAssignment(tx, { ...scope, id: before.id });
        writeAudit(tx, {
          teamId,
          actorUserId: userId,
          action: 'role.remove',
          entityType: 'role_assignment',
          entityId: before.id,
          partnershipId: partnership.id,
          before,
          after: null,
          at: now,
        });
      });
      const savedView = savedViewFor(t, partnership, {
        text: t('saved.role.removed', describeFor(t, before)),
      });
      await args.ack({ response_action: 'update', view: savedView() });
      const outcome = await afterChange(services, args.client, {
        teamId,
        partnershipId: partnership.id,
        notice: notice(userId, 'role.notice.removed', describe(before)),
        homeUserIds: [userId, before.userId],
      });
      await linkSavedViewToCharter(services, args.client, {
        viewId: args.body.view.id,
        outcome,
        build: savedView,
      });
      return;
    }

    const parsed = form.parse(roleSchema);
    if (!parsed.ok) return args.ack({ response_action: 'errors', errors: parsed.errors });
    const fields = {
      userId: parsed.data[goalsIds.rolePerson],
      unitId: parsed.data[goalsIds.roleUnit],
      role: parsed.data[goalsIds.roleRole],
      responsibilities: parsed.data[goalsIds.roleResponsibilities],
    };
    if (!unitIn(units, fields.unitId)) {
      const text = t('goal.error.unitNotInPartnership', { code: partnership.code });
      return args.ack({
        response_action: 'errors',
        errors: form.error([goalsIds.roleUnit], text),
      });
    }
    const duplicateText = t('role.error.duplicate', {
      role: t(roleKey(fields.role)),
      unit: unitName(units, fields.unitId),
    });
    if (
      findDuplicateRoleAssignment(services.db, {
        ...scope,
        ...fields,
        ...(before ? { exceptId: before.id } : {}),
      })
    ) {
      return args.ack({
        response_action: 'errors',
        errors: form.error([goalsIds.roleRole], duplicateText),
      });
    }
    const change: RoleChange = before
      ? { kind: 'update', id: before.id, userId: fields.userId, role: fields.role }
      : { kind: 'add', userId: fields.userId, role: fields.role };
    if (losesLastCoordinator(holdings, change)) {
      const text = t('role.error.lastCoordinatorChange');
      return args.ack({
        response_action: 'errors',
        errors: form.error([goalsIds.roleRole], text),
      });
    }

    let saved: ReturnType<typeof insertRoleAssignment>;
    try {
      saved = services.db.transaction((tx) => {
        const assignment = before
          ? updateRoleAssignment(tx, { ...scope, id: before.id, assignedBy: userId, fields, now })
          : insertRoleAssignment(tx, { ...scope, assignedBy: userId, fields, now });
        if (!assignment) throw new Error(`role assignment ${before?.id} vanished while being updated`);
        writeAudit(tx, {
          teamId,
          actorUserId: userId,
          action: before ? 'role.update' : 'role.assign',
          entityType: 'role_assignment',
          entityId: assignment.id,
          partnershipId: partnership.id,
          before: before ?? null,
          after: assignment,
          at: now,
        });
        return assignment;
      });
    } catch (error) {
      // Two coordinators submitting the same assignment at once: the second one gets the message.
      if (!isUniqueViolation(error)) throw error;
      return args.ack({
        response_action: 'errors',
        errors: form.error([goalsIds.roleRole], duplicateText),
      });
    }
    const savedView = savedViewFor(t, partnership, { text: t('saved.role.saved', describeFor(t, saved)) });
    await args.ack({ response_action: 'update', view: savedView() });
    const outcome = await afterChange(services, args.client, {
      teamId,
      partnershipId: partnership.id,
      notice: notice(userId, before ? 'role.notice.changed' : 'role.notice.assigned', describe(saved)),
      homeUserIds: [userId, saved.userId, before?.userId ?? null],
    });
    await linkSavedViewToCharter(services, args.client, {
      viewId: args.body.view.id,
      outcome,
      build: savedView,
    });
  });
}
