import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RoleNotAllowedError } from '../../access/access.errors.js';
import { type Actor, Role } from '../../access/roles.js';
import { PaymentPlanService, type PaymentPlanView } from '../../arrears/payment-plan/payment-plan.service.js';
import { ReferralNotFoundError } from './referral.errors.js';
import { ReferralRepository } from './referral.repository.js';

/**
 * The debt advisor's read of the payment plan on a referral's case (issue 14, item 7): the plan
 * and its instalments as the landlord's caseworker sees them, read-only (the plan is agreed with
 * the landlord). Only the advisors of the referral's provider, and only while the referral's
 * consent is in force (ReferralRepository.findVisible): otherwise 404, at once after a withdrawal.
 */
@Injectable()
export class ReferralPaymentPlanService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ReferralRepository) private readonly referrals: ReferralRepository,
    @Inject(PaymentPlanService) private readonly plans: PaymentPlanService,
  ) {}

  async current(actor: Actor, referralId: string): Promise<PaymentPlanView> {
    if (actor.principal.role !== Role.DebtAdvisor) throw new RoleNotAllowedError();
    return this.dataSource.transaction(async (manager) => {
      const referral = await this.referrals.findVisible(manager, actor.principal, referralId);
      if (!referral) throw new ReferralNotFoundError();
      return this.plans.readIn(manager, actor, referral.caseId, 'referral-payment-plan');
    });
  }
}
