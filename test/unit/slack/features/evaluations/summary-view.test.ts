import { describe, expect, it } from 'vitest';
import type { EvaluationDimension } from '../../../../../src/db/schema/evaluations.js';
import { type SurveyAnswer, summariseCycle } from '../../../../../src/domain/evaluation-stats.js';
import { translator } from '../../../../../src/i18n/index.js';
import { buildReportMessage } from '../../../../../src/slack/features/evaluations/report-view.js';
import {
  buildSummaryMessage,
  changeArrow,
  improveText,
  recognitionText,
  type SummaryData,
} from '../../../../../src/slack/features/evaluations/summary-view.js';
import { escapeMrkdwn } from '../../../../../src/slack/kit/message.js';

const DIMS: EvaluationDimension[] = [
  'coordination',
  'communication',
  'collaboration',
  'efficiency',
  'satisfaction',
  'trust',
  'roleClarity',
];

function answer(
  values: number[],
  unitId: number | null = null,
  improve: string | null = null,
  works: string | null = null,
): SurveyAnswer {
  return {
    whatWorks: works,
    unitId,
    scores: Object.fromEntries(DIMS.map((d, i) => [d, values[i] ?? 4])) as Record<
      EvaluationDimension,
      number
    >,
    whatToImprove: improve,
  };
}

function data(
  responses: SurveyAnswer[],
  previous = null as ReturnType<typeof summariseCycle> | null,
): SummaryData {
  return {
    code: 'PK-1',
    name: 'Perencanaan & Keuangan',
    summary: summariseCycle({ invitedCount: 4, responses, previous }),
    openedLabel: 'Senin, 2 Maret 2026 pukul 10.00 WIB',
    closedLabel: 'Senin, 9 Maret 2026 pukul 17.00 WIB',
    unitNames: { 1: 'Biro Perencanaan', 2: 'Biro Keuangan' },
  };
}

const textOf = (blocks: unknown) => JSON.stringify(blocks);

describe('buildSummaryMessage', () => {
  it('shows response rate, means with spread, the two weakest with suggestions, and texts without names', () => {
    const responses = [
      answer([4, 2, 4, 3, 4, 5, 3], 1, 'Jadwal rapat sering berubah'),
      answer([3, 2, 3, 3, 4, 4, 2], 2, '<!channel> laporan terlambat'),
      answer([4, 3, 4, 4, 4, 4, 4], 2, '  '),
    ];
    const message = buildSummaryMessage(data(responses), 'id', translator('id'));
    const body = textOf(message.blocks);
    expect(message.text).toBe('Hasil evaluasi kemitraan PK-1');
    expect(body).toContain('3 dari 4 pimpinan (75%)');
    expect(body).toContain('Komunikasi: *2,3* (0,6)');
    // Said once, on the overall line — not repeated on each of the seven dimension lines.
    expect(body.match(/belum ada evaluasi sebelumnya/g) ?? []).toHaveLength(1);
    // Communication (2.3) then role clarity (3.0) are the weakest.
    expect(body.indexOf('*Komunikasi* (2,3)')).toBeLessThan(body.indexOf('*Kejelasan peran* (3,0)'));
    expect(body).toContain('`/mitra jadwal PK-1`');
    expect(body).toContain('`/mitra peran PK-1`');
    // Escaped, so a manager's text cannot ping the channel; the blank answer is dropped.
    expect(body).toContain('&lt;!channel&gt; laporan terlambat');
    expect(body).not.toContain('<!channel>');
    const improve = message.blocks.find((b) => textOf(b).includes('Yang perlu diperbaiki'));
    expect((textOf(improve).match(/• /g) ?? []).length).toBe(2);
    expect(body).toContain('Perencanaan &amp; Keuangan');
    expect(message.blocks.length).toBeLessThanOrEqual(50);
  });

  it('recognises what works well, without names and sorted, before what should improve', () => {
    const responses = [
      answer([4], 1, null, 'Rapat mingguan tepat waktu'),
      answer([4], 2, null, 'Data dibagikan <!here> cepat'),
      answer([4], 2, null, ' '),
    ];
    const message = buildSummaryMessage(data(responses), 'id', translator('id'));
    const body = textOf(message.blocks);
    const works = message.blocks.find((b) => textOf(b).includes('Yang sudah berjalan baik'));
    expect((textOf(works).match(/• /g) ?? []).length).toBe(2);
    expect(textOf(works).indexOf('Data dibagikan')).toBeLessThan(textOf(works).indexOf('Rapat mingguan'));
    expect(body).not.toContain('<!here>');
    expect(body.indexOf('Yang sudah berjalan baik')).toBeLessThan(body.indexOf('Yang perlu diperbaiki'));
  });

  it('says the unit breakdown is withheld so that individual answers cannot be recognised', () => {
    const body = textOf(buildSummaryMessage(data([answer([4], 1)]), 'id', translator('id')).blocks);
    expect(body).toContain('agar jawaban perorangan tidak dapat dikenali');
  });

  it('withholds the per-unit breakdown when a unit has fewer than three answers, and says so', () => {
    const responses = [answer([4], 1), answer([4], 2), answer([3], 2), answer([3], 2)];
    const body = textOf(buildSummaryMessage(data(responses), 'en', translator('en')).blocks);
    // Unit 2 has three answers but unit 1's single answer could be computed from the overall figure.
    expect(body).toContain('No per-unit breakdown');
    expect(body).not.toContain('Biro Keuangan');
  });

  it('shows units with at least three answers when the remainder is safe', () => {
    const responses = [
      ...Array.from({ length: 3 }, () => answer([5], 1)),
      ...Array.from({ length: 3 }, () => answer([3], 2)),
    ];
    const body = textOf(buildSummaryMessage(data(responses), 'id', translator('id')).blocks);
    expect(body).toContain('Biro Perencanaan: *');
    expect(body).toContain('(3 jawaban)');
    expect(body).not.toContain('Hanya');
  });

  it('notes a small sample and shows the change against the previous cycle with arrows', () => {
    const previous = summariseCycle({ invitedCount: 2, responses: [answer([2, 2, 2, 2, 2, 2, 2])] });
    const body = textOf(
      buildSummaryMessage(data([answer([4, 2, 2, 2, 2, 2, 2])], previous), 'en', translator('en')).blocks,
    );
    expect(body).toContain('Only 1 answer (fewer than 3)');
    expect(body).toContain('↑ Coordination: *4.0* (–), +2.0 against the previous evaluation');
    expect(body).toContain('→ Communication: *2.0* (–), 0.0 against the previous evaluation');
  });

  it('says nobody answered instead of empty figures', () => {
    const body = textOf(buildSummaryMessage(data([]), 'id', translator('id')).blocks);
    expect(body).toContain('0 dari 4 pimpinan (0%)');
    expect(body).toContain('Tidak ada pimpinan yang menjawab');
    expect(body).not.toContain('Perlu perhatian');
  });
});

describe('summary helpers', () => {
  it('fits many answers into one section and counts the rest', () => {
    const answers = Array.from({ length: 40 }, (_, i) => `${'x'.repeat(200)} ${i}`);
    const text = improveText(answers, 'PK-1', translator('id'));
    expect(text.length).toBeLessThanOrEqual(3000);
    expect(text).toMatch(/…dan \d+ masukan lainnya di `\/mitra ekspor PK-1`/);
    const works = recognitionText(answers, translator('id'));
    expect(works.length).toBeLessThanOrEqual(3000);
    expect(works).toMatch(/…dan \d+ lainnya\.$/);
  });

  it('escapes mrkdwn control characters and picks arrows', () => {
    expect(escapeMrkdwn('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
    expect(changeArrow(0.5)).toBe('↑');
    expect(changeArrow(-0.5)).toBe('↓');
    expect(changeArrow(0.05)).toBe('→');
    expect(changeArrow(null)).toBe('•');
  });
});

describe('buildReportMessage', () => {
  it('shows the trend over all cycles and the latest summary', () => {
    const first = summariseCycle({ invitedCount: 2, responses: [answer([2, 2, 2, 2, 2, 2, 2])] });
    const second = summariseCycle({
      invitedCount: 2,
      responses: [answer([4, 2, 2, 2, 2, 2, 2])],
      previous: first,
    });
    const latest = { ...data([]), summary: second };
    const message = buildReportMessage(
      { code: 'PK-1', name: 'x', summaries: [first, second], latest, running: null },
      'id',
      translator('id'),
    );
    const body = textOf(message.blocks);
    expect(body).toContain('Tren 2 evaluasi');
    expect(body).toContain('↑ Koordinasi: 2,0 → 4,0');
    expect(body).toContain('Tingkat respons: 50% → 50%');
    expect(body).toContain('*Evaluasi terakhir*');
  });

  it('keeps only the last eight cycles in the trend and says where the rest are', () => {
    const summaries = Array.from({ length: 10 }, (_, i) =>
      summariseCycle({ invitedCount: 1, responses: [answer([(i % 5) + 1])] }),
    );
    const last = summariseCycle({ invitedCount: 1, responses: [answer([5])] });
    const body = textOf(
      buildReportMessage(
        {
          code: 'PK-1',
          name: 'x',
          summaries,
          latest: { ...data([]), summary: last },
          running: null,
        },
        'en',
        translator('en'),
      ).blocks,
    );
    expect(body).toContain('Trend over 10 evaluations');
    expect(body).toContain('Showing the last 8 of 10 evaluations');
  });

  it('says when nothing has closed yet, with the running cycle’s progress', () => {
    const body = textOf(
      buildReportMessage(
        {
          code: 'PK-2',
          name: 'x',
          summaries: [],
          latest: null,
          running: { responded: 1, invited: 3, rate: 1 / 3, closesLabel: 'Friday' },
        },
        'en',
        translator('en'),
      ).blocks,
    );
    expect(body).toContain('1 of 3 unit heads have answered (33%)');
    expect(body).toContain('No evaluation of PK-2 has closed yet.');
  });
});

describe('long free-text answers', () => {
  const long = (word: string) => `${word} ${'panjang '.repeat(120)}akhir-${word}`.trim();
  const responses = [
    answer([4], 1, long('satu'), long('baik')),
    answer([3], 2, long('dua'), null),
    answer([3], 2, 'pendek', null),
  ];
  /** Every mrkdwn text of the blocks, joined as one reader would read them. */
  const mrkdwnOf = (blocks: unknown[]) =>
    blocks
      .map((b) => b as { text?: { text: string }; elements?: { text: string }[] })
      .map((b) => b.text?.text ?? b.elements?.map((e) => e.text).join(' ') ?? '')
      .join('\n');

  it('are cut in the channel summary, which says where to read them whole', () => {
    const body = mrkdwnOf(buildSummaryMessage(data(responses), 'id', translator('id')).blocks);
    expect(body).not.toContain('akhir-satu');
    expect(body).toContain('Teks lengkapnya: `/mitra laporan PK-1`');
  });

  it('are shown whole in the report, every one of them, in the reader’s language', () => {
    const latest = data(responses);
    const body = mrkdwnOf(
      buildReportMessage(
        { code: 'PK-1', name: 'x', summaries: [latest.summary], latest, running: null },
        'en',
        translator('en'),
      ).blocks,
    );
    for (const end of ['akhir-satu', 'akhir-dua', 'akhir-baik', 'pendek']) expect(body).toContain(end);
    expect(body).not.toContain('The full texts');
  });

  it('carry an answer longer than a section over several sections, within Slack’s limits', () => {
    const huge = Array.from({ length: 30 }, (_, i) => answer([4], 1, `${'_x* '.repeat(240)}#${i}`, null));
    const latest = data(huge);
    const blocks = buildReportMessage(
      { code: 'PK-1', name: 'x', summaries: [latest.summary], latest, running: null },
      'id',
      translator('id'),
    ).blocks;
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const b of blocks) {
      const text = (b as { text?: { text: string } }).text?.text ?? '';
      expect(text.length).toBeLessThanOrEqual(3000);
      // No escape token is split across sections.
      expect(text.split('<').length).toBe(text.split('>').length);
    }
    expect(mrkdwnOf(blocks)).toContain('masukan lainnya');
  });
});
