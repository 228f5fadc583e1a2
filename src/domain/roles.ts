import type { Role } from './enums.js';

/** One role assignment as the last-coordinator rule needs it. */
export interface RoleHolding {
  id: number;
  userId: string;
  role: Role;
}

/** A change to a partnership's role assignments. */
export type RoleChange =
  | { kind: 'add'; userId: string; role: Role }
  | { kind: 'update'; id: number; userId: string; role: Role }
  | { kind: 'remove'; id: number };

/** The assignments as they would be after the change. */
export function applyRoleChange(holdings: readonly RoleHolding[], change: RoleChange): RoleHolding[] {
  switch (change.kind) {
    case 'add':
      return [...holdings, { id: 0, userId: change.userId, role: change.role }];
    case 'update':
      return holdings.map((h) =>
        h.id === change.id ? { id: h.id, userId: change.userId, role: change.role } : h,
      );
    case 'remove':
      return holdings.filter((h) => h.id !== change.id);
  }
}

/** The distinct people holding the coordinator role. */
export function coordinatorsOf(holdings: readonly RoleHolding[]): string[] {
  return [...new Set(holdings.filter((h) => h.role === 'coordinator').map((h) => h.userId))];
}

/**
 * Every partnership keeps at least one coordinator: someone must be able to change it. True when
 * the change would take away the last one (a partnership that somehow has none loses nothing).
 */
export function losesLastCoordinator(holdings: readonly RoleHolding[], change: RoleChange): boolean {
  return (
    coordinatorsOf(holdings).length > 0 && coordinatorsOf(applyRoleChange(holdings, change)).length === 0
  );
}
