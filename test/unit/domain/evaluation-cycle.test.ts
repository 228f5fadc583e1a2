import { describe, expect, it } from 'vitest';
import { EVALUATION_DIMENSIONS } from '../../../src/domain/enums.js';
import {
  acceptsAnswers,
  DEFAULT_CLOSING_TIME,
  DEFAULT_OPEN_DAYS,
  DEFAULT_REMIND_LEAD,
  decideOpenCycle,
  defaultClosing,
  defaultRemindAt,
  MAX_ANSWER_LENGTH,
  MAX_INVITED,
  MAX_OPEN_DAYS,
  MIN_OPEN_MS,
  REMIND_LEADS,
  remindLeadKey,
  scoreBlockId,
  surveySubmissionSchema,
  WHAT_TO_IMPROVE_BLOCK,
  WHAT_WORKS_BLOCK,
} from '../../../src/domain/evaluation-cycle.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ZONE = 'Asia/Jakarta';

describe('limits of a cycle', () => {
  it('stays open at least an hour and at most 90 days, a week by default, closing at 17:00', () => {
    expect(MIN_OPEN_MS).toBe(HOUR);
    expect(MAX_OPEN_DAYS).toBe(90);
    expect(DEFAULT_OPEN_DAYS).toBe(7);
    expect(DEFAULT_CLOSING_TIME).toBe('17:00');
    expect(MAX_ANSWER_LENGTH).toBe(1000);
    expect(MAX_INVITED).toBe(100);
    expect(DEFAULT_REMIND_LEAD).toBe('1d');
    expect(REMIND_LEADS.map(remindLeadKey)).toEqual([
      'evaluation.open.remind.none',
      'evaluation.open.remind.2h',
      'evaluation.open.remind.1d',
      'evaluation.open.remind.2d',
      'evaluation.open.remind.3d',
    ]);
  });
});

describe('defaultClosing', () => {
  it('is a week from today in the partnership’s zone at 17:00', () => {
    // Monday 2 March 2026, 23:00 WIB (still Monday 16:00 UTC).
    expect(defaultClosing(new Date('2026-03-02T16:00:00Z'), ZONE)).toEqual({
      date: '2026-03-09',
      time: '17:00',
    });
    // 01:00 WIB on Tuesday is still Monday in UTC.
    expect(defaultClosing(new Date('2026-03-02T18:00:00Z'), ZONE)).toEqual({
      date: '2026-03-10',
      time: '17:00',
    });
  });

  it('moves a Saturday or a Sunday on to the Monday', () => {
    expect(defaultClosing(new Date('2026-03-07T03:00:00Z'), ZONE).date).toBe('2026-03-16'); // from Saturday
    expect(defaultClosing(new Date('2026-03-08T03:00:00Z'), ZONE).date).toBe('2026-03-16'); // from Sunday
    expect(defaultClosing(new Date('2026-03-06T03:00:00Z'), ZONE).date).toBe('2026-03-13'); // from Friday
  });
});

describe('defaultRemindAt', () => {
  const opened = new Date('2026-03-02T02:00:00Z');
  const later = (ms: number) => new Date(opened.getTime() + ms);

  it('sends no reminder in a cycle of two hours or less', () => {
    expect(defaultRemindAt(opened, later(2 * HOUR))).toBeNull();
    expect(defaultRemindAt(opened, later(HOUR))).toBeNull();
  });

  it('reminds halfway through a cycle shorter than two days, rounding down to the millisecond', () => {
    expect(defaultRemindAt(opened, later(2 * HOUR + 1))).toEqual(later(HOUR));
    expect(defaultRemindAt(opened, later(DAY))).toEqual(later(DAY / 2));
    expect(defaultRemindAt(opened, later(2 * DAY - 2))).toEqual(later(DAY - 1));
  });

  it('reminds a day before closing in a cycle of two days or more', () => {
    expect(defaultRemindAt(opened, later(2 * DAY))).toEqual(later(DAY));
    expect(defaultRemindAt(opened, later(7 * DAY))).toEqual(later(6 * DAY));
  });
});

describe('decideOpenCycle', () => {
  const now = new Date('2026-03-02T02:00:00Z'); // Monday 09:00 WIB
  const context = { now, timeZone: ZONE, code: 'PK-3', managerIds: ['UM1', 'UM2'] };
  const form = { closesDate: '2026-03-09', closesTime: '17:00', remindLead: '1d', invited: ['UM1', 'UM2'] };
  const errorsOf = (decision: ReturnType<typeof decideOpenCycle>) =>
    decision.ok ? {} : Object.fromEntries(Object.entries(decision.errors).filter(([, v]) => v));

  it('opens a cycle closing at the local time, reminding the chosen lead before', () => {
    expect(decideOpenCycle(form, context)).toEqual({
      ok: true,
      closesAt: new Date('2026-03-09T10:00:00Z'),
      remindAt: new Date('2026-03-08T10:00:00Z'),
      invited: ['UM1', 'UM2'],
    });
  });

  it('reminds with each lead, none at all for "none", and a day before when no lead is given', () => {
    const remindAt = (remindLead: string | null) => {
      const decision = decideOpenCycle({ ...form, remindLead }, context);
      return decision.ok ? (decision.remindAt?.toISOString() ?? null) : 'refused';
    };
    expect(remindAt('none')).toBeNull();
    expect(remindAt('2h')).toBe('2026-03-09T08:00:00.000Z');
    expect(remindAt('1d')).toBe('2026-03-08T10:00:00.000Z');
    expect(remindAt('2d')).toBe('2026-03-07T10:00:00.000Z');
    expect(remindAt('3d')).toBe('2026-03-06T10:00:00.000Z');
    expect(remindAt(null)).toBe('2026-03-08T10:00:00.000Z');
  });

  it('invites each person once', () => {
    const decision = decideOpenCycle({ ...form, invited: ['UM2', 'UM1', 'UM2'] }, context);
    expect(decision.ok && decision.invited).toEqual(['UM2', 'UM1']);
  });

  it('refuses a missing or unreal date, and a missing or malformed time', () => {
    expect(errorsOf(decideOpenCycle({ ...form, closesDate: null }, context))).toEqual({
      closes_date: { key: 'validation.date' },
    });
    expect(errorsOf(decideOpenCycle({ ...form, closesDate: '2026-02-30' }, context))).toEqual({
      closes_date: { key: 'validation.date' },
    });
    expect(errorsOf(decideOpenCycle({ ...form, closesTime: null }, context))).toEqual({
      closes_time: { key: 'validation.required' },
    });
    expect(errorsOf(decideOpenCycle({ ...form, closesTime: '5pm' }, context))).toEqual({
      closes_time: { key: 'validation.required' },
    });
  });

  it('accepts a closing exactly an hour away and refuses one a minute sooner', () => {
    const soon = { ...form, closesDate: '2026-03-02', remindLead: 'none' };
    expect(decideOpenCycle({ ...soon, closesTime: '10:00' }, context).ok).toBe(true);
    expect(errorsOf(decideOpenCycle({ ...soon, closesTime: '09:59' }, context))).toEqual({
      closes_date: { key: 'evaluation.open.error.closesTooSoon' },
    });
  });

  it('accepts a closing exactly 90 days away and refuses one a minute later', () => {
    const late = { ...form, closesDate: '2026-05-31' }; // 90 days after 2 March
    expect(decideOpenCycle({ ...late, closesTime: '09:00' }, context).ok).toBe(true);
    expect(errorsOf(decideOpenCycle({ ...late, closesTime: '09:01' }, context))).toEqual({
      closes_date: { key: 'evaluation.open.error.closesTooLate', params: { days: 90 } },
    });
  });

  it('refuses an unknown lead, and a reminder that would fall at or before now', () => {
    expect(errorsOf(decideOpenCycle({ ...form, remindLead: '1w' }, context))).toEqual({
      remind_lead: { key: 'validation.chooseOption' },
    });
    // Closing at 11:00 with a two-hour lead reminds at 09:00, which is now.
    expect(
      errorsOf(
        decideOpenCycle(
          { ...form, closesDate: '2026-03-02', closesTime: '11:00', remindLead: '2h' },
          context,
        ),
      ),
    ).toEqual({
      remind_lead: { key: 'evaluation.open.error.remindPast' },
    });
    expect(
      decideOpenCycle({ ...form, closesDate: '2026-03-02', closesTime: '11:01', remindLead: '2h' }, context)
        .ok,
    ).toBe(true);
  });

  it('refuses a partnership without managers, an empty choice, and more than 100 people', () => {
    expect(errorsOf(decideOpenCycle(form, { ...context, managerIds: [] }))).toEqual({
      managers: { key: 'evaluation.open.error.noManagers', params: { code: 'PK-3' } },
    });
    expect(errorsOf(decideOpenCycle({ ...form, invited: [] }, context))).toEqual({
      managers: { key: 'evaluation.open.error.noneChosen' },
    });
    const many = Array.from({ length: 101 }, (_, i) => `U${i}`);
    expect(errorsOf(decideOpenCycle({ ...form, invited: many }, { ...context, managerIds: many }))).toEqual({
      managers: { key: 'evaluation.open.error.tooMany', params: { max: 100 } },
    });
    expect(decideOpenCycle({ ...form, invited: many.slice(1) }, { ...context, managerIds: many }).ok).toBe(
      true,
    );
  });

  it('names the invited people who are not managers', () => {
    expect(errorsOf(decideOpenCycle({ ...form, invited: ['UM1', 'UX', 'UY'] }, context))).toEqual({
      managers: {
        key: 'evaluation.open.error.notManagers',
        params: { code: 'PK-3', count: 2, people: 'UX, UY' },
        userIds: ['UX', 'UY'],
      },
    });
  });

  it('reports every bad field at once', () => {
    expect(
      Object.keys(
        errorsOf(
          decideOpenCycle({ closesDate: null, closesTime: null, remindLead: 'x', invited: [] }, context),
        ),
      ),
    ).toEqual(['closes_date', 'remind_lead', 'managers']);
  });
});

describe('surveySubmissionSchema', () => {
  const scores = Object.fromEntries(
    EVALUATION_DIMENSIONS.map((d, i) => [scoreBlockId(d), String((i % 5) + 1)]),
  );

  it('reads each score and both answers', () => {
    expect(scoreBlockId('trust')).toBe('score_trust');
    const parsed = surveySubmissionSchema.parse({
      ...scores,
      [WHAT_WORKS_BLOCK]: 'Rapat rutin',
      [WHAT_TO_IMPROVE_BLOCK]: null,
    });
    expect(parsed).toEqual({
      scores: Object.fromEntries(EVALUATION_DIMENSIONS.map((d, i) => [d, (i % 5) + 1])),
      whatWorks: 'Rapat rutin',
      whatToImprove: null,
    });
    expect(surveySubmissionSchema.parse(scores)).toMatchObject({ whatWorks: null, whatToImprove: null });
  });

  it.each(['0', '6', '15', '1.0', ' 3', 'a', ''])('refuses the score %j on that question', (value) => {
    const result = surveySubmissionSchema.safeParse({ ...scores, score_trust: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['score_trust', 'evaluation.survey.scoreInvalid'],
    ]);
  });

  it('refuses a missing score', () => {
    const { score_trust: _, ...rest } = scores;
    const result = surveySubmissionSchema.safeParse(rest);
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['score_trust', 'evaluation.survey.scoreInvalid'],
    ]);
  });

  it('takes an answer of 1000 characters and refuses 1001, saying the limit', () => {
    expect(
      surveySubmissionSchema.safeParse({ ...scores, [WHAT_WORKS_BLOCK]: 'a'.repeat(1000) }).success,
    ).toBe(true);
    const result = surveySubmissionSchema.safeParse({ ...scores, [WHAT_TO_IMPROVE_BLOCK]: 'a'.repeat(1001) });
    expect(result.error?.issues).toMatchObject([
      { path: [WHAT_TO_IMPROVE_BLOCK], message: 'validation.tooLong', params: { max: 1000 } },
    ]);
  });
});

describe('acceptsAnswers', () => {
  const closesAt = new Date('2026-03-09T10:00:00Z');
  it('takes answers while open and before the closing instant only', () => {
    expect(acceptsAnswers({ status: 'open', closesAt }, new Date(closesAt.getTime() - 1))).toBe(true);
    expect(acceptsAnswers({ status: 'open', closesAt }, closesAt)).toBe(false);
    expect(acceptsAnswers({ status: 'closed', closesAt }, new Date('2026-03-02T00:00:00Z'))).toBe(false);
  });
});
