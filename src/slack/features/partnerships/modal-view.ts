import type { KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import type { Unit } from '../../../db/schema/index.js';
import { withMeasureUnit } from '../../../domain/goals.js';
import {
  matchTemplateUnits,
  type PartnershipTemplate,
  TEMPLATE_IDS,
  TEMPLATES,
} from '../../../domain/templates.js';
import { addDays } from '../../../domain/time/calendar.js';
import type { Locale, Translate } from '../../../i18n/index.js';
import { versionedBlockId } from '../../kit/block-ids.js';
import { formatNumber, section } from '../../kit/blocks.js';
import { escapeMrkdwn, hintText, truncate } from '../../kit/message.js';

import { partnershipsIds as ids } from './ids.js';

export const PARTNERSHIP_NAME_MAX = 150;
export const PURPOSE_MAX = 2000;
export const RESPONSIBILITIES_MAX = 1000;
/** A static select shows at most 100 options. */
export const MAX_UNIT_OPTIONS = 100;

/** The zones offered by name; any other IANA zone is typed in. */
export const ZONE_CHOICES = [
  { value: 'Asia/Jakarta', key: 'partnership.timeZone.wib' },
  { value: 'Asia/Makassar', key: 'partnership.timeZone.wita' },
  { value: 'Asia/Jayapura', key: 'partnership.timeZone.wit' },
] as const;
export const OTHER_ZONE = 'other';

/** What the modal remembers between its updates; parsed with zod when it comes back. */
export interface PartnershipModalMetadata {
  template: string | null;
  /** Where the command was typed, to offer that channel as the shared one. */
  channel: string | null;
}

export interface PartnershipModalInput {
  units: readonly Unit[];
  template: PartnershipTemplate | undefined;
  /** Changes whenever the fields must show fresh initial values (a template was chosen). */
  version: string;
  today: string;
  defaultTimeZone: string;
  /** The channel the command came from, offered first. */
  originChannel: string | null;
  /** The creator: when they head a unit, it is offered as theirs. */
  userId: string;
  /** A name the person typed before choosing a template: kept rather than replaced. */
  typedName?: string | null;
  /** A purpose the person typed before choosing a template: kept rather than replaced. */
  typedPurpose?: string | null;
  locale: Locale;
}

function option(text: string, value: string): PlainTextOption {
  return { text: { type: 'plain_text', text: truncate(text, 75) }, value };
}

const label = (text: string) => ({ type: 'plain_text' as const, text: truncate(text, 2000) });

/**
 * The create-partnership modal. Choosing a template rebuilds it with the template's purpose,
 * suggested goals and responsibilities, and the team's units that fit the template pre-selected.
 */
export function buildPartnershipModal(t: Translate, input: PartnershipModalInput): ModalView {
  const { template, version, units } = input;
  const v = (name: string) => versionedBlockId(name, version);
  const unitOptions = units
    .slice(0, MAX_UNIT_OPTIONS)
    .map((u) => option(`${u.code} · ${u.name}`, String(u.id)));
  const optionOf = (unit: Unit | undefined) =>
    unit ? unitOptions.find((o) => o.value === String(unit.id)) : undefined;
  const [first, second] = template ? matchTemplateUnits(template, units) : [undefined, undefined];
  const preselected = [optionOf(first), optionOf(second)].filter(
    (o): o is PlainTextOption => o !== undefined,
  );
  const headed = units.find((u) => u.headUserId === input.userId);
  // Only a unit the creator heads is presumed theirs; otherwise the field stays empty and the
  // lead unit is used, as the hint says — never a unit that merely fits the template.
  const myUnit = optionOf(headed);
  const templateNames = new Set(TEMPLATE_IDS.map((id) => t(TEMPLATES[id].name)));
  const typedName = input.typedName?.trim();
  const name =
    typedName && !templateNames.has(typedName) ? typedName : template ? t(template.name) : undefined;
  // A template's own purpose is replaced when another template is chosen; the person's is not.
  const templatePurposes = new Set(TEMPLATE_IDS.map((id) => t(TEMPLATES[id].purpose)));
  const typedPurpose = input.typedPurpose?.trim();
  const purpose =
    typedPurpose && !templatePurposes.has(typedPurpose)
      ? input.typedPurpose
      : template
        ? t(template.purpose)
        : undefined;

  const templateOptions = [
    option(t('partnership.template.none'), 'none'),
    ...TEMPLATE_IDS.map((id) => option(t(TEMPLATES[id].name), id)),
  ];
  const zoneOptions = [
    ...ZONE_CHOICES.map((z) => option(t(z.key), z.value)),
    option(t('partnership.timeZone.other'), OTHER_ZONE),
  ];
  const knownZone = zoneOptions.find((o) => o.value === input.defaultTimeZone);

  const blocks: KnownBlock[] = [
    { type: 'context', elements: [{ type: 'mrkdwn', text: t('partnership.new.intro') }] },
    {
      type: 'section',
      block_id: ids.templateBlock,
      text: {
        type: 'mrkdwn',
        text: `*${t('partnership.template.label')}*\n${t('partnership.template.hint')}`,
      },
      accessory: {
        type: 'static_select',
        action_id: ids.templateSelect,
        placeholder: { type: 'plain_text', text: t('partnership.template.placeholder') },
        options: templateOptions,
        initial_option:
          templateOptions.find((o) => o.value === (template?.id ?? 'none')) ?? templateOptions[0],
      },
    },
    {
      type: 'input',
      block_id: v(ids.nameBlock),
      label: label(t('partnership.name.label')),
      element: {
        type: 'plain_text_input',
        action_id: 'value',
        max_length: PARTNERSHIP_NAME_MAX,
        placeholder: { type: 'plain_text', text: t('partnership.name.placeholder') },
        ...(name ? { initial_value: name } : {}),
      },
    },
    {
      type: 'input',
      block_id: v(ids.purposeBlock),
      label: label(t('partnership.purpose.label')),
      element: {
        type: 'plain_text_input',
        action_id: 'value',
        multiline: true,
        max_length: PURPOSE_MAX,
        placeholder: { type: 'plain_text', text: t('partnership.purpose.placeholder') },
        ...(purpose ? { initial_value: purpose } : {}),
      },
    },
    {
      type: 'input',
      block_id: v(ids.unitsBlock),
      label: label(t('partnership.units.label')),
      hint: hintText(
        units.length > MAX_UNIT_OPTIONS
          ? `${t('partnership.units.hint')} ${t('partnership.new.tooManyUnits', { max: MAX_UNIT_OPTIONS })}`
          : t('partnership.units.hint'),
      ),
      element: {
        type: 'multi_static_select',
        action_id: 'value',
        placeholder: { type: 'plain_text', text: t('partnership.units.placeholder') },
        options: unitOptions,
        ...(preselected.length > 0 ? { initial_options: preselected } : {}),
      },
    },
    {
      type: 'input',
      block_id: v(ids.leadUnitBlock),
      label: label(t('partnership.leadUnit.label')),
      hint: hintText(t('partnership.leadUnit.hint')),
      element: {
        type: 'static_select',
        action_id: 'value',
        options: unitOptions,
        ...(preselected[0] ? { initial_option: preselected[0] } : {}),
      },
    },
    {
      type: 'input',
      block_id: v(ids.myUnitBlock),
      optional: true,
      label: label(t('partnership.myUnit.label')),
      hint: hintText(t('partnership.myUnit.hint')),
      element: {
        type: 'static_select',
        action_id: 'value',
        options: unitOptions,
        ...(myUnit ? { initial_option: myUnit } : {}),
      },
    },
    {
      type: 'input',
      block_id: ids.channelBlock,
      label: label(t('partnership.channel.label')),
      hint: hintText(t('partnership.channel.hint')),
      element: {
        type: 'conversations_select',
        action_id: 'value',
        default_to_current_conversation: true,
        ...(input.originChannel ? { initial_conversation: input.originChannel } : {}),
        filter: {
          include: ['public', 'private'],
          exclude_bot_users: true,
          exclude_external_shared_channels: false,
        },
      },
    },
    {
      type: 'input',
      block_id: ids.startDateBlock,
      label: label(t('partnership.startDate.label')),
      element: { type: 'datepicker', action_id: 'value', initial_date: input.today },
    },
    {
      type: 'input',
      block_id: ids.reviewDateBlock,
      optional: true,
      label: label(t('partnership.reviewDate.label')),
      hint: hintText(t('partnership.reviewDate.hint')),
      element: { type: 'datepicker', action_id: 'value', initial_date: addDays(input.today, 364) },
    },
    {
      type: 'input',
      block_id: ids.timeZoneBlock,
      label: label(t('partnership.timeZone.label')),
      element: {
        type: 'static_select',
        action_id: 'value',
        options: zoneOptions,
        initial_option: knownZone ?? zoneOptions[zoneOptions.length - 1],
      },
    },
    {
      type: 'input',
      block_id: ids.otherTimeZoneBlock,
      optional: true,
      label: label(t('partnership.otherTimeZone.label')),
      hint: hintText(t('partnership.otherTimeZone.hint')),
      element: {
        type: 'plain_text_input',
        action_id: 'value',
        max_length: 64,
        ...(knownZone ? {} : { initial_value: input.defaultTimeZone }),
      },
    },
    {
      type: 'input',
      block_id: v(ids.myResponsibilitiesBlock),
      optional: true,
      label: label(t('partnership.myResponsibilities.label')),
      element: {
        type: 'plain_text_input',
        action_id: 'value',
        multiline: true,
        max_length: RESPONSIBILITIES_MAX,
        ...(template ? { initial_value: t(template.responsibilities.coordinator) } : {}),
      },
    },
  ];

  if (template) {
    const goalOptions = template.goals.map((goal, index) =>
      option(
        t('partnership.suggestedGoal.option', {
          title: t(goal.title),
          baseline: withMeasureUnit(formatNumber(goal.baseline, input.locale), t(goal.measureUnit)),
          target: withMeasureUnit(formatNumber(goal.target, input.locale), t(goal.measureUnit)),
        }),
        String(index),
      ),
    );
    blocks.push({
      type: 'input',
      block_id: v(ids.suggestedGoalsBlock),
      optional: true,
      label: label(t('partnership.suggestedGoals.label')),
      hint: hintText(t('partnership.suggestedGoals.hint')),
      element: { type: 'checkboxes', action_id: 'value', options: goalOptions, initial_options: goalOptions },
    });
  }
  const headsOption = option(t('partnership.suggestedRoles.heads'), 'heads');
  blocks.push({
    type: 'input',
    block_id: v(ids.suggestedRolesBlock),
    optional: true,
    label: label(t('partnership.suggestedRoles.label')),
    hint: hintText(t('partnership.suggestedRoles.hint')),
    element: {
      type: 'checkboxes',
      action_id: 'value',
      options: [headsOption],
      initial_options: [headsOption],
    },
  });

  const metadata: PartnershipModalMetadata = { template: template?.id ?? null, channel: input.originChannel };
  return {
    type: 'modal',
    callback_id: ids.newPartnershipCallback,
    private_metadata: JSON.stringify(metadata),
    title: { type: 'plain_text', text: truncate(t('partnership.new.title'), 24) },
    submit: { type: 'plain_text', text: truncate(t('partnership.new.submit'), 24) },
    close: { type: 'plain_text', text: truncate(t('partnership.new.close'), 24) },
    blocks,
  };
}

/** Shown instead of the form when the team has fewer than two units. */
export function buildNeedUnitsMessage(t: Translate, count: number, isAdmin: boolean): string {
  return t(isAdmin ? 'partnership.new.needUnitsAdmin' : 'partnership.new.needUnits', { count });
}

/** What the modal turns into once the partnership exists; updated when the charter is posted. */
export function buildPartnershipCreatedModal(
  t: Translate,
  input: { code: string; name: string; channel: string; charter: 'posting' | 'posted' | { problem: string } },
): ModalView {
  const charterLine =
    input.charter === 'posting'
      ? t('partnership.created.posting', { channel: input.channel })
      : input.charter === 'posted'
        ? t('partnership.created.posted', { channel: input.channel })
        : `⚠️ ${input.charter.problem}`;
  return {
    type: 'modal',
    callback_id: ids.createdCallback,
    title: { type: 'plain_text', text: truncate(t('partnership.created.title'), 24) },
    close: { type: 'plain_text', text: truncate(t('partnership.detail.close'), 24) },
    blocks: [
      section(
        t('partnership.created.body', { code: input.code, name: escapeMrkdwn(truncate(input.name, 150)) }),
      ),
      section(charterLine),
      {
        type: 'context',
        elements: [{ type: 'mrkdwn', text: t('partnership.created.next', { code: input.code }) }],
      },
    ],
  };
}
