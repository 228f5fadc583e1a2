import { getSchedule, listSchedulesOfPartnership } from '../../../db/queries/schedules.js';
import { closestWord } from '../../../domain/command-text.js';
import { TEST_REMINDER_EVENT_TYPE } from '../../../domain/reminders.js';
import { scheduleKindKey, slackErrorText } from '../../../i18n/labels.js';
import { choicesForCommand, partnershipFromCommand } from '../../kit/access.js';
import { escapeMrkdwn } from '../../kit/message.js';
import { postInChannel } from '../../kit/post.js';
import {
  SUBCOMMANDS,
  type SubcommandContext,
  type SubcommandHandler,
  type SubcommandId,
} from '../../kit/subcommands.js';
import { scheduleModalView } from './flow.js';
import { buildReminder } from './reminder-content.js';

const TEST_WORDS = new Set(['uji', 'test']);

/** `/mitra jadwal [KODE] [uji [N]]`. */
const scheduleCommand: SubcommandHandler = async (ctx) => {
  const [code, word, number] = ctx.args;
  if (code && word && TEST_WORDS.has(word.toLowerCase())) {
    await postTestReminder(ctx, code, number);
    return;
  }
  if (code && word) {
    // A mistyped `uji` must not silently open the modal: the person meant to post a test.
    const own = ctx.locale === 'id' ? 'uji' : 'test';
    const test = closestWord(word.toLowerCase(), [...TEST_WORDS], [own]) ?? own;
    const command = `${SUBCOMMANDS.schedule.word[ctx.locale]} ${escapeMrkdwn(code.replace(/`/g, "'").slice(0, 40))}`;
    await ctx.respond({
      response_type: 'ephemeral',
      text: ctx.t('schedule.command.unknownWord', {
        typed: escapeMrkdwn(word.replace(/`/g, "'").slice(0, 40)),
        test: `${command} ${test}`,
        open: command,
      }),
    });
    return;
  }
  if (!code) {
    if (!(await choicesForCommand(ctx))) return;
    await ctx.client.views.open({
      trigger_id: ctx.triggerId,
      view: scheduleModalView(ctx.services, {
        teamId: ctx.teamId,
        userId: ctx.userId,
        locale: ctx.locale,
        withChoices: true,
        generation: 0,
      }),
    });
    return;
  }
  const found = await partnershipFromCommand(ctx, code, 'manage');
  if (!found) return;
  await ctx.client.views.open({
    trigger_id: ctx.triggerId,
    view: scheduleModalView(ctx.services, {
      teamId: ctx.teamId,
      userId: ctx.userId,
      locale: ctx.locale,
      partnership: found.partnership,
      generation: 0,
    }),
  });
};

/**
 * Posts one reminder of a schedule now, marked as a test: no delivery row, and metadata of its own
 * type so the delivery job never mistakes it for a scheduled reminder.
 */
async function postTestReminder(
  ctx: SubcommandContext,
  code: string,
  number: string | undefined,
): Promise<void> {
  const found = await partnershipFromCommand(ctx, code, 'manage');
  if (!found) return;
  const { partnership } = found;
  const list = listSchedulesOfPartnership(ctx.services.db, {
    teamId: ctx.teamId,
    partnershipId: partnership.id,
  });
  if (list.length === 0) {
    await ctx.respond({
      response_type: 'ephemeral',
      text: ctx.t('schedule.test.none', { code: partnership.code }),
    });
    return;
  }
  const index = number === undefined ? 1 : Number(number);
  const schedule = Number.isInteger(index) ? list[index - 1] : undefined;
  if (!schedule) {
    await ctx.respond({
      response_type: 'ephemeral',
      text: ctx.t('schedule.test.notFound', {
        number: (number ?? '').slice(0, 10),
        code: partnership.code,
        count: list.length,
      }),
    });
    return;
  }
  const fresh = getSchedule(ctx.services.db, { teamId: ctx.teamId, id: schedule.id }) ?? schedule;
  const message = buildReminder(ctx.services, {
    schedule: fresh,
    partnership,
    now: ctx.services.clock(),
    test: true,
  });
  const channel = fresh.channelId ?? partnership.channelId;
  const posted = await postInChannel(ctx.client, {
    channel,
    text: message.text,
    blocks: message.blocks,
    metadata: { event_type: TEST_REMINDER_EVENT_TYPE, event_payload: { schedule_id: fresh.id } },
    unfurl_links: false,
  });
  const kind = ctx.t(scheduleKindKey(fresh.kind));
  await ctx.respond({
    response_type: 'ephemeral',
    text: posted.ok
      ? ctx.t('schedule.test.posted', { kind, channel: `<#${channel}>` })
      : ctx.t('schedule.test.failed', {
          channel: `<#${channel}>`,
          code: partnership.code,
          error: slackErrorText(ctx.t, posted.error),
        }),
  });
}

/** The schedules sub-commands of `/mitra`. */
export const schedulesSubcommands: Partial<Record<SubcommandId, SubcommandHandler>> = {
  schedule: scheduleCommand,
};
