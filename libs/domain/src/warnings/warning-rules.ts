import { localized, type LocalizedText } from '@app/i18n';
import { OPEN_CASE_STAGES, type CaseStage } from '../arrears/legal-steps/case-stage.js';
import { type RecipientType } from '../personal-data/consent.entity.js';

/**
 * The early-warning rules, as data, in one place (docs/legal-rules.md#early-warnings). Each rule names what triggers
 * it, when it applies, who receives it and on what basis, what data it may carry, how urgent it
 * is and how soon it must be acknowledged. `warning-planner.ts` interprets these; nothing else
 * decides who is told what.
 *
 * Changing a rule's behaviour means raising its `version`: every warning records the rule
 * version it was raised under, so an old warning can always be explained.
 */
export const WARNING_RULES_VERSION = 1;

export type WarningRuleCode =
  | 'statutory-eviction-notice'
  | 'arrears-registered'
  | 'payment-demand-sent'
  | 'deadline-passed'
  | 'terminated'
  | 'eviction-scheduled-reminder';

/**
 * Warnings raised by something other than a case's legal steps: a referral to debt counselling
 * (counselling/referrals), a session's next action (counselling/casework) and the payment-plan
 * sweeper's missed instalment and broken plan
 * (arrears/payment-plan). They are not in `WARNING_RULES` (no trigger there fires them): the
 * service that decides them raises them through `WarningEngine.raiseReferral` and
 * `WarningEngine.raisePaymentPlanWarnings`.
 */
export type DirectWarningRuleCode =
  | 'referral-sent'
  | 'referral-first-contact-overdue'
  | 'counselling-next-action-due'
  | 'payment-plan-instalment-missed'
  | 'payment-plan-broken'
  | 'custody-arrears-registered'
  | CustodyNoticeRuleCode;

/**
 * The custody notices (the handshake, docs/probation.md#the-handshake): warnings whose subject is a
 * custody episode, not an arrears case, raised through `WarningEngine.raiseCustodyWarning`.
 */
export type CustodyNoticeRuleCode =
  'custody-notice' | 'custody-contact-updated' | 'custody-released' | 'custody-release-reminder';

/** Every rule a warning row can name. */
export type AnyWarningRuleCode = WarningRuleCode | DirectWarningRuleCode;

/** The voluntary warnings a cooperation agreement can switch on. */
export const VOLUNTARY_WARNINGS = [
  'arrears-registered',
  'payment-demand-sent',
  'deadline-passed',
  'terminated',
  'eviction-scheduled-reminder',
  'payment-plan-instalment-missed',
  'payment-plan-broken',
] as const satisfies readonly AnyWarningRuleCode[];
export type VoluntaryWarning = (typeof VOLUNTARY_WARNINGS)[number];

/** Case-timeline event types (`case_event.type`) a rule can react to. */
export type CaseEventType =
  'arrears_registered' | 'payment_demand_sent' | 'deadline_passed' | 'terminated' | 'municipality_notified';

/** Dates the deadline sweeper watches. */
export type DeadlineTrigger =
  /** The 14-day payment deadline after the påkrav has passed and money is still owed. */
  | 'payment-deadline-passed'
  /** The eviction date is within the agreement's number of business days. */
  | 'eviction-date-approaching';

export type Trigger = { kind: 'event'; event: CaseEventType } | { kind: 'deadline'; deadline: DeadlineTrigger };

/**
 * Why a recipient may be told at all:
 * - `statute`: the law requires it (almenlejeloven § 92, stk. 2) — always;
 * - `agreement`: the municipality and the housing organisation switched the rule on;
 * - `consent`: a tenant consented to sharing with that recipient (the purpose per recipient type
 *   is in `CONSENT_PURPOSE_FOR_RECIPIENT`);
 * - `own-organisation`: the landlord's own staff, about their own case.
 */
export type RecipientBasis = 'statute' | 'agreement' | 'consent' | 'own-organisation';

export interface RecipientRule {
  type: RecipientType;
  basis: RecipientBasis;
}

/** Personal data a warning may carry beyond the tenants' names and the address. */
export type DetailField =
  | 'balanceOre'
  | 'monthsInArrears'
  | 'paymentDeadline'
  | 'terminatedOn'
  | 'evictionDate'
  | 'childrenUnder18'
  | 'instalmentNumber'
  | 'instalmentDueOn'
  | 'behindByOre'
  | 'missedInstalments';

/**
 * The legal date a warning names (its `eventOn`), computed from the case, never the day a step was
 * recorded or a sweep ran: `event` the date the event itself carries (the notice date, the booking
 * date of the arrears), `payment-demand-sent` the påkrav's sending date, `payment-deadline` the last
 * day to pay (almenlejeloven § 90, stk. 2, by the calendar), `terminated` the termination date,
 * `eviction-date` the date the bailiff court set.
 */
export type EventDate = 'event' | 'payment-demand-sent' | 'payment-deadline' | 'terminated' | 'eviction-date';

/** What identifies one firing: the rule fires once per case, recipient and occurrence. */
export type Occurrence = 'case' | 'event-date' | 'payment-demand' | 'eviction-date';

export interface WarningRule<Code extends AnyWarningRuleCode = WarningRuleCode> {
  code: Code;
  version: number;
  /** The title in both languages, from the message catalogue (libs/i18n, `warnings.rules`). */
  title: LocalizedText;
  legalBasis: string;
  triggers: readonly Trigger[];
  /** The stages the case must still be in when the rule fires (a late sweep must not warn about a closed case). */
  stages: readonly CaseStage[];
  /** Fire only while money is owed; `agreement-threshold`: at least the agreement's amount. */
  balance: 'any' | 'owed' | 'agreement-threshold';
  occurrence: Occurrence;
  eventDate: EventDate;
  recipients: readonly RecipientRule[];
  /**
   * Name and address always; these fields only to a recipient the tenant consented to (or the
   * landlord's own staff). The statutory notice carries name and address only, by law.
   */
  details: readonly DetailField[];
  urgency: 'urgent' | 'normal';
  /** Households with children under 18: the municipality must consider help at once (retssikkerhedsloven § 5 a). */
  urgentWithChildren: boolean;
  /** Non-urgent warnings may wait for the recipient's daily digest; the statutory notice never does. */
  digestible: boolean;
  /** Business days (legal calendar) to acknowledge before the team lead is told, then the managers. */
  acknowledgeWithin: { normal: number; urgent: number };
  escalateToManagersAfter: number;
  /** The email template: the statutory notice has its own wording. */
  template: 'warning' | 'municipality-eviction-notice';
}

const CONSENTED_PARTNERS: readonly RecipientRule[] = [
  { type: 'counselling_provider', basis: 'consent' },
  { type: 'probation_unit', basis: 'consent' },
];

export const WARNING_RULES: readonly WarningRule[] = Object.freeze([
  {
    code: 'statutory-eviction-notice',
    version: 1,
    title: localized((m) => m.warnings.rules['statutory-eviction-notice']),
    legalBasis: 'almenlejeloven § 92, stk. 2 (N1)',
    triggers: [{ kind: 'event', event: 'municipality_notified' }],
    // Whenever the landlord gives it: the notice must reach the municipality even if given early.
    stages: OPEN_CASE_STAGES,
    balance: 'any',
    occurrence: 'event-date',
    eventDate: 'event',
    recipients: [{ type: 'municipality', basis: 'statute' }],
    details: [],
    urgency: 'urgent',
    urgentWithChildren: true,
    digestible: false,
    acknowledgeWithin: { normal: 2, urgent: 1 },
    escalateToManagersAfter: 2,
    template: 'municipality-eviction-notice',
  },
  {
    code: 'arrears-registered',
    version: 1,
    title: localized((m) => m.warnings.rules['arrears-registered']),
    legalBasis: 'samarbejdsaftale (frivillig, tidlig varsling)',
    triggers: [{ kind: 'event', event: 'arrears_registered' }],
    stages: ['registered'],
    balance: 'agreement-threshold',
    occurrence: 'case',
    eventDate: 'event',
    recipients: [{ type: 'municipality', basis: 'agreement' }, ...CONSENTED_PARTNERS],
    details: ['balanceOre', 'monthsInArrears', 'childrenUnder18'],
    urgency: 'normal',
    urgentWithChildren: true,
    digestible: true,
    acknowledgeWithin: { normal: 5, urgent: 2 },
    escalateToManagersAfter: 3,
    template: 'warning',
  },
  {
    code: 'payment-demand-sent',
    version: 1,
    title: localized((m) => m.warnings.rules['payment-demand-sent']),
    legalBasis: 'samarbejdsaftale (frivillig, tidlig varsling)',
    triggers: [{ kind: 'event', event: 'payment_demand_sent' }],
    stages: ['payment_demand_sent'],
    balance: 'any',
    occurrence: 'payment-demand',
    eventDate: 'payment-demand-sent',
    recipients: [{ type: 'municipality', basis: 'agreement' }, ...CONSENTED_PARTNERS],
    details: ['balanceOre', 'monthsInArrears', 'paymentDeadline', 'childrenUnder18'],
    urgency: 'normal',
    urgentWithChildren: true,
    digestible: true,
    acknowledgeWithin: { normal: 3, urgent: 1 },
    escalateToManagersAfter: 2,
    template: 'warning',
  },
  {
    code: 'deadline-passed',
    // 2: the warning names the payment deadline itself, not the day the step was recorded.
    version: 2,
    title: localized((m) => m.warnings.rules['deadline-passed']),
    legalBasis: 'samarbejdsaftale (frivillig, tidlig varsling)',
    // Whichever comes first: the caseworker records it, or the sweeper sees the date pass unpaid.
    triggers: [
      { kind: 'event', event: 'deadline_passed' },
      { kind: 'deadline', deadline: 'payment-deadline-passed' },
    ],
    stages: ['payment_demand_sent', 'deadline_passed'],
    balance: 'owed',
    occurrence: 'payment-demand',
    eventDate: 'payment-deadline',
    recipients: [{ type: 'municipality', basis: 'agreement' }, ...CONSENTED_PARTNERS],
    details: ['balanceOre', 'monthsInArrears', 'paymentDeadline', 'childrenUnder18'],
    urgency: 'normal',
    urgentWithChildren: true,
    digestible: true,
    acknowledgeWithin: { normal: 2, urgent: 1 },
    escalateToManagersAfter: 2,
    template: 'warning',
  },
  {
    code: 'terminated',
    version: 1,
    title: localized((m) => m.warnings.rules['terminated']),
    legalBasis: 'samarbejdsaftale (frivillig, tidlig varsling)',
    triggers: [{ kind: 'event', event: 'terminated' }],
    stages: ['terminated'],
    balance: 'any',
    occurrence: 'event-date',
    eventDate: 'terminated',
    recipients: [{ type: 'municipality', basis: 'agreement' }, ...CONSENTED_PARTNERS],
    details: ['balanceOre', 'monthsInArrears', 'terminatedOn', 'childrenUnder18'],
    urgency: 'urgent',
    urgentWithChildren: true,
    digestible: false,
    acknowledgeWithin: { normal: 2, urgent: 1 },
    escalateToManagersAfter: 2,
    template: 'warning',
  },
  {
    code: 'eviction-scheduled-reminder',
    version: 1,
    title: localized((m) => m.warnings.rules['eviction-scheduled-reminder']),
    legalBasis: 'samarbejdsaftale (frivillig, tidlig varsling)',
    triggers: [{ kind: 'deadline', deadline: 'eviction-date-approaching' }],
    stages: ['eviction_scheduled'],
    balance: 'any',
    occurrence: 'eviction-date',
    eventDate: 'eviction-date',
    recipients: [
      { type: 'municipality', basis: 'agreement' },
      { type: 'housing_organisation', basis: 'own-organisation' },
      ...CONSENTED_PARTNERS,
    ],
    details: ['balanceOre', 'monthsInArrears', 'evictionDate', 'childrenUnder18'],
    urgency: 'urgent',
    urgentWithChildren: true,
    digestible: false,
    acknowledgeWithin: { normal: 1, urgent: 1 },
    escalateToManagersAfter: 1,
    template: 'warning',
  },
] satisfies WarningRule[]);

/**
 * A referral to debt counselling reaches the provider's advisors (docs/debt-counselling.md): on the
 * tenant's consent naming the provider, name and address only (no notes, no amounts), never held for
 * a digest, and escalated to the provider's team leads when nobody answers it within the provider's
 * business days (`counselling_provider.referral_answer_business_days`, default 3; the
 * `acknowledgeWithin` here is that default). Accepting or declining the referral acknowledges it.
 */
export const REFERRAL_WARNING_RULE: WarningRule<'referral-sent'> = Object.freeze({
  code: 'referral-sent',
  version: 1,
  title: localized((m) => m.warnings.rules['referral-sent']),
  legalBasis: 'lejerens samtykke (henvisning til gældsrådgivning)',
  triggers: [],
  stages: [],
  balance: 'any',
  occurrence: 'case',
  eventDate: 'event',
  recipients: [{ type: 'counselling_provider', basis: 'consent' }],
  details: [],
  urgency: 'normal',
  urgentWithChildren: false,
  digestible: false,
  acknowledgeWithin: { normal: 3, urgent: 3 },
  escalateToManagersAfter: 2,
  template: 'warning',
} satisfies WarningRule<'referral-sent'>);

/**
 * The reminder to the provider when an accepted referral has had no first contact within the
 * provider's business days of the acceptance (the sweeper finds them, counselling/referrals). Name
 * and address only, as the referral; escalated to the provider's team leads when nobody records the
 * first contact (which acknowledges it) within `acknowledgeWithin`.
 */
export const REFERRAL_FIRST_CONTACT_RULE: WarningRule<'referral-first-contact-overdue'> = Object.freeze({
  ...REFERRAL_WARNING_RULE,
  code: 'referral-first-contact-overdue',
  title: localized((m) => m.warnings.rules['referral-first-contact-overdue']),
  acknowledgeWithin: { normal: 2, urgent: 2 },
} satisfies WarningRule<'referral-first-contact-overdue'>);

/**
 * An instalment of a payment plan (afdragsordning) was missed: the sweeper's check found the
 * case's balance above what the plan allows once the instalment's grace days had run
 * (docs/legal-rules.md#payment-plans-afdragsordning). Urgent, never held for a digest, once per
 * plan and instalment. Told to the landlord's caseworkers (their own case: the instalment, its due
 * date and how far behind), to the counselling provider of an open referral on the case on the
 * referred tenant's consent (the same facts, only that tenant named), and to the municipality
 * only where the cooperation agreement switches it on (name and address; the facts only on a
 * tenant's consent to the municipality, as for every voluntary warning). Who is told, with what, and
 * the occurrence (`instalment:<plan>:<n>`) are decided in payment-plan-warning-planner.ts; `stages`,
 * `balance` and `occurrence` here only describe the rule (the sweeper fires it on a running plan).
 */
export const PAYMENT_PLAN_MISSED_RULE: WarningRule<'payment-plan-instalment-missed'> = Object.freeze({
  code: 'payment-plan-instalment-missed',
  version: 1,
  title: localized((m) => m.warnings.rules['payment-plan-instalment-missed']),
  legalBasis: 'afdragsordning (aftale mellem udlejer og lejer); samarbejdsaftale / lejerens samtykke',
  triggers: [],
  stages: ['payment_plan_agreed'],
  balance: 'owed',
  occurrence: 'case',
  eventDate: 'event',
  recipients: [
    { type: 'housing_organisation', basis: 'own-organisation' },
    { type: 'counselling_provider', basis: 'consent' },
    { type: 'municipality', basis: 'agreement' },
  ],
  details: ['instalmentNumber', 'instalmentDueOn', 'behindByOre'],
  urgency: 'urgent',
  urgentWithChildren: true,
  digestible: false,
  acknowledgeWithin: { normal: 2, urgent: 2 },
  escalateToManagersAfter: 2,
  template: 'warning',
} satisfies WarningRule<'payment-plan-instalment-missed'>);

/**
 * The plan broke: the sweeper counted the organisation's number of missed instalments
 * (`housing_organisation.payment_plan_break_after_misses`, default 2). The case is back at
 * `registered` and the legal steps may resume with a new påkrav. The same recipients and bases as
 * the missed instalment; the facts are how many instalments were missed and how far behind.
 */
export const PAYMENT_PLAN_BROKEN_RULE: WarningRule<'payment-plan-broken'> = Object.freeze({
  ...PAYMENT_PLAN_MISSED_RULE,
  code: 'payment-plan-broken',
  title: localized((m) => m.warnings.rules['payment-plan-broken']),
  stages: ['registered'],
  details: ['missedInstalments', 'behindByOre'],
  acknowledgeWithin: { normal: 1, urgent: 1 },
} satisfies WarningRule<'payment-plan-broken'>);

/**
 * The reminder to the provider when a session's next action is past its due date and not marked
 * done (the sweeper finds them, counselling/casework). Name and address only, as the referral — never
 * the next action's text nor the session's note; marking the action done acknowledges it, otherwise it
 * is escalated to the provider's team leads after `acknowledgeWithin`.
 */
export const COUNSELLING_NEXT_ACTION_RULE: WarningRule<'counselling-next-action-due'> = Object.freeze({
  ...REFERRAL_WARNING_RULE,
  code: 'counselling-next-action-due',
  title: localized((m) => m.warnings.rules['counselling-next-action-due']),
  legalBasis: 'lejerens samtykke (gældsrådgivning)',
  acknowledgeWithin: { normal: 2, urgent: 2 },
} satisfies WarningRule<'counselling-next-action-due'>);

/**
 * Arrears were registered (one by one or by the import) for a tenant with an open custody episode
 * (docs/probation.md#arrears-while-away): the tenant cannot follow arrears letters from inside, so
 * the probation unit is told at once, on the tenant's consent for `probation-cooperation` naming
 * the unit (the episode's own consent, in force). Urgent, never held for a digest, once per episode,
 * case and booking day; name, address and case reference only — no amounts, nothing about the
 * custody. Escalated to the unit's team leads (none: its mailbox) as every warning.
 */
export const CUSTODY_ARREARS_RULE: WarningRule<'custody-arrears-registered'> = Object.freeze({
  code: 'custody-arrears-registered',
  version: 1,
  title: localized((m) => m.warnings.rules['custody-arrears-registered']),
  legalBasis: 'lejerens udtrykkelige samtykke (samarbejde med Kriminalforsorgen, databeskyttelsesloven § 8)',
  triggers: [],
  stages: [],
  balance: 'any',
  occurrence: 'case',
  eventDate: 'event',
  recipients: [{ type: 'probation_unit', basis: 'consent' }],
  details: [],
  urgency: 'urgent',
  urgentWithChildren: false,
  digestible: false,
  acknowledgeWithin: { normal: 2, urgent: 2 },
  escalateToManagersAfter: 2,
  template: 'warning',
} satisfies WarningRule<'custody-arrears-registered'>);

/**
 * The handshake (docs/probation.md#the-handshake): a custody episode was recorded, and each recipient the
 * tenant's explicit consent for `probation-cooperation` names (the landlord, the municipality) is told that
 * the tenant is away, since when, the expected return and whom to contact — never the kind of custody,
 * the institution, the sentence or the parole date, nothing about the offence. Normal urgency: nothing is
 * lost by a day, but it is never held for a digest (the digest speaks of eviction risk, this is not one).
 * Acknowledged within the probation unit's setting (`custody_notice_ack_business_days`, default 2; the
 * `acknowledgeWithin` below is only the default), then escalated as every warning.
 */
export const CUSTODY_NOTICE_RULE: WarningRule<'custody-notice'> = Object.freeze({
  code: 'custody-notice',
  version: 1,
  title: localized((m) => m.warnings.rules['custody-notice']),
  legalBasis: 'lejerens udtrykkelige samtykke (samarbejde med Kriminalforsorgen, databeskyttelsesloven § 8)',
  triggers: [],
  stages: [],
  balance: 'any',
  occurrence: 'case',
  eventDate: 'event',
  recipients: [
    { type: 'housing_organisation', basis: 'consent' },
    { type: 'municipality', basis: 'consent' },
  ],
  details: [],
  urgency: 'normal',
  urgentWithChildren: false,
  digestible: false,
  acknowledgeWithin: { normal: 2, urgent: 2 },
  escalateToManagersAfter: 2,
  template: 'warning',
} satisfies WarningRule<'custody-notice'>);

/** The contact for post changed while the tenant is away: the same recipients are told the new contact. */
export const CUSTODY_CONTACT_UPDATED_RULE: WarningRule<'custody-contact-updated'> = Object.freeze({
  ...CUSTODY_NOTICE_RULE,
  code: 'custody-contact-updated',
  title: localized((m) => m.warnings.rules['custody-contact-updated']),
} satisfies WarningRule<'custody-contact-updated'>);

/**
 * The release was recorded and the episode closed: the same recipients are told the tenant is back (name,
 * address, the release date). Acknowledged like the notice, so that a landlord who planned for the
 * absence (a sublet, a plan with the municipality) is sure to hear of the return.
 */
export const CUSTODY_RELEASED_RULE: WarningRule<'custody-released'> = Object.freeze({
  ...CUSTODY_NOTICE_RULE,
  code: 'custody-released',
  title: localized((m) => m.warnings.rules['custody-released']),
} satisfies WarningRule<'custody-released'>);

/**
 * Release planning (docs/probation-release-planning.md#the-sweep-reminders-and-escalation): a task of the Køreplan is
 * due soon or was missed, or the sublet of the home ends within 30 days. Raised by the release-planning sweep with a
 * custody-episode subject to the party responsible (the probation unit; the municipality for the housing help; the
 * landlord too for the sublet, per consent), acknowledged by the date it gives (a missed task: its escalation day),
 * then escalated as every warning. Completing the task acknowledges its reminders.
 */
export const CUSTODY_RELEASE_REMINDER_RULE: WarningRule<'custody-release-reminder'> = Object.freeze({
  ...CUSTODY_NOTICE_RULE,
  code: 'custody-release-reminder',
  title: localized((m) => m.warnings.rules['custody-release-reminder']),
  legalBasis:
    'Kriminalforsorgens Køreplan for god løsladelse; lejerens udtrykkelige samtykke (databeskyttelsesloven § 8)',
  recipients: [
    { type: 'probation_unit', basis: 'consent' },
    { type: 'municipality', basis: 'consent' },
    { type: 'housing_organisation', basis: 'consent' },
  ],
} satisfies WarningRule<'custody-release-reminder'>);

const DIRECT_RULES: readonly WarningRule<DirectWarningRuleCode>[] = [
  REFERRAL_WARNING_RULE,
  REFERRAL_FIRST_CONTACT_RULE,
  PAYMENT_PLAN_MISSED_RULE,
  PAYMENT_PLAN_BROKEN_RULE,
  COUNSELLING_NEXT_ACTION_RULE,
  CUSTODY_ARREARS_RULE,
  CUSTODY_NOTICE_RULE,
  CUSTODY_CONTACT_UPDATED_RULE,
  CUSTODY_RELEASED_RULE,
  CUSTODY_RELEASE_REMINDER_RULE,
];

export function ruleByCode(code: string): WarningRule<AnyWarningRuleCode> | undefined {
  return DIRECT_RULES.find((rule) => rule.code === code) ?? WARNING_RULES.find((rule) => rule.code === code);
}

export function rulesTriggeredBy(trigger: Trigger): WarningRule[] {
  return WARNING_RULES.filter((rule) =>
    rule.triggers.some((t) =>
      t.kind === 'event' && trigger.kind === 'event'
        ? t.event === trigger.event
        : t.kind === 'deadline' && trigger.kind === 'deadline' && t.deadline === trigger.deadline,
    ),
  );
}
