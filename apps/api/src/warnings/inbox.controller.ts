import { Body, Controller, Get, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InboxService, type Actor } from '@app/domain';
import { ApiErrors, BODY_ERRORS } from '../common/api-errors.js';
import { Operation } from '../common/operation.decorator.js';
import { PageResponse } from '../common/page.response.js';
import { InboxItemResponse, UnreadCountResponse } from './warnings.responses.js';
import { AnyRole, CurrentActor } from '../auth/access.decorators.js';
import { IdParam } from '../common/params.js';
import { AcknowledgeDto, InboxQuery } from './warnings.dto.js';

/** Every signed-in user has an inbox; each sees only their own items. */
@ApiTags('inbox')
@Controller('api/v1/inbox')
export class InboxController {
  constructor(@Inject(InboxService) private readonly inbox: InboxService) {}

  @Get()
  @Operation({
    summary: 'My inbox',
    description:
      "The signed-in user's inbox items (warnings, escalations, undelivered notifications), newest first, a page at a time; filter by unread, kind, urgency, case, warning or acknowledged. Any signed-in user; each sees only their own items.",
    ok: PageResponse(InboxItemResponse),
    errors: [ApiErrors.ValidationFailed, ApiErrors.InvalidCursor],
  })
  @AnyRole()
  list(@CurrentActor() actor: Actor, @Query() query: InboxQuery) {
    const { limit, cursor, ...filter } = query;
    return this.inbox.list(actor, filter, { limit, cursor });
  }

  @Get('unread-count')
  @Operation({
    summary: 'Unread count',
    description: 'How many of my inbox items are unread, and how many of those are urgent. Any signed-in user.',
    ok: UnreadCountResponse,
  })
  @AnyRole()
  unreadCount(@CurrentActor() actor: Actor) {
    return this.inbox.unreadCount(actor);
  }

  @Get(':id')
  @Operation({
    summary: 'Get an inbox item',
    description: 'One of my inbox items (not marked read by opening it). Any signed-in user, own items only.',
    ok: InboxItemResponse,
    errors: [ApiErrors.InboxItemNotFound],
  })
  @AnyRole()
  get(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.inbox.get(actor, id);
  }

  @Post(':id/read')
  @HttpCode(200)
  @Operation({
    summary: 'Mark read',
    description: 'Marks one of my inbox items read. Any signed-in user, own items only.',
    ok: InboxItemResponse,
    errors: [ApiErrors.InboxItemNotFound],
  })
  @AnyRole()
  markRead(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.inbox.markRead(actor, id);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @Operation({
    summary: 'Acknowledge a warning',
    description:
      'Acknowledges the warning behind one of my inbox items, with an optional comment; this stops its escalation and is recorded on the case timeline. Any signed-in user, own items only. Refuses an item about an undelivered notification and a warning already acknowledged.',
    ok: InboxItemResponse,
    errors: [...BODY_ERRORS, ApiErrors.InboxItemNotFound, ApiErrors.NotAcknowledgeable, ApiErrors.AlreadyAcknowledged],
  })
  @AnyRole()
  acknowledge(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: AcknowledgeDto) {
    return this.inbox.acknowledge(actor, id, body.comment || null);
  }
}
