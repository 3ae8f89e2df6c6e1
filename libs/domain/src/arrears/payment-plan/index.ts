export * from './payment-plan-rules.js';
export * from './payment-plan.errors.js';
export { PaymentPlanSweeper, type PaymentPlanSweepResult } from './payment-plan-sweeper.service.js';
export {
  PaymentPlanService,
  type AgreePaymentPlan,
  type EndPaymentPlan,
  type InstalmentView,
  type PaymentPlanSettingsView,
  type PaymentPlanView,
} from './payment-plan.service.js';
export type { PaymentPlanCheck, PaymentPlanRow, PaymentPlanSettings } from './payment-plan.repository.js';
