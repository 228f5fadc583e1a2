import type { ViewOutput } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { brokenElements, readViewState } from '../../../../src/slack/kit/view-state.js';

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

  it('names the blocks of a forged payload whose value is not what its element type holds', () => {
    const values = JSON.parse(`{
      "name": { "a": { "type": "plain_text_input", "value": 42 } },
      "pick": { "a": { "type": "static_select", "selected_option": "not an option" } },
      "days": { "a": { "type": "checkboxes", "selected_options": "x" } },
      "people": { "a": { "type": "multi_users_select", "selected_users": [1, 2] } },
      "time": { "a": { "type": "timepicker", "selected_time": ["09:30"] } },
      "odd": { "a": { "type": "constructor", "value": {} } },
      "second": { "a": { "type": "plain_text_input", "value": "ok" }, "b": { "type": "datepicker", "selected_date": 1 } },
      "broken": { "a": null },
      "untyped": { "a": { "value": "x" } },
      "none": {},
      "list": []
    }`);
    expect(brokenElements(values)).toEqual([
      'name',
      'pick',
      'days',
      'people',
      'time',
      'odd',
      'second',
      'broken',
      'untyped',
      'none',
      'list',
    ]);
    expect(brokenElements('x')).toEqual(['state']);
    expect(brokenElements([])).toEqual(['state']);
  });

  it('finds nothing broken in what Slack sends, empty inputs included', () => {
    const values = {
      name: { a: { type: 'plain_text_input', value: 'Kemitraan' } },
      blank: { a: { type: 'plain_text_input', value: null } },
      pick: {
        a: {
          type: 'static_select',
          selected_option: { value: '7', text: { type: 'plain_text', text: 'x' } },
        },
      },
      unpicked: { a: { type: 'static_select', selected_option: null } },
      days: { a: { type: 'checkboxes', selected_options: [] } },
      people: { a: { type: 'multi_users_select', selected_users: ['U1'] } },
      lead: { a: { type: 'users_select', selected_user: 'U1' } },
      channel: { a: { type: 'conversations_select', selected_conversation: null } },
      date: { a: { type: 'datepicker', selected_date: '2030-01-01' } },
      time: { a: { type: 'timepicker', selected_time: '09:30' } },
      when: { a: { type: 'datetimepicker', selected_date_time: 1700000000 } },
    };
    expect(brokenElements(values)).toEqual([]);
    expect(brokenElements({})).toEqual([]);
    expect(brokenElements(undefined)).toEqual([]);
  });

  it('names a block whose element is of another type than the view’s block of that id', () => {
    const blocks = [
      { type: 'input', block_id: 'closes_time', element: { type: 'timepicker', action_id: 'a' } },
      { type: 'actions', block_id: 'row', elements: [{ type: 'static_select' }, { type: 'button' }] },
    ];
    const values = {
      closes_time: { a: { type: 'multi_users_select', selected_users: ['U1'] } },
      row: { b: { type: 'static_select', selected_option: null } },
      other: { a: { type: 'plain_text_input', value: 'x' } },
    };
    expect(brokenElements(values, blocks)).toEqual(['closes_time']);
    expect(brokenElements(values, 'not blocks')).toEqual([]);
  });
});
