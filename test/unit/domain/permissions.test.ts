import { describe, expect, it } from 'vitest';
import {
  type Actor,
  canManagePartnership,
  canRecordProgress,
  isAdmin,
} from '../../../src/domain/permissions.js';

const actor = (over: Partial<Actor> = {}): Actor => ({ userId: 'U1', isAdmin: false, roles: [], ...over });

describe('canManagePartnership', () => {
  it('lets a coordinator or an admin manage, and nobody else', () => {
    expect(canManagePartnership(actor({ roles: ['coordinator'] }))).toBe(true);
    expect(canManagePartnership(actor({ roles: ['member', 'coordinator'] }))).toBe(true);
    expect(canManagePartnership(actor({ isAdmin: true }))).toBe(true);
    expect(canManagePartnership(actor({ roles: ['liaison', 'member'] }))).toBe(false);
    expect(canManagePartnership(actor())).toBe(false);
  });
});

describe('canRecordProgress', () => {
  it('lets the goal’s person in charge record progress without any role', () => {
    expect(canRecordProgress(actor(), { personInChargeId: 'U1' })).toBe(true);
  });

  it('refuses a member who is not the goal’s person in charge', () => {
    expect(canRecordProgress(actor({ roles: ['member'] }), { personInChargeId: 'U2' })).toBe(false);
  });

  it('refuses everyone without a role on a goal nobody is in charge of', () => {
    expect(canRecordProgress(actor({ roles: ['liaison'] }), { personInChargeId: null })).toBe(false);
  });

  it('lets coordinators and admins record progress on any goal', () => {
    expect(canRecordProgress(actor({ roles: ['coordinator'] }), { personInChargeId: 'U2' })).toBe(true);
    expect(canRecordProgress(actor({ isAdmin: true }), { personInChargeId: null })).toBe(true);
  });
});

describe('isAdmin', () => {
  it('is true only for a user named in the admin list, compared exactly', () => {
    expect(isAdmin(['U1', 'U9'], 'U9')).toBe(true);
    expect(isAdmin(['U1', 'U9'], 'U2')).toBe(false);
    expect(isAdmin(['U19'], 'U1')).toBe(false);
    expect(isAdmin([], 'U1')).toBe(false);
  });
});
