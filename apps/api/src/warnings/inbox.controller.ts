import { Body, Controller, Get, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InboxService, type Actor } from '@app/domain';
import { AnyRole, CurrentActor } from '../auth/access.decorators.js';
import { IdParam } from '../common/params.js';
import { AcknowledgeDto, InboxQuery } from './warnings.dto.js';

/** Every signed-in user has an inbox; each sees only their own items. */
@ApiTags('inbox')
@Controller('api/v1/inbox')
export class InboxController {
  constructor(@Inject(InboxService) private readonly inbox: InboxService) {}

  @Get()
  @AnyRole()
  list(@CurrentActor() actor: Actor, @Query() query: InboxQuery) {
    const { limit, cursor, ...filter } = query;
    return this.inbox.list(actor, filter, { limit, cursor });
  }

  @Get('unread-count')
  @AnyRole()
  unreadCount(@CurrentActor() actor: Actor) {
    return this.inbox.unreadCount(actor);
  }

  @Get(':id')
  @AnyRole()
  get(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.inbox.get(actor, id);
  }

  @Post(':id/read')
  @HttpCode(200)
  @AnyRole()
  markRead(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.inbox.markRead(actor, id);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @AnyRole()
  acknowledge(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: AcknowledgeDto) {
    return this.inbox.acknowledge(actor, id, body.comment || null);
  }
}
