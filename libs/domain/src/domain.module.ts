import { Module } from '@nestjs/common';
import { AccessModule } from './access/access.module.js';
import { AuditModule } from './audit/audit.module.js';
import { DirectoryModule } from './directory/directory.module.js';
import { MunicipalityService } from './directory/municipality.service.js';
import { ArrearsCaseService } from './arrears/arrears-case.service.js';
import { CaseHistoryRepository } from './arrears/case-history.repository.js';
import { TenancyService } from './arrears/tenancy.service.js';
import { ArrearsImportService } from './arrears/imports/arrears-import.service.js';
import { OutboxModule } from './outbox/outbox.module.js';
import { PersonalDataModule } from './personal-data/personal-data.module.js';
import { SharedModule } from './shared/shared.module.js';
import { WarningsModule } from './warnings/warnings.module.js';

const AREA_MODULES = [
  AccessModule,
  AuditModule,
  DirectoryModule,
  OutboxModule,
  PersonalDataModule,
  SharedModule,
  WarningsModule,
];

const SERVICES = [
  // Directory: here, not in DirectoryModule, until DirectoryModule imports OutboxModule for OutboxService.
  MunicipalityService,
  TenancyService,
  ArrearsCaseService,
  CaseHistoryRepository,
  ArrearsImportService,
];

@Module({ imports: AREA_MODULES, providers: SERVICES, exports: [...AREA_MODULES, ...SERVICES] })
export class DomainModule {}
