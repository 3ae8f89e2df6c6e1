import { appLinks } from '../app-links.js';
import { renderEmail, type EmailTemplateData, type EmailTemplateName } from './index.js';

const PUBLIC_URL = 'https://varsler.example.dk';
const WARNING_ID = '0b5e3c1e-9a55-4d3f-8a2e-2f1d6c1e7a01';

/**
 * Pages of the web application that exist and an email may link to (issue 13: apps/web serves
 * `/inbox` and `/inbox/warnings/:warningId`, see apps/web/src/inbox/inbox-routes.tsx). When the
 * web application serves another page from `appLinks`, add it here.
 */
const PAGES_THAT_EXIST: readonly RegExp[] = [
  /^https:\/\/varsler\.example\.dk\/inbox$/,
  /^https:\/\/varsler\.example\.dk\/inbox\/warnings\/[0-9a-f-]{36}$/,
];

const warning: EmailTemplateData['warning'] = {
  kind: 'deadline-passed',
  recipientType: 'municipality',
  basis: 'agreement',
  urgent: true,
  householdWithChildren: true,
  recipientName: 'Aarhus Kommune',
  senderName: 'Boligforeningen Østjylland',
  tenantNames: ['Anna Jensen'],
  address: 'Søndergade 12, 8000 Aarhus C',
  eventOn: '2026-10-22',
  acknowledgeBy: '2026-10-27',
  reference: 'SAG-1A2B3C4D',
  details: { balanceOre: 703_000, paymentDeadline: '2026-10-22', childrenUnder18: 2 },
  warningId: WARNING_ID,
};

const { urgent: _urgent, recipientName: _recipientName, ...digestItem } = warning;

/** One example of every template, so a new template cannot be left out (the record is keyed by name). */
const EXAMPLES: { [K in EmailTemplateName]: EmailTemplateData[K] } = {
  'municipality-registered': { code: '751', name: 'Aarhus', alertEmail: 'varsler@aarhus.dk' },
  'municipality-eviction-notice': {
    municipalityName: 'Aarhus',
    landlordName: 'Boligforeningen Østjylland',
    departmentName: '3 Gellerup',
    reference: 'SAG-1A2B3C4D',
    landlordContact: 'udlejning@oestjylland.dk',
    tenantNames: ['Anna Jensen'],
    address: 'Søndergade 12, 8000 Aarhus C',
    noticeOn: '2026-10-23',
    warningId: WARNING_ID,
  },
  warning,
  'warning-escalation': {
    level: 2,
    recipientName: 'Aarhus Kommune',
    kind: 'terminated',
    reference: 'SAG-1A2B3C4D',
    sentOn: '2026-10-23',
    acknowledgeBy: '2026-10-26',
    warningId: WARNING_ID,
  },
  'warning-digest': {
    recipientName: 'Aarhus Kommune',
    date: '2026-10-23',
    items: [digestItem],
  },
  'custody-notice': {
    kind: 'custody-notice',
    recipientType: 'housing_organisation',
    recipientName: 'Boligforeningen Østjylland',
    senderName: 'Kriminalforsorgen Østjylland',
    reference: 'KF-1A2B3C4D',
    tenantName: 'Anna Jensen',
    address: 'Søndergade 12, 8000 Aarhus C',
    awaySince: '2026-10-01',
    expectedReturnOn: '2027-06-01',
    releasedOn: null,
    contact: { kind: 'person', name: 'Bo Jensen', phone: '12345678', email: null },
    acknowledgeBy: '2026-10-05',
    warningId: WARNING_ID,
  },
};

/** The templates about one warning (or a digest of them): each links to the warning's page. */
const ABOUT_A_WARNING: readonly EmailTemplateName[] = [
  'warning',
  'warning-escalation',
  'warning-digest',
  'municipality-eviction-notice',
  'custody-notice',
];

const urlsIn = (body: string) => body.match(/\bhttps?:\/\/[^\s"<>]+/g) ?? [];

describe('links in emails', () => {
  const all = (Object.keys(EXAMPLES) as EmailTemplateName[]).flatMap((template) =>
    (['da', 'en'] as const).map((locale) => [template, locale] as const),
  );

  it.each(all)('%s (%s) links to no page that does not exist', (template, locale) => {
    const email = renderEmail(template, EXAMPLES[template] as never, locale, { publicUrl: PUBLIC_URL });
    const urls = [email.text, email.html].flatMap(urlsIn);
    expect(urls.filter((url) => !PAGES_THAT_EXIST.some((page) => page.test(url)))).toEqual([]);
  });

  it.each(ABOUT_A_WARNING.flatMap((t) => (['da', 'en'] as const).map((l) => [t, l] as const)))(
    "%s (%s) links to the warning's page, in text and HTML, with the catalogue's words",
    (template, locale) => {
      const email = renderEmail(template, EXAMPLES[template] as never, locale, { publicUrl: `${PUBLIC_URL}/` });
      const page = appLinks(PUBLIC_URL).warning(WARNING_ID);
      expect(urlsIn(email.text)).toEqual([page]);
      expect(email.html).toContain(`<a href="${page}">`);
      expect(email.text).toMatch(locale === 'da' ? /Se (varslet|underretningen)/ : /View (the|and acknowledge the)/);
    },
  );

  it('links nothing without the public address, or for an email queued before the warning id was kept', () => {
    for (const template of ABOUT_A_WARNING) {
      const email = renderEmail(template, EXAMPLES[template] as never, 'da');
      expect(urlsIn(email.text)).toEqual([]);
      expect(email.html).not.toMatch(/<a\s/i);
    }
    const { warningId: _id, ...old } = warning;
    const email = renderEmail('warning', old, 'da', { publicUrl: PUBLIC_URL });
    expect(urlsIn(email.text)).toEqual([]);
    expect(email.text).not.toMatch(/Se varslet/);
  });

  it('gives the registration email no link: it is about a mailbox, not a warning', () => {
    const email = renderEmail('municipality-registered', EXAMPLES['municipality-registered'], 'da', {
      publicUrl: PUBLIC_URL,
    });
    expect(email.html).not.toMatch(/<a\s/i);
  });

  it('keeps the address scheme the web application serves in one place', () => {
    const links = appLinks('https://varsler.example.dk/');
    expect(links.inbox()).toBe('https://varsler.example.dk/inbox');
    expect(links.warning('42')).toBe('https://varsler.example.dk/inbox/warnings/42');
  });
});
