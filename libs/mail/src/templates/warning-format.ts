import { parseIsoDate } from '@app/calendar';
import { formatLegalDate, formatMoney } from '@app/common';
import { messagesFor, type Messages } from '@app/i18n';
import { type AppLinks } from '../app-links.js';
import { escapeHtml, htmlDocument } from './html.js';
import { type RenderedEmail } from './rendered-email.js';

// Shared by the warning, warning-escalation and warning-digest templates: formatting of dates,
// amounts and warning kinds, and a small builder that keeps the text and HTML bodies in step.

export type Locale = 'da' | 'en';

/** What happened in a tenancy at risk of eviction; each kind is one early warning. */
export type WarningKind =
  | 'statutory-eviction-notice' // the landlord's notice under almenlejeloven § 92, stk. 2 (own template; escalations name it)
  | 'arrears-registered' // rent arrears registered above the agreed threshold
  | 'payment-demand-sent' // påkrav sent
  | 'deadline-passed' // the 14-day payment deadline passed without payment
  | 'terminated' // tenancy terminated (ophævet)
  | 'eviction-scheduled-reminder' // the eviction (udsættelse) date is near
  | 'referral-sent' // the tenant was referred to the recipient for debt counselling (henvisning)
  | 'referral-first-contact-overdue' // an accepted referral has had no first contact in time
  | 'payment-plan-instalment-missed' // an instalment of a payment plan (afdragsordning) was not paid in time
  | 'payment-plan-broken' // the payment plan broke: too many instalments missed
  | 'counselling-next-action-due' // a session's next action is past its due date and not done
  | 'custody-arrears-registered' // arrears registered while the tenant is in custody (to the probation unit)
  | CustodyNoticeKind;

/** The custody notices (own template, custody-notice): about a custody episode, not an arrears case. */
export type CustodyNoticeKind =
  | 'custody-notice' // the tenant is in custody: away since, expected return, contact
  | 'custody-contact-updated' // the contact for post changed
  | 'custody-released' // the tenant was released
  | 'custody-release-reminder'; // a release-planning task is due or missed, or the sublet ends (docs/probation-release-planning.md)

/** Who receives a warning: the kommune, a probation unit, a debt-counselling provider, or the landlord's own staff. */
export type WarningRecipientType = 'municipality' | 'probation_unit' | 'counselling_provider' | 'housing_organisation';

/**
 * What a voluntary warning went out on: the municipality's and the landlord's cooperation agreement,
 * the tenant's consent to that recipient, or the landlord's own case (its own staff).
 */
export type WarningBasis = 'agreement' | 'consent' | 'own-organisation';

/** Facts beyond name and address; the sender includes them only when the tenant's consent allows. */
export interface WarningDetails {
  /** Arrears in øre. */
  balanceOre?: number;
  monthsInArrears?: number;
  paymentDeadline?: string;
  terminatedOn?: string;
  evictionDate?: string;
  childrenUnder18?: number;
  /** A payment plan's missed instalment: its number, due date and how far the balance is behind the plan (øre). */
  instalmentNumber?: number;
  instalmentDueOn?: string;
  behindByOre?: number;
  /** A broken payment plan: how many instalments were missed. */
  missedInstalments?: number;
}

/**
 * A date as written in Danish letters, "5. marts 2026", or British English, "5 March 2026"
 * (the one date formatter, @app/common).
 *
 * @throws CalendarError `CALENDAR_INVALID_DATE` for anything but a real `YYYY-MM-DD` date
 */
export function formatDate(isoDate: string, locale: Locale): string {
  return formatLegalDate(parseIsoDate(isoDate), locale);
}

/** An amount in øre as kroner: "12.345,50 kr." / "DKK 12,345.50" (the one money formatter, @app/common). */
export function formatKroner(ore: number, locale: Locale): string {
  return formatMoney(ore, locale);
}

/** The catalogue's mail texts in one language. */
export function mailTexts(locale: Locale): Messages['mail'] {
  return messagesFor(locale).mail;
}

/** Short names of the kinds, lower-case so they read inside a sentence or after a dash. */
export function kindLabel(kind: WarningKind, locale: Locale): string {
  return mailTexts(locale).kinds[kind];
}

/** The event of a warning and its date in one line, for lists: "Påkrav sendt d. 5. marts 2026". */
export function eventLine(kind: WarningKind, eventOn: string, locale: Locale): string {
  return mailTexts(locale).eventLines[kind]({ date: formatDate(eventOn, locale) });
}

export function tenantList(names: string[]): string {
  return names.length > 0 ? names.join(', ') : '—';
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export type Field = readonly [label: string, value: string];

/** The facts the tenant's consent allows, as label/value pairs; nothing when `details` is absent. */
export function detailFields(details: WarningDetails | undefined, locale: Locale): Field[] {
  if (!details) return [];
  const label = mailTexts(locale).fields;
  const fields: Field[] = [];
  if (details.balanceOre !== undefined) fields.push([label.balance, formatKroner(details.balanceOre, locale)]);
  if (details.monthsInArrears !== undefined) fields.push([label.monthsInArrears, String(details.monthsInArrears)]);
  if (details.paymentDeadline !== undefined) {
    fields.push([label.paymentDeadline, formatDate(details.paymentDeadline, locale)]);
  }
  if (details.terminatedOn !== undefined) fields.push([label.terminatedOn, formatDate(details.terminatedOn, locale)]);
  if (details.evictionDate !== undefined) fields.push([label.evictionDate, formatDate(details.evictionDate, locale)]);
  if (details.childrenUnder18 !== undefined) fields.push([label.childrenUnder18, String(details.childrenUnder18)]);
  if (details.instalmentNumber !== undefined) fields.push([label.instalmentNumber, String(details.instalmentNumber)]);
  if (details.instalmentDueOn !== undefined) {
    fields.push([label.instalmentDueOn, formatDate(details.instalmentDueOn, locale)]);
  }
  if (details.missedInstalments !== undefined) {
    fields.push([label.missedInstalments, String(details.missedInstalments)]);
  }
  if (details.behindByOre !== undefined) fields.push([label.behindBy, formatKroner(details.behindByOre, locale)]);
  return fields;
}

/**
 * The closing lines of every email that names a tenant. Domain.md §3 (N3): always tell tenants
 * that advice is available (`advice: false` for a recipient that is the advice, debt counselling).
 */
export function personalDataFooter(locale: Locale, severalTenants = false, advice = true): string[] {
  const footer = mailTexts(locale).footer;
  return [footer.personalData, ...(advice ? [severalTenants ? footer.freeAdviceMany : footer.freeAdviceOne] : [])];
}

/** One paragraph of an email in both forms; `html` is already escaped. */
export interface Paragraph {
  text: string;
  html: string;
}

/** A paragraph of fixed or data text: escaped in HTML, as is in plain text. */
export function paragraph(text: string): Paragraph {
  return { text, html: escapeHtml(text) };
}

/** A paragraph shown in bold in HTML (plain text has no emphasis, so it is left as it is). */
export function strongParagraph(text: string): Paragraph {
  return { text, html: `<strong>${escapeHtml(text)}</strong>` };
}

/** Several lines kept together in one paragraph. */
export function lineGroup(lines: readonly Paragraph[]): Paragraph {
  return { text: lines.map((l) => l.text).join('\n'), html: lines.map((l) => l.html).join('<br>\n') };
}

/** "Label: value" lines kept together in one paragraph. */
export function fieldsParagraph(fields: readonly Field[]): Paragraph {
  return lineGroup(fields.map(([label, value]) => paragraph(`${label}: ${value}`)));
}

/**
 * The link to a warning's page, or nothing: without the web application's address (`links`) or
 * the warning's id (an email queued before issue 13 carries none) there is nothing to link to.
 * Plain text says "label: address", so the address is visible to anyone checking before they click.
 */
export function warningLink(links: AppLinks | undefined, warningId: string | undefined, label: string): Paragraph[] {
  if (!links || !warningId) return [];
  return [linkParagraph(label, links.warning(warningId))];
}

export function linkParagraph(label: string, url: string): Paragraph {
  return { text: `${label}: ${url}`, html: `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>` };
}

export function renderParagraphs(locale: Locale, subject: string, paragraphs: readonly Paragraph[]): RenderedEmail {
  return {
    subject,
    text: paragraphs.map((p) => p.text).join('\n\n') + '\n',
    html: htmlDocument(
      locale,
      subject,
      paragraphs.map((p) => p.html),
    ),
  };
}
