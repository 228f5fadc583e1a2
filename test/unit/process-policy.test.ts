import { describe, expect, it } from 'vitest';
import { policyFor } from '../../src/process-policy.js';

describe('what happens to an error nobody caught', () => {
  it('keeps serving after a rejected promise: its request was answered, the database is transactional', () => {
    expect(policyFor('unhandledRejection', new Error('chat.postMessage failed'))).toBe('continue');
    expect(policyFor('unhandledRejection', undefined)).toBe('continue');
  });

  it('keeps serving when one client dropped its connection', () => {
    for (const code of ['ECONNRESET', 'EPIPE']) {
      expect(policyFor('uncaughtException', Object.assign(new Error(code), { code }))).toBe('continue');
    }
  });

  it('exits for any other uncaught exception, so the process manager starts a clean process', () => {
    expect(policyFor('uncaughtException', new TypeError('Cannot read properties of null'))).toBe('exit');
    expect(policyFor('uncaughtException', null)).toBe('exit');
    expect(policyFor('uncaughtException', 'a string')).toBe('exit');
  });
});
