import type { ModalView } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { listExtraHolidays } from '../../../db/queries/holidays.js';
import { setCharterTs } from '../../../db/queries/partnership-create.js';
import { loadPartnershipDetail } from '../../../db/queries/partnership-detail.js';
import { type MessageKey, type MessageParams, translator } from '../../../i18n/index.js';
import type { Services } from '../../../services.js';
import type { SlackMessage } from '../../kit/message.js';
import { type ChannelProblem, channelProblemOf, postOnce, updateInChannel } from '../../kit/post.js';
import { charterKey } from '../../kit/post-keys.js';
import { slackErrorCode } from '../../kit/slack-errors.js';
import { publishHome } from '../home/flow.js';
import { buildCharterMessage } from './view.js';

export interface CharterNotice {
  actorId: string;
  key: MessageKey;
  params?: MessageParams;
}

/** What happened to the charter: posted anew, updated in place, or why it could not be shown. */
export type CharterOutcome =
  | { ok: true; action: 'posted' | 'updated'; channel: string; ts: string }
  | { ok: false; problem: ChannelProblem | 'not_found'; error: string; channel?: string };

/**
 * One refresh at a time per partnership, in this process: two changes a moment apart must not
 * both see "no charter yet" and post it twice.
 */
const queues = new Map<number, Promise<unknown>>();

function serialised<T>(partnershipId: number, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(partnershipId) ?? Promise.resolve();
  const run = previous.then(work, work);
  const settled = run.catch(() => undefined);
  queues.set(partnershipId, settled);
  void settled.then(() => {
    if (queues.get(partnershipId) === settled) queues.delete(partnershipId);
  });
  return run;
}

/**
 * Posts the partnership's charter in its shared channel, or updates it in place, and says in the
 * thread what changed and who changed it. The charter is in the deployment's language, since
 * everyone in the channel reads it. A public channel Mitra is not in is joined; a private one is
 * reported (the caller tells the person how to invite Mitra) and the charter is posted on a later
 * refresh. A charter message someone deleted is posted again. The charter carries its partnership
 * in its metadata: before posting one, Mitra looks for it in the channel, so a post whose answer
 * was lost (or whose `ts` was never stored) is adopted rather than posted twice.
 */
export async function refreshCharter(
  services: Services,
  client: WebClient,
  params: { teamId: string; partnershipId: number; notice?: CharterNotice },
): Promise<CharterOutcome> {
  return serialised(params.partnershipId, () => refresh(services, client, params));
}

async function refresh(
  services: Services,
  client: WebClient,
  params: { teamId: string; partnershipId: number; notice?: CharterNotice },
): Promise<CharterOutcome> {
  const { db, config, logger } = services;
  const detail = loadPartnershipDetail(db, { ...params, now: services.clock() });
  if (!detail) return { ok: false, problem: 'not_found', error: 'partnership_not_found' };
  const { partnership } = detail;
  const locale = config.locale;
  const t = translator(locale);
  const message = buildCharterMessage(detail, {
    t,
    locale,
    now: services.clock(),
    extraHolidays: listExtraHolidays(db, { teamId: params.teamId }),
  });
  const channel = partnership.channelId;

  let outcome: CharterOutcome;
  if (partnership.charterTs) {
    const updated = await updateInChannel(client, { channel, ts: partnership.charterTs, ...message });
    if (updated.ok) {
      outcome = { ok: true, action: 'updated', channel, ts: partnership.charterTs };
    } else if (updated.error === 'message_not_found' || updated.error === 'cant_update_message') {
      // Someone deleted the charter: a partnership without one is worse than a second post.
      outcome = await postCharter(services, client, params, channel, message, false);
    } else {
      logger.warn({ partnershipId: partnership.id, error: updated.error }, 'could not update the charter');
      outcome = { ok: false, problem: channelProblemOf(updated.error), error: updated.error, channel };
    }
  } else {
    outcome = await postCharter(services, client, params, channel, message, true);
  }

  if (outcome.ok && params.notice) {
    const change = t(params.notice.key, params.notice.params ?? {});
    try {
      await client.chat.postMessage({
        channel: outcome.channel,
        thread_ts: outcome.ts,
        text: t('charter.notice', { change, actor: params.notice.actorId }),
      });
    } catch (error) {
      logger.warn({ err: error, partnershipId: partnership.id }, 'could not post the change notice');
    }
  }
  return outcome;
}

async function postCharter(
  services: Services,
  client: WebClient,
  params: { teamId: string; partnershipId: number },
  channel: string,
  message: SlackMessage,
  lookFirst: boolean,
): Promise<CharterOutcome> {
  const posted = await postOnce(
    client,
    { channel, text: message.text, blocks: message.blocks },
    {
      key: charterKey(params.partnershipId),
      ...(lookFirst ? { lookFirst: {} } : {}),
      log: services.logger.child({ partnershipId: params.partnershipId }),
    },
  );
  if (!posted.ok) {
    services.logger.warn(
      { partnershipId: params.partnershipId, problem: posted.problem, error: posted.error },
      'could not post the charter',
    );
    return { ok: false, problem: posted.problem, error: posted.error, channel };
  }
  setCharterTs(services.db, {
    teamId: params.teamId,
    partnershipId: params.partnershipId,
    charterTs: posted.ts,
    now: services.clock(),
  });
  return { ok: true, action: 'posted', channel: posted.channel, ts: posted.ts };
}

/** The message key that explains a charter problem to the person who can fix it. */
export function charterProblemKey(problem: CharterOutcome & { ok: false }): MessageKey {
  switch (problem.problem) {
    // A private channel hides itself from a bot outside it: Slack answers channel_not_found. The
    // channel was chosen in a picker, so it exists, and inviting Mitra is the fix.
    case 'private_not_member':
    case 'channel_not_found':
      return 'charter.problem.private';
    case 'archived':
      return 'charter.problem.archived';
    case 'not_found':
      return 'charter.problem.notFound';
    default:
      return 'charter.problem.failed';
  }
}

/**
 * After a committed change: the charter in the channel says what changed, and the homes of the
 * people concerned show it. The change itself has succeeded, so a failure here is logged and
 * returned as the charter's outcome — never thrown, never reported as if the change had failed.
 * Every flow that changes a partnership ends here.
 */
export async function afterChange(
  services: Services,
  client: WebClient,
  params: {
    teamId: string;
    partnershipId: number;
    notice?: CharterNotice;
    homeUserIds: readonly (string | null)[];
  },
): Promise<CharterOutcome> {
  const { teamId, partnershipId, notice } = params;
  let outcome: CharterOutcome;
  try {
    outcome = await refreshCharter(services, client, {
      teamId,
      partnershipId,
      ...(notice ? { notice } : {}),
    });
  } catch (error) {
    services.logger.warn({ err: error, partnershipId }, 'could not refresh the charter after a change');
    outcome = { ok: false, problem: 'failed', error: slackErrorCode(error) ?? 'internal_error' };
  }
  const userIds = new Set(params.homeUserIds.filter((u): u is string => typeof u === 'string' && u !== ''));
  for (const userId of userIds) {
    try {
      await publishHome(services, client, { teamId, userId });
    } catch (error) {
      services.logger.warn({ err: error, userId }, 'could not refresh App Home after a change');
    }
  }
  return outcome;
}

/**
 * Once the charter shows the change, the "saved" view links to it. Best effort: the person may
 * have closed the view already, and the view without the link still names the charter's channel.
 */
export async function linkSavedViewToCharter(
  services: Services,
  client: WebClient,
  params: {
    viewId: string | undefined;
    outcome: CharterOutcome | undefined;
    build: (permalink: string) => ModalView;
  },
): Promise<void> {
  const { viewId, outcome } = params;
  if (!viewId || !outcome?.ok) return;
  try {
    const link = await client.chat.getPermalink({ channel: outcome.channel, message_ts: outcome.ts });
    if (link.permalink) await client.views.update({ view_id: viewId, view: params.build(link.permalink) });
  } catch (error) {
    services.logger.debug({ err: error }, 'could not link the saved view to the charter');
  }
}

/** A notice for the charter's thread (the charter adds who made the change). */
export function notice(actorId: string, key: MessageKey, params: MessageParams): CharterNotice {
  return { actorId, key, params };
}
