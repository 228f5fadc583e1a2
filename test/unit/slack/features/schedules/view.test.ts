import { describe, expect, it } from 'vitest';
import { validateView } from '../../../../../sandbox/fake-slack/limits.js';
import { makeHolidayChecker } from '../../../../../src/domain/time/holidays.js';
import { buildHolidaysModal } from '../../../../../src/slack/features/holidays/view.js';
import {
  scheduleFormFromState,
  schedulePreview,
  withAnchorDate,
} from '../../../../../src/slack/features/schedules/form.js';
import type {
  ScheduleForm,
  ScheduleModalData,
} from '../../../../../src/slack/features/schedules/modal-data.js';
import { buildScheduleModal } from '../../../../../src/slack/features/schedules/view.js';

const partnership = {
  id: 3,
  code: 'PK-3',
  name: 'Operasional–Dukungan',
  channelId: 'C0SHARED',
  timeZone: 'Asia/Jakarta',
};
const weekly: ScheduleForm = {
  kind: 'checkin',
  cadence: 'weekly',
  weekdays: [1, 3],
  timeOfDay: '09:00',
  timeZone: 'Asia/Jakarta',
  skipHolidays: true,
  active: true,
};
const now = new Date('2026-03-02T00:00:00Z');

function modal(overrides: Partial<ScheduleModalData> = {}) {
  const data: ScheduleModalData = {
    locale: 'id',
    partnership,
    existing: [],
    form: weekly,
    preview: schedulePreview(weekly, { locale: 'id', now }),
    generation: 0,
    ...overrides,
  };
  const view = buildScheduleModal(data);
  expect(validateView(view, 'modal')).toBeNull();
  return view;
}

const ids = (view: ReturnType<typeof modal>) => view.blocks.map((b) => b.block_id);

describe('buildScheduleModal', () => {
  it('shows the fields of the chosen cadence only, with the preview before the channel', () => {
    expect(ids(modal())).toEqual([
      undefined,
      'kind',
      'cadence',
      'weekdays',
      'timeOfDay',
      'timeZone',
      'schedule_preview',
      'channel',
      'message',
      'mentionRoles',
      'options',
    ]);
    const cron = { ...weekly, cadence: 'cron' as const, cronExpression: '0 9 * * 1' };
    expect(ids(modal({ form: cron }))).toContain('cronExpression');
    expect(ids(modal({ form: cron }))).not.toContain('timeOfDay');
    const nth = { ...weekly, cadence: 'monthly_nth' as const, nth: -1, nthWeekday: 5 };
    expect(ids(modal({ form: nth }))).toEqual(expect.arrayContaining(['nth', 'nthWeekday', 'timeOfDay']));
  });

  it('words the preview in the user’s language with the next five dates', () => {
    const preview = JSON.stringify(modal().blocks.find((b) => b.block_id === 'schedule_preview'));
    expect(preview).toContain('Setiap Senin dan Rabu pukul 09.00 WIB');
    expect(preview).toContain('• Senin, 2 Maret 2026 pukul 09.00 WIB');
    expect(preview).toContain('• Senin, 16 Maret 2026 pukul 09.00 WIB');
    const english = schedulePreview(weekly, { locale: 'en', now });
    expect(english.description).toBe('Every Monday and Wednesday at 09:00 WIB');
    expect(english.runs).toHaveLength(5);
  });

  it('explains an incomplete cadence instead of a preview', () => {
    const preview = schedulePreview({ ...weekly, weekdays: [] }, { locale: 'id', now });
    expect(preview.description).toBeUndefined();
    expect(preview.problems).toEqual(['Pilih paling sedikit satu hari.']);
  });

  it('lists holiday skips among the next runs without counting them', () => {
    const preview = schedulePreview(
      { ...weekly, weekdays: [5] },
      {
        locale: 'id',
        now: new Date('2026-03-15T00:00:00Z'),
        isHoliday: makeHolidayChecker({ extraDates: [] }),
      },
    );
    expect(preview.runs[0]).toBe(
      'Jumat, 20 Maret 2026 pukul 09.00 WIB — dilewati karena hari libur: Hari Raya Idulfitri',
    );
    // Good Friday (3 April) and Labour Day (1 May) are Fridays too; five real runs remain.
    expect(preview.runs.filter((run) => !run.includes('dilewati'))).toHaveLength(5);
    expect(preview.runs).toHaveLength(8);
    // The heading says five reminders, and that the skipped dates are listed among them.
    const view = modal({ form: { ...weekly, weekdays: [5] }, preview });
    const block = JSON.stringify(view.blocks.find((b) => b.block_id === 'schedule_preview'));
    expect(block).toContain('Lima pengingat berikutnya (tanggal libur yang dilewati ditandai)');
  });

  it('shows no cron error before anything is typed, and names the field out of range after', () => {
    const cron: ScheduleForm = { ...weekly, cadence: 'cron', weekdays: undefined };
    const empty = schedulePreview(cron, { locale: 'id', now });
    expect(empty.description).toBeUndefined();
    expect(empty.problems).toEqual([]);
    const view = modal({ form: cron, preview: empty });
    const block = JSON.stringify(view.blocks.find((b) => b.block_id === 'schedule_preview'));
    expect(block).toContain('Lengkapi pola jadwal');
    expect(block).not.toContain('tidak valid');

    const typed = schedulePreview({ ...cron, cronExpression: '0 25 * * 1' }, { locale: 'id', now });
    expect(typed.problems).toEqual(['Bagian kedua (jam) tidak valid: jam harus 0–23.']);
  });

  it('asks for the starting week only for an every-two-weeks cadence, showing the form’s date', () => {
    expect(ids(modal())).not.toContain('anchorDate');
    const monthly = { ...weekly, cadence: 'monthly_day' as const, dayOfMonth: 1, anchorDate: '2026-03-02' };
    expect(ids(modal({ form: monthly }))).not.toContain('anchorDate');

    const biweekly: ScheduleForm = {
      ...weekly,
      cadence: 'biweekly',
      weekdays: [1],
      anchorDate: '2026-03-09',
    };
    const view = modal({ form: biweekly, preview: schedulePreview(biweekly, { locale: 'id', now }) });
    expect(ids(view)).toEqual(expect.arrayContaining(['weekdays', 'anchorDate', 'timeOfDay']));
    const field = view.blocks.find((b) => b.block_id === 'anchorDate');
    expect(field).toMatchObject({
      type: 'input',
      dispatch_action: true,
      label: { text: 'Mulai minggu' },
      element: { type: 'datepicker', action_id: 'schedule_cadence_input', initial_date: '2026-03-09' },
    });
    const english = modal({ locale: 'en', form: biweekly });
    expect(english.blocks.find((b) => b.block_id === 'anchorDate')).toMatchObject({
      label: { text: 'Starting week of' },
    });
    // The preview follows the chosen week: 2 March is in the week before it, so the first run is 9 March.
    const preview = JSON.stringify(view.blocks.find((b) => b.block_id === 'schedule_preview'));
    expect(preview).toContain('• Senin, 9 Maret 2026 pukul 09.00 WIB');
    expect(preview).not.toContain('2 Maret');
  });

  it('offers existing schedules to edit, a delete button for the one being edited, and renames blocks per generation', () => {
    const view = modal({
      existing: [{ id: 9, label: 'Check-in — Setiap Senin' }],
      scheduleId: 9,
      generation: 2,
    });
    expect(ids(view)).toEqual(
      expect.arrayContaining(['schedule_pick', 'kind:2', 'cadence:2', 'schedule_delete_block']),
    );
    expect(JSON.parse(view.private_metadata ?? '')).toEqual({ p: 3, s: 9, g: 2 });
  });

  it('escapes the partnership’s name and an admin’s holiday name, which it shows as mrkdwn', () => {
    const hostile = 'Libur <!channel> <http://x.io|y>';
    const form = { ...weekly, weekdays: [3] };
    const view = modal({
      partnership: { ...partnership, name: 'Kemitraan <!here> & Co' },
      form,
      preview: schedulePreview(form, {
        locale: 'id',
        now,
        isHoliday: makeHolidayChecker({ extraDates: [{ date: '2026-03-04', name: hostile }] }),
      }),
    });
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('Kemitraan &lt;!here&gt; &amp; Co');
    expect(text).toContain('dilewati karena hari libur: Libur &lt;!channel&gt; &lt;http://x.io|y&gt;');
    expect(text).not.toContain('<!');
    expect(text).not.toContain('<http');
  });

  it('starts with the partnership select alone when no partnership was named', () => {
    const view = modal({ partnership: undefined, choices: [{ id: 3, code: 'PK-3', name: 'X' }] });
    expect(ids(view)).toEqual(['partnership']);
    expect(JSON.parse(view.private_metadata ?? '')).toMatchObject({ p: null, c: true });
  });
});

describe('scheduleFormFromState', () => {
  it('reads the inputs present, strips generations, and sets cleared inputs to undefined', () => {
    const form = scheduleFormFromState({
      'kind:1': 'meeting',
      'cadence:1': 'monthly_day',
      'dayOfMonth:1': '31',
      'timeOfDay:1': '14:30',
      'message:1': null,
      'mentionRoles:1': ['liaison', 'nonsense'],
      'options:1': ['active'],
    });
    expect(form).toEqual({
      kind: 'meeting',
      cadence: 'monthly_day',
      dayOfMonth: 31,
      timeOfDay: '14:30',
      message: undefined,
      mentionRoles: undefined,
      skipHolidays: false,
      active: true,
    });
    expect('weekdays' in form).toBe(false);
  });
});

describe('withAnchorDate', () => {
  const biweekly: ScheduleForm = { ...weekly, cadence: 'biweekly', weekdays: [1], anchorDate: '2026-11-29' };
  // Sunday 29 November 20:00 UTC is already Monday 30 November in Jakarta.
  const late = new Date('2026-11-29T20:00:00Z');

  it('defaults to today in the schedule’s own zone, not the partnership’s', () => {
    const form = withAnchorDate(biweekly, {
      picked: false,
      storedAnchor: null,
      now: late,
      fallbackZone: 'UTC',
    });
    expect(form.anchorDate).toBe('2026-11-30');
    const utc = withAnchorDate(
      { ...biweekly, timeZone: 'UTC' },
      { picked: false, storedAnchor: undefined, now: late, fallbackZone: 'Asia/Jakarta' },
    );
    expect(utc.anchorDate).toBe('2026-11-29');
  });

  it('keeps a stored schedule’s anchor, and the date the user picked — even an empty one', () => {
    const stored = withAnchorDate(biweekly, {
      picked: false,
      storedAnchor: '2026-12-07',
      now: late,
      fallbackZone: 'UTC',
    });
    expect(stored.anchorDate).toBe('2026-12-07');
    const picked = { ...biweekly, anchorDate: '2026-12-14' };
    expect(
      withAnchorDate(picked, { picked: true, storedAnchor: '2026-12-07', now: late, fallbackZone: 'UTC' }),
    ).toBe(picked);
    const cleared = { ...biweekly, anchorDate: undefined };
    expect(
      withAnchorDate(cleared, { picked: true, storedAnchor: null, now: late, fallbackZone: 'UTC' })
        .anchorDate,
    ).toBeUndefined();
  });
});

describe('buildHolidaysModal', () => {
  it('lists national and admin-added dates with remove buttons and an empty form', () => {
    const view = buildHolidaysModal({
      locale: 'en',
      national: [{ date: '2026-03-19', name: 'Nyepi' }],
      extra: [{ id: 4, date: '2026-03-18', name: 'Collective leave' }],
      generation: 1,
    });
    expect(validateView(view, 'modal')).toBeNull();
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('Thursday, 19 March 2026 — Nyepi');
    expect(text).toContain('"action_id":"holiday_remove"');
    expect(view.blocks.map((b) => b.block_id)).toEqual(
      expect.arrayContaining(['holiday_date:1', 'holiday_name:1']),
    );
  });

  it('escapes the names admins gave their dates, and keeps them as typed in the plain-text confirmation', () => {
    const view = buildHolidaysModal({
      locale: 'id',
      national: [],
      extra: [{ id: 4, date: '2026-03-18', name: 'Cuti <!channel> <http://x.io|y>' }],
      generation: 0,
    });
    const line = JSON.stringify(view.blocks.find((b) => b.block_id === 'holiday_4'));
    expect(line).toContain('Cuti &lt;!channel&gt; &lt;http://x.io|y&gt;');
    expect(line).toContain('"type":"plain_text","text":"Hapus Rabu, 18 Maret 2026 — Cuti <!channel>');
    expect(JSON.stringify(view.blocks.map((b) => ('text' in b ? b.text : undefined)))).not.toContain('<!');
  });
});
