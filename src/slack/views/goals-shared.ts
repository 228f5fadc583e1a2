import type {
  ContextBlock,
  KnownBlock,
  ModalView,
  PlainTextElement,
  PlainTextOption,
  SectionBlock,
} from '@slack/types';
import { z } from 'zod';
import type { GoalStatus, Partnership, Role, Unit } from '../../db/schema/index.js';
import type { MessageKey, Translate } from '../../i18n/index.js';
import { truncate } from './message.js';

/** Slack allows 100 options in a static select; option text and descriptions are at most 75 characters. */
export const MAX_OPTIONS = 100;
export const MAX_OPTION_TEXT = 75;
/** Slack allows 100 blocks in a view. */
export const MAX_VIEW_BLOCKS = 100;

export const GOAL_STATUS_LABELS: Record<GoalStatus, MessageKey> = {
  on_track: 'goal.status.on_track',
  at_risk: 'goal.status.at_risk',
  off_track: 'goal.status.off_track',
  done: 'goal.status.done',
};

export const ROLE_LABELS: Record<Role, MessageKey> = {
  coordinator: 'role.label.coordinator',
  liaison: 'role.label.liaison',
  member: 'role.label.member',
  manager: 'role.label.manager',
};

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
}

const id = z.number().int().positive().nullable().catch(null);
const metadataSchema = z.object({ partnershipId: id, goalId: id, assignmentId: id });
const EMPTY: ModalMetadata = { partnershipId: null, goalId: null, assignmentId: null };

export function encodeMetadata(metadata: Partial<ModalMetadata>): string {
  return JSON.stringify({ ...EMPTY, ...metadata });
}

/** Reads private_metadata back; anything malformed counts as "nothing chosen". */
export function parseMetadata(text: string | undefined): ModalMetadata {
  try {
    const parsed = metadataSchema.safeParse(JSON.parse(text ?? ''));
    return parsed.success ? parsed.data : EMPTY;
  } catch {
    return EMPTY;
  }
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

/** Text people typed, made safe for mrkdwn: Slack reads `<`, `>` and `&` as markup. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
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
