import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { DirectoryModule } from '../directory/directory.module.js';
import { OutboxModule } from '../outbox/outbox.module.js';
import { CooperationAgreementRepository } from './cooperation-agreement.repository.js';
import { CooperationAgreementService } from './cooperation-agreement.service.js';
import { InboxRepository } from './inbox.repository.js';
import { InboxService } from './inbox.service.js';
import { NotificationSettingRepository } from './notification-setting.repository.js';
import { NotificationSettingService } from './notification-setting.service.js';
import { WarningDeliveryService } from './warning-delivery.service.js';
import { WarningEngine } from './warning-engine.service.js';
import { WarningQueryService } from './warning-query.service.js';
import { WarningSweeper } from './warning-sweeper.service.js';
import { WarningRepository } from './warning.repository.js';

/**
 * Early warnings: the rules (warning-rules.ts, warning-planner.ts), how they are delivered
 * (warning-delivery-planner.ts), the engine and the sweeper that apply them, the inbox, and the
 * preferences and agreements they read. Emails leave through the outbox.
 */
@Module({
  imports: [AuditModule, DirectoryModule, OutboxModule],
  providers: [
    WarningRepository,
    InboxRepository,
    NotificationSettingRepository,
    CooperationAgreementRepository,
    WarningEngine,
    WarningSweeper,
    WarningDeliveryService,
    WarningQueryService,
    InboxService,
    CooperationAgreementService,
    NotificationSettingService,
  ],
  exports: [
    WarningRepository,
    WarningEngine,
    WarningSweeper,
    WarningDeliveryService,
    WarningQueryService,
    InboxService,
    CooperationAgreementService,
    NotificationSettingService,
  ],
})
export class WarningsModule {}
