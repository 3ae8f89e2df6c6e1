import { Body, Controller, Get, HttpCode, Inject, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role, UserService, type Actor } from '@app/domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { PageResponse } from '../common/page.response.js';
import { IdParam } from '../common/params.js';
import { UserResponse } from './user.response.js';
import { CreateUserDto, ResetPasswordDto, UpdateUserDto, UserQuery } from './users.dto.js';

@ApiTags('users')
@Controller('api/v1/users')
export class UsersController {
  constructor(@Inject(UserService) private readonly users: UserService) {}

  @Post()
  @Allow(Role.Administrator)
  async create(@CurrentActor() actor: Actor, @Body() body: CreateUserDto): Promise<UserResponse> {
    return UserResponse.from(await this.users.create(actor, body));
  }

  @Get()
  @Allow(Role.Administrator)
  @ApiOkResponse({ type: PageResponse(UserResponse) })
  async list(@CurrentActor() actor: Actor, @Query() query: UserQuery) {
    const { role, ...page } = query;
    const result = await this.users.list(actor, page, { role });
    return { items: result.items.map((u) => UserResponse.from(u)), nextCursor: result.nextCursor };
  }

  @Get(':id')
  @Allow(Role.Administrator)
  async get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<UserResponse> {
    return UserResponse.from(await this.users.get(actor, id));
  }

  @Patch(':id')
  @Allow(Role.Administrator)
  async update(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() body: UpdateUserDto,
  ): Promise<UserResponse> {
    return UserResponse.from(await this.users.update(actor, id, body));
  }

  @Post(':id/disable')
  @Allow(Role.Administrator)
  @HttpCode(200)
  async disable(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<UserResponse> {
    return UserResponse.from(await this.users.setDisabled(actor, id, true));
  }

  @Post(':id/enable')
  @Allow(Role.Administrator)
  @HttpCode(200)
  async enable(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<UserResponse> {
    return UserResponse.from(await this.users.setDisabled(actor, id, false));
  }

  @Post(':id/password')
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
