import type { ApiSchema } from '@app/api-client';
import { useI18n } from '../i18n';
import { formatDate } from '../ui/format';
import { contactDetails } from '../probation/episode-rules';

type CaseFile = ApiSchema<'CaseResponse'>;

/**
 * "Tenant in custody since …, contact …" on the case page (GET /cases/{id} `custody`, docs/probation.md
 * "The case read"): the API fills it only for the landlord's caseworkers, when a tenant of the case
 * has an open custody episode and the tenant's consent names the landlord. It says where a copy of
 * the påkrav can go; the påkrav itself still goes to the tenant's address.
 */
export function CustodyBanner({ caseFile: c }: { caseFile: CaseFile }) {
  const { m, language } = useI18n();
  const custody = c.custody;
  if (!custody) return null;
  const t = m.webProbation.banner;
  const name = c.tenants.find((tenant) => tenant.id === custody.personId)?.name ?? '';
  const contact =
    custody.contact.kind === 'probation_officer'
      ? `${custody.contact.name} ${m.webProbation.officerSuffix}`
      : m.webProbation.contactText({ name: custody.contact.name, details: contactDetails(custody.contact) });
  return (
    <section aria-labelledby="case-custody" className="notice custody-banner" data-testid="custody-banner">
      <h2 id="case-custody">{t.title}</h2>
      <p>{t.text({ name, since: formatDate(custody.since, language) })}</p>
      <p data-testid="custody-contact">{t.contact({ contact })}</p>
      <p>{t.copy}</p>
    </section>
  );
}
