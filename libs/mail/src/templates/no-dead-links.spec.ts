import { appLinks } from '../app-links.js';
import { renderEmail, type EmailTemplateData, type EmailTemplateName } from './index.js';

/**
 * Pages of the web application that exist and an email may link to. None yet (issue 12, item 4):
 * a link answered 404. When the web application serves a page from `appLinks`, add it here.
 */
const PAGES_THAT_EXIST: readonly RegExp[] = [];

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
  },
  warning,
  'warning-escalation': {
    level: 2,
    recipientName: 'Aarhus Kommune',
    kind: 'terminated',
    reference: 'SAG-1A2B3C4D',
    sentOn: '2026-10-23',
    acknowledgeBy: '2026-10-26',
  },
  'warning-digest': {
    recipientName: 'Aarhus Kommune',
    date: '2026-10-23',
    items: [digestItem],
  },
};

describe('links in emails', () => {
  const all = (Object.keys(EXAMPLES) as EmailTemplateName[]).flatMap((template) =>
    (['da', 'en'] as const).map((locale) => [template, locale] as const),
  );

  it.each(all)('%s (%s) links to no page that does not exist', (template, locale) => {
    const email = renderEmail(template, EXAMPLES[template] as never, locale);
    const urls = [email.text, email.html].flatMap((body) => body.match(/\bhttps?:\/\/[^\s"<>]+/g) ?? []);
    expect(urls.filter((url) => !PAGES_THAT_EXIST.some((page) => page.test(url)))).toEqual([]);
    expect(email.html).not.toMatch(/<a\s/i);
    expect(email.text).not.toMatch(/Se varslet|View the warning/);
  });

  it('keeps the address scheme the web application will claim in one place', () => {
    const links = appLinks('https://varsler.example.dk/');
    expect(links.inbox()).toBe('https://varsler.example.dk/inbox');
    expect(links.warning('42')).toBe('https://varsler.example.dk/inbox/warnings/42');
  });
});
