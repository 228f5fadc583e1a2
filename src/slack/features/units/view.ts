import type { KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { z } from 'zod';
import type { Unit } from '../../../db/schema/index.js';
import type { Translate } from '../../../i18n/index.js';
import { versionedBlockId } from '../../kit/block-ids.js';
import { linesToSections, section, userText } from '../../kit/blocks.js';
import { hintText, truncate } from '../../kit/message.js';

import { unitsIds } from './ids.js';

export const UNIT_CODE_MAX = 12;
export const UNIT_NAME_MAX = 100;
/** Slack allows 100 options; one is "new unit". */
const MAX_UNIT_OPTIONS = 99;
const MAX_LISTED_UNITS = 60;

export interface UnitModalInput {
  units: readonly Unit[];
  /** The unit being edited; undefined for a new one. */
  editing: Unit | undefined;
  /** Changes whenever the fields must show fresh initial values. */
  version: string;
  /** A confirmation shown at the top after a save. */
  banner?: string;
}

/**
 * The admins' unit modal: choose a unit to edit or add a new one (code, name, head), and the
 * list of units registered so far.
 */
export function buildUnitModal(t: Translate, input: UnitModalInput): ModalView {
  const { units, editing, version } = input;
  const newOption: PlainTextOption = { text: { type: 'plain_text', text: t('unit.pick.new') }, value: 'new' };
  const unitOptions = units.slice(0, MAX_UNIT_OPTIONS).map(
    (u): PlainTextOption => ({
      text: { type: 'plain_text', text: truncate(`${u.code} · ${u.name}`, 75) },
      value: String(u.id),
    }),
  );
  const selected = editing ? unitOptions.find((o) => o.value === String(editing.id)) : newOption;
  const blocks: KnownBlock[] = [];
  if (input.banner) blocks.push(section(input.banner));
  blocks.push(
    {
      type: 'section',
      block_id: unitsIds.unitPickBlock,
      text: { type: 'mrkdwn', text: `*${t('unit.pick.label')}*\n${t('unit.pick.hint')}` },
      accessory: {
        type: 'static_select',
        action_id: unitsIds.unitPickSelect,
        options: [newOption, ...unitOptions],
        ...(selected ? { initial_option: selected } : {}),
      },
    },
    {
      type: 'input',
      block_id: versionedBlockId(unitsIds.unitCodeBlock, version),
      label: { type: 'plain_text', text: t('unit.code.label') },
      hint: hintText(t('unit.code.hint')),
      element: {
        type: 'plain_text_input',
        action_id: 'value',
        max_length: UNIT_CODE_MAX,
        ...(editing ? { initial_value: editing.code } : {}),
      },
    },
    {
      type: 'input',
      block_id: versionedBlockId(unitsIds.unitNameBlock, version),
      label: { type: 'plain_text', text: t('unit.name.label') },
      element: {
        type: 'plain_text_input',
        action_id: 'value',
        max_length: UNIT_NAME_MAX,
        placeholder: { type: 'plain_text', text: t('unit.name.placeholder') },
        ...(editing ? { initial_value: editing.name } : {}),
      },
    },
    {
      type: 'input',
      block_id: versionedBlockId(unitsIds.unitHeadBlock, version),
      optional: true,
      label: { type: 'plain_text', text: t('unit.head.label') },
      hint: hintText(t('unit.head.hint')),
      element: {
        type: 'users_select',
        action_id: 'value',
        ...(editing?.headUserId ? { initial_user: editing.headUserId } : {}),
      },
    },
    { type: 'divider' },
  );
  blocks.push(...unitListBlocks(t, units, MAX_LISTED_UNITS));
  return {
    type: 'modal',
    callback_id: unitsIds.unitCallback,
    private_metadata: JSON.stringify({ unitId: editing?.id ?? null }),
    title: { type: 'plain_text', text: truncate(t('unit.modal.title'), 24) },
    submit: { type: 'plain_text', text: truncate(t('unit.modal.submit'), 24) },
    close: { type: 'plain_text', text: truncate(t('unit.modal.close'), 24) },
    blocks,
  };
}

/** The registered units, one line each; beyond `max` a line says how many more there are. */
export function unitListBlocks(t: Translate, units: readonly Unit[], max: number): KnownBlock[] {
  if (units.length === 0) return [section(`${t('unit.list.title', { count: 0 })}\n${t('unit.list.empty')}`)];
  const lines = units.slice(0, max).map((u) =>
    t('unit.list.line', {
      code: userText(u.code, UNIT_CODE_MAX),
      name: userText(u.name, UNIT_NAME_MAX),
      head: u.headUserId ? `<@${u.headUserId}>` : t('unit.list.noHead'),
    }),
  );
  if (units.length > max) lines.push(t('unit.list.more', { count: units.length - max }));
  return linesToSections(t('unit.list.title', { count: units.length }), lines);
}

/** What the unit modal carries: the unit being edited, or null for a new one. */
export const unitMetadata = z.object({ unitId: z.number().int().positive().nullable() });
