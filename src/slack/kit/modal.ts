import type {
  ContextBlock,
  InputBlock,
  KnownBlock,
  ModalView,
  PlainTextElement,
  PlainTextOption,
  SectionBlock,
} from '@slack/types';
import { z } from 'zod';
import type { Partnership, Unit } from '../../db/schema/index.js';
import type { Locale, MessageKey, Translate } from '../../i18n/index.js';
import { escapeMrkdwn, hintText, truncate } from './message.js';
import { partnershipSelectBlock } from './partnership-select.js';
import { parseJson } from './view-state.js';

/** Slack allows 100 options in a static select; option text and descriptions are at most 75 characters. */
export const MAX_OPTIONS = 100;
export const MAX_OPTION_TEXT = 75;
/** Slack allows 100 blocks in a view. */
export const MAX_VIEW_BLOCKS = 100;

export type PartnershipRef = Pick<Partnership, 'id' | 'code' | 'name'>;
export type UnitRef = Pick<Unit, 'id' | 'code' | 'name'>;

/**
 * Which partnership, goal or assignment a modal is about. Only *which*: every submission looks
 * them up again within the user's team and checks on the server who may change them.
 */
export interface ModalMetadata {
  partnershipId: number | null;
  goalId: number | null;
  assignmentId: number | null;
  /** The quarter a progress modal records (`2026-3`); absent elsewhere. */
  period?: string;
}

// A key left out reads as null (nothing chosen); a key of the wrong type fails the whole metadata.
const id = z
  .number()
  .int()
  .positive()
  .nullish()
  .transform((v) => v ?? null);
const metadataSchema = z.object({
  partnershipId: id,
  goalId: id,
  assignmentId: id,
  period: z
    .string()
    .regex(/^\d{4}-[1-4]$/)
    .optional(),
});
const EMPTY: ModalMetadata = { partnershipId: null, goalId: null, assignmentId: null };

export function encodeMetadata(metadata: Partial<ModalMetadata>): string {
  return JSON.stringify({ ...EMPTY, ...metadata });
}

/**
 * Reads private_metadata back; anything malformed is `undefined`, never "nothing chosen": a
 * broken metadata read as empty would turn an edit into a new goal.
 */
export function parseMetadata(text: string | undefined): ModalMetadata | undefined {
  const parsed = metadataSchema.safeParse(parseJson(text));
  return parsed.success ? parsed.data : undefined;
}

export function plain(text: string, max = 3000): PlainTextElement {
  return { type: 'plain_text', text: truncate(text, max) };
}

export function option(text: string, value: string, description?: string): PlainTextOption {
  return {
    text: plain(text, MAX_OPTION_TEXT),
    value,
    ...(description ? { description: plain(description, MAX_OPTION_TEXT) } : {}),
  };
}

export function unitOption(unit: UnitRef): PlainTextOption {
  return option(`${unit.code} · ${unit.name}`, String(unit.id));
}

/** The modal frame every goal, progress and role modal shares; titles are cut to Slack's 24. */
export function modal(params: {
  t: Translate;
  title: MessageKey;
  callbackId: string;
  metadata: Partial<ModalMetadata>;
  blocks: KnownBlock[];
}): ModalView {
  const hasInput = params.blocks.some((b) => b.type === 'input');
  return {
    type: 'modal',
    callback_id: params.callbackId,
    title: plain(params.t(params.title), 24),
    close: plain(params.t('goal.modal.cancel'), 24),
    ...(hasInput ? { submit: plain(params.t('goal.modal.save'), 24) } : {}),
    private_metadata: encodeMetadata(params.metadata),
    blocks: params.blocks.slice(0, MAX_VIEW_BLOCKS),
  };
}

export function partnershipContext(t: Translate, partnership: PartnershipRef): ContextBlock {
  return noteBlock(
    t('goal.modal.partnership', { code: partnership.code, name: escapeMrkdwn(partnership.name) }),
  );
}

export function noteBlock(text: string): ContextBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(text, 3000) }] };
}

/** A problem shown at the top of a modal (e.g. a choice that is no longer valid). */
export function problemBlock(text: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(`:warning: ${text}`, 3000) } };
}

/**
 * How every goal, progress and role modal begins: a problem line if any, then the partnership —
 * as a select when the command named no CODE (choosing redraws the modal through
 * `selectActionId`; the current one is pre-selected), else as a line naming it. Without a
 * partnership yet, `ready` is false and the modal is only that head and a hint to choose one.
 */
export function modalHead<P extends PartnershipRef>(
  data: {
    t: Translate;
    partnership: P | null;
    partnershipChoices?: readonly PartnershipRef[] | undefined;
    problem?: string | undefined;
  },
  frame: { title: MessageKey; callbackId: string; selectActionId: string },
): { ready: true; blocks: KnownBlock[]; partnership: P } | { ready: false; view: ModalView } {
  const { t, partnership } = data;
  const blocks: KnownBlock[] = [];
  if (data.problem) blocks.push(problemBlock(data.problem));
  if (data.partnershipChoices) {
    const select = partnershipSelectBlock(t, data.partnershipChoices, {
      dispatchAction: true,
      actionId: frame.selectActionId,
    });
    if (partnership && select.element.type === 'static_select') {
      const chosen = select.element.options?.find((o) => o.value === String(partnership.id));
      if (chosen) select.element.initial_option = chosen;
    }
    blocks.push(select);
  } else if (partnership) {
    blocks.push(partnershipContext(t, partnership));
  }
  if (partnership) return { ready: true, blocks, partnership };
  blocks.push(noteBlock(t('goal.modal.choosePartnershipFirst')));
  return {
    ready: false,
    view: modal({ t, title: frame.title, callbackId: frame.callbackId, metadata: {}, blocks }),
  };
}

/**
 * Loads what the goal, progress and role modals show, from the database and for this user only,
 * so the command, every in-modal action and the `goal_progress_open` button build the same view.
 */
export interface ModalRequest {
  teamId: string;
  userId: string;
  locale: Locale;
  partnershipId: number | null;
  /** The modal keeps its partnership select (it was opened without a code). */
  withSelect: boolean;
}

export function textInput(params: {
  blockId: string;
  label: string;
  placeholder?: string;
  initial?: string | undefined;
  maxLength: number;
  multiline?: boolean;
  optional?: boolean;
  hint?: string;
}): InputBlock {
  const actionId = params.blockId.split('.')[0] ?? params.blockId;
  return {
    type: 'input',
    block_id: params.blockId,
    optional: params.optional ?? false,
    label: plain(params.label, 2000),
    ...(params.hint ? { hint: hintText(params.hint) } : {}),
    element: {
      type: 'plain_text_input',
      action_id: actionId,
      max_length: params.maxLength,
      multiline: params.multiline ?? false,
      ...(params.placeholder ? { placeholder: plain(params.placeholder, 150) } : {}),
      ...(params.initial ? { initial_value: params.initial.slice(0, params.maxLength) } : {}),
    },
  };
}
