import { describe, expect, it } from 'vitest';
import { validateMessageBlocks, validateView } from '../../../../../sandbox/fake-slack/limits.js';
import {
  decideOpenCycle,
  defaultClosing,
  defaultRemindAt,
  surveySubmissionSchema,
} from '../../../../../src/domain/evaluation-cycle.js';
import { translator } from '../../../../../src/i18n/index.js';
import {
  buildInvitationDm,
  buildPromptClosedMessage,
  buildPromptMessage,
  buildReminderDm,
} from '../../../../../src/slack/features/evaluations/messages-view.js';
import {
  buildOpenCycleModal,
  buildSurveyModal,
} from '../../../../../src/slack/features/evaluations/modals-view.js';
import { buildNoticeModal } from '../../../../../src/slack/kit/notice-modal.js';

const partnership = { id: 3, code: 'PK-3', name: 'Kebijakan–Riset' };
const json = (v: unknown) => JSON.stringify(v);

describe('buildSurveyModal', () => {
  const base = {
    cycleId: 12,
    code: 'PK-3',
    name: 'Kebijakan–Riset',
    closesLabel: 'Jumat',
    minGroupSize: 3,
    previous: null,
  };

  it('asks seven 1–5 questions with labelled ends and two optional texts, within Slack’s limits', () => {
    for (const locale of ['id', 'en'] as const) {
      const view = buildSurveyModal(base, translator(locale));
      expect(view.title.text.length).toBeLessThanOrEqual(24);
      expect(view.blocks.length).toBeLessThanOrEqual(100);
      const inputs = view.blocks.filter((b) => b.type === 'input');
      expect(inputs).toHaveLength(9);
      expect(JSON.parse(view.private_metadata ?? '')).toEqual({ cycleId: 12 });
      expect(validateView(JSON.parse(JSON.stringify(view)), 'modal')).toBeNull();
    }
    const en = json(buildSurveyModal(base, translator('en')));
    expect(en).toContain('1 — Very poor');
    expect(en).toContain('5 — Very good');
    expect(en).toContain('How well do the units coordinate');
  });

  it('pre-fills earlier answers so they can be changed', () => {
    const view = buildSurveyModal(
      {
        ...base,
        previous: {
          scores: {
            coordination: 1,
            communication: 2,
            collaboration: 3,
            efficiency: 4,
            satisfaction: 5,
            trust: 3,
            roleClarity: 2,
          },
          whatWorks: 'Rapat',
          whatToImprove: null,
          answeredLabel: 'Senin',
        },
      },
      translator('id'),
    );
    const block = view.blocks.find((b) => b.block_id === 'score_satisfaction');
    expect(json(block)).toContain(
      '"initial_option":{"text":{"type":"plain_text","text":"5 — Sangat baik"},"value":"5"}',
    );
    expect(json(view)).toContain('"initial_value":"Rapat"');
    expect(json(view)).toContain('Anda sudah menjawab pada Senin');
  });
});

describe('buildOpenCycleModal', () => {
  const common = {
    managerIds: ['UMGR1', 'UMGR2'],
    closing: { date: '2026-03-09', time: '17:00' },
    zoneLabel: 'WIB',
    remindLead: '1d' as const,
  };

  it('offers the closing date and time, the reminder lead and the managers, pre-filled', () => {
    const view = buildOpenCycleModal({ ...common, partnership, choices: null }, translator('id'));
    expect(view.title.text).toBe('Buka evaluasi');
    expect(JSON.parse(view.private_metadata ?? '')).toEqual({ partnershipId: 3 });
    const body = json(view.blocks);
    expect(body).toContain('"initial_users":["UMGR1","UMGR2"]');
    expect(body).toContain('"initial_date":"2026-03-09"');
    expect(body).toContain('Jam penutupan (WIB)');
    expect(body).toContain(
      '"initial_option":{"text":{"type":"plain_text","text":"1 hari sebelum ditutup"},"value":"1d"}',
    );
    expect(validateView(JSON.parse(json(view)), 'modal')).toBeNull();
  });

  it('starts with a partnership select and no managers when the command named no code', () => {
    const view = buildOpenCycleModal(
      { ...common, managerIds: [], partnership: null, choices: [partnership] },
      translator('en'),
    );
    expect(JSON.parse(view.private_metadata ?? '')).toEqual({ partnershipId: null });
    expect(view.blocks.some((b) => b.block_id?.startsWith('managers'))).toBe(false);
    const chosen = buildOpenCycleModal({ ...common, partnership, choices: [partnership] }, translator('en'));
    expect(chosen.blocks.some((b) => b.block_id === 'managers_3')).toBe(true);
  });
});

describe('evaluation messages', () => {
  const data = { cycleId: 12, code: 'PK-3', name: 'Kebijakan <Riset>', closesLabel: 'Friday 17:00 WIB' };

  it('puts the survey button (value = cycle id) on the prompt, the invitation and the reminder', () => {
    const t = translator('en');
    for (const message of [
      buildPromptMessage({ ...data, invitedUserIds: ['UMGR1'] }, t),
      buildInvitationDm(data, t),
      buildReminderDm(data, t),
    ]) {
      expect(json(message.blocks)).toContain('"action_id":"evaluation_survey_open"');
      expect(json(message.blocks)).toContain('"value":"12"');
      expect(json(message.blocks)).toContain('Kebijakan &lt;Riset&gt;');
      expect(validateMessageBlocks(JSON.parse(json(message.blocks)))).toBeNull();
    }
    expect(json(buildPromptMessage({ ...data, invitedUserIds: ['UMGR1', 'UMGR2'] }, t).blocks)).toContain(
      '<@UMGR1>, <@UMGR2>',
    );
  });

  it('drops the button once the cycle has closed', () => {
    const closed = buildPromptClosedMessage(
      { cycleId: 12, code: 'PK-3', name: 'x', closedLabel: 'Senin', responded: 2, invited: 3 },
      translator('id'),
    );
    expect(json(closed.blocks)).not.toContain('evaluation_survey_open');
    expect(closed.text).toContain('telah ditutup');
  });

  it('builds a notice modal with only a close button', () => {
    const view = buildNoticeModal({ title: 'Evaluasi', close: 'Tutup', text: 'x' });
    expect(view.submit).toBeUndefined();
    expect(view.close?.text).toBe('Tutup');
  });
});

describe('the open-cycle rules', () => {
  const now = new Date('2026-03-02T03:00:00Z');
  const context = { now, timeZone: 'Asia/Jakarta', code: 'PK-3', managerIds: ['UMGR1', 'UMGR2'] };
  const form = {
    closesDate: '2026-03-09',
    closesTime: '17:00',
    remindLead: '1d',
    invited: ['UMGR1', 'UMGR2'],
  };

  it('turns the local closing time into an instant and the reminder one day before', () => {
    const decision = decideOpenCycle(form, context);
    expect(decision).toMatchObject({ ok: true, invited: ['UMGR1', 'UMGR2'] });
    if (!decision.ok) return;
    expect(decision.closesAt.toISOString()).toBe('2026-03-09T10:00:00.000Z');
    expect(decision.remindAt?.toISOString()).toBe('2026-03-08T10:00:00.000Z');
    const wit = decideOpenCycle(form, { ...context, timeZone: 'Asia/Jayapura' });
    expect(wit.ok && wit.closesAt.toISOString()).toBe('2026-03-09T08:00:00.000Z');
  });

  it('refuses a closing time too soon or too late, a reminder in the past, and no managers', () => {
    const errors = (f: Partial<typeof form>, c: Partial<typeof context> = {}) => {
      const decision = decideOpenCycle({ ...form, ...f }, { ...context, ...c });
      return decision.ok
        ? { closes_date: undefined, closes_time: undefined, remind_lead: undefined, managers: undefined }
        : decision.errors;
    };
    expect(errors({ closesDate: '2026-03-02', closesTime: '10:30' }).closes_date?.key).toBe(
      'evaluation.open.error.closesTooSoon',
    );
    expect(errors({ closesDate: '2026-12-31' }).closes_date?.key).toBe('evaluation.open.error.closesTooLate');
    expect(errors({ closesDate: '2026-03-02', closesTime: '18:00', remindLead: '1d' }).remind_lead?.key).toBe(
      'evaluation.open.error.remindPast',
    );
    expect(errors({ remindLead: 'soon' }).remind_lead?.key).toBe('validation.chooseOption');
    expect(errors({}, { managerIds: [] }).managers).toEqual({
      key: 'evaluation.open.error.noManagers',
      params: { code: 'PK-3' },
    });
    expect(errors({ invited: [] }).managers?.key).toBe('evaluation.open.error.noneChosen');
    expect(errors({ invited: ['UMGR1', 'UOUT'] }).managers).toMatchObject({
      params: { code: 'PK-3', count: 1 },
      userIds: ['UOUT'],
    });
    expect(decideOpenCycle({ ...form, remindLead: 'none' }, context)).toMatchObject({
      ok: true,
      remindAt: null,
    });
  });

  it('defaults the closing to a week ahead at 17.00, moved off a weekend to Monday, in the zone', () => {
    // Thursday 2026-03-05 in Jakarta → Thursday 2026-03-12.
    expect(defaultClosing(new Date('2026-03-05T03:00:00Z'), 'Asia/Jakarta')).toEqual({
      date: '2026-03-12',
      time: '17:00',
    });
    // Saturday 2026-03-07 → a week later is Saturday → Monday 2026-03-16.
    expect(defaultClosing(new Date('2026-03-07T03:00:00Z'), 'Asia/Jakarta').date).toBe('2026-03-16');
    // Sunday 2026-03-08 → Monday 2026-03-16.
    expect(defaultClosing(new Date('2026-03-08T03:00:00Z'), 'Asia/Jakarta').date).toBe('2026-03-16');
    // Friday 23.30 UTC is already Saturday in Jayapura.
    expect(defaultClosing(new Date('2026-03-06T17:30:00Z'), 'Asia/Jayapura').date).toBe('2026-03-16');
  });

  it('defaults a scheduled cycle’s reminder to a day before closing, or halfway for short ones', () => {
    const at = (iso: string) => new Date(iso);
    expect(defaultRemindAt(at('2026-03-02T00:00:00Z'), at('2026-03-09T00:00:00Z'))?.toISOString()).toBe(
      '2026-03-08T00:00:00.000Z',
    );
    expect(defaultRemindAt(at('2026-03-02T00:00:00Z'), at('2026-03-03T00:00:00Z'))?.toISOString()).toBe(
      '2026-03-02T12:00:00.000Z',
    );
    expect(defaultRemindAt(at('2026-03-02T00:00:00Z'), at('2026-03-02T01:00:00Z'))).toBeNull();
  });
});

describe('the survey answer schema', () => {
  const valid = {
    score_coordination: '1',
    score_communication: '2',
    score_collaboration: '3',
    score_efficiency: '4',
    score_satisfaction: '5',
    score_trust: '3',
    score_roleClarity: '2',
    what_works: null,
    what_to_improve: 'Jadwal',
  };

  it('turns option values into scores', () => {
    const parsed = surveySubmissionSchema.parse(valid);
    expect(parsed.scores).toMatchObject({ coordination: 1, satisfaction: 5 });
    expect(parsed).toMatchObject({ whatWorks: null, whatToImprove: 'Jadwal' });
  });

  it.each(['0', '6', '2.5', 'x', ''])('refuses a crafted score %j', (score) => {
    expect(surveySubmissionSchema.safeParse({ ...valid, score_trust: score }).success).toBe(false);
  });

  it('refuses a missing score and a text over the limit', () => {
    const { score_trust: _, ...missing } = valid;
    expect(surveySubmissionSchema.safeParse(missing).success).toBe(false);
    expect(surveySubmissionSchema.safeParse({ ...valid, what_works: 'x'.repeat(1001) }).success).toBe(false);
  });
});
