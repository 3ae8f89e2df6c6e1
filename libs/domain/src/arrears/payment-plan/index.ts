export * from './payment-plan-rules.js';
export * from './payment-plan.errors.js';
export {
  PaymentPlanService,
  type AgreePaymentPlan,
  type EndPaymentPlan,
  type InstalmentView,
  type PaymentPlanView,
} from './payment-plan.service.js';
export type { PaymentPlanCheck, PaymentPlanRow } from './payment-plan.repository.js';
