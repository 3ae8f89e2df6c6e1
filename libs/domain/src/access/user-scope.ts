import { type Actor, Role } from './roles.js';

/**
 * Whose user records a caller may read: an administrator (or the command line, which has no
 * actor) every user's, anyone else only their own.
 */
export type UserScope = { kind: 'all' } | { kind: 'own'; userId: string };

export function userScope(actor: Actor | null): UserScope {
  if (!actor || actor.principal.role === Role.Administrator) return { kind: 'all' };
  return { kind: 'own', userId: actor.principal.userId };
}

/** Creating, changing, disabling users and resetting passwords: administrators (and the command line). */
export function mayManageUsers(actor: Actor | null): boolean {
  return !actor || actor.principal.role === Role.Administrator;
}
