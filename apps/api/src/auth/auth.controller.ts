import { Body, Controller, Get, HttpCode, Inject, Ip, Post, Req } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { requestIdOf } from '@app/common';
import { AuthService, UserService, type Actor } from '@app/domain';
import { ErrorResponse } from '../common/error.response.js';
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
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: TokenResponse })
  @ApiUnauthorizedResponse({ type: ErrorResponse, description: 'INVALID_CREDENTIALS' })
  @ApiTooManyRequestsResponse({ type: ErrorResponse, description: 'LOGIN_THROTTLED (see Retry-After)' })
  async login(@Body() body: LoginDto, @Ip() ip: string, @Req() request: Request): Promise<TokenResponse> {
    return TokenResponse.from(await this.auth.login(body.email, body.password, ip ?? null, requestIdOf(request)));
  }

  @Post('auth/refresh')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: TokenResponse })
  @ApiUnauthorizedResponse({
    type: ErrorResponse,
    description: 'TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED, REFRESH_TOKEN_REUSED',
  })
  async refresh(@Body() body: RefreshDto): Promise<TokenResponse> {
    return TokenResponse.from(await this.auth.refresh(body.refreshToken));
  }

  @Post('auth/logout')
  @AnyRole()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session (its refresh tokens and access tokens) is revoked' })
  async logout(@SessionFamily() familyId: string): Promise<void> {
    await this.auth.logout(familyId);
  }

  @Post('auth/password')
  @AnyRole()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Changed; every session of the user is signed out' })
  async changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto): Promise<void> {
    await this.auth.changePassword(actor, body.currentPassword, body.newPassword);
  }

  @Get('me')
  @AnyRole()
  @ApiOkResponse({ type: UserResponse })
  async me(@CurrentActor() actor: Actor): Promise<UserResponse> {
    return UserResponse.from(await this.users.get(actor, actor.principal.userId));
  }
}
