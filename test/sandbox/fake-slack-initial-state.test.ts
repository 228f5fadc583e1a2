import type { AnyBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { initialStateValues } from '../../sandbox/fake-slack/initial-state.js';

describe('the state of a freshly opened view', () => {
  it('holds every input’s initial value, and null or [] where there is none, as Slack sends it', () => {
    const blocks = [
      {
        type: 'input',
        block_id: 'name',
        element: { type: 'plain_text_input', action_id: 'v', initial_value: 'PK' },
      },
      { type: 'input', block_id: 'note', element: { type: 'plain_text_input', action_id: 'v' } },
      {
        type: 'input',
        block_id: 'status',
        element: {
          type: 'static_select',
          action_id: 's',
          options: [{ text: { type: 'plain_text', text: 'A' }, value: 'a' }],
          initial_option: { text: { type: 'plain_text', text: 'A' }, value: 'a' },
        },
      },
      {
        type: 'input',
        block_id: 'who',
        element: { type: 'multi_users_select', action_id: 'u', initial_users: ['U1'] },
      },
      { type: 'input', block_id: 'day', element: { type: 'datepicker', action_id: 'd' } },
      {
        type: 'actions',
        block_id: 'acts',
        elements: [{ type: 'button', action_id: 'b', text: { type: 'plain_text', text: 'x' } }],
      },
      { type: 'section', block_id: 'text', text: { type: 'mrkdwn', text: 'hi' } },
    ] as unknown as AnyBlock[];
    expect(initialStateValues(blocks)).toEqual({
      name: { v: { type: 'plain_text_input', value: 'PK' } },
      note: { v: { type: 'plain_text_input', value: null } },
      status: {
        s: {
          type: 'static_select',
          selected_option: { text: { type: 'plain_text', text: 'A' }, value: 'a' },
        },
      },
      who: { u: { type: 'multi_users_select', selected_users: ['U1'] } },
      day: { d: { type: 'datepicker', selected_date: null } },
    });
  });
});
