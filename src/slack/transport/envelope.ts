import { z } from 'zod';

/**
 * The outer shape of every Slack request Mitra handles: the fields Bolt and the listeners read
 * without checking (who, which team, which view, which action). A signed request that lacks them
 * or has them with the wrong type is refused here, before Bolt, instead of failing deep inside a
 * listener. Values *inside* (a view's state, private_metadata, a button's value) are checked by
 * each listener's own schema. Objects stay loose: Slack adds fields over time.
 */
const id = z.string().min(1).max(255);
const text = z.string().max(100_000);
const user = z.looseObject({ id, team_id: id.optional() });
const team = z.looseObject({ id }).nullish();
const channel = z.looseObject({ id });

const stateValues = z.record(z.string(), z.record(z.string(), z.looseObject({ type: z.string() })));
const view = z.looseObject({
  id,
  type: z.enum(['modal', 'home']),
  team_id: id,
  callback_id: z.string().max(255).optional(),
  private_metadata: z.string().max(3_000).optional(),
  hash: z.string().optional(),
  blocks: z.array(z.looseObject({})),
  state: z.looseObject({ values: stateValues }).optional(),
});
const submittedView = view.extend({ state: z.looseObject({ values: stateValues }) });

const action = z.looseObject({
  action_id: z.string().max(255),
  type: z.string(),
  block_id: z.string().optional(),
});

const blockActions = z
  .looseObject({
    type: z.literal('block_actions'),
    user,
    team,
    trigger_id: z.string(),
    actions: z.array(action).min(1),
    view: view.optional(),
    channel: channel.optional(),
    response_url: z.url().optional(),
  })
  // An action comes from a view (modal, App Home) or from a message, which has a response_url.
  .refine((b) => b.view !== undefined || b.response_url !== undefined, 'neither view nor response_url');

const viewSubmission = z.looseObject({ type: z.literal('view_submission'), user, team, view: submittedView });
const viewClosed = z.looseObject({ type: z.literal('view_closed'), user, team, view });
const shortcut = z.looseObject({
  type: z.literal('shortcut'),
  user,
  team,
  callback_id: z.string().max(255),
  trigger_id: z.string(),
});
const messageAction = z.looseObject({
  type: z.literal('message_action'),
  user,
  team,
  callback_id: z.string().max(255),
  trigger_id: z.string(),
  channel,
  response_url: z.url(),
});
const blockSuggestion = z.looseObject({
  type: z.literal('block_suggestion'),
  user,
  team,
  action_id: z.string().max(255),
  value: z.string().max(1_000),
  view: view.optional(),
});

/** The events Mitra listens to, with the fields their listeners read; other events are only acked. */
const knownEvents = {
  app_home_opened: z.looseObject({ user: id, tab: z.string().optional() }),
  member_joined_channel: z.looseObject({ user: id, channel: id }),
  channel_archive: z.looseObject({ channel: id }),
  group_archive: z.looseObject({ channel: id }),
} as const;

const eventCallback = z.looseObject({
  type: z.literal('event_callback'),
  team_id: id,
  event_id: id,
  event: z.looseObject({ type: z.string() }),
});

const urlVerification = z.looseObject({ type: z.literal('url_verification'), challenge: z.string() });

/** A slash command is a form: every field a single string (a repeated field would be an array). */
const slashCommand = z.looseObject({
  command: z.string().startsWith('/').max(100),
  text: text.optional(),
  user_id: id,
  team_id: id,
  channel_id: id,
  trigger_id: z.string(),
  response_url: z.url(),
});

/** Slack tells the app it is being rate-limited; nothing to answer but 200. */
const appRateLimited = z.looseObject({ type: z.literal('app_rate_limited') });

const byType: Record<string, z.ZodType> = {
  block_actions: blockActions,
  view_submission: viewSubmission,
  view_closed: viewClosed,
  shortcut,
  message_action: messageAction,
  block_suggestion: blockSuggestion,
  event_callback: eventCallback,
  url_verification: urlVerification,
  app_rate_limited: appRateLimited,
};

/** Undefined when the body is a request Mitra can handle, else a short reason for the log. */
export function checkEnvelope(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'body is not an object';
  const record = body as Record<string, unknown>;
  const schema = 'command' in record ? slashCommand : byType[String(record.type)];
  if (!schema) return `unknown request type ${String(record.type).slice(0, 40)}`;
  const parsed = schema.safeParse(body);
  if (!parsed.success) return describe(parsed.error);
  if (record.type === 'event_callback') {
    const event = record.event as { type: string };
    const eventSchema = knownEvents[event.type as keyof typeof knownEvents];
    const checked = eventSchema?.safeParse(event);
    if (checked && !checked.success) return `event ${event.type}: ${describe(checked.error)}`;
  }
  return undefined;
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '(body)'}: ${issue.message}`.slice(0, 200) : 'invalid';
}
