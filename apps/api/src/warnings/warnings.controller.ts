import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AppError, isEmailAddress } from '@app/common';
import { localized } from '@app/i18n';
import {
  CooperationAgreementService,
  NotificationSettingService,
  Role,
  WarningDeliveryService,
  WarningQueryService,
  type Actor,
} from '@app/domain';
import { NotificationProducer } from '@app/queue';
import { ApiErrors, BODY_ERRORS } from '../common/api-errors.js';
import { Operation } from '../common/operation.decorator.js';
import {
  CaseWarningResponse,
  CooperationAgreementResponse,
  NotificationSettingResponse,
  RetryResponse,
} from './warnings.responses.js';
import { Allow, AnyRole, CurrentActor } from '../auth/access.decorators.js';
import { IdParam } from '../common/params.js';
import { CooperationAgreementDto, NotificationSettingDto } from './warnings.dto.js';

const CASE_READERS = [
  Role.HousingCaseworker,
  Role.MunicipalSocialWorker,
  Role.DebtAdvisor,
  Role.ProbationOfficer,
  Role.Administrator,
];

@ApiTags('warnings')
@Controller('api/v1')
export class WarningsController {
  constructor(
    @Inject(WarningQueryService) private readonly warnings: WarningQueryService,
    @Inject(WarningDeliveryService) private readonly delivery: WarningDeliveryService,
    @Inject(NotificationProducer) private readonly producer: NotificationProducer,
  ) {}

  /** The case's warnings with each delivery state and its time. */
  @Get('cases/:id/warnings')
  @Operation({
    summary: "A case's warnings",
    description:
      'The warnings raised on a case, each with its recipient, overall state (queued → sent → read → acknowledged, or escalated / undelivered) and every delivery with its status and time. Housing caseworkers, municipal social workers, debt advisors, probation officers and administrators, for cases in their scope.',
    ok: [CaseWarningResponse],
    errors: [ApiErrors.CaseNotFound],
  })
  @Allow(...CASE_READERS)
  forCase(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.warnings.forCase(actor, id);
  }

  /**
   * Sends an undelivered notification again. Once scope and state are checked, the finished job
   * with the same id is removed, so the relay's new job (`jobId` = notification id) is not ignored.
   */
  @Post('notifications/:id/retry')
  @HttpCode(202)
  @Operation({
    summary: 'Send a notification again',
    description:
      "Queues an undelivered notification (email) again. Housing caseworkers (their organisation's departments) and administrators. Refuses a notification that is not undelivered.",
    accepted: RetryResponse,
    errors: [ApiErrors.NotificationNotFound, ApiErrors.NotificationNotUndelivered],
  })
  @Allow(Role.HousingCaseworker, Role.Administrator)
  retry(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.delivery.retry(actor, id, () => this.producer.discardFinished(id));
  }
}

@ApiTags('warnings')
@Controller('api/v1/cooperation-agreements')
export class CooperationAgreementsController {
  constructor(@Inject(CooperationAgreementService) private readonly agreements: CooperationAgreementService) {}

  @Get()
  @Operation({
    summary: 'List cooperation agreements',
    description:
      "The cooperation agreements (municipality and housing organisation) in the caller's scope: which voluntary early warnings they use, from which arrears amount, and the eviction reminder. Housing caseworkers, municipal social workers, managers and administrators.",
    ok: [CooperationAgreementResponse],
  })
  @Allow(Role.HousingCaseworker, Role.MunicipalSocialWorker, Role.Manager, Role.Administrator)
  list(@CurrentActor() actor: Actor) {
    return this.agreements.list(actor);
  }

  @Put()
  @Operation({
    summary: 'Create or replace a cooperation agreement',
    description:
      'Creates or replaces the agreement of one municipality and one housing organisation. Administrators only. Refuses an end date before the start and an unknown municipality or organisation.',
    ok: CooperationAgreementResponse,
    errors: [
      ...BODY_ERRORS,
      ApiErrors.AgreementPeriodInvalid,
      ApiErrors.MunicipalityNotFound,
      ApiErrors.HousingOrganisationNotFound,
    ],
  })
  @Allow(Role.Administrator)
  upsert(@CurrentActor() actor: Actor, @Body() body: CooperationAgreementDto) {
    return this.agreements.upsert(actor, body);
  }
}

/** The same email rule as the directory's `@IsEmail()` fields, for an address in the path. */
function emailParam(value: string): string {
  if (!isEmailAddress(value)) {
    throw new AppError(
      'INVALID_EMAIL',
      400,
      localized((m) => m.warnings.errors.INVALID_EMAIL),
      [{ field: 'email', rule: 'email', message: localized((m) => m.warnings.details.email) }],
    );
  }
  return value;
}

@ApiTags('warnings')
@Controller('api/v1/notification-settings')
export class NotificationSettingsController {
  constructor(@Inject(NotificationSettingService) private readonly settings: NotificationSettingService) {}

  @Get('me')
  @Operation({
    summary: 'My email settings',
    description:
      "The signed-in user's email preferences for warnings (language, immediate or daily digest, none), or the defaults. Any signed-in user.",
    ok: NotificationSettingResponse,
  })
  @AnyRole()
  mine(@CurrentActor() actor: Actor) {
    return this.settings.mine(actor);
  }

  @Put('me')
  @Operation({
    summary: 'Set my email settings',
    description: "Sets the signed-in user's email preferences for warnings. Any signed-in user.",
    ok: NotificationSettingResponse,
    errors: BODY_ERRORS,
  })
  @AnyRole()
  setMine(@CurrentActor() actor: Actor, @Body() body: NotificationSettingDto) {
    return this.settings.setMine(actor, body);
  }

  /** For organisation mailboxes (a municipality's alert address): language and digest. */
  @Get(':email')
  @Operation({
    summary: 'Email settings of a mailbox',
    description:
      "The email preferences of an organisation mailbox (a municipality's alert address): language and digest. Administrators only.",
    ok: NotificationSettingResponse,
    errors: [ApiErrors.InvalidEmail],
  })
  @Allow(Role.Administrator)
  get(@CurrentActor() actor: Actor, @Param('email') email: string) {
    return this.settings.getFor(actor, emailParam(email));
  }

  @Put(':email')
  @Operation({
    summary: 'Set email settings of a mailbox',
    description:
      'Sets the email preferences of an organisation mailbox. Administrators only. The statutory notice still goes to a municipality that chose none.',
    ok: NotificationSettingResponse,
    errors: [...BODY_ERRORS, ApiErrors.InvalidEmail],
  })
  @Allow(Role.Administrator)
  set(@CurrentActor() actor: Actor, @Param('email') email: string, @Body() body: NotificationSettingDto) {
    return this.settings.set(actor, emailParam(email), body);
  }
}
