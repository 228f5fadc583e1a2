/**
 * Evaluation charts in Slack, end to end: the summary posted when a cycle closes gains a radar of
 * this cycle against the last, uploaded privately and shown by an image block; `/mitra laporan`
 * follows its answer with the trend. Slack's refusal of a file still being processed is waited
 * out, and a file never ready leaves the words alone. The pictures' numbers are the words' numbers.
 */
import type { KnownBlock } from '@slack/types';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { UploadedFile } from '../../../sandbox/fake-slack/index.js';
import type { Partnership } from '../../../src/db/schema/index.js';
import { closeDueCycles, SUMMARY_EVENT_TYPE } from '../../../src/jobs/evaluation-close.js';
import { CHART_COLORS } from '../../../src/slack/kit/charts/palette.js';
import { answeredCycle } from '../../support/cycles.js';
import { createPartnership, createRole, createUnit } from '../../support/factories.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';
import { countColor, decodePng } from '../../support/png.js';
import { answers } from '../../support/reports-flow.js';

let h: Harness;
const { english, manager1, manager2, outsider } = PEOPLE;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  h.fake.setFileProcessingMs(0);
  h.fake.clearFaults();
});

function partnershipWithManagers(): Partnership {
  const a = createUnit(h.db);
  const b = createUnit(h.db);
  const p = createPartnership(h.db, { unitIds: [a.id, b.id], coordinatorId: english.id });
  createRole(h.db, { partnershipId: p.id, unitId: a.id, userId: manager1.id, role: 'manager' });
  createRole(h.db, { partnershipId: p.id, unitId: b.id, userId: manager2.id, role: 'manager' });
  return p;
}

const summaryOf = (cycleId: number) =>
  h.fake
    .messages(SHARED_CHANNEL)
    .find(
      (m) =>
        m.metadata?.event_type === SUMMARY_EVENT_TYPE &&
        JSON.stringify(m.metadata.event_payload).includes(`"cycle_id":${cycleId}`),
    );

const imageOf = (blocks: readonly unknown[] | undefined) =>
  (blocks as KnownBlock[] | undefined)?.find((b) => b.type === 'image') as
    | { slack_file: { id: string }; alt_text: string; title: { text: string } }
    | undefined;

const fileOf = (id: string | undefined): UploadedFile => {
  const file = h.fake.files().find((f) => f.id === id);
  if (!file) throw new Error(`no file ${id}`);
  return file;
};

/** The numbers written with a decimal comma ("3,5") in a text, in order. */
const scoresIn = (text: string) => text.match(/\d,\d/g) ?? [];

async function close(at: string): Promise<void> {
  await closeDueCycles(h.mitra.services, h.mitra.app.client, { now: new Date(at), claimant: 'charts' });
}

describe('the summary of a closed cycle', () => {
  it('gains a radar of this cycle against the last under its header, its numbers the summary’s', async () => {
    const p = partnershipWithManagers();
    answeredCycle(h.db, p, { closesAt: new Date('2026-03-02T10:00:00Z'), scores: [2, 2] });
    await close('2026-03-02T10:00:00Z');
    const second = answeredCycle(h.db, p, { closesAt: new Date('2026-06-01T10:00:00Z'), scores: [4, 5] });
    await close('2026-06-01T10:00:00Z');

    const summary = summaryOf(second);
    const blocks = summary?.blocks ?? [];
    expect(blocks.map((b) => b.type).slice(0, 3)).toEqual(['header', 'context', 'image']);
    const image = imageOf(blocks);
    expect(image?.title.text).toBe(`${p.code}: skor rata-rata per dimensi`);
    expect(image?.alt_text).toContain('Koordinasi 4,5 (sebelumnya 2,0)');
    expect(image?.alt_text).toContain('Kepuasan staf 5,0 (sebelumnya 3,0)');

    // The text version stays, with every mean the picture shows.
    const words = JSON.stringify(blocks.filter((b) => b.type !== 'image'));
    expect(words).toContain('Koordinasi: *4,5*');
    expect(words).toContain('Kepuasan staf: *5,0*');
    const current = (image?.alt_text ?? '').match(/ (\d,\d) \(/g)?.map((m) => m.trim().slice(0, 3)) ?? [];
    expect(current).toHaveLength(7);
    for (const score of current) expect(words).toContain(`*${score}*`);

    // Uploaded privately (no channel, so no file message), as a PNG within budget, in the colours.
    const file = fileOf(image?.slack_file.id);
    expect(file.channel).toBeUndefined();
    expect(file.name).toMatch(/\.png$/);
    expect(file.altText).toBe(image?.alt_text);
    expect(file.content.length).toBeLessThan(100_000);
    const pixels = decodePng(file.content);
    // Drawn sharper than the chart's size (520 px wide), within the pixel budget.
    expect(pixels.width).toBeGreaterThan(900);
    expect(countColor(pixels, CHART_COLORS.current)).toBeGreaterThan(300);
    expect(countColor(pixels, CHART_COLORS.previous)).toBeGreaterThan(300);
  });

  it('waits while Slack processes the file, trying again until the picture is taken', async () => {
    const p = partnershipWithManagers();
    const cycle = answeredCycle(h.db, p, { closesAt: new Date('2026-07-06T10:00:00Z'), scores: [3, 4] });
    // Refused on the first try and the first retry (400 ms later), taken on the second.
    h.fake.setFileProcessingMs(900);
    const before = h.fake.callsTo('chat.update').length;
    await close('2026-07-06T10:00:00Z');
    const updates = h.fake
      .callsTo('chat.update')
      .slice(before)
      .filter((c) => c.args.ts === summaryOf(cycle)?.ts);
    expect(updates.map((c) => c.response.ok)).toEqual([false, false, true]);
    expect(updates[0]?.response.error).toBe('invalid_blocks');
    expect(imageOf(summaryOf(cycle)?.blocks)).toBeDefined();
  });

  it('keeps the words alone when Slack never takes the file, and uploads afresh next time', async () => {
    const p = partnershipWithManagers();
    const cycle = answeredCycle(h.db, p, { closesAt: new Date('2026-08-03T10:00:00Z'), scores: [1, 2] });
    h.fake.setFileProcessingMs(60_000);
    const remembered = h.mitra.services.charts.size;
    const uploads = h.fake.files().length;
    await close('2026-08-03T10:00:00Z');
    expect(h.fake.files().length).toBe(uploads + 1);
    const summary = summaryOf(cycle);
    expect(summary?.blocks?.some((b) => b.type === 'image')).toBe(false);
    expect(JSON.stringify(summary?.blocks)).toContain('Koordinasi: *1,5*');
    // The refused file is forgotten, so the same picture would be uploaded again.
    expect(h.mitra.services.charts.size).toBe(remembered);
  }, 15_000);

  it('is posted in words when the picture cannot be uploaded', async () => {
    const p = partnershipWithManagers();
    const cycle = answeredCycle(h.db, p, { closesAt: new Date('2026-09-07T10:00:00Z'), scores: [5, 5] });
    h.fake.injectFault('files.getUploadURLExternal', { kind: 'error', error: 'not_allowed_token_type' });
    await close('2026-09-07T10:00:00Z');
    const summary = summaryOf(cycle);
    expect(summary).toBeDefined();
    expect(summary?.blocks?.some((b) => b.type === 'image')).toBe(false);
    expect(summary?.edited).toBeUndefined();
  });
});

describe('/mitra laporan KODE', () => {
  it('follows its answer with the trend, whose numbers are the answer’s trend lines', async () => {
    const p = partnershipWithManagers();
    answeredCycle(h.db, p, { closesAt: new Date('2026-03-02T10:00:00Z'), scores: [2, 3] });
    answeredCycle(h.db, p, { closesAt: new Date('2026-06-01T10:00:00Z'), scores: [4, 4] });
    answeredCycle(h.db, p, { closesAt: new Date('2026-09-07T10:00:00Z'), scores: [3, 4] });
    await close('2026-09-07T10:00:00Z');

    const [answer, chart] = await answers(h, english.id, `report ${p.code}`, 2);
    expect(answer).toContain('Trend over 3 evaluations');
    // The second answer is the picture alone, described in English for an English reader.
    const body = JSON.parse(chart?.slice(chart.indexOf(' [')) ?? '[]') as KnownBlock[];
    expect(body.map((b) => b.type)).toEqual(['image']);
    const image = imageOf(body);
    expect(image?.title.text).toBe(`${p.code}: trend of 3 evaluations (oldest → newest)`);
    expect(image?.alt_text).toContain('Coordination 2.5 → 4.0 → 3.5');
    expect(image?.alt_text).toContain('Response rate: 100% → 100% → 100%');
    // The answer writes the same series, with the same numbers.
    expect(answer).toContain('Coordination: 2.5 → 4.0 → 3.5');
    const png = fileOf(image?.slack_file.id).content;
    expect(png.length).toBeLessThan(100_000);
    expect(countColor(decodePng(png), CHART_COLORS.responseRate)).toBeGreaterThan(1000);
  });

  it('shows one closed cycle as a radar, and no picture at all before any has closed', async () => {
    const p = partnershipWithManagers();
    answeredCycle(h.db, p, { closesAt: new Date('2026-03-02T10:00:00Z'), scores: [2, 4] });
    await close('2026-03-02T10:00:00Z');
    const [, chart] = await answers(h, manager1.id, `laporan ${p.code}`, 2);
    expect(chart).toContain('Koordinasi 3,0; Komunikasi 3,0');
    expect(scoresIn(chart ?? '').length).toBeGreaterThanOrEqual(7);

    const fresh = partnershipWithManagers();
    const files = h.fake.files().length;
    const sent = await h.fake.sendSlashCommand({ userId: manager1.id, text: `laporan ${fresh.code}` });
    // Give a picture time to come, were one on its way.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.fake.answersTo(sent.responseUrl)).toHaveLength(1);
    expect(h.fake.files().length).toBe(files);
  });

  it('sends no picture to someone who may not see the report', async () => {
    const p = partnershipWithManagers();
    answeredCycle(h.db, p, { closesAt: new Date('2026-03-02T10:00:00Z'), scores: [2, 4] });
    await close('2026-03-02T10:00:00Z');
    const files = h.fake.files().length;
    const sent = await h.fake.sendSlashCommand({ userId: outsider.id, text: `laporan ${p.code}` });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const said = h.fake.answersTo(sent.responseUrl);
    expect(said).toHaveLength(1);
    expect(JSON.stringify(said[0]?.body)).not.toContain('slack_file');
    expect(h.fake.files().length).toBe(files);
  });
});
