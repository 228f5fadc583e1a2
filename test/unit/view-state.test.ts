import type { ViewOutput } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { readViewState } from '../../src/slack/view-state.js';

type Values = ViewOutput['state']['values'];

describe('reading a submitted modal’s state', () => {
  it('reads each element type as Slack sends it', () => {
    const values = {
      name: { a: { type: 'plain_text_input', value: '  Kemitraan  ' } },
      blank: { a: { type: 'plain_text_input', value: '   ' } },
      pick: {
        a: {
          type: 'static_select',
          selected_option: { value: '7', text: { type: 'plain_text', text: 'x' } },
        },
      },
      days: { a: { type: 'checkboxes', selected_options: [{ value: '1' }, { value: '3' }] } },
      people: { a: { type: 'multi_users_select', selected_users: ['U1', 'U2'] } },
      time: { a: { type: 'timepicker', selected_time: '09:30' } },
    } as unknown as Values;
    expect(readViewState(values)).toEqual({
      name: 'Kemitraan',
      blank: null,
      pick: '7',
      days: ['1', '3'],
      people: ['U1', 'U2'],
      time: '09:30',
    });
  });

  it('reads values of the wrong type in a forged payload as empty instead of throwing', () => {
    const values = {
      name: { a: { type: 'plain_text_input', value: 42 } },
      pick: { a: { type: 'static_select', selected_option: 'not an option' } },
      days: { a: { type: 'checkboxes', selected_options: 'x' } },
      people: { a: { type: 'multi_users_select', selected_users: [1, 2] } },
      time: { a: { type: 'timepicker', selected_time: ['09:30'] } },
      broken: { a: null },
      none: {},
    } as unknown as Values;
    expect(readViewState(values)).toEqual({
      name: null,
      pick: null,
      days: [],
      people: [],
      time: null,
      broken: null,
      none: null,
    });
  });

  it('keeps a block named __proto__ as an ordinary key', () => {
    const values = JSON.parse('{"__proto__":{"a":{"type":"plain_text_input","value":"x"}}}') as Values;
    const form = readViewState(values);
    expect(Object.getPrototypeOf(form)).toBe(Object.prototype);
    expect(Object.keys(form)).toEqual(['__proto__']);
  });
});
