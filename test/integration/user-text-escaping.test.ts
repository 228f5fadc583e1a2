/**
 * Text people type (a goal's measure unit, a unit's name, a partnership's name) reaches shared
 * channels and DMs as mrkdwn: it must arrive escaped, never as a live `<!channel>` or link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifyCoordinators } from '../../src/jobs/deliveries.js';
import { fastClient } from '../helpers/delivery.js';
import { createGoal, createPartnership, createSchedule, createUnit } from '../helpers/factories.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../helpers/harness.js';
import { waitFor } from '../helpers/wait.js';
import { GoalsFlow } from './goals-flow.js';
import { formValues, openModal } from './partnerships-helpers.js';

const NOW = new Date('2026-03-10T01:00:00Z');
const HOSTILE = 'dok <!channel> <http://x.io|y>';
const ESCAPED = 'dok &lt;!channel&gt; &lt;http://x.io|y&gt;';
const COORDINATOR_DM = 'DCOORD';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ clock: () => NOW });
});
afterAll(async () => {
  await h.close();
});

/** Everything the message carries that Slack renders: its text and its blocks. */
const rendered = (m: { text: string; blocks?: unknown }) => `${m.text} ${JSON.stringify(m.blocks ?? [])}`;

const expectNoLiveMarkup = (text: string) => {
  expect(text).not.toContain('<!channel>');
  expect(text).not.toContain('<http://x.io');
};

describe('text typed by people, in what Slack receives', () => {
  it('escapes a goal’s measure unit in the progress modal and in the progress notice of the charter thread', async () => {
    const p = createPartnership(h.db);
    createGoal(h.db, {
      partnershipId: p.id,
      title: 'Dokumen selesai',
      target: 10,
      currentValue: 2,
      measureUnit: HOSTILE,
    });
    const flow = new GoalsFlow(h);
    const view = await flow.openWith(PEOPLE.coordinator.id, `progres ${p.code}`);
    const summary = JSON.stringify(view.blocks.filter((b) => b.type === 'section'));
    expect(summary).toContain(`*10 ${ESCAPED}*`);
    expectNoLiveMarkup(summary);

    const { errors } = await flow.submit(PEOPLE.coordinator.id, view, { progress_value: '3' });
    expect(errors).toEqual({});
    const notice = await waitFor(
      () =>
        h.fake
          .messages(SHARED_CHANNEL)
          .find((m) => m.thread_ts && m.text.includes('Pemutakhiran capaian *Dokumen selesai*')),
      { what: 'the progress notice in the charter thread' },
    );
    expect(notice.text).toContain(`3 ${ESCAPED}`);
    expectNoLiveMarkup(rendered(notice));
  });

  it('escapes a renamed unit’s name in the notice of every partnership it takes part in', async () => {
    const unit = createUnit(h.db, { code: 'HUMAS', name: 'Biro Humas' });
    const p = createPartnership(h.db, { unitIds: [unit.id, createUnit(h.db).id] });
    const view = await openModal(h, PEOPLE.admin.id, 'unit humas');
    const result = await h.fake.sendViewSubmission({
      userId: PEOPLE.admin.id,
      viewId: view.id,
      values: formValues(view, { unit_name: HOSTILE }),
    });
    expect(result.outcome.effect).toBe('updated');
    // The confirmation at the top of the admin's modal is mrkdwn too (plain-text options are not).
    const banner = JSON.stringify(h.fake.openViews(PEOPLE.admin.id).at(-1)?.blocks[0]);
    expect(banner).toContain(ESCAPED);
    expectNoLiveMarkup(banner);

    const notice = await waitFor(
      () =>
        h.fake
          .messages(p.channelId)
          .find((m) => m.thread_ts && m.text.includes('Unit') && m.text.includes('diperbarui')),
      { what: 'the unit notice in the charter thread' },
    );
    expect(notice.text).toContain(ESCAPED);
    expectNoLiveMarkup(rendered(notice));
  });

  it('escapes the partnership’s name in the DMs to its coordinators', async () => {
    const p = createPartnership(h.db, { name: HOSTILE });
    const schedule = createSchedule(h.db, { partnershipId: p.id });
    const before = h.fake.messages(COORDINATOR_DM).length;
    // No delivery DM names the partnership yet; any key with {name} shows what would reach them.
    await notifyCoordinators(h.mitra.services, fastClient(h.fake), {
      schedule,
      partnership: p,
      key: 'unit.notice.updated',
      params: {},
    });
    const [dm] = h.fake.messages(COORDINATOR_DM).slice(before);
    expect(dm?.text).toContain(ESCAPED);
    expectNoLiveMarkup(rendered(dm ?? { text: '' }));
  });
});
