import type { KnownBlock } from '@slack/types';
import { EVALUATION_DIMENSIONS } from '../../../domain/enums.js';
import {
  type CycleSummary,
  dimensionLabelKey,
  type TrendDirection,
} from '../../../domain/evaluation-stats.js';
import {
  changeDirection,
  formatChange,
  formatPercent,
  formatScore,
} from '../../../domain/evaluation-trend.js';
import type { Locale, Translate } from '../../../i18n/index.js';
import { context, section } from '../../kit/blocks.js';
import { sharedIds } from '../../kit/ids.js';
import { escapeMrkdwn, type SlackMessage, truncate } from '../../kit/message.js';

/** Section text limit, with room for the "…and N more" line. */
const SECTION_MAX = 3000;

export interface SummaryData {
  code: string;
  name: string;
  summary: CycleSummary;
  /** Already formatted in the partnership's time zone and the message's language. */
  openedLabel: string;
  closedLabel: string;
  /** Names of the units that may appear in the breakdown. */
  unitNames: Readonly<Record<number, string>>;
  /** The cycle: weak dimensions then get "Jadikan tindak lanjut" (left out in the report). */
  cycleId?: number;
  /** What became of the previous cycle's improvement items, per dimension. */
  previousItems?: Partial<Record<string, { done: number; open: number; overdue: number }>>;
}

const ARROWS: Record<TrendDirection, string> = { up: '↑', down: '↓', flat: '→' };

/** An arrow for a change: ↑, ↓ or → (flat); a dot where there is nothing to compare with. */
export function changeArrow(change: number | null): string {
  const direction = changeDirection(change);
  return direction ? ARROWS[direction] : '•';
}

/**
 * The body of a cycle's summary (everything but the header): response rate, overall score, each
 * dimension's mean, spread and change, the two weakest with their suggestion, the "what should
 * improve" answers without names, the per-unit breakdown where the privacy rule allows, and a
 * note when the sample is small. Shared by the channel summary and `/mitra laporan`.
 */
export function buildSummaryBlocks(
  data: SummaryData,
  locale: Locale,
  t: Translate,
  options: { fullAnswers?: boolean } = {},
): KnownBlock[] {
  const { summary, code } = data;
  const blocks: KnownBlock[] = [];
  const rate = t('evaluation.summary.responseRate', {
    responded: summary.respondedCount,
    invited: summary.invitedCount,
    rate: formatPercent(summary.responseRate, locale),
  });

  if (summary.respondedCount === 0) {
    blocks.push(section(`${rate}\n${t('evaluation.summary.noResponses')}`));
    return blocks;
  }

  const overallChange =
    summary.overallChange === null
      ? t('evaluation.summary.firstCycle')
      : t('evaluation.summary.change', { change: formatChange(summary.overallChange, locale) });
  blocks.push(
    section(
      `${rate}\n${t('evaluation.summary.overall', { mean: formatScore(summary.overallMean, locale), change: overallChange })}`,
    ),
  );

  // With nothing to compare with, the overall line says so once; the dimension lines leave the
  // change out rather than repeat it seven times.
  const compared = summary.overallChange !== null;
  const lines = EVALUATION_DIMENSIONS.map((dimension) => {
    const stats = summary.dimensions[dimension];
    const params = {
      arrow: changeArrow(stats.change),
      name: t(dimensionLabelKey(dimension)),
      mean: formatScore(stats.mean, locale),
      sd: formatScore(stats.sd, locale),
    };
    const items = data.previousItems?.[dimension];
    const itemsText = items ? ` · ${t('action.evaluation.previous', items)}` : '';
    if (!compared || stats.change === null)
      return t('evaluation.summary.dimensionLineFirst', params) + itemsText;
    return (
      t('evaluation.summary.dimensionLine', {
        ...params,
        change: t('evaluation.summary.change', { change: formatChange(stats.change, locale) }),
      }) + itemsText
    );
  });
  blocks.push(
    section(
      [
        t(compared ? 'evaluation.summary.dimensionsTitle' : 'evaluation.summary.dimensionsTitleFirst'),
        ...lines,
      ].join('\n'),
    ),
  );

  if (summary.weakest.length > 0) {
    const weak = summary.weakest.map((w) =>
      t('evaluation.summary.weakLine', {
        name: t(dimensionLabelKey(w.dimension)),
        mean: formatScore(w.mean, locale),
        suggestion: t(w.suggestionKey, { code }),
      }),
    );
    blocks.push(section([t('evaluation.summary.weakestTitle'), ...weak].join('\n')));
    if (data.cycleId !== undefined) {
      blocks.push({
        type: 'actions',
        block_id: 'summary_actions',
        elements: summary.weakest.map((w) => ({
          type: 'button' as const,
          action_id: `${sharedIds.actionFromEvaluation}:${w.dimension}`,
          text: {
            type: 'plain_text' as const,
            text: truncate(t('action.evaluation.button', { name: t(dimensionLabelKey(w.dimension)) }), 75),
          },
          value: `${data.cycleId}:${w.dimension}`,
        })),
      });
    }
  }

  // Recognition first: what the managers say works well, then what should improve.
  if (options.fullAnswers) {
    // The report shows every answer whole, over as many sections as it takes.
    blocks.push(
      ...fullAnswerSections(summary.whatWorks ?? [], {
        title: t('evaluation.summary.recognitionTitle'),
        none: t('evaluation.summary.recognitionNone'),
        more: (count) => t('evaluation.summary.recognitionMore', { count }),
      }),
      ...fullAnswerSections(summary.whatToImprove, {
        title: t('evaluation.summary.improveTitle'),
        none: t('evaluation.summary.improveNone'),
        more: (count) => t('evaluation.summary.improveMore', { count, code }),
      }),
    );
  } else {
    const works = recognitionText(summary.whatWorks ?? [], t);
    const improve = improveText(summary.whatToImprove, code, t);
    blocks.push(section(works), section(improve));
    // An answer cut short or left out can be read whole in the report.
    if (answersCut(summary.whatWorks ?? [], works) || answersCut(summary.whatToImprove, improve)) {
      blocks.push(context(t('evaluation.summary.fullAnswers', { code })));
    }
  }

  const units = unitsText(data, locale, t);
  if (units) blocks.push(units.shown ? section(units.text) : context(units.text));

  if (summary.smallSample) {
    blocks.push(
      context(
        t('evaluation.summary.smallSample', { count: summary.respondedCount, min: summary.minGroupSize }),
      ),
    );
  }
  return blocks;
}

/** The anonymised "what should improve" answers, with a count of what did not fit. */
export function improveText(answers: readonly string[], code: string, t: Translate): string {
  return answerList(answers, {
    title: t('evaluation.summary.improveTitle'),
    none: t('evaluation.summary.improveNone'),
    more: (count) => t('evaluation.summary.improveMore', { count, code }),
  });
}

/** The anonymised "what works well" answers (recognition), with a count of what did not fit. */
export function recognitionText(answers: readonly string[], t: Translate): string {
  return answerList(answers, {
    title: t('evaluation.summary.recognitionTitle'),
    none: t('evaluation.summary.recognitionNone'),
    more: (count) => t('evaluation.summary.recognitionMore', { count }),
  });
}

/** One answer on one line, as the summary shows it (cut at 500 characters). */
const answerLine = (answer: string) => `• ${truncate(escapeMrkdwn(answer.replace(/\s+/g, ' ')), 500)}`;

/** Whether the list shows less than every answer in full. */
function answersCut(answers: readonly string[], shown: string): boolean {
  return answers.some((answer) => {
    const whole = `• ${escapeMrkdwn(answer.replace(/\s+/g, ' '))}`;
    return !shown.split('\n').includes(whole);
  });
}

/** Escaped pieces of one answer, each at most `max` characters, never splitting an escape. */
function escapedPieces(text: string, max: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const character of text) {
    const escaped = escapeMrkdwn(character);
    if (current.length + escaped.length > max) {
      pieces.push(current);
      current = '';
    }
    current += escaped;
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Sections one list of full answers may take, so a report stays within Slack's 50 blocks. */
const MAX_ANSWER_SECTIONS = 15;

/** Every answer whole: bulleted lines packed into sections, a long answer carried over several. */
function fullAnswerSections(
  answers: readonly string[],
  text: { title: string; none: string; more: (count: number) => string },
): KnownBlock[] {
  if (answers.length === 0) return [section(`${text.title}\n${text.none}`)];
  const texts: string[] = [];
  let current = text.title;
  const budget = SECTION_MAX - 10;
  let shown = 0;
  for (const answer of answers) {
    const flat = `• ${answer.replace(/\s+/g, ' ')}`;
    // Escaped as a whole, URLs stay whole; split only when one section cannot hold the answer.
    const whole = escapeMrkdwn(flat);
    const lines = whole.length <= budget ? [whole] : escapedPieces(flat, budget);
    const before = { texts: texts.length, current };
    for (const line of lines) {
      if (current.length + 1 + line.length > budget) {
        texts.push(current);
        current = line;
      } else {
        current = `${current}\n${line}`;
      }
    }
    if (texts.length >= MAX_ANSWER_SECTIONS) {
      texts.length = before.texts;
      current = `${before.current}\n${text.more(answers.length - shown)}`;
      break;
    }
    shown++;
  }
  texts.push(current);
  return texts.map((line) => section(line));
}

/** Answers as a bulleted list that fits one section, with "…and N more" for what did not. */
function answerList(
  answers: readonly string[],
  text: { title: string; none: string; more: (count: number) => string },
): string {
  if (answers.length === 0) return `${text.title}\n${text.none}`;
  const lines: string[] = [text.title];
  let length = text.title.length;
  // Leave room for the "…and N more" line whatever N is.
  const budget = SECTION_MAX - 120;
  let shown = 0;
  for (const answer of answers) {
    const line = answerLine(answer);
    if (length + 1 + line.length > budget) break;
    lines.push(line);
    length += 1 + line.length;
    shown++;
  }
  if (shown < answers.length) lines.push(text.more(answers.length - shown));
  return lines.join('\n');
}

function unitsText(data: SummaryData, locale: Locale, t: Translate): { text: string; shown: boolean } | null {
  const { unitBreakdown, minGroupSize } = data.summary;
  switch (unitBreakdown.status) {
    case 'none':
      return null;
    case 'withheld':
      return {
        shown: false,
        text: t(
          unitBreakdown.reason === 'tooFewPerUnit'
            ? 'evaluation.summary.unitsWithheld'
            : 'evaluation.summary.unitsWithheldDifference',
          { min: minGroupSize },
        ),
      };
    case 'shown': {
      const lines = unitBreakdown.units.map((u) =>
        t('evaluation.summary.unitLine', {
          unit: escapeMrkdwn(data.unitNames[u.unitId] ?? String(u.unitId)),
          mean: formatScore(u.overallMean, locale),
          count: u.respondedCount,
        }),
      );
      if (unitBreakdown.someHidden)
        lines.push(t('evaluation.summary.unitsSomeHidden', { min: minGroupSize }));
      return { shown: true, text: [t('evaluation.summary.unitsTitle'), ...lines].join('\n') };
    }
  }
}

/** The summary posted in the shared channel when a cycle closes (in the deployment's language). */
export function buildSummaryMessage(data: SummaryData, locale: Locale, t: Translate): SlackMessage {
  return {
    text: t('evaluation.summary.text', { code: data.code }),
    blocks: [
      {
        type: 'header',
        text: {
          type: 'plain_text',
          text: truncate(t('evaluation.summary.header', { code: data.code }), 150),
        },
      },
      context(
        t('evaluation.summary.period', {
          name: escapeMrkdwn(data.name),
          opened: data.openedLabel,
          closed: data.closedLabel,
        }),
      ),
      ...buildSummaryBlocks(data, locale, t),
      context(t('evaluation.summary.footer', { code: data.code })),
    ],
  };
}
