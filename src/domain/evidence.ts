/**
 * Evidence (eviden, bukti dukung) for a progress update: links to documents, to a Slack message
 * or to a file shared in Slack. Pure parsing of what a person types or pastes; the modal turns
 * each error into a sentence of the catalog.
 */

/** What an evidence link points at: any web page, a Slack message's permalink, or a file shared in Slack. */
export const EVIDENCE_KINDS = ['link', 'slack_message', 'slack_file'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Longer addresses are not links people paste; browsers and Excel handle up to about this. */
export const MAX_EVIDENCE_URL_LENGTH = 2000;
/** Links per progress update: enough for a quarter's documents, few enough to print. */
export const MAX_EVIDENCE_LINKS = 10;

export type EvidenceError =
  /** Not a web address at all. */
  | 'notUrl'
  /** A scheme other than http(s): `file:`, `javascript:`, `ftp:` … */
  | 'scheme'
  /** A user name or password inside the address would be stored and shown to everyone. */
  | 'credentials'
  | 'tooLong'
  | 'tooMany';

export type EvidenceParse =
  | { ok: true; url: string; kind: EvidenceKind }
  | { ok: false; error: EvidenceError; input: string };

// Slack and GovSlack workspaces: `<team>.slack.com`, `<team>.enterprise.slack.com`, `<team>.slack-gov.com`.
const SLACK_HOST = /(^|\.)slack(-gov)?\.com$/i;

/** The kind of a parsed URL: Slack message and file permalinks are told apart by their path. */
export function evidenceKindOf(url: URL): EvidenceKind {
  if (!SLACK_HOST.test(url.hostname)) return 'link';
  if (/^files(-pri)?\.slack(-gov)?\.com$/i.test(url.hostname) || url.pathname.startsWith('/files/')) {
    return 'slack_file';
  }
  return url.pathname.startsWith('/archives/') ? 'slack_message' : 'link';
}

/**
 * One evidence link as typed or pasted. Slack's own link form `<https://…|label>` is unwrapped.
 * Only http and https are accepted; the address comes back normalised (`URL#href`).
 */
export function parseEvidenceUrl(text: string): EvidenceParse {
  const input = text.trim();
  const unwrapped = /^<([^|>]+)(\|[^>]*)?>$/.exec(input)?.[1] ?? input;
  if (unwrapped.length > MAX_EVIDENCE_URL_LENGTH) return { ok: false, error: 'tooLong', input };
  let url: URL;
  try {
    url = new URL(unwrapped);
  } catch {
    return { ok: false, error: 'notUrl', input };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, error: 'scheme', input };
  if (!url.hostname.includes('.')) return { ok: false, error: 'notUrl', input };
  if (url.username !== '' || url.password !== '') return { ok: false, error: 'credentials', input };
  if (url.href.length > MAX_EVIDENCE_URL_LENGTH) return { ok: false, error: 'tooLong', input };
  return { ok: true, url: url.href, kind: evidenceKindOf(url) };
}

/**
 * Every link of a text field, one per line or separated by spaces; duplicates are dropped, order
 * kept. The first bad link fails the whole field (nothing is saved, the person sees which one).
 */
export function parseEvidenceList(
  text: string,
):
  | { ok: true; links: { url: string; kind: EvidenceKind }[] }
  | { ok: false; error: EvidenceError; input: string } {
  const words = text.split(/\s+/).filter(Boolean);
  const links: { url: string; kind: EvidenceKind }[] = [];
  for (const word of words) {
    const parsed = parseEvidenceUrl(word);
    if (!parsed.ok) return parsed;
    if (!links.some((link) => link.url === parsed.url)) links.push({ url: parsed.url, kind: parsed.kind });
  }
  if (links.length > MAX_EVIDENCE_LINKS) return { ok: false, error: 'tooMany', input: text.trim() };
  return { ok: true, links };
}
