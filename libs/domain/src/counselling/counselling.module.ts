import { Module } from '@nestjs/common';
import { ArrearsModule } from '../arrears/arrears.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { PersonalDataModule } from '../personal-data/personal-data.module.js';
import { WarningsModule } from '../warnings/warnings.module.js';
import { ReferralRepository } from './referrals/referral.repository.js';
import { ReferralPaymentPlanService } from './referrals/referral-payment-plan.service.js';
import { ReferralService } from './referrals/referral.service.js';
import { StandardLivingAmountRepository } from './budget/standard-living-amount.repository.js';
import { StandardLivingAmountService } from './budget/standard-living-amount.service.js';

/**
 * Debt counselling (gældsrådgivning): referrals of tenants to a provider (referrals/), delivered
 * through the warning engine and closed when the tenant's consent is withdrawn; the rules of
 * sessions, debts and budgets and the standard living amounts (budget/); the advisor's read of
 * the referral's payment plan (from the arrears area).
 */
@Module({
  imports: [ArrearsModule, AuditModule, PersonalDataModule, WarningsModule],
  providers: [
    ReferralRepository,
    ReferralService,
    ReferralPaymentPlanService,
    StandardLivingAmountRepository,
    StandardLivingAmountService,
  ],
  exports: [ReferralService, ReferralPaymentPlanService, StandardLivingAmountService],
})
export class CounsellingModule {}
