import { describe, expect, it } from 'vitest';
import { withMeasureUnit } from '../../../src/domain/goals.js';
import { validateCadence } from '../../../src/domain/time/cadence.js';
import { describeCadence, formatLocalDateTime } from '../../../src/domain/time/cadence-text.js';
import { translator } from '../../../src/i18n/index.js';
import { slackErrorText } from '../../../src/i18n/labels.js';
import { SUBCOMMANDS, subcommandWords } from '../../../src/slack/kit/subcommands.js';

describe('the goal command word', () => {
  it('is `sasaran`, with `tujuan` and `goal` still accepted', () => {
    const words = subcommandWords();
    expect(SUBCOMMANDS.goal.word.id).toBe('sasaran');
    expect(words.get('sasaran')).toBe('goal');
    expect(words.get('tujuan')).toBe('goal');
    expect(words.get('goal')).toBe('goal');
  });
});

describe('slackErrorText', () => {
  const id = translator('id');
  const en = translator('en');

  it('says a known Slack code in words, never the code', () => {
    expect(slackErrorText(id, 'channel_not_found')).not.toContain('channel_not_found');
    expect(slackErrorText(id, 'is_archived')).toBe('kanal telah diarsipkan');
    expect(slackErrorText(en, 'not_in_channel')).toBe('Mitra is not a member of the channel');
    expect(slackErrorText(en, 'missing_scope')).toContain('ask a Mitra admin');
  });

  it('calls an unknown code a refusal and a message without a code (time-out, 5xx) unreachable', () => {
    expect(slackErrorText(en, 'some_new_code')).toBe('Slack refused the request');
    expect(slackErrorText(en, 'A request timed out')).toBe('Slack could not be reached');
    expect(slackErrorText(en, null)).toBe('Slack could not be reached');
  });

  it('translates a catalog key stored as the reason, with its parameters', () => {
    expect(slackErrorText(en, 'evaluation.open.error.noManagers', { code: 'PK-2' })).toContain(
      'Partnership PK-2 has no unit heads yet',
    );
  });
});

describe('numbers with their unit of measure', () => {
  it('writes a percentage without a space and any other unit with one', () => {
    expect(withMeasureUnit('82', '%')).toBe('82%');
    expect(withMeasureUnit('12,5', ' % ')).toBe('12,5%');
    expect(withMeasureUnit('4', 'dokumen')).toBe('4 dokumen');
    expect(withMeasureUnit('4', null)).toBe('4');
    expect(withMeasureUnit('4', '')).toBe('4');
  });
});

describe('dates and times', () => {
  it('says "pukul" in Indonesian and "at" in English, in the one date-time format', () => {
    const at = new Date('2026-12-07T02:00:00Z');
    expect(formatLocalDateTime(at, 'Asia/Jakarta', 'id')).toBe('Senin, 7 Desember 2026 pukul 09.00 WIB');
    expect(formatLocalDateTime(at, 'Asia/Jakarta', 'en')).toBe('Monday, 7 December 2026 at 09:00 WIB');
  });

  it('gives cron descriptions "pukul" and the dot in Indonesian', () => {
    const describe = (cronExpression: string) => {
      const result = validateCadence({ cadence: 'cron', cronExpression, timeZone: 'Asia/Jakarta' });
      if (!result.ok) throw new Error(`refused: ${cronExpression}`);
      return describeCadence(result.spec, 'id');
    };
    expect(describe('0 9 * * 1')).toBe('Pukul 09.00, hanya pada Senin (WIB)');
    expect(describe('0 9,15 * * *')).toBe('Pukul 09.00 dan 15.00 (WIB)');
    expect(describe('*/30 9-17 * * 1')).toBe(
      'Setiap 30 menit, antara pukul 09.00 dan 17.59, hanya pada Senin (WIB)',
    );
    expect(describe('0 9 1 * *')).toBe('Pukul 09.00, pada tanggal 1 setiap bulan (WIB)');
  });
});
