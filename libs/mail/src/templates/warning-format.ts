import { parseIsoDate } from '@app/calendar';
import { formatLegalDate, formatMoney } from '@app/common';
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
  | 'eviction-scheduled-reminder'; // the eviction (udsættelse) date is near

/** Facts beyond name and address; the sender includes them only when the tenant's consent allows. */
export interface WarningDetails {
  /** Arrears in øre. */
  balanceOre?: number;
  monthsInArrears?: number;
  paymentDeadline?: string;
  terminatedOn?: string;
  evictionDate?: string;
  childrenUnder18?: number;
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

/** Short names of the kinds, lower-case so they read inside a sentence or after a dash. */
const KIND_LABELS: Record<WarningKind, Record<Locale, string>> = {
  'statutory-eviction-notice': {
    da: 'underretning om udsættelsessag (§ 92, stk. 2)',
    en: 'notice of eviction proceedings (s. 92(2))',
  },
  'arrears-registered': { da: 'huslejerestance registreret', en: 'rent arrears registered' },
  'payment-demand-sent': { da: 'påkrav sendt', en: 'payment demand (påkrav) sent' },
  'deadline-passed': { da: 'betalingsfristen er overskredet', en: 'payment deadline passed' },
  terminated: { da: 'lejemålet er ophævet', en: 'tenancy terminated' },
  'eviction-scheduled-reminder': { da: 'udsættelsen nærmer sig', en: 'eviction date approaching' },
};

export function kindLabel(kind: WarningKind, locale: Locale): string {
  return KIND_LABELS[kind][locale];
}

/** The event of a warning and its date in one line, for lists: "Påkrav sendt d. 5. marts 2026". */
export function eventLine(kind: WarningKind, eventOn: string, locale: Locale): string {
  const date = formatDate(eventOn, locale);
  if (locale === 'en') {
    switch (kind) {
      case 'statutory-eviction-notice':
        return `Notice of eviction proceedings given on ${date}`;
      case 'arrears-registered':
        return `Rent arrears registered on ${date}`;
      case 'payment-demand-sent':
        return `Payment demand (påkrav) sent on ${date}`;
      case 'deadline-passed':
        return `Payment deadline passed on ${date} without payment`;
      case 'terminated':
        return `Tenancy terminated on ${date}`;
      case 'eviction-scheduled-reminder':
        return `Eviction scheduled for ${date}`;
    }
  }
  switch (kind) {
    case 'statutory-eviction-notice':
      return `Underretning om udsættelsessag givet d. ${date}`;
    case 'arrears-registered':
      return `Huslejerestance registreret d. ${date}`;
    case 'payment-demand-sent':
      return `Påkrav sendt d. ${date}`;
    case 'deadline-passed':
      return `Betalingsfristen udløb d. ${date} uden betaling`;
    case 'terminated':
      return `Lejemålet ophævet d. ${date}`;
    case 'eviction-scheduled-reminder':
      return `Udsættelse fastsat til d. ${date}`;
  }
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
  const da = locale === 'da';
  const fields: Field[] = [];
  if (details.balanceOre !== undefined) {
    fields.push([da ? 'Restance' : 'Arrears', formatKroner(details.balanceOre, locale)]);
  }
  if (details.monthsInArrears !== undefined) {
    fields.push([da ? 'Antal måneder i restance' : 'Months in arrears', String(details.monthsInArrears)]);
  }
  if (details.paymentDeadline !== undefined) {
    fields.push([da ? 'Betalingsfrist' : 'Payment deadline', formatDate(details.paymentDeadline, locale)]);
  }
  if (details.terminatedOn !== undefined) {
    fields.push([da ? 'Lejemålet ophævet' : 'Tenancy terminated on', formatDate(details.terminatedOn, locale)]);
  }
  if (details.evictionDate !== undefined) {
    fields.push([da ? 'Udsættelsesdato' : 'Eviction date', formatDate(details.evictionDate, locale)]);
  }
  if (details.childrenUnder18 !== undefined) {
    fields.push([
      da ? 'Børn under 18 år i husstanden' : 'Children under 18 in the household',
      String(details.childrenUnder18),
    ]);
  }
  return fields;
}

/**
 * The closing lines of every email that names a tenant. Domain.md §3 (N3): always tell tenants
 * that advice is available.
 */
export function personalDataFooter(locale: Locale, severalTenants = false): string[] {
  return locale === 'da'
    ? [
        'Denne e-mail indeholder personoplysninger og må ikke videresendes.',
        `I kan oplyse ${severalTenants ? 'lejerne' : 'lejeren'} om, at der er gratis rådgivning at få.`,
      ]
    : [
        'This email contains personal data and must not be forwarded.',
        `You can tell ${severalTenants ? 'the tenants' : 'the tenant'} that free advice is available.`,
      ];
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

/** A paragraph ending in a link: the bare URL in plain text, an anchor in HTML. */
export function linkParagraph(label: string, url: string): Paragraph {
  const href = escapeHtml(url);
  return { text: `${label}: ${url}`, html: `${escapeHtml(label)}: <a href="${href}">${href}</a>` };
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
