import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { PersonalDataModule } from '../personal-data/personal-data.module.js';
import { WarningsModule } from '../warnings/warnings.module.js';
import { ReferralRepository } from './referrals/referral.repository.js';
import { ReferralService } from './referrals/referral.service.js';
import { StandardLivingAmountRepository } from './budget/standard-living-amount.repository.js';
import { StandardLivingAmountService } from './budget/standard-living-amount.service.js';

/**
 * Debt counselling (gældsrådgivning): referrals of tenants to a provider (referrals/), delivered
 * through the warning engine and closed when the tenant's consent is withdrawn; the rules of
 * sessions, debts and budgets and the standard living amounts (budget/).
 */
@Module({
  imports: [AuditModule, PersonalDataModule, WarningsModule],
  providers: [ReferralRepository, ReferralService, StandardLivingAmountRepository, StandardLivingAmountService],
  exports: [ReferralService, StandardLivingAmountService],
})
export class CounsellingModule {}
