import { addBusinessDays, businessDayOnOrAfter, type CalendarRules, type IsoDate } from '@app/calendar';
import { type RecipientType } from '../personal-data/consent.entity.js';
import { type PlannedWarning, type WarningCaseContext, type WarningDetailValues } from './warning-planner.js';
import {
  PAYMENT_PLAN_BROKEN_RULE,
  PAYMENT_PLAN_MISSED_RULE,
  type RecipientBasis,
  type WarningRule,
} from './warning-rules.js';

/** A payment plan's event the sweeper found: an instalment missed, or the plan broken by its misses. */
export type PaymentPlanEvent =
  | {
      kind: 'instalment-missed';
      caseId: string;
      planId: string;
      instalmentNumber: number;
      /** The instalment's due date (moved off a non-business day): the date the warning names. */
      dueOn: IsoDate;
      behindByOre: number;
    }
  | {
      kind: 'plan-broken';
      caseId: string;
      planId: string;
      /** The day the sweep broke it. */
      brokenOn: IsoDate;
      missedInstalments: number;
      behindByOre: number;
    };

/**
 * An open referral on the case (accepted or in contact) whose consent for debt counselling naming
 * the provider is in force: the provider is told, about the referred person only.
 */
export interface PlanAdvisor {
  caseId: string;
  providerId: string;
  person: { id: string; name: string };
}

/** One planned warning and whom it names: the referred persons only, for an advisor. */
export interface PlannedPlanWarning {
  plan: PlannedWarning;
  tenants: { id: string; name: string }[];
}

/**
 * Who is told of a payment plan's event and with which data (issue 14, item 5). Pure:
 * - the landlord's own caseworkers (`own-organisation`), with the facts;
 * - each counselling provider with an open referral on the case (`consent`: the referral's consent
 *   is in force), with the facts, naming only the persons referred to it;
 * - the case's municipality only when the cooperation agreement switches the rule on
 *   (`agreement`), with name and address, and the facts only when a tenant consented to the
 *   municipality (as `planWarnings` gives details).
 * The occurrence is the plan and instalment (missed) or the plan (broken), so a second sweep, or a
 * second worker at once, raises nothing again.
 */
export function planPaymentPlanWarnings(
  event: PaymentPlanEvent,
  // No ledger figure: the event carries the plan's (how far behind, the misses).
  context: Omit<WarningCaseContext, 'balanceOre' | 'monthsInArrears'>,
  advisors: readonly PlanAdvisor[],
  today: IsoDate,
  calendar: Partial<CalendarRules> = {},
): PlannedPlanWarning[] {
  const rule: WarningRule<'payment-plan-instalment-missed' | 'payment-plan-broken'> =
    event.kind === 'instalment-missed' ? PAYMENT_PLAN_MISSED_RULE : PAYMENT_PLAN_BROKEN_RULE;
  const occurrence =
    event.kind === 'instalment-missed'
      ? `instalment:${event.planId}:${event.instalmentNumber}`
      : `broken:${event.planId}`;
  const details: Partial<WarningDetailValues> =
    event.kind === 'instalment-missed'
      ? { instalmentNumber: event.instalmentNumber, instalmentDueOn: event.dueOn, behindByOre: event.behindByOre }
      : { missedInstalments: event.missedInstalments, behindByOre: event.behindByOre };
  const eventOn = event.kind === 'instalment-missed' ? event.dueOn : event.brokenOn;
  const urgency =
    rule.urgency === 'urgent' || (rule.urgentWithChildren && context.childrenUnder18 > 0) ? 'urgent' : 'normal';
  const acknowledgeBy = addBusinessDays(
    businessDayOnOrAfter(today, calendar),
    rule.acknowledgeWithin[urgency],
    calendar,
  );

  const warning = (
    recipientType: RecipientType,
    recipientId: string,
    basis: RecipientBasis,
    tenants: { id: string; name: string }[],
    detailed: boolean,
  ): PlannedPlanWarning => ({
    tenants,
    plan: {
      rule,
      occurrence,
      recipientType,
      recipientId,
      basis,
      urgency,
      data: {
        kind: rule.code,
        reference: context.reference,
        senderName: context.senderName,
        tenantNames: tenants.map((t) => t.name),
        address: context.address,
        eventOn,
        ...(detailed ? { details } : {}),
      },
      acknowledgeBy,
    },
  });

  const planned = [
    warning('housing_organisation', context.housingOrganisationId, 'own-organisation', context.tenants, true),
  ];
  const referred = new Map<string, { id: string; name: string }[]>();
  for (const advisor of advisors) {
    if (advisor.caseId !== context.caseId) continue;
    const persons = referred.get(advisor.providerId) ?? [];
    if (!persons.some((p) => p.id === advisor.person.id)) persons.push(advisor.person);
    referred.set(advisor.providerId, persons);
  }
  for (const [providerId, persons] of referred) {
    planned.push(warning('counselling_provider', providerId, 'consent', persons, true));
  }
  if (context.agreement?.enabledWarnings.includes(rule.code)) {
    const consented = context.consentedRecipients.some(
      (c) => c.type === 'municipality' && c.id === context.municipalityId,
    );
    planned.push(warning('municipality', context.municipalityId, 'agreement', context.tenants, consented));
  }
  return planned;
}
