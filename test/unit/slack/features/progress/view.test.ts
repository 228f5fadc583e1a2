import type { ModalView } from '@slack/types';
import { describe, expect, it } from 'vitest';
import type { Goal } from '../../../../../src/db/schema/index.js';
import { translator } from '../../../../../src/i18n/index.js';
import { buildProgressModal } from '../../../../../src/slack/features/progress/view.js';
import { byField, selectOf } from '../../../../support/modal-blocks.js';

const partnership = { id: 7, code: 'PK-7', name: 'Perencanaan–Keuangan' };

function goal(overrides: Partial<Goal> = {}): Goal {
  return {
    id: 3,
    teamId: 'T',
    partnershipId: 7,
    title: 'Realisasi anggaran',
    indicator: 'Persentase realisasi',
    ikuCode: null,
    ikuText: null,
    direction: 'higher',
    baseline: 0,
    target: 80,
    measureUnit: '%',
    dueDate: '2026-03-31',
    ownerUnitId: null,
    personInChargeId: null,
    currentValue: 20,
    status: 'at_risk',
    createdBy: 'USARI',
    createdAt: new Date(0),
    updatedAt: new Date(0),
    ...overrides,
  };
}

const text = (view: ModalView) => JSON.stringify(view.blocks);
const q1 = { year: 2026, quarter: 1 } as const;
const quarterly = { period: q1, quarterChoices: [q1], targets: [], quarterUpdate: null };

describe('buildProgressModal', () => {
  it('escapes the measure unit in the summary (mrkdwn) and keeps it as typed in the plain-text option', () => {
    const hostile = goal({ measureUnit: 'dok <!channel> <http://x.io|y>' });
    const view = buildProgressModal({
      t: translator('id'),
      locale: 'id',
      today: '2026-03-10',
      ...quarterly,
      partnership,
      goals: [hostile],
      goal: hostile,
    });
    const summary = JSON.stringify(view.blocks.filter((b) => b.type === 'section'));
    expect(summary).toContain('*20* dari target *80 dok &lt;!channel&gt; &lt;http://x.io|y&gt;*');
    expect(summary).not.toContain('<!channel>');
    expect(selectOf(view, 'progress_goal').options?.[0]?.description?.text).toBe(
      'Realisasi 20 dari target 80 dok <!channel> <http://x.io|y> · Berisiko',
    );
  });

  it('shows where the chosen goal stands and starts from its value and status', () => {
    const view = buildProgressModal({
      t: translator('id'),
      locale: 'id',
      today: '2026-03-10',
      ...quarterly,
      partnership,
      goals: [goal()],
      goal: goal(),
    });
    expect(view.title.text).toBe('Pemutakhiran capaian');
    expect(text(view)).toContain(
      'Realisasi saat ini: *20* dari target *80%* (kemajuan 25% dari nilai awal 0%)',
    );
    expect(text(view)).toContain('Status: Berisiko');
    expect(byField(view, 'progress_value')?.element).toMatchObject({ initial_value: '20' });
    expect(byField(view, 'progress_status')?.element).toMatchObject({ initial_option: { value: 'at_risk' } });
    expect(selectOf(view, 'progress_goal').options?.[0]?.description?.text).toBe(
      'Realisasi 20 dari target 80% · Berisiko',
    );
  });

  it('marks an overdue goal, in the user’s language', () => {
    const view = buildProgressModal({
      t: translator('en'),
      locale: 'en',
      today: '2026-04-01',
      ...quarterly,
      period: { year: 2026, quarter: 2 },
      partnership,
      goals: [goal({ currentValue: 12.5 })],
      goal: goal({ currentValue: 12.5 }),
    });
    expect(text(view)).toContain('Overdue');
    expect(selectOf(view, 'progress_goal').options?.[0]?.description?.text).toBe(
      'Actual 12.5 of target 80% · At risk, Overdue',
    );
    expect(byField(view, 'progress_status')?.element).toMatchObject({
      options: [
        { text: { text: 'On track' } },
        { text: { text: 'At risk' } },
        { text: { text: 'Off track' } },
        { text: { text: 'Done' } },
      ],
    });
  });

  it('asks to choose a goal first when none is chosen, and keeps option texts within limits', () => {
    const goals = Array.from({ length: 120 }, (_, i) =>
      goal({ id: i + 1, title: 'T'.repeat(200), measureUnit: 'u'.repeat(30) }),
    );
    const view = buildProgressModal({
      t: translator('id'),
      locale: 'id',
      today: '2026-03-10',
      ...quarterly,
      partnership,
      goals,
      goal: null,
    });
    const select = selectOf(view, 'progress_goal');
    expect(select.options).toHaveLength(100);
    expect(
      select.options?.every((o) => o.text.text.length <= 75 && (o.description?.text.length ?? 0) <= 75),
    ).toBe(true);
    expect(select.initial_option).toBeUndefined();
    expect(text(view)).toContain('Pilih sasaran; realisasi dan statusnya saat ini akan terisi.');
  });
});

describe('the progress summary wording', () => {
  const build = (locale: 'id' | 'en', g: Goal) =>
    JSON.stringify(
      buildProgressModal({
        t: translator(locale),
        locale,
        today: '2026-03-10',
        ...quarterly,
        partnership,
        goals: [g],
        goal: g,
      }).blocks,
    );

  it('says there is no value yet, with the target, and that the goal is not assessed', () => {
    const fresh = goal({ currentValue: null, status: 'on_track', target: 10, measureUnit: 'hari' });
    const summary = build('id', fresh);
    expect(summary).toContain('Belum ada realisasi (target *10 hari*)');
    expect(summary).toContain('Status: Belum dinilai');
    expect(summary).not.toContain('belum ada dari target');
  });

  it('names the measure unit once, after the target', () => {
    const docs = goal({ currentValue: 2, baseline: 0, target: 4, measureUnit: 'dokumen' });
    expect(build('en', docs)).toContain(
      'Actual value so far: *2* of target *4 dokumen* (progress 50% from the baseline 0 dokumen)',
    );
  });
});
