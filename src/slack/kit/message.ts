import type { KnownBlock } from '@slack/types';

/** A message body: `text` is the notification and screen-reader fallback for `blocks`. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/**
 * Slack allows 3000 characters in a section's text; longer text is cut with an ellipsis. A cut never
 * splits a `<…>` token or an `&…;` entity, which Slack would show broken or refuse.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = text.slice(0, Math.max(0, max - 1));
  const open = kept.lastIndexOf('<');
  if (open > kept.lastIndexOf('>')) kept = kept.slice(0, open);
  const amp = kept.lastIndexOf('&');
  if (amp >= 0 && !kept.slice(amp).includes(';') && kept.length - amp <= 5) kept = kept.slice(0, amp);
  return `${kept}…`;
}

/** A character Slack shows as it is: the fallback of a date token whose format it cannot apply. */
const literal = (character: string) => `<!date^00000000^{_}|${character}>`;
/** Links stay whole: a token inside a URL would break it. */
const LINK = /((?:https?:\/\/|mailto:)[^\s<>]+)/;

/**
 * `&`, `<` and `>` are control characters in mrkdwn: text people typed must not form links,
 * mentions or `<!channel>`. Slack has no escape for `*`, `_`, `~` and `` ` ``, so each becomes the
 * fallback text of a date token (Slack renders it as the plain character), as jsx-slack does; URLs
 * are left whole so they still link. Every view escapes user text with this one function.
 */
export function escapeMrkdwn(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped
    .split(LINK)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/[*_~`]/g, literal)))
    .join('');
}

/**
 * A field's hint: plain text, where Slack would show the catalog's `` `code` `` marks literally, so
 * they are dropped (`/mitra sasaran`, not `` `/mitra sasaran` ``). Never used for text people typed.
 */
export function hintText(text: string, max = 2000): { type: 'plain_text'; text: string } {
  return { type: 'plain_text', text: truncate(text.replace(/`([^`\n]+)`/g, '$1'), max) };
}
