import { Body, Controller, Delete, HttpCode, Inject, Ip, Post, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { requestIdOf } from '@app/common';
import { AuthenticationRequiredError, AuthService, UserService, type TokenPair } from '@app/domain';
import { ApiErrors, BODY_ERRORS } from '../common/api-errors.js';
import { Operation } from '../common/operation.decorator.js';
import { UserResponse } from '../users/user.response.js';
import { Public } from './access.decorators.js';
import { LoginDto } from './auth.dto.js';
import {
  BROWSER_SESSION_COOKIE,
  BROWSER_SESSION_HEADER,
  BROWSER_SESSION_PATH,
  clearBrowserSessionCookie,
  readBrowserSessionCookie,
  setBrowserSessionCookie,
} from './browser-session.cookie.js';

/** What the web application receives: the access token only; the refresh token stays in the cookie. */
export class BrowserSessionResponse {
  @ApiProperty({ description: 'Bearer token for the Authorization header; short-lived, keep it in memory only' })
  accessToken: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType: 'Bearer';

  @ApiProperty({ type: 'integer', example: 900, description: 'Seconds until the access token expires' })
  expiresIn: number;

  @ApiProperty({ format: 'date-time', description: 'When the session ends unless renewed' })
  refreshExpiresAt: string;

  @ApiProperty({
    type: UserResponse,
    description: 'The signed-in user, as GET /me answers: the application opens without another round trip',
  })
  user: UserResponse;

  static from(pair: TokenPair, user: UserResponse): BrowserSessionResponse {
    return {
      accessToken: pair.accessToken,
      tokenType: 'Bearer',
      expiresIn: pair.expiresIn,
      refreshExpiresAt: pair.refreshExpiresAt.toISOString(),
      user,
    };
  }
}

const COOKIE_NOTE = `The refresh token is set as the HttpOnly, SameSite=Strict cookie ${BROWSER_SESSION_COOKIE} on the path ${BROWSER_SESSION_PATH} and never appears in a body, so no script can read it.`;

/**
 * The same sessions as /auth/login and /auth/refresh, for the web application (issue 13): the
 * refresh token travels in a cookie instead of a body. See browser-session.cookie.ts for why
 * the cookie and the header together keep other sites out.
 */
@ApiTags('auth')
@Controller(BROWSER_SESSION_PATH.slice(1))
@ApiHeader({ name: BROWSER_SESSION_HEADER, required: true, description: 'Any value, e.g. "ep-web"' })
export class BrowserSessionController {
  constructor(
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(UserService) private readonly users: UserService,
  ) {}

  @Post()
  @Operation({
    summary: 'Sign in from the web application',
    description: `Checks an email and password like /auth/login and answers the access token. ${COOKIE_NOTE} Open to anyone; needs the ${BROWSER_SESSION_HEADER} header.`,
    ok: BrowserSessionResponse,
    errors: [...BODY_ERRORS, ApiErrors.InvalidCredentials, ApiErrors.LoginThrottled, ApiErrors.AuthenticationRequired],
  })
  @Public()
  @HttpCode(200)
  async signIn(
    @Body() body: LoginDto,
    @Ip() ip: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<BrowserSessionResponse> {
    requireHeader(request);
    const pair = await this.auth.login(body.email, body.password, ip ?? null, requestIdOf(request));
    setBrowserSessionCookie(request, response, pair.refreshToken, pair.refreshExpiresAt);
    return this.answer(request, pair);
  }

  @Post('refresh')
  @Operation({
    summary: 'Renew the web application’s access token',
    description: `Uses up the refresh token in the ${BROWSER_SESSION_COOKIE} cookie, sets its successor and answers a new access token (silent refresh). Without the cookie: AUTHENTICATION_REQUIRED; a used, expired or revoked one is refused as at /auth/refresh, and the cookie is cleared. Needs the ${BROWSER_SESSION_HEADER} header.`,
    ok: BrowserSessionResponse,
    errors: [
      ApiErrors.AuthenticationRequired,
      ApiErrors.TokenInvalid,
      ApiErrors.TokenExpired,
      ApiErrors.TokenRevoked,
      ApiErrors.RefreshTokenReused,
    ],
  })
  @Public()
  @HttpCode(200)
  async refresh(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<BrowserSessionResponse> {
    requireHeader(request);
    const refreshToken = readBrowserSessionCookie(request);
    if (!refreshToken) throw new AuthenticationRequiredError();
    try {
      const pair = await this.auth.refresh(refreshToken);
      setBrowserSessionCookie(request, response, pair.refreshToken, pair.refreshExpiresAt);
      return await this.answer(request, pair);
    } catch (error) {
      clearBrowserSessionCookie(request, response);
      throw error;
    }
  }

  /** The answer, with the user the new access token speaks for, loaded as the access guard would. */
  private async answer(request: Request, pair: TokenPair): Promise<BrowserSessionResponse> {
    const { principal } = await this.auth.authenticate(pair.accessToken);
    const actor = { principal, requestId: requestIdOf(request), sourceIp: request.ip ?? null };
    return BrowserSessionResponse.from(pair, UserResponse.from(await this.users.get(actor, principal.userId)));
  }

  @Delete()
  @Operation({
    summary: 'Sign out of the web application',
    description: `Revokes the session of the refresh token in the ${BROWSER_SESSION_COOKIE} cookie (its refresh tokens and the access tokens issued in it) and clears the cookie. Answers 204 also when there was no session. Needs the ${BROWSER_SESSION_HEADER} header.`,
    noContent: 'Signed out; the cookie is cleared',
    errors: [ApiErrors.AuthenticationRequired],
  })
  @Public()
  @HttpCode(204)
  async signOut(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    requireHeader(request);
    const refreshToken = readBrowserSessionCookie(request);
    if (refreshToken) await this.auth.logoutByRefreshToken(refreshToken);
    clearBrowserSessionCookie(request, response);
  }
}

function requireHeader(request: Request): void {
  if (!request.headers[BROWSER_SESSION_HEADER]) throw new AuthenticationRequiredError();
}
