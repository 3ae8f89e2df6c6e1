import { Module } from '@nestjs/common';
import { AccessModule } from './access/access.module.js';
import { ArrearsModule } from './arrears/arrears.module.js';
import { AuditModule } from './audit/audit.module.js';
import { CounsellingModule } from './counselling/counselling.module.js';
import { DirectoryModule } from './directory/directory.module.js';
import { OutboxModule } from './outbox/outbox.module.js';
import { PersonalDataModule } from './personal-data/personal-data.module.js';
import { ProbationModule } from './probation/probation.module.js';
import { SharedModule } from './shared/shared.module.js';
import { StatisticsModule } from './statistics/statistics.module.js';
import { RiskModelModule } from './statistics/risk-model/risk-model.module.js';
import { WarningsModule } from './warnings/warnings.module.js';
import { StatisticsExportModule } from './statistics/export/statistics-export.module.js';

const AREA_MODULES = [
  AccessModule,
  ArrearsModule,
  AuditModule,
  CounsellingModule,
  DirectoryModule,
  OutboxModule,
  PersonalDataModule,
  ProbationModule,
  SharedModule,
  WarningsModule,
  StatisticsExportModule,
  StatisticsModule,
  RiskModelModule,
];

/** The domain: each area is its own module; this one only brings them together. */
@Module({ imports: AREA_MODULES, exports: AREA_MODULES })
export class DomainModule {}
