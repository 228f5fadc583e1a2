import type { KnownBlock } from '@slack/types';

/** A message body: `text` is the notification and screen-reader fallback for `blocks`. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Slack allows 3000 characters in a section's text; longer text is cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

/**
 * `&`, `<` and `>` are control characters in mrkdwn: text people typed must not form links,
 * mentions or `<!channel>`. Every view escapes user text with this one function.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
