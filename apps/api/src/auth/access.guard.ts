import { localized } from '@app/i18n';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AppError, requestIdOf } from '@app/common';
import { AuthenticationRequiredError, AuthService, RoleNotAllowedError } from '@app/domain';
import { ACCESS_RULE, type AccessRule, type AuthenticatedRequest } from './access.decorators.js';
import { bearerToken } from './bearer-token.js';

/**
 * Deny by default: a route must declare `@Public()` or `@Allow(...roles)`. For the rest it
 * checks the bearer token, loads the caller fresh, and checks the role. Data scope is then the
 * services' job: they take the actor and answer 404 for anything outside it.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(AuthService) private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      throw new AppError(
        'ACCESS_RULE_MISSING',
        403,
        localized((m) => m.http.ACCESS_RULE_MISSING),
      );
    }
    if ('public' in rule) return true;

    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    const token = bearerToken(request);
    if (!token) throw new AuthenticationRequiredError();
    const { principal, familyId } = await this.auth.authenticate(token);
    if (!rule.roles.includes(principal.role)) throw new RoleNotAllowedError();
    request.actor = { principal, requestId: requestIdOf(request), sourceIp: request.ip ?? null };
    request.familyId = familyId;
    return true;
  }
}
