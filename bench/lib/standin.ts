/**
 * The stand-in Slack for benchmarks, and the signed requests the load tool sends through it.
 * Self-contained (no test helpers): the bench builds its own workspace of people and channels.
 */
import { FakeSlack, type FakeSlackOptions } from '../../sandbox/fake-slack/index.js';
import { slashCommandForm } from '../../sandbox/fake-slack/payloads.js';

export const SIGNING_SECRET = 'bench-signing-secret';
export const TEAM = 'T0MITRA';
/** Sees every partnership (MITRA_ADMINS). */
export const ADMIN = 'UADMIN';
/** Coordinator of 50 partnerships. */
export const COORDINATOR = 'UCOORD';
/** People who are in no partnership: their acks are what everyone else waits on. */
export const OTHERS = Array.from({ length: 20 }, (_, i) => `UOTHER${i + 1}`);
export const CHANNEL = 'C0BENCH';

export async function startStandIn(options: Partial<FakeSlackOptions> = {}): Promise<FakeSlack> {
  const fake = new FakeSlack({ signingSecret: SIGNING_SECRET, ...options });
  await fake.start();
  for (const id of [ADMIN, COORDINATOR, ...OTHERS]) {
    fake.addUser({ id, name: id.toLowerCase(), locale: 'id-ID' });
  }
  fake.addChannel({
    id: CHANNEL,
    name: 'bench',
    members: [ADMIN, COORDINATOR, ...OTHERS],
    botIsMember: true,
  });
  return fake;
}

/** The stand-in's workspace, to issue response_urls and trigger_ids the way Slack does for each request. */
function workspaceOf(fake: FakeSlack) {
  // biome-ignore lint/complexity/useLiteralKeys: the bench reaches the stand-in's state on purpose.
  return fake['ws'];
}

/** A signed `/mitra <text>` request as Slack would send it now, with its own response_url. */
export function signedSlashCommand(
  fake: FakeSlack,
  input: { userId: string; text: string; channelId?: string },
): { body: string; headers: Record<string, string>; responseUrl: string } {
  const ws = workspaceOf(fake);
  const channel = ws.channels.get(input.channelId ?? CHANNEL);
  if (!channel) throw new Error(`unknown channel ${input.channelId}`);
  const responseUrl = ws.issueResponseUrl(fake.baseUrl, { userId: input.userId, channelId: channel.id });
  const body = slashCommandForm(ws, {
    userId: input.userId,
    channel,
    command: '/mitra',
    text: input.text,
    responseUrl,
    triggerId: ws.issueTrigger(input.userId),
  });
  return {
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...fake.signRequest(body) },
    responseUrl,
  };
}

/**
 * When each answer reached the stand-in, by response_url, and when each user's App Home was
 * published — so a benchmark can time the answer a person sees, not only the ack.
 */
export function watchAnswers(fake: FakeSlack) {
  const responses = new Map<string, number>();
  const published = new Map<string, number[]>();
  const waiters = new Set<() => void>();
  const unsubscribe = fake.subscribe((change) => {
    const at = performance.now();
    if (change.kind === 'response_url') responses.set(change.post.url, at);
    else if (change.kind === 'api_call' && change.call.method === 'views.publish') {
      const user = String(change.call.args.user_id ?? '');
      published.set(user, [...(published.get(user) ?? []), at]);
    } else return;
    for (const wake of waiters) wake();
  });
  async function until<T>(find: () => T | undefined, timeoutMs: number): Promise<T | undefined> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      const left = deadline - performance.now();
      if (left <= 0) return undefined;
      await new Promise<void>((resolve) => {
        const wake = () => {
          waiters.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(wake, left);
        waiters.add(wake);
      });
    }
  }
  return {
    responseAt: (url: string, timeoutMs: number) => until(() => responses.get(url), timeoutMs),
    publishedAfter: (user: string, after: number, timeoutMs: number) =>
      until(() => published.get(user)?.find((at) => at >= after), timeoutMs),
    responsesSeen: () => responses.size,
    stop: unsubscribe,
  };
}
