import { describe, expect, it } from 'vitest';
import { validateMessageBlocks } from '../../../../../sandbox/fake-slack/limits.js';
import { t, translator } from '../../../../../src/i18n/index.js';
import {
  buildReminderMessage,
  MAX_GOAL_BLOCKS,
  type ReminderContent,
} from '../../../../../src/slack/features/schedules/reminder-view.js';

const id = translator('id');
const en = translator('en');
const partnership = { id: 7, code: 'PK-7', name: 'Perencanaan <&> Keuangan' };

const render = (content: ReminderContent, t = id) => {
  const message = buildReminderMessage(content, t);
  expect(validateMessageBlocks(message.blocks)).toBeNull();
  return { ...message, json: JSON.stringify(message.blocks) };
};

describe('buildReminderMessage', () => {
  it('builds a check-in that names the partnership, mentions people and lists goals with progress buttons', () => {
    const message = render({
      kind: 'checkin',
      partnership,
      mentions: ['U1', 'U2'],
      goals: [
        { id: 11, title: 'Laporan bersama', status: 'at_risk' },
        { id: 12, title: 'SOP', status: 'on_track', overdue: true, dueLabel: 'Jumat, 27 Februari 2026' },
      ],
    });
    expect(message.text).toBe('Pemantauan berkala kemitraan PK-7 · Perencanaan &lt;&amp;&gt; Keuangan');
    expect(message.json).toContain('<@U1> <@U2>');
    expect(message.json).toContain('Berisiko');
    expect(message.json).toContain('melewati tenggat sejak Jumat, 27 Februari 2026');
    const buttons = message.blocks.flatMap((b) =>
      b.type === 'section' && b.accessory?.type === 'button' ? [b.accessory] : [],
    );
    expect(buttons.map((b) => [b.action_id, b.value])).toEqual([
      ['goal_progress_open', '11'],
      ['goal_progress_open', '12'],
    ]);
    const actions = message.blocks.find((b) => b.type === 'actions');
    expect(actions?.type === 'actions' && actions.elements[0]).toMatchObject({
      action_id: 'partnership_open',
      value: '7',
    });
  });

  it('says all is well when no goal needs attention', () => {
    expect(render({ kind: 'checkin', partnership, mentions: [], goals: [] }).json).toContain(
      'Semua sasaran yang masih berjalan sudah sesuai rencana',
    );
  });

  it('carries a meeting’s agenda, in English when the deployment speaks English', () => {
    const message = render(
      { kind: 'meeting', partnership, mentions: ['U1'], message: '1. Realisasi\n2. Rencana' },
      en,
    );
    expect(message.text).toContain('Meeting reminder PK-7');
    expect(message.json).toContain('*Agenda*\\n1. Realisasi\\n2. Rencana');
  });

  it('asks each person in charge for progress, one button per goal, within the block limit', () => {
    const people = Array.from({ length: 10 }, (_, p) => ({
      userId: `U${p}`,
      goals: Array.from({ length: 5 }, (_, g) => ({
        id: p * 10 + g,
        title: `Goal ${p}.${g}`,
        status: 'on_track' as const,
      })),
    }));
    const message = render({ kind: 'progress', partnership, people });
    const goalBlocks = message.blocks.filter((b) => b.block_id?.startsWith('reminder_goal_'));
    expect(goalBlocks).toHaveLength(MAX_GOAL_BLOCKS);
    expect(message.json).toContain('…dan 30 sasaran lainnya.');
    expect(message.json).toContain('<@U0> · *Goal 0.0*');
  });

  it('marks a late reminder with its due time and a test post as a test', () => {
    const late = render({
      kind: 'meeting',
      partnership,
      mentions: [],
      lateDueLabel: 'Senin, 2 Maret 2026 pukul 09.00 WIB',
    });
    expect(late.json).toContain(
      'Pengingat ini dikirim melewati jadwalnya: seharusnya dikirim pada Senin, 2 Maret 2026 pukul 09.00 WIB.',
    );
    const test = render({ kind: 'meeting', partnership, mentions: [], test: true });
    expect(test.text.startsWith('[Uji coba]')).toBe(true);
    expect(test.json).toContain('Uji coba');
  });

  it('previews an evaluation with the closing date', () => {
    const message = render({
      kind: 'evaluation',
      partnership,
      mentions: [],
      closesLabel: 'Senin, 9 Maret 2026 pukul 09.00 WIB',
    });
    expect(message.json).toContain('ditutup pada Senin, 9 Maret 2026 pukul 09.00 WIB');
  });
});

describe('goal lines in reminders', () => {
  it('say "overdue" instead of a contradicting status, and "not assessed" before any progress', () => {
    const message = buildReminderMessage(
      {
        kind: 'checkin',
        partnership: { id: 1, code: 'PK-1', name: 'Kemitraan' },
        mentions: [],
        goals: [
          { id: 1, title: 'Laporan', status: 'overdue', overdue: true, dueLabel: '1 November 2026' },
          { id: 2, title: 'Anggaran', status: 'at_risk' },
        ],
      },
      translator('id'),
    );
    const text = JSON.stringify(message.blocks);
    expect(text).toContain('*Laporan*');
    expect(text).not.toMatch(/Laporan\* · Sesuai rencana/);
    expect(text).toContain('Berisiko');
    const progress = buildReminderMessage(
      {
        kind: 'progress',
        partnership: { id: 1, code: 'PK-1', name: 'Kemitraan' },
        people: [{ userId: 'U1', goals: [{ id: 3, title: 'Baru', status: 'not_assessed' }] }],
      },
      translator('id'),
    );
    expect(JSON.stringify(progress.blocks)).toContain(t('id', 'goal.status.notAssessed'));
  });
});
