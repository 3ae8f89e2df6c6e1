import { useQuery } from '@tanstack/react-query';
import { api, ApiCallError, call } from '../api';
import { PlanDetails } from '../cases/payment-plan';
import type { PaymentPlan } from '../cases/plan-rules';
import { useI18n } from '../i18n';
import { ErrorMessage, Loading } from '../ui/components';
import type { Referral } from './referral-rules';

/**
 * The payment plan on the referral's case (GET /referrals/{id}/payment-plan), read-only for the
 * advisor: the plan is agreed with the landlord, on the case page. The instalments, the balance and
 * the expected balance as the landlord's caseworker sees them.
 */
export function ReferralPlanSection({ referral }: { referral: Referral }) {
  const { m } = useI18n();
  const t = m.webCounselling;
  const plan = useQuery({
    queryKey: ['referral', referral.id, 'payment-plan'],
    queryFn: async (): Promise<PaymentPlan | null> => {
      try {
        return await call(api.GET('/api/v1/referrals/{id}/payment-plan', { params: { path: { id: referral.id } } }));
      } catch (error) {
        if (error instanceof ApiCallError && error.code === 'PAYMENT_PLAN_NOT_FOUND') return null;
        throw error;
      }
    },
  });
  return (
    <section aria-labelledby="referral-plan" className="case-section" data-testid="referral-plan">
      <h2 id="referral-plan">{t.casework.planTitle}</h2>
      {plan.isPending ? (
        <Loading />
      ) : plan.isError ? (
        <ErrorMessage error={plan.error} />
      ) : plan.data ? (
        <PlanDetails plan={plan.data} />
      ) : (
        <p>{t.plan.none}</p>
      )}
    </section>
  );
}
