import { type Messages } from '../catalogue.js';

export const statistics: Messages['statistics'] = {
  STATISTICS_RANGE_INVALID: 'The period is invalid: "from" must come before "to", and at most 10 years before.',
  STATISTICS_SCOPE_MISSING: 'Your user is not attached to a housing organisation or a municipality.',
  /** A column of the flow table: a step from one stage to another. */
  flowStep: (p: { from: string; to: string }) => `${p.from} → ${p.to}`,
  columns: {
    opened: 'cases opened',
    evicted: 'evicted',
    averted_paid: 'averted: paid',
    averted_payment_plan: 'averted: payment plan',
    averted_rent_assistance: 'averted: rent assistance',
    averted_moved_out: 'averted: moved out',
    averted_other: 'averted: other',
    closed_without_proceedings: 'closed without eviction proceedings',
    evicted_per_1000_tenancies: 'evictions per 1,000 tenancies',
    evicted_per_case: 'share of closed cases ending in eviction',
    tenancies: 'tenancies',
    agreed: 'payment plans agreed',
    completed: 'kept (completed)',
    broken: 'broken',
    closed: 'cases closed (not evicted or moved out)',
    new_arrears_12m: 'new arrears within 12 months',
    sent: 'warnings sent',
    undelivered: 'undelivered',
    escalated: 'escalated',
    acknowledged_in_time: 'acknowledged in time',
  },
  intervals: {
    arrears_to_payment_demand: 'arrears registered → payment demand',
    notice_to_acknowledgement: '§ 92 notice → first acknowledgement by the municipality',
    warning_to_acknowledgement: 'warning raised → acknowledged',
    referral_to_first_contact: 'referral → first counselling contact',
    payment_plan_to_end: 'payment plan agreed → completed or broken',
  },
  measures: {
    n: 'number',
    median: 'median (business days)',
    p90: '90th percentile (business days)',
  },
};
