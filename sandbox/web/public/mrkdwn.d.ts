// Types for mrkdwn.js, which runs unbundled in the browser and is imported by Node tests.
export interface MrkdwnLookup {
  userName?(id: string): string | undefined;
  channelName?(id: string): string | undefined;
}
export const EMOJI: Readonly<Record<string, string>>;
export function escapeHtml(value: unknown): string;
export function replaceEmoji(escaped: string): string;
export function plainTextToHtml(text: string, emoji?: boolean): string;
export function linkHtml(url: string, label?: string): string;
export function mrkdwnToHtml(text: string, lookup?: MrkdwnLookup): string;
