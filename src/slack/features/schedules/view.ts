import type { ActionsBlock, Checkboxes, KnownBlock, ModalView, Option } from '@slack/types';
import { ROLES, type Role } from '../../../db/schema/partnerships.js';
import { CADENCES, SCHEDULE_KINDS } from '../../../db/schema/schedules.js';
import { type Translate, t as translate } from '../../../i18n/index.js';
import { pausedReasonText, roleKey, scheduleKindKey } from '../../../i18n/labels.js';
import { section } from '../../kit/blocks.js';
import { escapeMrkdwn, hintText, truncate } from '../../kit/message.js';
import { partnershipSelectBlock } from '../../kit/partnership-select.js';
import {
  cadenceField,
  fieldsOfCadence,
  option,
  plain,
  previewBlock,
  selectInput,
  zoneInput,
} from './cadence-view.js';
import { schedulesIds } from './ids.js';
import { blockId, type ScheduleModalData, type ScheduleModalMetadata } from './modal-data.js';

const MAX_EXISTING = 99;

export function buildScheduleModal(data: ScheduleModalData): ModalView {
  const t: Translate = (key, params) => translate(data.locale, key, params);
  const { form, generation: g } = data;
  const id = (field: string) => blockId(field, g);
  const blocks: KnownBlock[] = [];
  const metadata: ScheduleModalMetadata = {
    p: data.partnership?.id ?? null,
    s: data.scheduleId ?? null,
    g,
    ...(data.choices ? { c: true } : {}),
  };

  if (data.choices) {
    blocks.push(
      partnershipSelectBlock(t, data.choices, {
        dispatchAction: true,
        actionId: schedulesIds.partnershipSelectAction,
      }),
    );
  }

  const p = data.partnership;
  if (p) {
    blocks.push(
      section(t('schedule.modal.intro', { code: p.code, name: escapeMrkdwn(truncate(p.name, 150)) })),
    );
    if (data.existing.length > 0) {
      const options = [
        option(t('schedule.modal.pick.new'), 'new'),
        ...data.existing.slice(0, MAX_EXISTING).map((s) => option(s.label, String(s.id))),
      ];
      const current = options.find((o) => o.value === String(data.scheduleId ?? 'new'));
      blocks.push({
        type: 'input',
        block_id: schedulesIds.schedulePickBlock,
        dispatch_action: true,
        optional: true,
        label: plain(t('schedule.modal.pick.label')),
        element: {
          type: 'static_select',
          action_id: schedulesIds.schedulePickAction,
          options,
          ...(current ? { initial_option: current } : {}),
        },
      });
    }
    if (data.scheduleId && data.pausedReason) {
      const reason = pausedReasonText(t, data.pausedReason);
      blocks.push({
        type: 'context',
        elements: [{ type: 'mrkdwn', text: t('schedule.modal.paused', { reason }) }],
      });
    }

    blocks.push(
      selectInput(
        id('kind'),
        t('schedule.modal.kind.label'),
        SCHEDULE_KINDS.map((k) => option(t(scheduleKindKey(k)), k)),
        form.kind,
      ),
    );
    blocks.push(
      selectInput(
        id('cadence'),
        t('schedule.modal.cadence.label'),
        CADENCES.map((c) => option(t(`cadence.kind.${c}`), c)),
        form.cadence,
        true,
      ),
    );
    for (const field of fieldsOfCadence(form.cadence)) blocks.push(cadenceField(field, data, t));
    blocks.push(zoneInput(data, t));
    blocks.push(previewBlock(data.preview, t));

    blocks.push({
      type: 'input',
      block_id: id('channel'),
      optional: true,
      label: plain(t('schedule.modal.channel.label')),
      hint: hintText(t('schedule.modal.channel.hint')),
      element: {
        type: 'conversations_select',
        action_id: 'channel_select',
        filter: { include: ['public', 'private'], exclude_bot_users: true },
        initial_conversation: form.channelId ?? p.channelId,
      },
    });
    blocks.push({
      type: 'input',
      block_id: id('message'),
      optional: true,
      label: plain(t('schedule.modal.message.label')),
      element: {
        type: 'plain_text_input',
        action_id: 'message_input',
        multiline: true,
        max_length: 2000,
        placeholder: plain(t('schedule.modal.message.placeholder')),
        ...(form.message ? { initial_value: form.message } : {}),
      },
    });
    const roleOptions = ROLES.map((role) => option(t(roleKey(role)), role));
    const chosenRoles = roleOptions.filter((o) => form.mentionRoles?.includes(o.value as Role));
    blocks.push({
      type: 'input',
      block_id: id('mentionRoles'),
      optional: true,
      label: plain(t('schedule.modal.roles.label')),
      element: {
        type: 'checkboxes',
        action_id: 'roles_input',
        options: roleOptions,
        ...(chosenRoles.length > 0 ? { initial_options: chosenRoles } : {}),
      },
    });
    const optionList: Option[] = [
      option(t('schedule.modal.options.skipHolidays'), 'skip_holidays'),
      option(t('schedule.modal.options.active'), 'active'),
    ];
    const chosenOptions = optionList.filter(
      (o) => (o.value === 'skip_holidays' && form.skipHolidays) || (o.value === 'active' && form.active),
    );
    const checkboxes: Checkboxes = {
      type: 'checkboxes',
      action_id: schedulesIds.cadenceInputAction,
      options: optionList,
      ...(chosenOptions.length > 0 ? { initial_options: chosenOptions } : {}),
    };
    blocks.push({
      type: 'input',
      block_id: id('options'),
      optional: true,
      dispatch_action: true,
      label: plain(t('schedule.modal.options.label')),
      element: checkboxes,
    });

    if (data.scheduleId) {
      const remove: ActionsBlock = {
        type: 'actions',
        block_id: schedulesIds.deleteBlock,
        elements: [
          {
            type: 'button',
            action_id: schedulesIds.deleteAction,
            style: 'danger',
            value: String(data.scheduleId),
            text: plain(t('schedule.modal.delete.button')),
            confirm: {
              title: plain(t('schedule.modal.delete.confirmTitle')),
              text: { type: 'plain_text', text: t('schedule.modal.delete.confirmText') },
              confirm: plain(t('schedule.modal.delete.confirm')),
              deny: plain(t('schedule.modal.delete.deny')),
              style: 'danger',
            },
          },
        ],
      };
      blocks.push(remove);
    }
  }

  return {
    type: 'modal',
    callback_id: schedulesIds.scheduleModal,
    title: plain(truncate(t('schedule.modal.title'), 24)),
    submit: plain(truncate(t('schedule.modal.submit'), 24)),
    close: plain(truncate(t('schedule.modal.close'), 24)),
    private_metadata: JSON.stringify(metadata),
    blocks,
  };
}
