import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Role } from '@app/domain';
import { Allow } from '../auth/access.decorators.js';
import { Operation } from '../common/operation.decorator.js';
import { bearerToken } from '../auth/bearer-token.js';
import { ADMIN_PATH, ADMIN_SESSION_COOKIE, setAdminSessionCookie } from './admin-session.cookie.js';

@ApiTags('admin')
@Controller(ADMIN_PATH.slice(1))
export class AdminSessionController {
  /** Only with the bearer header: the access guard reads no cookie, so a cookie cannot renew itself. */
  @Post('session')
  @Operation({
    summary: 'Open the queue board',
    description: `Sets the HttpOnly cookie ${ADMIN_SESSION_COOKIE} (path ${ADMIN_PATH}, expires with the access token) that lets a browser open the queue board at ${ADMIN_PATH}/queues. Administrators only, and only with the bearer header: the access guard reads no cookie, so a cookie cannot renew itself.`,
    noContent: `Cookie ${ADMIN_SESSION_COOKIE} set`,
  })
  @Allow(Role.Administrator)
  @HttpCode(204)
  open(@Req() request: Request, @Res({ passthrough: true }) response: Response): void {
    setAdminSessionCookie(request, response, bearerToken(request)!);
  }
}
