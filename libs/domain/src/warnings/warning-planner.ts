import { addBusinessDays, businessDayOnOrAfter, type CalendarRules, type IsoDate } from '@app/calendar';
import { type CaseStage } from '../arrears/legal-steps/case-stage.js';
import { paymentDeadlineOf, type PaymentDemandFacts } from '../arrears/legal-steps/case-state-machine.js';
import { type RecipientType } from '../personal-data/consent.entity.js';
import {
  type DetailField,
  type RecipientBasis,
  type Trigger,
  type AnyWarningRuleCode,
  type WarningRule,
} from './warning-rules.js';

/** Everything the rules may look at for one case, loaded in one go by the engine. */
export interface WarningCaseContext {
  caseId: string;
  reference: string;
  stage: CaseStage;
  municipalityId: string;
  housingOrganisationId: string;
  senderName: string;
  tenants: { id: string; name: string }[];
  address: string;
  balanceOre: number;
  monthsInArrears: number;
  childrenUnder18: number;
  paymentDemand: PaymentDemandFacts | null;
  terminatedOn: IsoDate | null;
  evictionScheduledFor: IsoDate | null;
  agreement: {
    enabledWarnings: readonly string[];
    arrearsThresholdOre: number;
    evictionReminderBusinessDays: number;
  } | null;
  /** Recipients a tenant of the tenancy has consented to, for the purpose matching their type. */
  consentedRecipients: { type: RecipientType; id: string }[];
}

/** The value of each detail a warning may carry (the mail templates' `WarningDetails`). */
export interface WarningDetailValues {
  balanceOre: number;
  monthsInArrears: number;
  paymentDeadline: IsoDate;
  terminatedOn: IsoDate;
  evictionDate: IsoDate;
  childrenUnder18: number;
  /** A payment plan's missed instalment: its number, its due date and how far the balance is behind the plan. */
  instalmentNumber: number;
  instalmentDueOn: IsoDate;
  behindByOre: number;
  /** A broken payment plan: the instalments it missed. */
  missedInstalments: number;
}

/** The data a warning carries: name and address always, details only where permitted. */
export interface WarningData {
  kind: AnyWarningRuleCode;
  reference: string;
  senderName: string;
  tenantNames: string[];
  address: string;
  eventOn: IsoDate;
  /** The date of the earlier notice this one corrects (the statutory notice only). */
  corrects?: IsoDate;
  details?: Partial<WarningDetailValues>;
  /**
   * A custody notice (docs/probation.md#the-handshake): exactly the recipient view of the episode besides the
   * name and address — never the kind, institution, sentence or parole date. Gone once the consent is withdrawn.
   */
  custody?: CustodyNoticeFacts;
  /** A custody notice whose consent was withdrawn: it keeps nothing personal. */
  withdrawn?: true;
  /** A release-planning reminder (`custody-release-reminder`): which, of which task, for which day. */
  reminder?: CustodyReminderFacts;
}

/** What a release-planning reminder is about: the stage, the task (none for the sublet) and its day. */
export interface CustodyReminderFacts {
  stage: 'release_task_due' | 'release_task_overdue' | 'sublet_ending';
  taskKind: 'action_plan' | 'municipality_contact' | 'release_meeting' | 'housing_setup_help' | null;
  /** The due day (or the housing help's opening day), or the sublet's last day. */
  on: IsoDate;
}

/** What a custody notice says about the absence (`eventOn` is the day it is about). */
export interface CustodyNoticeFacts {
  /** The first day in custody. */
  awaySince: IsoDate;
  /** The parole date where known, else the expected release date; null: not known. */
  expectedReturnOn: IsoDate | null;
  /** The release (`custody-released` only). */
  releasedOn: IsoDate | null;
  /** Whom to contact about post while the tenant is away (none on a release). */
  contact: { kind: 'person' | 'probation_officer'; name: string; phone: string | null; email: string | null } | null;
}

export interface PlannedWarning {
  rule: WarningRule<AnyWarningRuleCode>;
  occurrence: string;
  recipientType: RecipientType;
  recipientId: string;
  /**
   * What this recipient is told on: the rule's basis, except that a municipality an agreement would
   * tell but whose agreement does not switch the rule on is told on the tenant's consent.
   */
  basis: RecipientBasis;
  urgency: 'urgent' | 'normal';
  data: WarningData;
  acknowledgeBy: IsoDate;
}

/** What set the rule off: an event on a date, or the sweeper looking at `today`. */
/** `corrects`: the firing is a corrected notice, and this was the date of the notice it corrects. */
export type Firing = { trigger: Trigger; on: IsoDate; today: IsoDate; corrects?: IsoDate };

/**
 * Decides, for one rule and one case, which recipients get a warning and with which data.
 * Pure: the same context gives the same answer, so the rules can be tested without a database.
 */
export function planWarnings(
  rule: WarningRule,
  context: WarningCaseContext,
  firing: Firing,
  calendar: Partial<CalendarRules> = {},
): PlannedWarning[] {
  if (!rule.stages.includes(context.stage)) return [];
  const agreementOn = context.agreement?.enabledWarnings.includes(rule.code) ?? false;
  if (!balanceAllows(rule, context)) return [];
  if (
    firing.trigger.kind === 'deadline' &&
    !deadlineReached(firing.trigger.deadline, context, firing.today, calendar)
  ) {
    return [];
  }
  const occurrence = occurrenceOf(rule, context, firing);
  if (occurrence === null) return [];

  const planned: PlannedWarning[] = [];
  for (const recipient of rule.recipients) {
    const ids = recipientIds(recipient.type, recipient.basis, context, agreementOn);
    for (const recipientId of ids) {
      const detailed =
        recipient.basis === 'own-organisation' ||
        context.consentedRecipients.some((c) => c.type === recipient.type && c.id === recipientId);
      const urgent = rule.urgency === 'urgent' || (rule.urgentWithChildren && context.childrenUnder18 > 0);
      const urgency = urgent ? 'urgent' : 'normal';
      planned.push({
        rule,
        occurrence,
        recipientType: recipient.type,
        recipientId,
        basis: recipient.basis === 'agreement' && !agreementOn ? 'consent' : recipient.basis,
        urgency,
        data: dataFor(rule, context, firing, detailed, calendar),
        acknowledgeBy: addBusinessDays(
          businessDayOnOrAfter(firing.today, calendar),
          rule.acknowledgeWithin[urgency],
          calendar,
        ),
      });
    }
  }
  return planned;
}

function balanceAllows(rule: WarningRule, context: WarningCaseContext): boolean {
  switch (rule.balance) {
    case 'any':
      return true;
    case 'owed':
      return context.balanceOre > 0;
    case 'agreement-threshold':
      return context.balanceOre > 0 && context.balanceOre >= (context.agreement?.arrearsThresholdOre ?? 0);
  }
}

function deadlineReached(
  deadline: 'payment-deadline-passed' | 'eviction-date-approaching',
  context: WarningCaseContext,
  today: IsoDate,
  calendar: Partial<CalendarRules>,
): boolean {
  if (deadline === 'payment-deadline-passed') {
    return context.paymentDemand !== null && today > paymentDeadlineOf(context.paymentDemand, calendar);
  }
  const date = context.evictionScheduledFor;
  if (date === null || today > date) return false;
  const days = context.agreement?.evictionReminderBusinessDays ?? 10;
  return addBusinessDays(today, days, calendar) >= date;
}

function occurrenceOf(rule: WarningRule, context: WarningCaseContext, firing: Firing): string | null {
  switch (rule.occurrence) {
    case 'case':
      return 'case';
    case 'event-date':
      return firing.on;
    case 'payment-demand':
      return context.paymentDemand ? `demand:${context.paymentDemand.sentOn}` : null;
    case 'eviction-date':
      return context.evictionScheduledFor ? `eviction:${context.evictionScheduledFor}` : null;
  }
}

function recipientIds(
  type: RecipientType,
  basis: WarningRule['recipients'][number]['basis'],
  context: WarningCaseContext,
  agreementOn: boolean,
): string[] {
  switch (basis) {
    case 'statute':
      return type === 'municipality' ? [context.municipalityId] : [];
    case 'agreement':
      // The agreement covers the case's own municipality; consent alone also lets it be told.
      return type === 'municipality' &&
        (agreementOn ||
          context.consentedRecipients.some((c) => c.type === 'municipality' && c.id === context.municipalityId))
        ? [context.municipalityId]
        : [];
    case 'own-organisation':
      return type === 'housing_organisation' ? [context.housingOrganisationId] : [];
    case 'consent':
      return context.consentedRecipients.filter((c) => c.type === type).map((c) => c.id);
  }
}

/**
 * The date the warning names, as the rule says (`EventDate`), computed from the case by the calendar.
 * The date of the firing is only the fallback for a case that lacks the fact (it cannot, in the
 * stages the rules fire in).
 */
export function legalDateOf(
  rule: Pick<WarningRule, 'eventDate'>,
  context: Pick<WarningCaseContext, 'paymentDemand' | 'terminatedOn' | 'evictionScheduledFor'>,
  firing: Pick<Firing, 'on'>,
  calendar: Partial<CalendarRules> = {},
): IsoDate {
  switch (rule.eventDate) {
    case 'event':
      return firing.on;
    case 'payment-demand-sent':
      return context.paymentDemand?.sentOn ?? firing.on;
    case 'payment-deadline':
      return context.paymentDemand ? paymentDeadlineOf(context.paymentDemand, calendar) : firing.on;
    case 'terminated':
      return context.terminatedOn ?? firing.on;
    case 'eviction-date':
      return context.evictionScheduledFor ?? firing.on;
  }
}

function dataFor(
  rule: WarningRule,
  context: WarningCaseContext,
  firing: Firing,
  detailed: boolean,
  calendar: Partial<CalendarRules>,
): WarningData {
  const eventOn = legalDateOf(rule, context, firing, calendar);
  const data: WarningData = {
    kind: rule.code,
    reference: context.reference,
    senderName: context.senderName,
    tenantNames: context.tenants.map((t) => t.name),
    address: context.address,
    eventOn,
    ...(firing.corrects ? { corrects: firing.corrects } : {}),
  };
  if (!detailed || rule.details.length === 0) return data;
  const available: { [K in DetailField]: WarningDetailValues[K] | null } = {
    balanceOre: context.balanceOre,
    monthsInArrears: context.monthsInArrears,
    paymentDeadline: context.paymentDemand ? paymentDeadlineOf(context.paymentDemand, calendar) : null,
    terminatedOn: context.terminatedOn,
    evictionDate: context.evictionScheduledFor,
    childrenUnder18: context.childrenUnder18,
    // The payment plan's facts come with its own warnings (payment-plan-warning-planner.ts).
    instalmentNumber: null,
    instalmentDueOn: null,
    behindByOre: null,
    missedInstalments: null,
  };
  const details: Partial<Record<DetailField, unknown>> = {};
  for (const field of rule.details) {
    const value = available[field];
    if (value !== null) details[field] = value;
  }
  return { ...data, details: details as Partial<WarningDetailValues> };
}
