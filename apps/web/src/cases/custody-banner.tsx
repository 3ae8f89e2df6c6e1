import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import type { ApiSchema } from '@app/api-client';
import { api, call } from '../api';
import { useI18n } from '../i18n';
import { formatDate } from '../ui/format';
import { contactLine } from '../probation/episode-rules';

type CaseFile = ApiSchema<'CaseResponse'>;

/**
 * "Tenant in custody since …, contact …" on the case page (GET /cases/{id} `custody`, docs/probation.md
 * "The case read"): the API fills it only for the landlord's caseworkers, when a tenant of the case
 * has an open custody episode and the tenant's consent names the landlord. It says where a copy of
 * the påkrav can go; the påkrav itself still goes to the tenant's address. It links to the episode
 * (found by the tenant in the caller's own list, `?personId=&open=true`), where the landlord sees
 * what the consent allows.
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
      : contactLine(custody.contact);
  return (
    <section aria-labelledby="case-custody" className="notice custody-banner" data-testid="custody-banner">
      <h2 id="case-custody">{t.title}</h2>
      <p>{t.text({ name, since: formatDate(custody.since, language) })}</p>
      <p data-testid="custody-contact">{t.contact({ contact })}</p>
      <p>{t.copy}</p>
      <EpisodeLink personId={custody.personId} />
    </section>
  );
}

function EpisodeLink({ personId }: { personId: string }) {
  const { m } = useI18n();
  const episodes = useQuery({
    queryKey: ['custody-episodes', { personId, open: 'true' }],
    queryFn: () => call(api.GET('/api/v1/custody-episodes', { params: { query: { personId, open: 'true' } } })),
  });
  const episode = episodes.data?.items[0];
  if (!episode) return null;
  return (
    <p>
      <Link to={`/custody-episodes/${episode.id}`} data-testid="open-episode">
        {m.webProbation.banner.openEpisode}
      </Link>
    </p>
  );
}
