import { useQuery } from '@tanstack/react-query';
import { useId, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, call } from '../api';
import { useI18n } from '../i18n';
import { useMe } from '../session/session-context';
import { ErrorMessage, Loading, PageTitle, Status, TableScroll } from '../ui/components';
import { formatDate } from '../ui/format';
import { contactLine, openFilterFromSearch, type Episode, type OpenFilter } from './episode-rules';
import { orderEpisodes, overdueCounts } from './planning-rules';
import { OverdueTasks } from './release-tasks-section';

/**
 * `/custody-episodes`: the episodes the caller may see (GET /api/v1/custody-episodes), in the API's
 * order (open first, latest start first). Probation officers see every field and may record one;
 * the municipality's social workers and the landlord's caseworkers see what the consent allows
 * (`view: recipient`: away since, expected return, contact), so the kind and institution columns
 * are left out when no row carries them. The filter stands in the address (`?open=`).
 */
export function EpisodesPage() {
  const { m } = useI18n();
  const me = useMe();
  const t = m.webProbation.list;
  const [search, setSearch] = useSearchParams();
  const open = openFilterFromSearch(search);
  const episodes = useQuery({
    queryKey: ['custody-episodes', { open }],
    queryFn: () => call(api.GET('/api/v1/custody-episodes', { params: { query: open ? { open } : {} } })),
  });
  const officer = me.role === 'probation_officer';
  const overdue = useQuery({
    queryKey: ['release-tasks', { overdue: true }],
    queryFn: () => call(api.GET('/api/v1/release-tasks', { params: { query: { overdue: 'true' } } })),
    enabled: officer,
  });
  const counts = overdueCounts(overdue.data?.items ?? []);
  return (
    <section data-testid="custody-episodes">
      <PageTitle>{t.title}</PageTitle>
      <p>{officer ? t.intro : t.introRecipient}</p>
      {officer && (
        <p>
          <Link to="/custody-episodes/new" className="button">
            {t.record}
          </Link>
        </p>
      )}
      {officer &&
        (overdue.isError ? (
          <ErrorMessage error={overdue.error} />
        ) : overdue.data ? (
          <OverdueTasks tasks={overdue.data.items} />
        ) : null)}
      <OpenFilterForm open={open} onChange={(next) => setSearch(next ? { open: next } : {})} />
      {episodes.isPending ? (
        <Loading />
      ) : episodes.isError ? (
        <ErrorMessage error={episodes.error} />
      ) : episodes.data.items.length === 0 ? (
        <Status>{t.empty}</Status>
      ) : (
        <EpisodesTable episodes={orderEpisodes(episodes.data.items, counts)} overdue={counts} />
      )}
    </section>
  );
}

function OpenFilterForm({ open, onChange }: { open: OpenFilter; onChange: (open: OpenFilter) => void }) {
  const { m } = useI18n();
  const t = m.webProbation.list;
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('open');
    onChange(value === 'true' || value === 'false' ? value : undefined);
  };
  return (
    <form className="filters" onSubmit={submit} aria-label={t.filtersLabel} key={open ?? ''}>
      <div className="field">
        <label htmlFor={`${id}-open`}>{t.state}</label>
        <select id={`${id}-open`} name="open" defaultValue={open ?? ''}>
          <option value="">{t.states.all}</option>
          <option value="true">{t.states.open}</option>
          <option value="false">{t.states.closed}</option>
        </select>
      </div>
      <button type="submit" className="primary">
        {t.apply}
      </button>
    </form>
  );
}

function EpisodesTable({ episodes, overdue }: { episodes: readonly Episode[]; overdue: ReadonlyMap<string, number> }) {
  const { m, language } = useI18n();
  const t = m.webProbation.list;
  const full = episodes.some((e) => e.view === 'full');
  return (
    <TableScroll label={t.caption}>
      <table data-testid="episodes-table">
        <caption className="visually-hidden">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.person}</th>
            <th scope="col">{t.columns.address}</th>
            {full && <th scope="col">{t.columns.kind}</th>}
            {full && <th scope="col">{t.columns.institution}</th>}
            <th scope="col">{t.columns.awaySince}</th>
            <th scope="col">{t.columns.expectedReturn}</th>
            <th scope="col">{t.columns.contact}</th>
            <th scope="col">{t.columns.state}</th>
          </tr>
        </thead>
        <tbody>
          {episodes.map((e) => (
            <tr key={e.id} data-testid="episode-row" data-open={String(e.open)} data-view={e.view}>
              <th scope="row">
                <Link to={`/custody-episodes/${e.id}`}>{e.personName}</Link>
              </th>
              <td>{e.address ?? ''}</td>
              {full && <td>{e.kind ? m.webProbation.kinds[e.kind] : ''}</td>}
              {full && <td>{e.institution ?? ''}</td>}
              <td className="date">{formatDate(e.startedOn, language)}</td>
              <td className="date">{formatDate(e.expectedReturnOn, language)}</td>
              <td>{contactLine(e.contact)}</td>
              <td>
                <span className={e.open ? 'tag ok' : 'tag'}>
                  {e.open ? m.webProbation.open : m.webProbation.closed}
                </span>
                {e.open && (overdue.get(e.id) ?? 0) > 0 && (
                  <span className="tag overdue" data-testid="episode-overdue">
                    {m.webProbation.tasks.overdueTag({ count: overdue.get(e.id) ?? 0 })}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
