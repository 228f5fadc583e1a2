import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../src/logger.js';
import type { ChartSpec } from '../../../../src/slack/kit/charts/evaluation-charts.js';
import {
  ChartFiles,
  chartBlock,
  chartKey,
  isSlackFileRefusal,
  sendWithChart,
} from '../../../../src/slack/kit/charts/slack-charts.js';

const refusal = (message: string) => ({
  data: { ok: false, error: 'invalid_blocks', response_metadata: { messages: [`[ERROR] ${message}`] } },
});

describe('ChartFiles', () => {
  it('keeps the most recently used charts up to its size, and forgets a file Slack refused', () => {
    const files = new ChartFiles(true, 2);
    files.set('a', 'FA');
    files.set('b', 'FB');
    expect(files.get('a')).toBe('FA'); // a is now the most recent
    files.set('c', 'FC');
    expect(files.get('b')).toBeUndefined();
    expect(files.get('a')).toBe('FA');
    files.forget('FA');
    expect(files.get('a')).toBeUndefined();
    expect(files.size).toBe(1);
  });
});

describe('chartKey', () => {
  const spec = (alt: string): ChartSpec => ({
    alt,
    size: { width: 100, height: 50 },
    option: {
      series: [{ type: 'bar', data: [1, 2] }],
      yAxis: { axisLabel: { formatter: (v: number) => `${v}%` } },
    },
  });

  it('is the same for the same picture and differs with its words, team, title or drawing', () => {
    const base = chartKey(spec('Capaian 90%'), { teamId: 'T1', title: 'PK-1' });
    expect(chartKey(spec('Capaian 90%'), { teamId: 'T1', title: 'PK-1' })).toBe(base);
    expect(chartKey(spec('Achievement 90%'), { teamId: 'T1', title: 'PK-1' })).not.toBe(base);
    expect(chartKey(spec('Capaian 90%'), { teamId: 'T2', title: 'PK-1' })).not.toBe(base);
    expect(chartKey(spec('Capaian 90%'), { teamId: 'T1', title: 'PK-2' })).not.toBe(base);
    const other = { ...spec('Capaian 90%'), option: { series: [{ type: 'bar' as const, data: [1, 3] }] } };
    expect(chartKey(other, { teamId: 'T1', title: 'PK-1' })).not.toBe(base);
  });
});

describe('isSlackFileRefusal', () => {
  it('recognises Slack refusing an image’s file, from the Web API and from a response_url', () => {
    expect(isSlackFileRefusal(refusal('invalid slack file [json-pointer:/blocks/2/slack_file]'))).toBe(true);
    expect(
      isSlackFileRefusal({
        response: {
          data: {
            ok: false,
            error: 'invalid_blocks',
            errors: ['invalid slack file [json-pointer:/blocks/0/slack_file]'],
          },
        },
      }),
    ).toBe(true);
  });

  it('leaves every other failure to the caller', () => {
    expect(
      isSlackFileRefusal(refusal('must be less than 3001 characters [json-pointer:/blocks/0/text]')),
    ).toBe(false);
    expect(isSlackFileRefusal({ data: { ok: false, error: 'channel_not_found' } })).toBe(false);
    expect(isSlackFileRefusal(new Error('socket hang up'))).toBe(false);
    expect(isSlackFileRefusal(undefined)).toBe(false);
  });
});

describe('sendWithChart', () => {
  const upload = { fileId: 'F00000001', alt: 'Capaian 90%', title: 'PK-1' };

  it('sends the picture, trying again while Slack refuses the file', async () => {
    const files = new ChartFiles();
    const sent: number[] = [];
    const result = await sendWithChart(
      async (chart) => {
        sent.push(chart.length);
        if (sent.length < 3) throw refusal('invalid slack file [json-pointer:/blocks/0/slack_file]');
        return 'ok';
      },
      upload,
      { files, logger: silentLogger(), retryMs: [1, 1, 1] },
    );
    expect(result).toEqual({ result: 'ok', charted: true });
    expect(sent).toEqual([1, 1, 1]);
  });

  it('sends the words alone once the pauses are spent, and forgets the file', async () => {
    const files = new ChartFiles();
    files.set('key', upload.fileId);
    const sent: number[] = [];
    const result = await sendWithChart(
      async (chart) => {
        sent.push(chart.length);
        if (chart.length > 0) throw refusal('invalid slack file');
        return 'words';
      },
      upload,
      { files, logger: silentLogger(), retryMs: [1, 1] },
    );
    expect(result).toEqual({ result: 'words', charted: false });
    expect(sent).toEqual([1, 1, 1, 0]);
    expect(files.get('key')).toBeUndefined();
  });

  it('throws any other failure at once, and sends no picture when there is none', async () => {
    const boom = { data: { ok: false, error: 'channel_not_found' } };
    await expect(
      sendWithChart(
        async () => {
          throw boom;
        },
        upload,
        { files: new ChartFiles(), logger: silentLogger(), retryMs: [1] },
      ),
    ).rejects.toBe(boom);
    const sent: number[] = [];
    await sendWithChart(async (chart) => sent.push(chart.length), undefined, {
      files: new ChartFiles(),
      logger: silentLogger(),
    });
    expect(sent).toEqual([0]);
  });

  it('builds the image block Slack documents, with the alt text and title', () => {
    expect(chartBlock(upload)).toEqual({
      type: 'image',
      slack_file: { id: 'F00000001' },
      alt_text: 'Capaian 90%',
      title: { type: 'plain_text', text: 'PK-1' },
    });
  });
});
