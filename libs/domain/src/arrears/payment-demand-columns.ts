import { type IsoDate } from '@app/calendar';
import { type DeliveryMethod, type PaymentDemandFacts } from './legal-steps/case-state-machine.js';

/** The påkrav columns of `arrears_case`, dates read as ISO text. */
export interface PaymentDemandColumns {
  payment_demand_sent_on: string | null;
  payment_demand_received_on: string | null;
  payment_demand_delivery: string | null;
  payment_demand_fee_ore: string | null;
}

/** The case's payment demand as the state machine sees it, or null when none was sent. */
export function paymentDemandFromColumns(row: PaymentDemandColumns): PaymentDemandFacts | null {
  return row.payment_demand_sent_on
    ? {
        sentOn: row.payment_demand_sent_on as IsoDate,
        receivedOn: row.payment_demand_received_on as IsoDate,
        deliveryMethod: row.payment_demand_delivery as DeliveryMethod,
        feeOre: Number(row.payment_demand_fee_ore ?? 0),
      }
    : null;
}
