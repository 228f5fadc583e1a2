import { describe, expect, it } from 'vitest';
import { isPostOf } from '../../../../src/slack/kit/post.js';
import { charterKey, reminderKey, summaryKey } from '../../../../src/slack/kit/post-keys.js';
import { describeFailure, isPassing, UncertainCallError } from '../../../../src/slack/kit/slack-errors.js';
import { isIdempotentMethod } from '../../../../src/slack/transport/web-client-policy.js';

describe('which calls the client may repeat on its own', () => {
  it.each([
    'chat.postMessage',
    'chat.postEphemeral',
    'chat.scheduleMessage',
    'files.completeUploadExternal',
    'files.getUploadURLExternal',
    'views.open',
    'views.push',
  ])('never %s', (method) => {
    expect(isIdempotentMethod(method)).toBe(false);
  });

  it.each([
    'chat.update',
    'chat.delete',
    'views.update',
    'views.publish',
    'conversations.history',
    'conversations.open',
    'conversations.join',
    'users.info',
    'auth.test',
  ])('%s', (method) => {
    expect(isIdempotentMethod(method)).toBe(true);
  });
});

describe('a post’s key in a message’s metadata', () => {
  it('matches its own post only, with the payload as Slack may hand it back', () => {
    const message = { metadata: { event_type: 'mitra_reminder', event_payload: { delivery_id: '7' } } };
    expect(isPostOf(message, reminderKey(7))).toBe(true);
    expect(isPostOf(message, reminderKey(8))).toBe(false);
    expect(isPostOf(message, summaryKey(7))).toBe(false);
    expect(isPostOf({}, charterKey(7))).toBe(false);
    expect(isPostOf({ metadata: { event_type: 'mitra_charter' } }, charterKey(7))).toBe(false);
  });
});

describe('what a failed call means', () => {
  it('tells a refusal from a call that may have been carried out', () => {
    const refused = describeFailure({
      code: 'slack_webapi_platform_error',
      data: { ok: false, error: 'is_archived' },
    });
    expect(refused).toEqual({ kind: 'refused', code: 'is_archived' });
    expect(isPassing(refused)).toBe(false);
    expect(isPassing({ kind: 'refused', code: 'ratelimited' })).toBe(true);

    const late = describeFailure({
      code: 'slack_webapi_request_error',
      message: 'A request error occurred',
      original: new UncertainCallError('chat.postMessage', undefined, { cause: new Error('aborted') }),
    });
    expect(late).toMatchObject({ kind: 'uncertain', inFlight: true });
    const answered5xx = describeFailure({
      code: 'slack_webapi_request_error',
      message: 'A request error occurred',
      original: new UncertainCallError('chat.postMessage', 500),
    });
    expect(answered5xx).toMatchObject({ kind: 'uncertain', inFlight: false });
  });

  it('counts a connection that was refused as never sent', () => {
    const cause = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const refused = describeFailure({
      code: 'slack_webapi_request_error',
      message: 'fetch failed',
      original: Object.assign(new TypeError('fetch failed'), { cause }),
    });
    expect(refused.kind).toBe('not_sent');
  });
});
