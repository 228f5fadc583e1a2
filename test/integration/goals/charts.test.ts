/**
 * Goal charts in Slack, end to end: `/mitra lihat` follows its answer with each goal's capaian
 * against the quarter's target, and App Home shows a strip of goal statuses per partnership with
 * the counts in words beside it. An unchanged picture is not uploaded again; a failed upload
 * leaves the words alone.
 */
import type { KnownBlock } from '@slack/types';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { goals, type Partnership } from '../../../src/db/schema/index.js';
import { CHART_COLORS } from '../../../src/slack/kit/charts/palette.js';
import { createGoal, createPartnership, createUnit } from '../../support/factories.js';
import { type Harness, PEOPLE, startHarness } from '../../support/harness.js';
import { countColor, decodePng } from '../../support/png.js';
import { addQuarterUpdate, addTargets, answers } from '../../support/reports-flow.js';
import { waitFor } from '../../support/wait.js';

let h: Harness;
const now = new Date('2026-08-10T03:00:00Z'); // Triwulan III 2026
const { coordinator, english, outsider } = PEOPLE;
let p: Partnership;
let budget: number;

beforeAll(async () => {
  h = await startHarness({ clock: () => now });
  const a = createUnit(h.db);
  const b = createUnit(h.db);
  p = createPartnership(h.db, { unitIds: [a.id, b.id], coordinatorId: coordinator.id });
  budget = createGoal(h.db, {
    partnershipId: p.id,
    title: 'Penyerapan anggaran',
    currentValue: 72,
    status: 'on_track',
  }).id;
  const review = createGoal(h.db, {
    partnershipId: p.id,
    title: 'Dokumen direviu',
    currentValue: 50,
    status: 'at_risk',
  }).id;
  createGoal(h.db, { partnershipId: p.id, title: 'SOP bersama' });
  addTargets(h.db, budget, [{ year: 2026, quarter: 3, value: 80 }]);
  addTargets(h.db, review, [{ year: 2026, quarter: 3, value: 40 }]);
  addQuarterUpdate(h.db, { goalId: budget, year: 2026, quarter: 3, value: 72, at: now });
  addQuarterUpdate(h.db, { goalId: review, year: 2026, quarter: 3, value: 50, status: 'at_risk', at: now });
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  h.fake.clearFaults();
});

type ImageBlock = { type: 'image'; slack_file: { id: string }; alt_text: string; title: { text: string } };
const imageIn = (blocks: readonly unknown[] | undefined) =>
  (blocks as KnownBlock[] | undefined)?.find((b) => b.type === 'image') as ImageBlock | undefined;
const pngOf = (id: string | undefined) => {
  const file = h.fake.files().find((f) => f.id === id);
  if (!file) throw new Error(`no file ${id}`);
  return file;
};

describe('/mitra lihat KODE', () => {
  it('follows the charter with the goals’ capaian this quarter, the same numbers as its lines', async () => {
    const [answer, chart] = await answers(h, coordinator.id, `lihat ${p.code}`, 2);
    expect(answer).toContain('realisasi 72% (capaian 90%)');
    expect(answer).toContain('realisasi 50% (capaian 125%)');
    const blocks = JSON.parse(chart?.slice(chart.indexOf(' [')) ?? '[]') as KnownBlock[];
    const image = imageIn(blocks);
    expect(image?.title.text).toBe(`${p.code}: capaian sasaran Triwulan III 2026`);
    expect(image?.alt_text).toBe(
      'Capaian per sasaran terhadap target: Penyerapan anggaran 90%; Dokumen direviu 125%; SOP bersama tanpa target.',
    );
    const file = pngOf(image?.slack_file.id);
    expect(file.channel).toBeUndefined();
    expect(file.content.length).toBeLessThan(100_000);
    const pixels = decodePng(file.content);
    expect(countColor(pixels, CHART_COLORS.onTrack)).toBeGreaterThan(500);
    expect(countColor(pixels, CHART_COLORS.atRisk)).toBeGreaterThan(500);
  });

  it('speaks English to an English reader, and draws nothing for someone refused', async () => {
    const [, chart] = await answers(h, english.id, `show ${p.code}`, 2);
    expect(chart).toContain('Achievement of each goal against its target: Penyerapan anggaran 90%');
    expect(chart).toContain(`${p.code}: goal achievement, Quarter III of 2026`);

    const files = h.fake.files().length;
    const sent = await h.fake.sendSlashCommand({ userId: outsider.id, text: `lihat ${p.code}` });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.fake.answersTo(sent.responseUrl)).toHaveLength(1);
    expect(h.fake.files().length).toBe(files);
  });
});

describe('App Home', () => {
  async function openHome(userId: string) {
    const before = h.fake.callsTo('views.publish').filter((c) => c.args.user_id === userId).length;
    await h.fake.sendEvent({ type: 'app_home_opened', user: userId, tab: 'home', channel: 'D0HOME' });
    await waitFor(
      () => h.fake.callsTo('views.publish').filter((c) => c.args.user_id === userId).length > before,
      { what: 'a published home' },
    );
    const view = h.fake.homeView(userId);
    if (!view) throw new Error('no home view');
    return view.blocks as KnownBlock[];
  }

  it('shows a strip of goal statuses under the partnerships’ title, with the counts in words', async () => {
    const blocks = await openHome(coordinator.id);
    const title = blocks.findIndex((b) => JSON.stringify(b).includes('Kemitraan Anda'));
    expect(blocks[title + 1]?.type).toBe('image');
    const image = imageIn(blocks);
    const line = `${p.code}: 1 sesuai rencana, 1 berisiko, 1 belum dinilai`;
    expect(image?.alt_text).toBe(`Status sasaran per kemitraan: ${line}.`);
    expect(JSON.stringify(blocks[title + 2])).toContain(line);
    const pixels = decodePng(pngOf(image?.slack_file.id).content);
    expect(countColor(pixels, CHART_COLORS.onTrack)).toBeGreaterThan(50);
    expect(countColor(pixels, CHART_COLORS.atRisk)).toBeGreaterThan(50);
    expect(countColor(pixels, CHART_COLORS.previous)).toBeGreaterThan(50);
  });

  it('does not upload an unchanged strip again, and draws a new one when a status changes', async () => {
    const first = imageIn(await openHome(coordinator.id))?.slack_file.id;
    const files = h.fake.files().length;
    expect(imageIn(await openHome(coordinator.id))?.slack_file.id).toBe(first);
    expect(h.fake.files().length).toBe(files);

    h.db.update(goals).set({ status: 'done' }).where(eq(goals.id, budget)).run();
    const changed = imageIn(await openHome(coordinator.id));
    expect(changed?.slack_file.id).not.toBe(first);
    expect(changed?.alt_text).toContain('1 selesai, 1 berisiko, 1 belum dinilai');
    expect(h.fake.files().length).toBe(files + 1);
  });

  it('is published in words when the picture cannot be uploaded, and without a strip for no goals', async () => {
    h.db.update(goals).set({ status: 'off_track' }).where(eq(goals.id, budget)).run();
    h.fake.injectFault('files.getUploadURLExternal', { kind: 'http_error', status: 500 });
    const blocks = await openHome(coordinator.id);
    expect(imageIn(blocks)).toBeUndefined();
    expect(JSON.stringify(blocks)).toContain(p.code);
    expect(JSON.stringify(blocks)).not.toContain('tidak sesuai rencana, 1 berisiko');

    expect(imageIn(await openHome(outsider.id))).toBeUndefined();
  });
});
