import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ALL_ROLES, type Actor, type Role } from '@app/domain';

export const ACCESS_RULE = 'access-rule';

/** What a route declares about who may call it. A route without one is refused to everyone. */
export type AccessRule = { public: true } | { roles: readonly Role[] };

/** Open to anyone, signed in or not (login, health). */
export const Public = () => SetMetadata(ACCESS_RULE, { public: true } satisfies AccessRule);

/**
 * Open to signed-in users with one of these roles; what they see is still scoped. `@Operation`
 * (above it) documents the bearer requirement and the sign-in and role errors.
 */
export const Allow = (...roles: Role[]) => SetMetadata(ACCESS_RULE, { roles } satisfies AccessRule);

export const AnyRole = () => Allow(...ALL_ROLES);

export interface AuthenticatedRequest {
  actor?: Actor;
  familyId?: string;
}

/** The signed-in caller, with request id and source address for the audit log. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.actor) throw new Error('CurrentActor used on a route without an authenticated rule');
  return request.actor;
});

/** The refresh-token family of the caller's session (for logout). */
export const SessionFamily = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  return context.switchToHttp().getRequest<AuthenticatedRequest>().familyId ?? '';
});
