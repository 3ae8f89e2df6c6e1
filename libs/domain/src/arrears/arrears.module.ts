import { CustodyEpisodeRepository } from '../probation/custody-episode.repository.js';
import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { DirectoryModule } from '../directory/directory.module.js';
import { PersonalDataModule } from '../personal-data/personal-data.module.js';
import { SharedModule } from '../shared/shared.module.js';
import { WarningsModule } from '../warnings/warnings.module.js';
import { ArrearsCaseRepository } from './arrears-case.repository.js';
import { ArrearsCaseService } from './arrears-case.service.js';
import { ArrearsRegistrationService } from './arrears-registration.service.js';
import { CaseHistoryRepository } from './case-history.repository.js';
import { ArrearsImportRepository } from './import/arrears-import.repository.js';
import { ArrearsImportService } from './import/arrears-import.service.js';
import { ImportBatchWriter } from './import/import-batch.writer.js';
import { LedgerRepository } from './ledger.repository.js';
import { PaymentPlanRepository } from './payment-plan/payment-plan.repository.js';
import { PaymentPlanService } from './payment-plan/payment-plan.service.js';
import { PaymentPlanSweeper } from './payment-plan/payment-plan-sweeper.service.js';
import { RentAssistanceRepository } from './rent-assistance/rent-assistance.repository.js';
import { RentAssistanceService } from './rent-assistance/rent-assistance.service.js';
import { TenancyRepository } from './tenancy.repository.js';
import { TenancyService } from './tenancy.service.js';

/**
 * Arrears cases: tenancies, the one write path for registered arrears (the API's and the monthly
 * import's), the legal steps, and the case's ledger and timeline. The warning rules run in the
 * same transactions (WarningEngine); the audit log records every read of the tenants' data.
 */
@Module({
  imports: [AuditModule, DirectoryModule, PersonalDataModule, SharedModule, WarningsModule],
  providers: [
    ArrearsCaseRepository,
    LedgerRepository,
    CaseHistoryRepository,
    TenancyRepository,
    ArrearsImportRepository,
    ArrearsRegistrationService,
    ArrearsCaseService,
    TenancyService,
    ImportBatchWriter,
    ArrearsImportService,
    PaymentPlanRepository,
    PaymentPlanService,
    PaymentPlanSweeper,
    RentAssistanceRepository,
    RentAssistanceService,
    // The case read says whether a tenant is away in custody (probation/); the repository holds no state.
    CustodyEpisodeRepository,
  ],
  exports: [
    PaymentPlanService,
    PaymentPlanSweeper,
    RentAssistanceService,
    ArrearsCaseService,
    TenancyService,
    ArrearsImportService,
    ArrearsRegistrationService,
    ImportBatchWriter,
  ],
})
export class ArrearsModule {}
