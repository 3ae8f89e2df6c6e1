import { Body, Controller, Get, HttpCode, Inject, Ip, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { requestIdOf } from '@app/common';
import { AuthService, UserService, type Actor } from '@app/domain';
import { ApiErrors, BODY_ERRORS } from '../common/api-errors.js';
import { Operation } from '../common/operation.decorator.js';
import { UserResponse } from '../users/user.response.js';
import { AnyRole, CurrentActor, Public, SessionFamily } from './access.decorators.js';
import { ChangePasswordDto, LoginDto, RefreshDto, TokenResponse } from './auth.dto.js';

@ApiTags('auth')
@Controller('api/v1')
export class AuthController {
  constructor(
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(UserService) private readonly users: UserService,
  ) {}

  @Post('auth/login')
  @Operation({
    summary: 'Sign in',
    description:
      'Exchanges an email and password for a short-lived access token and a single-use refresh token. Open to anyone. Refuses a wrong email or password alike (INVALID_CREDENTIALS) and, after repeated failures from one address or for one account, answers 429 with Retry-After.',
    ok: TokenResponse,
    errors: [...BODY_ERRORS, ApiErrors.InvalidCredentials, ApiErrors.LoginThrottled],
  })
  @Public()
  @HttpCode(200)
  async login(@Body() body: LoginDto, @Ip() ip: string, @Req() request: Request): Promise<TokenResponse> {
    return TokenResponse.from(await this.auth.login(body.email, body.password, ip ?? null, requestIdOf(request)));
  }

  @Post('auth/refresh')
  @Operation({
    summary: 'Renew the tokens',
    description:
      'Exchanges a refresh token for a new token pair; the old refresh token is used up. Open to anyone holding a refresh token. A refresh token used twice closes the whole session (REFRESH_TOKEN_REUSED); an expired, revoked or unknown one is refused.',
    ok: TokenResponse,
    errors: [
      ...BODY_ERRORS,
      ApiErrors.TokenInvalid,
      ApiErrors.TokenExpired,
      ApiErrors.TokenRevoked,
      ApiErrors.RefreshTokenReused,
    ],
  })
  @Public()
  @HttpCode(200)
  async refresh(@Body() body: RefreshDto): Promise<TokenResponse> {
    return TokenResponse.from(await this.auth.refresh(body.refreshToken));
  }

  @Post('auth/logout')
  @Operation({
    summary: 'Sign out',
    description:
      "Revokes the caller's session: its refresh tokens and the access tokens issued in it. Any signed-in user.",
    noContent: 'The session (its refresh tokens and access tokens) is revoked',
  })
  @AnyRole()
  @HttpCode(204)
  async logout(@CurrentActor() actor: Actor, @SessionFamily() familyId: string): Promise<void> {
    await this.auth.logout(actor, familyId);
  }

  @Post('auth/password')
  @Operation({
    summary: 'Change my password',
    description:
      "Changes the signed-in user's own password and signs out every session of the user. Any signed-in user. Refuses a wrong current password (INVALID_CREDENTIALS) and a new password shorter than 12 characters.",
    noContent: 'Changed; every session of the user is signed out',
    errors: [...BODY_ERRORS, ApiErrors.InvalidCredentials, ApiErrors.PasswordTooWeak],
  })
  @AnyRole()
  @HttpCode(204)
  async changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto): Promise<void> {
    await this.auth.changePassword(actor, body.currentPassword, body.newPassword);
  }

  @Get('me')
  @Operation({
    summary: 'Who am I',
    description:
      'The signed-in user: name, role and the organisation and departments the role is linked to. Any signed-in user.',
    ok: UserResponse,
  })
  @AnyRole()
  async me(@CurrentActor() actor: Actor): Promise<UserResponse> {
    return UserResponse.from(await this.users.get(actor, actor.principal.userId));
  }
}
