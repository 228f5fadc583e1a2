/**
 * Text people type (a goal's measure unit, a unit's name, a partnership's name) reaches shared
 * channels and DMs as mrkdwn: it must arrive escaped, never as a live `<!channel>` or link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mrkdwnToHtml } from '../../../sandbox/web/public/mrkdwn.js';
import { partnerships } from '../../../src/db/schema/index.js';
import { summariseCycle } from '../../../src/domain/evaluation-stats.js';
import { translator } from '../../../src/i18n/index.js';
import { buildSummaryMessage } from '../../../src/slack/features/evaluations/summary-view.js';
import { publishHome } from '../../../src/slack/features/home/flow.js';
import { notifyCoordinators } from '../../../src/slack/features/schedules/flow.js';
import { buildReminder } from '../../../src/slack/features/schedules/reminder-content.js';
import { fastClient } from '../../support/delivery.js';
import { createGoal, createPartnership, createSchedule, createUnit, TEAM } from '../../support/factories.js';
import { GoalsFlow } from '../../support/goals-flow.js';
import { type Harness, PEOPLE, SHARED_CHANNEL, startHarness } from '../../support/harness.js';
import { blockIdOf, formValues, openModal } from '../../support/partnerships.js';
import { waitFor } from '../../support/wait.js';

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

/** Typed by a person: every mrkdwn control a name or a note could carry. */
const MARKUP = 'Rapat *bulanan* _x_ ~y~ `z` <!channel> <@UOUTSIDE>';

/**
 * What a reader sees in each text object of a surface: mrkdwn rendered the way Slack renders it (the
 * sandbox's renderer, tags removed), plain_text as it is. A live `*bulanan*` would lose its stars,
 * a live `<@UOUTSIDE>` would show as "@Tamu Luar".
 */
function shownTexts(surface: unknown): string[] {
  const shown: string[] = [];
  const decode = (html: string) =>
    html
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const o = node as Record<string, unknown>;
    if (o.type === 'mrkdwn' && typeof o.text === 'string') shown.push(decode(mrkdwnToHtml(o.text, {})));
    else if (o.type === 'plain_text' && typeof o.text === 'string') shown.push(o.text);
    else for (const value of Object.values(o)) visit(value);
  };
  visit(surface);
  return shown;
}

/** The text shows literally wherever the surface mentions it, and it does mention it. */
function expectLiteral(surface: unknown, what: string) {
  const mentioning = shownTexts(surface).filter((s) => s.includes('bulanan'));
  expect(mentioning.length, `${what} mentions the text`).toBeGreaterThan(0);
  for (const text of mentioning) expect(text, what).toContain(MARKUP);
}

describe('mrkdwn typed by people shows literally on every surface', () => {
  let code = '';
  it('in the "partnership created" view, the charter and its thread, with the name the same everywhere', async () => {
    const [a, b] = [createUnit(h.db, { code: 'LIT1' }), createUnit(h.db, { code: 'LIT2' })];
    const view = await openModal(h, PEOPLE.coordinator.id, 'baru');
    await h.fake.sendViewSubmission({
      userId: PEOPLE.coordinator.id,
      viewId: view.id,
      values: formValues(view, {
        name: MARKUP,
        purpose: `Tujuan: ${MARKUP}`,
        units: [String(a.id), String(b.id)],
        lead_unit: String(a.id),
        channel: SHARED_CHANNEL,
      }),
    });
    expect(h.fake.view(view.id)?.errors?.[blockIdOf(view, 'name')]).toBeUndefined();
    const created = await waitFor(() =>
      h.db
        .select()
        .from(partnerships)
        .all()
        .find((p) => p.name === MARKUP),
    );
    code = created.code;
    const posted = await waitFor(() => {
      const v = h.fake.view(view.id);
      return v && JSON.stringify(v.blocks).includes(created.code) ? v : undefined;
    });
    expectLiteral(posted.blocks, 'the created view');
    // The charter is the message whose ts the partnership records (its thread may already have replies).
    const charter = await waitFor(() => {
      const charterTs = h.db
        .select()
        .from(partnerships)
        .all()
        .find((p) => p.id === created.id)?.charterTs;
      return charterTs ? h.fake.messages(SHARED_CHANNEL).find((m) => m.ts === charterTs) : undefined;
    });
    expectLiteral(charter.blocks, 'the charter');
    expect(shownTexts(charter.blocks).some((s) => s.includes(`Tujuan: ${MARKUP}`))).toBe(true);
  });

  it('in goal titles: the charter thread notice, the progress modal, reminders and App Home', async () => {
    const p = h.db
      .select()
      .from(partnerships)
      .all()
      .find((x) => x.code === code);
    if (!p) throw new Error('no partnership from the previous test');
    createGoal(h.db, {
      partnershipId: p.id,
      title: MARKUP,
      target: 10,
      personInChargeId: PEOPLE.coordinator.id,
    });
    const flow = new GoalsFlow(h);
    const view = await flow.openWith(PEOPLE.coordinator.id, `progres ${p.code}`);
    expectLiteral(
      view.blocks.filter((b) => b.type !== 'input'),
      'the progress modal',
    );
    await flow.submit(PEOPLE.coordinator.id, view, { progress_value: '3' });
    const notice = await waitFor(
      () =>
        h.fake
          .messages(SHARED_CHANNEL)
          .find((m) => m.thread_ts && m.text.includes('Pemutakhiran capaian') && m.text.includes('bulanan')),
      { what: 'the progress notice' },
    );
    expectLiteral({ type: 'mrkdwn', text: notice.text }, 'the thread notice');

    const schedule = createSchedule(h.db, {
      partnershipId: p.id,
      kind: 'checkin',
      message: `Agenda: ${MARKUP}`,
    });
    const reminder = buildReminder(h.mitra.services, {
      schedule,
      partnership: p,
      now: new Date('2026-12-30T01:00:00Z'),
    });
    expectLiteral([{ type: 'mrkdwn', text: reminder.text }, reminder.blocks], 'the reminder');

    await publishHome(h.mitra.services, h.mitra.app.client, { teamId: TEAM, userId: PEOPLE.coordinator.id });
    expectLiteral(h.fake.homeView(PEOPLE.coordinator.id)?.blocks, 'App Home');
  });

  it('in the evaluation summary’s free-text answers', () => {
    const scores = {
      coordination: 4,
      communication: 4,
      collaboration: 4,
      efficiency: 4,
      satisfaction: 4,
      trust: 4,
      roleClarity: 4,
    };
    const summary = summariseCycle({
      invitedCount: 2,
      responses: [{ unitId: null, scores, whatToImprove: MARKUP, whatWorks: `${MARKUP} baik` }],
    });
    const message = buildSummaryMessage(
      { code: 'PK-9', name: MARKUP, summary, openedLabel: 'a', closedLabel: 'b', unitNames: {} },
      'id',
      translator('id'),
    );
    expectLiteral(message.blocks, 'the summary');
  });
});
