import { describe, expect, it } from 'vitest';
import {
  applyRoleChange,
  coordinatorsOf,
  losesLastCoordinator,
  type RoleHolding,
} from '../../../src/domain/roles.js';

const sari: RoleHolding = { id: 1, userId: 'USARI', role: 'coordinator' };
const budi: RoleHolding = { id: 2, userId: 'UBUDI', role: 'liaison' };

describe('losesLastCoordinator', () => {
  it('refuses removing the only coordinator', () => {
    expect(losesLastCoordinator([sari, budi], { kind: 'remove', id: 1 })).toBe(true);
  });

  it('refuses giving the only coordinator another role', () => {
    expect(
      losesLastCoordinator([sari, budi], { kind: 'update', id: 1, userId: 'USARI', role: 'member' }),
    ).toBe(true);
  });

  it('allows passing the coordinator assignment to another person', () => {
    expect(
      losesLastCoordinator([sari], { kind: 'update', id: 1, userId: 'UBUDI', role: 'coordinator' }),
    ).toBe(false);
  });

  it('allows removing a coordinator when another remains', () => {
    const second: RoleHolding = { id: 3, userId: 'UBUDI', role: 'coordinator' };
    expect(losesLastCoordinator([sari, second], { kind: 'remove', id: 1 })).toBe(false);
  });

  it('counts people, not assignments: two coordinator assignments of one person are one coordinator', () => {
    const sariAgain: RoleHolding = { id: 4, userId: 'USARI', role: 'coordinator' };
    expect(losesLastCoordinator([sari, sariAgain], { kind: 'remove', id: 1 })).toBe(false);
    expect(coordinatorsOf([sari, sariAgain])).toEqual(['USARI']);
  });

  it('leaves other assignments alone', () => {
    expect(losesLastCoordinator([sari, budi], { kind: 'remove', id: 2 })).toBe(false);
    expect(losesLastCoordinator([sari, budi], { kind: 'add', userId: 'UX', role: 'member' })).toBe(false);
  });

  it('does not block changes to a partnership that somehow has no coordinator', () => {
    expect(losesLastCoordinator([budi], { kind: 'remove', id: 2 })).toBe(false);
  });
});

describe('applyRoleChange', () => {
  it('adds, updates and removes', () => {
    expect(applyRoleChange([sari], { kind: 'add', userId: 'UX', role: 'manager' })).toHaveLength(2);
    expect(
      applyRoleChange([sari, budi], { kind: 'update', id: 2, userId: 'UBUDI', role: 'manager' })[1]?.role,
    ).toBe('manager');
    expect(applyRoleChange([sari, budi], { kind: 'remove', id: 1 })).toEqual([budi]);
  });
});
