import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_EVIDENCE_LINKS,
  MAX_EVIDENCE_URL_LENGTH,
  parseEvidenceList,
  parseEvidenceUrl,
} from '../../../src/domain/evidence.js';

describe('parseEvidenceUrl', () => {
  it.each([
    ['https://example.go.id/laporan.pdf', 'https://example.go.id/laporan.pdf', 'link'],
    ['  http://example.go.id  ', 'http://example.go.id/', 'link'],
    [
      'https://kemen.slack.com/archives/C0123/p1759800000000100',
      'https://kemen.slack.com/archives/C0123/p1759800000000100',
      'slack_message',
    ],
    [
      'https://kemen.enterprise.slack.com/archives/C0123/p17',
      'https://kemen.enterprise.slack.com/archives/C0123/p17',
      'slack_message',
    ],
    [
      'https://kemen.slack-gov.com/archives/C0123/p17',
      'https://kemen.slack-gov.com/archives/C0123/p17',
      'slack_message',
    ],
    [
      'https://kemen.slack.com/files/U01/F02/notula.pdf',
      'https://kemen.slack.com/files/U01/F02/notula.pdf',
      'slack_file',
    ],
    [
      'https://files.slack.com/files-pri/T1-F2/notula.pdf',
      'https://files.slack.com/files-pri/T1-F2/notula.pdf',
      'slack_file',
    ],
    ['<https://example.go.id/a|Notula>', 'https://example.go.id/a', 'link'],
    ['https://notslack.com/archives/x', 'https://notslack.com/archives/x', 'link'],
    ['https://kemen.slack.com/team/U01', 'https://kemen.slack.com/team/U01', 'link'],
  ] as const)('accepts %s', (text, url, kind) => {
    expect(parseEvidenceUrl(text)).toEqual({ ok: true, url, kind });
  });

  it.each([
    ['laporan.pdf', 'notUrl'],
    ['', 'notUrl'],
    ['https://intranet/laporan', 'notUrl'],
    ['javascript:alert(1)', 'scheme'],
    ['file:///C:/laporan.pdf', 'scheme'],
    ['ftp://example.go.id/a', 'scheme'],
    ['https://budi:rahasia@example.go.id/a', 'credentials'],
    [`https://example.go.id/${'a'.repeat(MAX_EVIDENCE_URL_LENGTH)}`, 'tooLong'],
  ] as const)('refuses %s (%s)', (text, error) => {
    expect(parseEvidenceUrl(text)).toMatchObject({ ok: false, error });
  });

  it('answers any text without throwing, and what it accepts is an http(s) address (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl()), (text) => {
        const parsed = parseEvidenceUrl(text);
        if (parsed.ok) expect(parsed.url).toMatch(/^https?:\/\//);
      }),
    );
  });
});

describe('parseEvidenceList', () => {
  it('reads links one per line or space-separated, dropping repeats in order', () => {
    expect(
      parseEvidenceList('https://a.go.id/1\nhttps://kemen.slack.com/archives/C1/p2   https://a.go.id/1'),
    ).toEqual({
      ok: true,
      links: [
        { url: 'https://a.go.id/1', kind: 'link' },
        { url: 'https://kemen.slack.com/archives/C1/p2', kind: 'slack_message' },
      ],
    });
    expect(parseEvidenceList('   ')).toEqual({ ok: true, links: [] });
  });

  it('fails on the first bad link and names it', () => {
    expect(parseEvidenceList('https://a.go.id/1 file:///x https://b.go.id')).toEqual({
      ok: false,
      error: 'scheme',
      input: 'file:///x',
    });
  });

  it('refuses more links than a progress update holds', () => {
    const many = Array.from({ length: MAX_EVIDENCE_LINKS + 1 }, (_, i) => `https://a.go.id/${i}`).join('\n');
    expect(parseEvidenceList(many)).toMatchObject({ ok: false, error: 'tooMany' });
  });
});
