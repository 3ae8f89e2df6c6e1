import { Body, Controller, Get, Inject, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CaseworkReferralNotActiveError,
  CounsellingInputInvalidError,
  CounsellingSessionNotFoundError,
  CounsellingSessionService,
  NextActionMissingError,
  ReferralNotFoundError,
  ReferralStepRefusedError,
  Role,
  StaleVersionError,
  type Actor,
} from '@app/domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { BODY_ERRORS, documented } from '../common/api-errors.js';
import { Operation } from '../common/operation.decorator.js';
import { IdParam } from '../common/params.js';
import {
  CreatedSessionResponse,
  CreateSessionDto,
  SessionListResponse,
  SessionNextActionDoneDto,
  SessionResponse,
} from './sessions.dto.js';

const ReferralNotFound = documented(new ReferralNotFoundError());
const NotActive = documented(new CaseworkReferralNotActiveError('closed'));

/**
 * The sessions of a referral (docs/debt-counselling.md#sessions): only the debt advisors of the
 * referral's provider while its consent is in force (else 404); every other role 403. Every read
 * is audited.
 */
@ApiTags('counselling')
@Controller('api/v1/referrals/:referralId/sessions')
export class SessionsController {
  constructor(@Inject(CounsellingSessionService) private readonly sessions: CounsellingSessionService) {}

  @Get()
  @Operation({
    summary: "List a referral's sessions",
    description:
      "The referral's sessions, the latest first, with their notes. Debt advisors of the referral's provider while the consent is in force (otherwise 404, at once after a withdrawal). Audited as read (counselling_session.read).",
    ok: SessionListResponse,
    errors: [ReferralNotFound],
  })
  @Allow(Role.DebtAdvisor)
  async list(@CurrentActor() actor: Actor, @IdParam('referralId') referralId: string): Promise<SessionListResponse> {
    return { items: (await this.sessions.list(actor, referralId)).map((s) => SessionResponse.from(s)) };
  }

  @Post()
  @Operation({
    summary: 'Record a session',
    description:
      'Records a session on an accepted referral or one in contact (else 409 COUNSELLING_REFERRAL_NOT_ACTIVE). On an accepted referral with no first contact the session is the first contact, on its date (the referral goes to in_contact and its first-contact reminder is acknowledged); a date before the acceptance is refused with REFERRAL_DATE_BEFORE_ACCEPTANCE and nothing is written. The note is stored encrypted. Debt advisors of the provider.',
    created: CreatedSessionResponse,
    errors: [
      ...BODY_ERRORS,
      ReferralNotFound,
      NotActive,
      documented(new CounsellingInputInvalidError([{ code: 'SESSION_CHANNEL_UNKNOWN', field: 'channel' }])),
      documented(
        new ReferralStepRefusedError({
          code: 'REFERRAL_DATE_BEFORE_ACCEPTANCE',
          date: '2026-11-30' as never,
          acceptedOn: '2026-12-01' as never,
        }),
      ),
    ],
  })
  @Allow(Role.DebtAdvisor)
  async create(
    @CurrentActor() actor: Actor,
    @IdParam('referralId') referralId: string,
    @Body() body: CreateSessionDto,
  ): Promise<CreatedSessionResponse> {
    return CreatedSessionResponse.fromCreated(
      await this.sessions.create(actor, referralId, {
        date: body.date,
        channel: body.channel,
        minutes: body.minutes,
        topics: body.topics,
        nextAction: body.nextAction ? { text: body.nextAction.text, dueDate: body.nextAction.dueDate } : null,
        note: body.note ?? null,
      }),
    );
  }

  @Patch(':sessionId')
  @Operation({
    summary: "Mark a session's next action done",
    description:
      "Marks the session's next action done (today) or not done, with the version last read; done acknowledges its reminder (counselling-next-action-due) if one was raised. Debt advisors of the provider, on an accepted referral or one in contact.",
    ok: SessionResponse,
    errors: [
      ...BODY_ERRORS,
      ReferralNotFound,
      NotActive,
      documented(new CounsellingSessionNotFoundError()),
      documented(new StaleVersionError(2, 1)),
      documented(new NextActionMissingError()),
    ],
  })
  @Allow(Role.DebtAdvisor)
  async setNextActionDone(
    @CurrentActor() actor: Actor,
    @IdParam('referralId') referralId: string,
    @IdParam('sessionId') sessionId: string,
    @Body() body: SessionNextActionDoneDto,
  ): Promise<SessionResponse> {
    return SessionResponse.from(
      await this.sessions.setNextActionDone(actor, referralId, sessionId, body.version, body.nextActionDone),
    );
  }
}
