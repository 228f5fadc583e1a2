import { z } from 'zod';

/** The few fields every Slack request may carry, whatever its kind, for logging and error replies. */
export interface RequestInfo {
  kind: string;
  /** The command, action_id, callback_id or event type — what the log line is about. */
  name?: string;
  userId?: string;
  teamId?: string;
  channelId?: string;
  responseUrl?: string;
}

const bodySchema = z
  .object({
    type: z.string().optional(),
    command: z.string().optional(),
    text: z.string().optional(),
    user_id: z.string().optional(),
    team_id: z.string().optional(),
    channel_id: z.string().optional(),
    response_url: z.string().optional(),
    user: z.object({ id: z.string() }).partial().optional(),
    team: z.object({ id: z.string() }).partial().nullish(),
    channel: z.object({ id: z.string() }).partial().optional(),
    actions: z.array(z.object({ action_id: z.string() }).partial()).optional(),
    view: z.object({ callback_id: z.string() }).partial().optional(),
    callback_id: z.string().optional(),
    event: z.object({ type: z.string(), user: z.string(), channel: z.string() }).partial().optional(),
  })
  .partial();

/** Reads what it can from any request body; never throws, so it is safe in error paths. */
export function requestInfo(body: unknown): RequestInfo {
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) return { kind: 'unknown' };
  const b = parsed.data;
  if (b.command) {
    return {
      kind: 'command',
      name: `${b.command} ${(b.text ?? '').trim().split(/\s+/)[0] ?? ''}`.trim(),
      userId: b.user_id,
      teamId: b.team_id,
      channelId: b.channel_id,
      responseUrl: b.response_url,
    };
  }
  if (b.event) {
    return {
      kind: 'event',
      name: b.event.type,
      userId: b.event.user,
      teamId: b.team_id,
      channelId: b.event.channel,
    };
  }
  return {
    kind: b.type ?? 'unknown',
    name: b.actions?.[0]?.action_id ?? b.view?.callback_id ?? b.callback_id,
    userId: b.user?.id,
    teamId: b.team?.id ?? b.user_id,
    channelId: b.channel?.id,
    responseUrl: b.response_url,
  };
}
