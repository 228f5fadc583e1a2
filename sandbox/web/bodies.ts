/** What the page may send the sandbox server, checked before anything reaches FakeSlack. */
import { z } from 'zod';

export const userId = z.string().regex(/^[UW][A-Z0-9]+$/);
const conversationId = z.string().regex(/^[CDG][A-Z0-9]+$/);
const jsonObject = z.record(z.string(), z.unknown());
const plainText = z.object({
  type: z.literal('plain_text'),
  text: z.string(),
  emoji: z.boolean().optional(),
});
const stateValues = z.record(
  z.string(),
  z.record(z.string(), jsonObject.and(z.object({ type: z.string() }))),
);

export const sendBody = z.object({
  user: userId,
  channel: conversationId,
  text: z.string().trim().min(1).max(40_000),
  threadTs: z.string().optional(),
});
export const actionBody = z.object({
  user: userId,
  actionId: z.string().min(1),
  blockId: z.string().optional(),
  value: z.string().optional(),
  selectedOption: z.object({ text: plainText, value: z.string() }).optional(),
  extra: jsonObject.optional(),
  viewId: z.string().optional(),
  channelId: conversationId.optional(),
  messageTs: z.string().optional(),
  values: stateValues.optional(),
});
export const submitBody = z.object({ user: userId, viewId: z.string().min(1), values: stateValues });
export const closeBody = z.object({
  user: userId,
  viewId: z.string().min(1),
  cleared: z.boolean().optional(),
});
export const homeBody = z.object({ user: userId });

/** How a request to the app went, as the page reports it. */
export function outcome(result: { status: number; timedOut?: boolean; body: unknown }) {
  return {
    ok: result.status === 200 && !result.timedOut,
    status: result.status,
    timedOut: result.timedOut === true,
  };
}
