import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AppError, isEmailAddress } from '@app/common';
import {
  CooperationAgreementService,
  NotificationSettingService,
  Role,
  WarningDeliveryService,
  WarningQueryService,
  type Actor,
} from '@app/domain';
import { NotificationProducer } from '@app/queue';
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
  @Allow(Role.HousingCaseworker, Role.MunicipalSocialWorker, Role.Manager, Role.Administrator)
  list(@CurrentActor() actor: Actor) {
    return this.agreements.list(actor);
  }

  @Put()
  @Allow(Role.Administrator)
  upsert(@CurrentActor() actor: Actor, @Body() body: CooperationAgreementDto) {
    return this.agreements.upsert(actor, body);
  }
}

/** The same email rule as the directory's `@IsEmail()` fields, for an address in the path. */
function emailParam(value: string): string {
  if (!isEmailAddress(value)) {
    throw new AppError('INVALID_EMAIL', 400, {
      da: 'Adressen er ikke en gyldig e-mailadresse.',
      en: 'The address is not a valid email address.',
    });
  }
  return value;
}

@ApiTags('warnings')
@Controller('api/v1/notification-settings')
export class NotificationSettingsController {
  constructor(@Inject(NotificationSettingService) private readonly settings: NotificationSettingService) {}

  @Get('me')
  @AnyRole()
  mine(@CurrentActor() actor: Actor) {
    return this.settings.mine(actor);
  }

  @Put('me')
  @AnyRole()
  setMine(@CurrentActor() actor: Actor, @Body() body: NotificationSettingDto) {
    return this.settings.setMine(actor, body);
  }

  /** For organisation mailboxes (a municipality's alert address): language and digest. */
  @Get(':email')
  @Allow(Role.Administrator)
  get(@CurrentActor() actor: Actor, @Param('email') email: string) {
    return this.settings.getFor(actor, emailParam(email));
  }

  @Put(':email')
  @Allow(Role.Administrator)
  set(@CurrentActor() actor: Actor, @Param('email') email: string, @Body() body: NotificationSettingDto) {
    return this.settings.set(actor, emailParam(email), body);
  }
}
