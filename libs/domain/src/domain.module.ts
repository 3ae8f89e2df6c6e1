import { Module } from '@nestjs/common';
import { AccessModule } from './access/access.module.js';
import { ArrearsModule } from './arrears/arrears.module.js';
import { AuditModule } from './audit/audit.module.js';
import { DirectoryModule } from './directory/directory.module.js';
import { MunicipalityService } from './directory/municipality.service.js';
import { EmailDeliveryService } from './outbox/email-delivery.service.js';
import { OutboxRelayRepository } from './outbox/outbox-relay.repository.js';
import { OutboxService } from './outbox/outbox.service.js';
import { CooperationAgreementService } from './warnings/cooperation-agreement.service.js';
import { InboxService } from './warnings/inbox.service.js';
import { NotificationSettingService } from './warnings/notification-setting.service.js';
import { WarningDeliveryService } from './warnings/warning-delivery.service.js';
import { WarningEngine } from './warnings/warning-engine.service.js';
import { WarningQueryService } from './warnings/warning-query.service.js';
import { WarningSweeper } from './warnings/warning-sweeper.service.js';
import { PersonalDataModule } from './personal-data/personal-data.module.js';
import { SharedModule } from './shared/shared.module.js';

const AREA_MODULES = [AccessModule, ArrearsModule, AuditModule, DirectoryModule, PersonalDataModule, SharedModule];

const SERVICES = [
  // Directory: here, not in DirectoryModule, until an outbox module can be imported for OutboxService.
  MunicipalityService,
  OutboxService,
  EmailDeliveryService,
  OutboxRelayRepository,
  WarningEngine,
  WarningSweeper,
  WarningDeliveryService,
  WarningQueryService,
  InboxService,
  CooperationAgreementService,
  NotificationSettingService,
];

@Module({ imports: AREA_MODULES, providers: SERVICES, exports: [...AREA_MODULES, ...SERVICES] })
export class DomainModule {}
