import { Module } from '@nestjs/common';
import { AuthService } from './access/auth.service.js';
import { LoginThrottleService } from './access/login-throttle.service.js';
import { PasswordService } from './access/password.service.js';
import { UserService } from './access/user.service.js';
import { AuditQueryService } from './audit/audit-query.service.js';
import { AuditService } from './audit/audit.service.js';
import {
  CounsellingProviderService,
  DepartmentService,
  HousingOrganisationService,
  ProbationUnitService,
} from './directory/directory-services.js';
import { MunicipalityService } from './directory/municipality.service.js';
import { EmailDeliveryService } from './outbox/email-delivery.service.js';
import { OutboxRelayRepository } from './outbox/outbox-relay.repository.js';
import { OutboxService } from './outbox/outbox.service.js';
import { ArrearsCaseService } from './arrears/arrears-case.service.js';
import { CaseHistoryRepository } from './arrears/case-history.repository.js';
import { TenancyService } from './arrears/tenancy.service.js';
import { ArrearsImportService } from './arrears/imports/arrears-import.service.js';
import { IdempotencyService } from './shared/idempotency.service.js';
import { CooperationAgreementService } from './warnings/cooperation-agreement.service.js';
import { InboxService } from './warnings/inbox.service.js';
import { NotificationSettingService } from './warnings/notification-setting.service.js';
import { WarningDeliveryService } from './warnings/warning-delivery.service.js';
import { WarningEngine } from './warnings/warning-engine.service.js';
import { WarningQueryService } from './warnings/warning-query.service.js';
import { WarningSweeper } from './warnings/warning-sweeper.service.js';
import { ConsentService } from './personal-data/consent.service.js';
import { personalDataCipherProvider } from './personal-data/personal-data-cipher.provider.js';
import { PersonService } from './personal-data/person.service.js';
import { RetentionService } from './personal-data/retention.service.js';

const SERVICES = [
  AuditService,
  AuditQueryService,
  PasswordService,
  LoginThrottleService,
  AuthService,
  UserService,
  MunicipalityService,
  HousingOrganisationService,
  DepartmentService,
  ProbationUnitService,
  CounsellingProviderService,
  PersonService,
  ConsentService,
  RetentionService,
  TenancyService,
  ArrearsCaseService,
  CaseHistoryRepository,
  ArrearsImportService,
  IdempotencyService,
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

@Module({ providers: [...SERVICES, personalDataCipherProvider], exports: [...SERVICES, personalDataCipherProvider] })
export class DomainModule {}
