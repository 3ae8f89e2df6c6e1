import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AuthenticationRequiredError, AuthService, Role, RoleNotAllowedError } from '@app/domain';
import { bearerToken } from '../auth/bearer-token.js';
import { readAdminSessionCookie } from './admin-session.cookie.js';

/**
 * The access guard for what Express serves outside Nest's routing (the queue board): Nest
 * guards never see those requests. Same token check as AccessGuard, from the bearer header or
 * the admin session cookie, and administrators only. Failures reach AllExceptionsFilter, so
 * they answer in the usual error shape.
 */
@Injectable()
export class AdminOnlyMiddleware implements NestMiddleware {
  constructor(@Inject(AuthService) private readonly auth: AuthService) {}

  async use(request: Request, _response: Response, next: NextFunction): Promise<void> {
    const token = bearerToken(request) ?? readAdminSessionCookie(request);
    if (!token) throw new AuthenticationRequiredError();
    const { principal } = await this.auth.authenticate(token);
    if (principal.role !== Role.Administrator) throw new RoleNotAllowedError();
    next();
  }
}
