import { Body, Controller, Get, HttpCode, Inject, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Role, UserService, type Actor } from '@app/domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { ApiErrors, BODY_ERRORS } from '../common/api-errors.js';
import { Operation } from '../common/operation.decorator.js';
import { PageResponse } from '../common/page.response.js';
import { IdParam } from '../common/params.js';
import { UserResponse } from './user.response.js';
import { CreateUserDto, ResetPasswordDto, UpdateUserDto, UserQuery } from './users.dto.js';

@ApiTags('users')
@Controller('api/v1/users')
export class UsersController {
  constructor(@Inject(UserService) private readonly users: UserService) {}

  @Post()
  @Operation({
    summary: 'Create a user',
    description:
      'Creates a user with a role and the organisation it is linked to (a housing caseworker also to departments). Administrators only. Refuses an email already in use, a password under 12 characters, and a role whose organisation link does not fit (SCOPE_MISMATCH).',
    created: UserResponse,
    errors: [
      ...BODY_ERRORS,
      ApiErrors.PasswordTooWeak,
      ApiErrors.ScopeMismatch,
      ApiErrors.UnknownReference,
      ApiErrors.EmailTaken,
    ],
  })
  @Allow(Role.Administrator)
  async create(@CurrentActor() actor: Actor, @Body() body: CreateUserDto): Promise<UserResponse> {
    return UserResponse.from(await this.users.create(actor, body));
  }

  @Get()
  @Operation({
    summary: 'List users',
    description: 'The users, a page at a time, optionally of one role. Administrators only.',
    ok: PageResponse(UserResponse),
    errors: [ApiErrors.ValidationFailed],
  })
  @Allow(Role.Administrator)
  async list(@CurrentActor() actor: Actor, @Query() query: UserQuery) {
    const { role, ...page } = query;
    const result = await this.users.list(actor, page, { role });
    return { items: result.items.map((u) => UserResponse.from(u)), nextCursor: result.nextCursor };
  }

  @Get(':id')
  @Operation({
    summary: 'Get a user',
    description: 'One user by id. Administrators only.',
    ok: UserResponse,
    errors: [ApiErrors.UserNotFound],
  })
  @Allow(Role.Administrator)
  async get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<UserResponse> {
    return UserResponse.from(await this.users.get(actor, id));
  }

  @Patch(':id')
  @Operation({
    summary: 'Change a user',
    description:
      "Changes a user's name, email, role or organisation links. Administrators only. Refuses what creating would refuse.",
    ok: UserResponse,
    errors: [
      ...BODY_ERRORS,
      ApiErrors.UserNotFound,
      ApiErrors.ScopeMismatch,
      ApiErrors.UnknownReference,
      ApiErrors.EmailTaken,
    ],
  })
  @Allow(Role.Administrator)
  async update(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() body: UpdateUserDto,
  ): Promise<UserResponse> {
    return UserResponse.from(await this.users.update(actor, id, body));
  }

  @Post(':id/disable')
  @Operation({
    summary: 'Disable a user',
    description: 'Stops a user from signing in and revokes every session of the user. Administrators only.',
    ok: UserResponse,
    errors: [ApiErrors.UserNotFound],
  })
  @Allow(Role.Administrator)
  @HttpCode(200)
  async disable(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<UserResponse> {
    return UserResponse.from(await this.users.setDisabled(actor, id, true));
  }

  @Post(':id/enable')
  @Operation({
    summary: 'Enable a user',
    description: 'Lets a disabled user sign in again. Administrators only.',
    ok: UserResponse,
    errors: [ApiErrors.UserNotFound],
  })
  @Allow(Role.Administrator)
  @HttpCode(200)
  async enable(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<UserResponse> {
    return UserResponse.from(await this.users.setDisabled(actor, id, false));
  }

  @Post(':id/password')
  @Operation({
    summary: "Reset a user's password",
    description:
      'Sets a new password for a user and signs out every session of the user. Administrators only. Refuses a password under 12 characters.',
    noContent: 'Set; every session of the user is signed out',
    errors: [...BODY_ERRORS, ApiErrors.UserNotFound, ApiErrors.PasswordTooWeak],
  })
  @Allow(Role.Administrator)
  @HttpCode(204)
  async resetPassword(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() body: ResetPasswordDto,
  ): Promise<void> {
    await this.users.resetPassword(actor, id, body.password);
  }
}
