import { addBusinessDays, type CalendarRules, type IsoDate } from '@app/calendar';
import {
  type MunicipalityEvictionNoticeData,
  type WarningDigestEmailData,
  type WarningDigestItem,
  type WarningEmailData,
  type WarningEscalationEmailData,
} from '@app/mail';
import { type RecipientType } from '../personal-data/consent.entity.js';
import { type PlannedWarning } from './warning-planner.js';
import { ruleByCode } from './warning-rules.js';

// How a warning, once decided (warning-planner.ts), reaches people: whose inbox, which addresses,
// in which language, now or in the daily digest. Pure: the engine, the sweeper and the digest
// fetch the facts (recipients, users, preferences), these decide, and the repositories write the
// rows decided. Unit-tested in warning-delivery-planner.spec.ts.

export type Locale = 'da' | 'en';

/**
 * immediate: each warning by email as it happens; digest: non-urgent warnings in one email a
 * day (urgent ones are never delayed); none: inbox only (an organisation's alert mailbox cannot
 * opt out: it is where the law's notice goes).
 */
export type WarningDelivery = 'immediate' | 'digest' | 'none';

/** What an address asked for (`notification_setting`); absent fields fall back to the defaults. */
export interface NotificationPreference {
  language: Locale | null;
  delivery: WarningDelivery;
}

/** The preferences by lower-cased address; `undefined` where nothing was set. */
export type PreferenceLookup = (email: string) => NotificationPreference | undefined;

/** The organisation a warning is addressed to. */
export interface RecipientOrganisation {
  type: RecipientType;
  id: string;
  /** Including its kind, e.g. "Aarhus Kommune". */
  name: string;
  /** Its alert mailbox (`recipient_organisation.mailbox`), if it has one. */
  mailbox: string | null;
}

/** A user the recipient resolution (recipients.sql.ts) found for a warning. */
export interface RecipientUser {
  userId: string;
  email: string;
  language: Locale;
}

/** One email decided: where to, in which language, and whether it waits for the digest. */
export interface PlannedEmail {
  to: string;
  locale: Locale;
  /** Held for the recipient's daily digest instead of being sent now. */
  held: boolean;
}

export interface DeliveryPlan {
  /** Users who get an inbox item. */
  inboxUserIds: string[];
  emails: PlannedEmail[];
}

/** Addresses are compared and stored lower-cased: `Alerts@X.dk` and `alerts@x.dk` are one inbox. */
export function normaliseAddress(email: string): string {
  return email.toLowerCase();
}

/**
 * The alert mailbox a warning is emailed to: the recipient organisation's, except for the
 * landlord's own staff, who are told in their inbox (its contact address is not an alert mailbox).
 */
export function warningMailbox(recipient: Pick<RecipientOrganisation, 'type' | 'mailbox'>): string | null {
  if (recipient.type === 'housing_organisation') return null;
  return recipient.mailbox ? normaliseAddress(recipient.mailbox) : null;
}

/**
 * A warning may wait for the digest only if its rule allows it and it is not urgent: an urgent
 * warning is never delayed.
 */
export function mayBeHeldForDigest(rule: { digestible: boolean }, urgency: 'urgent' | 'normal'): boolean {
  return rule.digestible && urgency === 'normal';
}

/**
 * How one fresh warning is delivered:
 * - every resolved user gets an inbox item;
 * - the organisation's alert mailbox always gets an email (immediately, or held for the digest
 *   when it asked for one): it cannot opt out, a `none` there counts as `immediate`;
 * - a user gets an email copy only if they asked for one (`immediate` or `digest`); the default
 *   is inbox only;
 * - one email per address: an address that is both the mailbox and a user's is the mailbox's
 *   (which cannot opt out), a second user with the same address adds nothing;
 * - the language is the address's preference, else the user's own (Danish for a mailbox);
 * - `digest` holds the email only when the warning may be held (see `mayBeHeldForDigest`).
 */
export function planWarningDelivery(input: {
  recipient: Pick<RecipientOrganisation, 'type' | 'mailbox'>;
  users: readonly RecipientUser[];
  digestible: boolean;
  preferences: PreferenceLookup;
  /**
   * The alert mailbox, when it is not the rule above (`warningMailbox`): a custody notice goes to the
   * landlord's mailbox too, because it is not about the landlord's own case but a notice from outside.
   */
  mailbox?: string | null;
}): DeliveryPlan {
  const { preferences } = input;
  const emails = new Map<string, PlannedEmail>();
  const decide = (to: string, fallbackLanguage: Locale, fallbackDelivery: WarningDelivery, mailbox: boolean) => {
    if (emails.has(to)) return;
    const preference = preferences(to);
    let delivery = preference?.delivery ?? fallbackDelivery;
    if (mailbox && delivery === 'none') delivery = 'immediate';
    if (delivery === 'none') return;
    emails.set(to, {
      to,
      locale: preference?.language ?? fallbackLanguage,
      held: delivery === 'digest' && input.digestible,
    });
  };
  const mailbox =
    input.mailbox !== undefined ? input.mailbox && normaliseAddress(input.mailbox) : warningMailbox(input.recipient);
  if (mailbox) decide(mailbox, 'da', 'immediate', true);
  for (const user of input.users) decide(normaliseAddress(user.email), user.language, 'none', false);
  return { inboxUserIds: input.users.map((u) => u.userId), emails: [...emails.values()] };
}

/**
 * Who hears of an escalation: the targets found (level 1 the recipient's team leads, level 2 its
 * managers) in their inbox and by email, whatever their delivery preference (nobody acted on the
 * warning; this is the reminder). With nobody to target the organisation's alert mailbox is
 * emailed, so an escalation never goes nowhere. Language: the address's preference, else the
 * user's own (Danish for a mailbox). One email per address.
 */
export function planEscalationDelivery(input: {
  targets: readonly RecipientUser[];
  mailbox: string | null;
  preferences: PreferenceLookup;
}): { inboxUserIds: string[]; emails: { to: string; locale: Locale }[] } {
  const emails = new Map<string, { to: string; locale: Locale }>();
  const add = (email: string, fallback: Locale) => {
    const to = normaliseAddress(email);
    if (!emails.has(to)) emails.set(to, { to, locale: input.preferences(to)?.language ?? fallback });
  };
  for (const target of input.targets) add(target.email, target.language);
  if (input.targets.length === 0 && input.mailbox) add(input.mailbox, 'da');
  return { inboxUserIds: input.targets.map((t) => t.userId), emails: [...emails.values()] };
}

/** The email content of a warning, typed by template: the statutory notice has its own. */
export type WarningEmailContent =
  | { template: 'municipality-eviction-notice'; data: MunicipalityEvictionNoticeData }
  | { template: 'warning'; data: WarningEmailData };

/** What the § 92, stk. 2 notice says about the landlord besides the planned data. */
export interface LandlordFacts {
  municipalityName: string;
  /** The department as "number name". */
  departmentName: string;
  /** The housing organisation's contact email, else the caseworker who recorded the notice, else its name. */
  landlordContact: string;
}

/**
 * What a warning's email says. The statutory notice (almenlejeloven § 92, stk. 2) carries, about
 * the tenant, names, address and date only, and names the landlord, its department, the case
 * reference and a contact there, so the municipality can act on it. Any other warning carries the
 * planned data, the recipient's type and the basis it went out on; it says why it is urgent
 * (children) only when the recipient may see household data, i.e. the details include the number of
 * children. Each carries the warning's id, so the email links to the warning's page (`appLinks` in
 * @app/mail, rendered at send time with the public address).
 */
export function warningEmailContent(input: {
  plan: PlannedWarning;
  /** The warning row's id. */
  warningId: string;
  recipientName: string;
  childrenUnder18: number;
  landlord: LandlordFacts;
}): WarningEmailContent {
  const { plan } = input;
  if (plan.rule.template === 'municipality-eviction-notice') {
    return {
      template: 'municipality-eviction-notice',
      data: {
        municipalityName: input.landlord.municipalityName,
        landlordName: plan.data.senderName,
        departmentName: input.landlord.departmentName,
        reference: plan.data.reference,
        landlordContact: input.landlord.landlordContact,
        tenantNames: plan.data.tenantNames,
        address: plan.data.address,
        noticeOn: plan.data.eventOn,
        ...(plan.data.corrects ? { corrects: plan.data.corrects } : {}),
        warningId: input.warningId,
      },
    };
  }
  return {
    template: 'warning',
    data: {
      ...plan.data,
      kind: plan.data.kind as WarningEmailData['kind'],
      recipientType: plan.recipientType,
      // The statute has its own template; a voluntary warning is never sent on it.
      basis: plan.basis === 'statute' ? 'agreement' : plan.basis,
      urgent: plan.urgency === 'urgent',
      householdWithChildren: plan.data.details?.childrenUnder18 !== undefined && input.childrenUnder18 > 0,
      acknowledgeBy: plan.acknowledgeBy,
      recipientName: input.recipientName,
      warningId: input.warningId,
    },
  };
}

/**
 * The managers' date set when a warning escalates to its team leads: the rule's number of
 * business days from today (two when the rule is unknown).
 */
export function managersDeadline(ruleCode: string, today: IsoDate, calendar: Partial<CalendarRules> = {}): IsoDate {
  return addBusinessDays(today, ruleByCode(ruleCode)?.escalateToManagersAfter ?? 2, calendar);
}

/** The facts of a warning an escalation email names: no personal data, only kind, reference and dates. */
export interface EscalatedWarning {
  id: string;
  ruleCode: string;
  reference: string;
  /** The Copenhagen date the warning was raised. */
  sentOn: IsoDate;
  acknowledgeBy: IsoDate;
  managersBy: IsoDate | null;
}

export function escalationEmailData(
  level: 1 | 2,
  warning: EscalatedWarning,
  recipientName: string,
): WarningEscalationEmailData {
  return {
    level,
    recipientName,
    kind: warning.ruleCode as WarningEscalationEmailData['kind'],
    reference: warning.reference,
    sentOn: warning.sentOn,
    // Level 1 was due for acknowledgement; level 2, for the team leads' answer.
    acknowledgeBy: (level === 1 ? warning.acknowledgeBy : warning.managersBy) ?? warning.acknowledgeBy,
    warningId: warning.id,
  };
}

/** A warning email held for a digest, as the outbox has it. */
export interface HeldWarningEmail {
  id: string;
  recipient: string;
  locale: Locale;
  data: WarningEmailData;
  createdAt: Date;
}

export interface PlannedDigest {
  recipient: string;
  locale: Locale;
  data: WarningDigestEmailData;
  /** The held emails it stands for. */
  heldIds: string[];
}

/**
 * One digest per address with every email held for it, oldest first. Each item is the warning
 * without the recipient's name (said once, at the top) and without the urgency flag (only
 * normal warnings are held). Where held emails disagree, the digest takes the first locale and
 * name in sort order, so the answer does not depend on the order the rows were read in.
 */
export function composeDigests(held: readonly HeldWarningEmail[], date: IsoDate): PlannedDigest[] {
  const byRecipient = new Map<string, HeldWarningEmail[]>();
  for (const email of held) {
    const group = byRecipient.get(email.recipient);
    if (group) group.push(email);
    else byRecipient.set(email.recipient, [email]);
  }
  return [...byRecipient].map(([recipient, emails]) => {
    const ordered = [...emails].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    return {
      recipient,
      locale: smallest(ordered.map((e) => e.locale))!,
      data: {
        recipientName: smallest(ordered.map((e) => e.data.recipientName)) ?? '',
        date,
        items: ordered.map((e) => digestItem(e.data)),
      },
      heldIds: ordered.map((e) => e.id),
    };
  });
}

function digestItem(data: WarningEmailData): WarningDigestItem {
  // Emails held before issue 12 carry a ready-made `link` to an address of that time: it is dropped;
  // the digest links each item by its `warningId` when it is sent.
  const { recipientName: _recipientName, urgent: _urgent, ...item } = data as WarningEmailData & { link?: string };
  delete item.link;
  return item;
}

function smallest<T extends string>(values: readonly (T | null | undefined)[]): T | undefined {
  let best: T | undefined;
  for (const value of values) if (value != null && (best === undefined || value < best)) best = value;
  return best;
}
