import type { ApiSchema } from '@app/api-client';
import { ApiCallError } from '../api';

export type Episode = ApiSchema<'CustodyEpisodeResponse'>;
export type EpisodeBody = ApiSchema<'CreateCustodyEpisodeDto'>;
export type EpisodePatch = ApiSchema<'UpdateCustodyEpisodeDto'>;
export type CustodyKind = NonNullable<Episode['kind']>;
export type ContactKind = Episode['contact']['kind'];

/** The kinds of custody (the domain's CUSTODY_KINDS), in the order the form offers them. */
export const CUSTODY_KINDS: readonly CustodyKind[] = ['sentence', 'remand'];
export const CONTACT_KINDS: readonly ContactKind[] = ['person', 'probation_officer'];

/** The list's filter, as it stands in the address (`?open=true|false`); absent: all. */
export type OpenFilter = 'true' | 'false' | undefined;

export function openFilterFromSearch(search: URLSearchParams): OpenFilter {
  const value = search.get('open');
  return value === 'true' || value === 'false' ? value : undefined;
}

/** What the form holds: every field as typed (strings), so an empty date is '' until sent. */
export interface EpisodeDraft {
  personId: string;
  kind: CustodyKind;
  institution: string;
  startedOn: string;
  expectedReleaseOn: string;
  paroleOn: string;
  sentenceMonths: string;
  contactKind: ContactKind;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}

export type EpisodeField = 'personId' | 'institution' | 'startedOn' | 'sentenceMonths' | 'contactName' | 'contact';
export type EpisodeProblem = 'required' | 'invalidMonths' | 'contactMissing';
export type EpisodeProblems = Partial<Record<EpisodeField, EpisodeProblem>>;

export function emptyDraft(today: string): EpisodeDraft {
  return {
    personId: '',
    kind: 'sentence',
    institution: '',
    startedOn: today,
    expectedReleaseOn: '',
    paroleOn: '',
    sentenceMonths: '',
    contactKind: 'person',
    contactName: '',
    contactPhone: '',
    contactEmail: '',
  };
}

/** The form's values of a recorded episode (officers see every field: `view: full`). */
export function draftFromEpisode(e: Episode): EpisodeDraft {
  const person = e.contact.kind === 'person';
  return {
    personId: e.personId,
    kind: e.kind ?? 'sentence',
    institution: e.institution ?? '',
    startedOn: e.startedOn,
    expectedReleaseOn: e.expectedReleaseOn ?? '',
    paroleOn: e.paroleOn ?? '',
    sentenceMonths: e.sentenceMonths === null ? '' : String(e.sentenceMonths),
    contactKind: e.contact.kind,
    contactName: person ? e.contact.name : '',
    contactPhone: person ? (e.contact.phone ?? '') : '',
    contactEmail: person ? (e.contact.email ?? '') : '',
  };
}

type Contact = EpisodeBody['contact'];

function contactOf(d: EpisodeDraft): Contact {
  if (d.contactKind === 'probation_officer') return { kind: 'probation_officer' };
  const contact: Contact = { kind: 'person', name: d.contactName.trim() };
  if (d.contactPhone.trim()) contact.phone = d.contactPhone.trim();
  if (d.contactEmail.trim()) contact.email = d.contactEmail.trim();
  return contact;
}

/** The sentence length as sent: none on remand (the field is not offered then), else a whole 1–600 or none. */
function monthsOf(d: EpisodeDraft): number | null | 'invalid' {
  if (d.kind === 'remand' || !d.sentenceMonths.trim()) return null;
  const text = d.sentenceMonths.trim();
  if (!/^\d+$/.test(text)) return 'invalid';
  const months = Number(text);
  return months >= 1 && months <= 600 ? months : 'invalid';
}

/**
 * The checks made beside the fields before anything is sent: what must be filled in, the sentence
 * length's form, and a person as contact with a name and a phone or an email. The date rules
 * (start not in the future, release and parole not before the start) are the API's, shown in its
 * words.
 */
export function draftProblems(d: EpisodeDraft, options: { needsPerson: boolean }): EpisodeProblems {
  const problems: EpisodeProblems = {};
  if (options.needsPerson && !d.personId) problems.personId = 'required';
  if (!d.institution.trim()) problems.institution = 'required';
  if (!d.startedOn) problems.startedOn = 'required';
  if (monthsOf(d) === 'invalid') problems.sentenceMonths = 'invalidMonths';
  if (d.contactKind === 'person') {
    if (!d.contactName.trim()) problems.contactName = 'required';
    if (!d.contactPhone.trim() && !d.contactEmail.trim()) problems.contact = 'contactMissing';
  }
  return problems;
}

/** The body of `POST /custody-episodes`, or the problems to show first. */
export function episodeBody(d: EpisodeDraft): { body?: EpisodeBody; problems: EpisodeProblems } {
  const problems = draftProblems(d, { needsPerson: true });
  const months = monthsOf(d);
  if (Object.keys(problems).length > 0 || months === 'invalid') return { problems };
  const body: EpisodeBody = {
    personId: d.personId,
    kind: d.kind,
    institution: d.institution.trim(),
    startedOn: d.startedOn,
    contact: contactOf(d),
  };
  if (d.expectedReleaseOn) body.expectedReleaseOn = d.expectedReleaseOn;
  if (d.paroleOn) body.paroleOn = d.paroleOn;
  if (months !== null) body.sentenceMonths = months;
  return { body, problems };
}

function sameContact(a: Contact, b: Episode['contact']): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'probation_officer') return true;
  return a.name === b.name && (a.phone ?? null) === b.phone && (a.email ?? null) === b.email;
}

/**
 * The body of `PATCH /custody-episodes/{id}`: only the fields that differ from the episode read,
 * with its version; an emptied date or sentence length is sent as null (the API clears it).
 * `changed` is false when nothing differs (nothing is sent then).
 */
export function episodePatch(
  e: Episode,
  d: EpisodeDraft,
): { body?: EpisodePatch; changed: boolean; problems: EpisodeProblems } {
  const problems = draftProblems(d, { needsPerson: false });
  const months = monthsOf(d);
  if (Object.keys(problems).length > 0 || months === 'invalid') return { changed: false, problems };
  const body: EpisodePatch = { version: e.version };
  if (d.kind !== e.kind) body.kind = d.kind;
  if (d.institution.trim() !== e.institution) body.institution = d.institution.trim();
  if (d.startedOn !== e.startedOn) body.startedOn = d.startedOn;
  if ((d.expectedReleaseOn || null) !== e.expectedReleaseOn) body.expectedReleaseOn = d.expectedReleaseOn || null;
  if ((d.paroleOn || null) !== e.paroleOn) body.paroleOn = d.paroleOn || null;
  if (months !== e.sentenceMonths) body.sentenceMonths = months;
  const contact = contactOf(d);
  if (!sameContact(contact, e.contact)) body.contact = contact;
  const changed = Object.keys(body).length > 1;
  return changed ? { body, changed, problems } : { changed, problems };
}

/**
 * The API's words for each field it refused (`details[].field` of CUSTODY_* and VALIDATION_FAILED),
 * so the form shows them beside the field as well as in the summary. `contact.name` and the like
 * count for the contact as a whole.
 */
export function refusedFields(error: unknown): Partial<Record<string, string>> {
  if (!(error instanceof ApiCallError) || !error.body?.details) return {};
  const fields: Partial<Record<string, string>> = {};
  for (const detail of error.body.details as { field?: unknown; message?: unknown }[]) {
    if (typeof detail.field !== 'string' || typeof detail.message !== 'string') continue;
    const field = detail.field.startsWith('contact') ? 'contact' : detail.field;
    fields[field] ??= detail.message;
  }
  return fields;
}

/** The contact as one line: the name, then the phone and the email where given. */
export function contactLine(contact: Pick<Episode['contact'], 'name' | 'phone' | 'email'>): string {
  return [contact.name, contact.phone, contact.email].filter(Boolean).join(', ');
}
