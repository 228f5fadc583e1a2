import type { Role } from './enums.js';

/** Who is acting, as the server knows it (never from a payload's private_metadata). */
export interface Actor {
  userId: string;
  /** Listed in MITRA_ADMINS. */
  isAdmin: boolean;
  /** The roles the actor holds in the partnership at hand. */
  roles: readonly Role[];
}

/** Only coordinators and admins change a partnership: goals, roles, schedules, cycles. */
export function canManagePartnership(actor: Actor): boolean {
  return actor.isAdmin || actor.roles.includes('coordinator');
}

/**
 * Progress may also be recorded by the goal's person in charge: they know the numbers, and the
 * spec's reminders send them a progress button.
 */
export function canRecordProgress(actor: Actor, goal: { personInChargeId: string | null }): boolean {
  return (
    canManagePartnership(actor) || (goal.personInChargeId !== null && goal.personInChargeId === actor.userId)
  );
}

/** Admins are named in MITRA_ADMINS. */
export function isAdmin(admins: readonly string[], userId: string): boolean {
  return admins.includes(userId);
}
