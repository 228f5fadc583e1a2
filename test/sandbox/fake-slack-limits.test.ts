import { describe, expect, it } from 'vitest';
import { validateMessageBlocks, validateView } from '../../sandbox/fake-slack/limits.js';

const option = (value: string) => ({ text: { type: 'plain_text', text: value }, value });

describe('Block Kit limits', () => {
  it('accepts an ordinary message', () => {
    expect(
      validateMessageBlocks([
        { type: 'header', text: { type: 'plain_text', text: 'PK-1' } },
        { type: 'section', fields: [{ type: 'mrkdwn', text: '*Status*' }] },
        { type: 'divider' },
        { type: 'context', elements: [{ type: 'mrkdwn', text: 'diperbarui' }] },
      ]),
    ).toBeNull();
  });

  it('refuses duplicate block_ids and unknown block types', () => {
    const problem = validateMessageBlocks([
      { type: 'divider', block_id: 'a' },
      { type: 'divider', block_id: 'a' },
      { type: 'carousel_of_doom' },
    ]);
    expect(problem).toEqual({
      error: 'invalid_blocks',
      messages: [
        '[ERROR] duplicate block_id: a [json-pointer:/blocks/1/block_id]',
        '[ERROR] unsupported block type: carousel_of_doom [json-pointer:/blocks/2/type]',
      ],
    });
  });

  it('counts characters, not UTF-16 units, for text limits', () => {
    expect(
      validateMessageBlocks([{ type: 'header', text: { type: 'plain_text', text: '🤝'.repeat(150) } }]),
    ).toBeNull();
  });

  it('refuses an initial_option that is not among the options, and too many options', () => {
    const select = {
      type: 'static_select',
      action_id: 'unit',
      options: Array.from({ length: 101 }, (_, i) => option(`u${i}`)),
      initial_option: option('missing'),
    };
    const problem = validateMessageBlocks([{ type: 'actions', elements: [select] }]);
    expect(problem).toMatchObject({ error: 'invalid_blocks' });
    const messages = problem && 'messages' in problem ? problem.messages : [];
    expect(messages).toEqual([
      '[ERROR] no more than 100 items allowed [json-pointer:/blocks/0/elements/0/options]',
      '[ERROR] must exactly match one of the options [json-pointer:/blocks/0/elements/0/initial_option]',
    ]);
  });

  it('limits context and actions elements and button values', () => {
    const text = { type: 'mrkdwn', text: 'x' };
    const button = (value: string) => ({ type: 'button', text: { type: 'plain_text', text: 'b' }, value });
    const problem = validateMessageBlocks([
      { type: 'context', elements: Array.from({ length: 11 }, () => text) },
      { type: 'actions', elements: Array.from({ length: 26 }, () => button('v')) },
      { type: 'actions', elements: [button('v'.repeat(2001))] },
    ]);
    const messages = problem && 'messages' in problem ? problem.messages : [];
    expect(messages).toEqual([
      '[ERROR] no more than 10 items allowed [json-pointer:/blocks/0/elements]',
      '[ERROR] no more than 25 items allowed [json-pointer:/blocks/1/elements]',
      '[ERROR] must be less than 2001 characters [json-pointer:/blocks/2/elements/0/value]',
    ]);
  });

  it('answers invalid_blocks_format when blocks are not an array', () => {
    expect(validateMessageBlocks({ type: 'divider' })).toEqual({ error: 'invalid_blocks_format' });
  });
});

describe('view limits', () => {
  const input = {
    type: 'input',
    block_id: 'name',
    label: { type: 'plain_text', text: 'Nama' },
    element: { type: 'plain_text_input', action_id: 'value' },
  };

  it('requires a submit button when the modal has inputs', () => {
    const problem = validateView({
      type: 'modal',
      title: { type: 'plain_text', text: 'Baru' },
      blocks: [input],
    });
    expect(problem?.messages).toEqual([
      '[ERROR] submit is required when an input block is present [json-pointer:/view/submit]',
    ]);
  });

  it('refuses a missing view, a missing type and mrkdwn titles', () => {
    expect(validateView(undefined)?.messages).toEqual([
      '[ERROR] missing required field: view [json-pointer:/view]',
    ]);
    expect(validateView({ blocks: [] })?.error).toBe('invalid_arguments');
    const problem = validateView({ type: 'modal', title: { type: 'mrkdwn', text: '*x*' }, blocks: [] });
    expect(problem?.messages).toEqual(['[ERROR] must be one of: plain_text [json-pointer:/view/title/type]']);
  });

  it('checks callback_id and submit/close lengths', () => {
    const problem = validateView({
      type: 'modal',
      title: { type: 'plain_text', text: 'ok' },
      submit: { type: 'plain_text', text: 's'.repeat(25) },
      close: { type: 'plain_text', text: 'c'.repeat(25) },
      callback_id: 'x'.repeat(256),
      blocks: [],
    });
    expect(problem?.messages).toHaveLength(3);
  });
});
