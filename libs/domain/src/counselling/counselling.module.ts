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
import { LedgerRepository } from '../arrears/ledger.repository.js';
import { CaseworkAccess } from './casework/casework-access.service.js';
import { CaseworkErasure } from './casework/casework-erasure.service.js';
import { CounsellingBudgetRepository } from './casework/counselling-budget.repository.js';
import { CounsellingBudgetService } from './casework/counselling-budget.service.js';
import { CounsellingDebtRepository } from './casework/counselling-debt.repository.js';
import { CounsellingDebtService } from './casework/counselling-debt.service.js';
import { CounsellingSessionRepository } from './casework/counselling-session.repository.js';
import { CounsellingSessionService } from './casework/counselling-session.service.js';

/**
 * Debt counselling (gældsrådgivning): referrals of tenants to a provider (referrals/), delivered
 * through the warning engine and closed when the tenant's consent is withdrawn; the rules of
 * sessions, debts and budgets and the standard living amounts (budget/); the advisor's casework —
 * sessions, debts and budgets stored on a referral (casework/); the advisor's read of the
 * referral's payment plan (from the arrears area).
 */
@Module({
  imports: [ArrearsModule, AuditModule, PersonalDataModule, WarningsModule],
  providers: [
    ReferralRepository,
    ReferralService,
    ReferralPaymentPlanService,
    StandardLivingAmountRepository,
    StandardLivingAmountService,
    // The casework reads the case's ledger (the rent-arrears line); the repository holds no state.
    LedgerRepository,
    CaseworkAccess,
    CaseworkErasure,
    CounsellingSessionRepository,
    CounsellingSessionService,
    CounsellingDebtRepository,
    CounsellingDebtService,
    CounsellingBudgetRepository,
    CounsellingBudgetService,
  ],
  exports: [
    ReferralService,
    ReferralPaymentPlanService,
    StandardLivingAmountService,
    CounsellingSessionService,
    CounsellingDebtService,
    CounsellingBudgetService,
  ],
})
export class CounsellingModule {}
