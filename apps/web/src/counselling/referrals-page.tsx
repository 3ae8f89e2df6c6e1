import { useQuery } from '@tanstack/react-query';
import { useId, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, call } from '../api';
import { useI18n } from '../i18n';
import { ErrorMessage, Loading, PageTitle, Status, TableScroll } from '../ui/components';
import { formatDate } from '../ui/format';
import { REFERRAL_STATUSES, statusFromSearch, type Referral } from './referral-rules';

/**
 * `/referrals`: the referrals the caller may see (GET /api/v1/referrals), in the API's order: new
 * ones first, then accepted ones whose first contact is overdue, accepted, in contact, finished.
 * The status filter stands in the address, so a reload and "back" keep it.
 */
export function ReferralsPage() {
  const { m } = useI18n();
  const t = m.webCounselling.list;
  const [search, setSearch] = useSearchParams();
  const status = statusFromSearch(search);
  const referrals = useQuery({
    queryKey: ['referrals', { status }],
    queryFn: () => call(api.GET('/api/v1/referrals', { params: { query: status ? { status } : {} } })),
  });
  const choose = (next: string) => setSearch(next ? { status: next } : {});
  return (
    <section data-testid="referrals">
      <PageTitle>{t.title}</PageTitle>
      <p>{t.intro}</p>
      <StatusFilter status={status ?? ''} onChange={choose} />
      {referrals.isPending ? (
        <Loading />
      ) : referrals.isError ? (
        <ErrorMessage error={referrals.error} />
      ) : referrals.data.items.length === 0 ? (
        <Status>{t.empty}</Status>
      ) : (
        <ReferralsTable referrals={referrals.data.items} />
      )}
    </section>
  );
}

function StatusFilter({ status, onChange }: { status: string; onChange: (status: string) => void }) {
  const { m } = useI18n();
  const t = m.webCounselling.list;
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('status');
    onChange(typeof value === 'string' ? value : '');
  };
  return (
    <form className="filters" onSubmit={submit} aria-label={t.filtersLabel} key={status}>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t.status}</label>
        <select id={`${id}-status`} name="status" defaultValue={status}>
          <option value="">{t.allStatuses}</option>
          {REFERRAL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {m.counsellingReferrals.statuses[s]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="primary">
        {t.apply}
      </button>
    </form>
  );
}

function ReferralsTable({ referrals }: { referrals: readonly Referral[] }) {
  const { m, language } = useI18n();
  const t = m.webCounselling.list;
  return (
    <TableScroll label={t.caption}>
      <table data-testid="referrals-table">
        <caption className="visually-hidden">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.tenant}</th>
            <th scope="col">{t.columns.address}</th>
            <th scope="col">{t.columns.status}</th>
            <th scope="col">{t.columns.serviceLevel}</th>
            <th scope="col">{t.columns.sentOn}</th>
            <th scope="col">{t.columns.acceptedOn}</th>
            <th scope="col">{t.columns.provider}</th>
          </tr>
        </thead>
        <tbody>
          {referrals.map((r) => (
            <tr key={r.id} data-testid="referral-row" data-status={r.status}>
              <th scope="row">
                <Link to={`/referrals/${r.id}`}>{r.personName}</Link>
              </th>
              <td>{r.address}</td>
              <td>
                <span className="tag">{m.counsellingReferrals.statuses[r.status]}</span>
                {r.firstContactOverdue && (
                  <span className="tag overdue" data-testid="first-contact-overdue">
                    {m.webCounselling.overdueFirstContact}
                  </span>
                )}
              </td>
              <td>{m.webCounselling.serviceLevels[r.serviceLevel]}</td>
              <td className="date">{formatDate(r.sentOn, language)}</td>
              <td className="date">{formatDate(r.acceptedOn, language)}</td>
              <td>{r.counsellingProvider.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
