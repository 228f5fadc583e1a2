import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import { type Locale, t } from '../i18n/index.js';
import type { Logger } from '../logger.js';
import type { Services } from '../services.js';
import { buildNoticeModal } from './kit/notice-modal.js';
import { type Refusal, refuse } from './kit/refuse.js';
import { SUBCOMMANDS, type SubcommandId } from './kit/subcommands.js';

/** Bolt's `ack`, as the receiver hands it over. */
export type AckFn = (response?: unknown) => Promise<void>;

/**
 * Which sub-command opens today's version of a form or button, guessed from the id's feature
 * prefix (ids keep their feature's prefix across versions); help when nothing fits.
 */
const COMMAND_BY_PREFIX: [RegExp, SubcommandId][] = [
  [/^goal/, 'goal'],
  [/^progress/, 'progress'],
  [/^role/, 'role'],
  [/^schedule/, 'schedule'],
  [/^holiday/, 'holidays'],
  [/^evaluation/, 'evaluate'],
  [/^unit/, 'unit'],
  [/^(partnership_new|mitra_new|home_new|partnership_template)/, 'new'],
  [/^partnership/, 'list'],
];

export function commandFor(id: string, locale: Locale): string {
  const found = COMMAND_BY_PREFIX.find(([prefix]) => prefix.test(id))?.[1] ?? 'help';
  const info = SUBCOMMANDS[found];
  return ['/mitra', info.word[locale], info.args?.[locale]].filter(Boolean).join(' ');
}

const interaction = z.looseObject({
  type: z.string().optional(),
  command: z.string().optional(),
  user: z.looseObject({ id: z.string() }).optional(),
  user_id: z.string().optional(),
  trigger_id: z.string().optional(),
  response_url: z.string().optional(),
  channel: z.looseObject({ id: z.string() }).optional(),
  callback_id: z.string().optional(),
  action_id: z.string().optional(),
  actions: z.array(z.looseObject({ action_id: z.string() })).optional(),
  view: z.looseObject({ callback_id: z.string().optional(), type: z.string().optional() }).optional(),
});

/**
 * Answers a request no listener acknowledged: something an older version of Mitra put in front of
 * the person (a modal, a button, a shortcut) that this version does not know. Slack would
 * otherwise show "trouble connecting" after 3 s. The modal turns into a short notice; a button or
 * shortcut gets a private answer; the rest is only acknowledged.
 */
export async function answerUnhandled(
  services: Services,
  client: WebClient,
  body: unknown,
  ack: AckFn,
): Promise<void> {
  const parsed = interaction.safeParse(body);
  if (!parsed.success) {
    await ack();
    return;
  }
  const b = parsed.data;
  const userId = b.user?.id ?? b.user_id;
  const name =
    b.actions?.[0]?.action_id ??
    b.action_id ??
    b.view?.callback_id ??
    b.callback_id ??
    b.command ??
    b.type ??
    '';
  services.logger.warn(
    { kind: b.type ?? 'command', name: name.slice(0, 80), user: userId },
    'unknown interaction',
  );
  const needsWords = ['view_submission', 'block_actions', 'shortcut', 'message_action'].includes(
    b.type ?? '',
  );
  if (!needsWords && !b.command) {
    await ack(b.type === 'block_suggestion' ? { options: [] } : undefined);
    return;
  }
  const locale = await services.locales.forUserQuickly(client, userId);
  const command = commandFor(name, locale);
  if (b.command) {
    await ack({ response_type: 'ephemeral', text: t(locale, 'outdated.command', { command: b.command }) });
    return;
  }
  if (b.type === 'view_submission') {
    await ack({
      response_action: 'update',
      view: outdatedModal(locale, t(locale, 'outdated.modal', { command })),
    });
    return;
  }
  await ack();
  const text = t(locale, 'outdated.button', { command });
  if (b.response_url) {
    const res = await fetch(b.response_url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, text }),
      signal: AbortSignal.timeout(5_000),
    });
    await res.body?.cancel();
  } else if (b.channel?.id && userId) {
    await client.chat.postEphemeral({ channel: b.channel.id, user: userId, text });
  } else if (b.trigger_id) {
    // From App Home or a modal there is no message to answer under: a small modal says it.
    const view = outdatedModal(locale, text);
    if (b.view?.type === 'modal') await client.views.push({ trigger_id: b.trigger_id, view });
    else await client.views.open({ trigger_id: b.trigger_id, view });
  }
}

function outdatedModal(locale: Locale, text: string) {
  return buildNoticeModal({ title: t(locale, 'outdated.title'), close: t(locale, 'outdated.close'), text });
}

/**
 * The answer to a form whose `private_metadata` this version cannot read (a form from an older
 * version, or a forged one): the modal turns into the outdated-form notice naming today's command,
 * and nothing is written.
 */
export function outdatedFormAnswer(locale: Locale, callbackId: string) {
  return {
    response_action: 'update' as const,
    view: outdatedModal(locale, t(locale, 'outdated.modal', { command: commandFor(callbackId, locale) })),
  };
}

/**
 * Refuses a form this version cannot read: one warning line naming what failed (never the
 * contents) and, as the answer, the outdated-form notice — so nothing is written.
 */
export function refuseForm(
  logger: Logger,
  locale: Locale,
  refusal: Omit<Refusal, 'reason'> & { reason?: Refusal['reason'] },
) {
  // Most forms are refused for a `private_metadata` this version cannot read.
  refuse(logger, { ...refusal, reason: refusal.reason ?? 'private_metadata' });
  return outdatedFormAnswer(locale, refusal.id);
}
