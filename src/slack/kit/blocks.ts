import type { ContextBlock, KnownBlock, SectionBlock } from '@slack/types';
import { formatDecimal } from '../../domain/goals.js';
import { zoneLabel } from '../../domain/time/cadence-text.js';

import type { Locale } from '../../i18n/index.js';
import { escapeMrkdwn, truncate } from './message.js';

/** Slack section text is at most 3000 characters; a little room is kept for safety. */
export const SECTION_MAX = 2900;

/**
 * Cut to `max` characters at a word boundary, with "…": a word cut in half ("Indikator p…") reads
 * as a typo. A text without a space in its second half is cut where it must be.
 */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, Math.max(0, max - 1));
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

/** User text for mrkdwn: on one line, escaped and cut to `max` characters at a word boundary. */
export function userText(text: string, max: number): string {
  return escapeMrkdwn(truncateAtWord(text.replace(/\s+/g, ' ').trim(), max));
}

/** Multi-line user text (one item per line) on one line: items joined with "; ", as the role modal does. */
export function userLines(text: string, max: number): string {
  const items = text
    .split(/\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  return escapeMrkdwn(truncateAtWord(items.join('; '), max));
}

/** A mrkdwn section, cut to fit Slack's limit, with an optional accessory (a button). */
export function section(text: string, accessory?: SectionBlock['accessory']): SectionBlock {
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: truncate(text, SECTION_MAX) },
    ...(accessory ? { accessory } : {}),
  };
}

/** A context line of mrkdwn, cut to fit Slack's limit. */
export function context(text: string): ContextBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(text, SECTION_MAX) }] };
}

/**
 * Lines grouped into as few sections as fit Slack's text limit, the title on the first. A line
 * longer than a section is cut.
 */
export function linesToSections(title: string | undefined, lines: readonly string[]): SectionBlock[] {
  const blocks: SectionBlock[] = [];
  let current = title ?? '';
  for (const raw of lines) {
    const line = truncate(raw, SECTION_MAX - 10);
    const next = current === '' ? line : `${current}\n${line}`;
    if (next.length > SECTION_MAX) {
      blocks.push(section(current));
      current = line;
    } else {
      current = next;
    }
  }
  if (current !== '') blocks.push(section(current));
  return blocks;
}

/** A number in a partnership view: the user's decimal mark, thousands grouped. */
export function formatNumber(value: number, locale: Locale): string {
  return formatDecimal(value, locale, { grouping: true });
}

/** "WIB (Asia/Jakarta)", or just the IANA name for zones without an Indonesian abbreviation. */
export function zoneText(timeZone: string, locale: Locale): string {
  const label = zoneLabel(timeZone, locale);
  return label === timeZone ? timeZone : `${label} (${timeZone})`;
}

/** A button; Slack allows 75 characters of text. */
export function button(text: string, actionId: string, value: string, style?: 'primary' | 'danger') {
  return {
    type: 'button' as const,
    text: { type: 'plain_text' as const, text: truncate(text, 75) },
    action_id: actionId,
    value,
    ...(style ? { style } : {}),
  };
}

export function divider(): KnownBlock {
  return { type: 'divider' };
}
