import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { z } from 'zod';
import type { Unit } from '../../db/schema/index.js';
import { type Locale, type Translate, translator } from '../../i18n/index.js';
import type { Services } from '../../services.js';
import { refuseForm } from '../fallback.js';
import { accessPartnership } from './access.js';
import { baseBlockId } from './block-ids.js';
import { id } from './fields.js';
import { parseMetadata } from './modal.js';
import { PARTNERSHIP_SELECT_BLOCK } from './partnership-select.js';
import { buildSavedModal } from './saved-modal.js';
import { type FieldErrors, fieldErrors, readViewState } from './view-state.js';

export type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

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
export async function openSubmission(
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
export function answerRefused(opened: { outdated: ReturnType<typeof refuseForm> } | { errors: FieldErrors }) {
  return 'outdated' in opened
    ? opened.outdated
    : { response_action: 'errors' as const, errors: opened.errors };
}

export function unitIn(units: readonly Unit[], unitId: number | null): boolean {
  return unitId === null || units.some((u) => u.id === unitId);
}

export function unitName(units: readonly Unit[], unitId: number): string {
  const unit = units.find((u) => u.id === unitId);
  return unit ? unit.name : `#${unitId}`;
}

/** SQLite's unique index is the last word on duplicates; drizzle may wrap the driver's error. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if ((e as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE') return true;
  }
  return false;
}

/** The "saved" view for a partnership, with or without the charter's link. */
export function savedViewFor(
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
