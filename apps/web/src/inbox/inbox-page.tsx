import { useInfiniteQuery } from '@tanstack/react-query';
import { useId, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, call } from '../api';
import { useI18n } from '../i18n';
import { ErrorMessage, Loading, PageTitle, TableScroll } from '../ui/components';
import { formatDate, formatInstant } from '../ui/format';
import {
  filtersFromSearch,
  firstPageParam,
  INBOX_KINDS,
  loadInboxPage,
  searchFromFilters,
  type InboxFilters,
  type InboxItem,
  type InboxKind,
  type InboxPageParam,
} from './inbox-logic';

const PAGE_SIZE = 25;

/** The filter form. It submits into the address, so a filtered inbox can be bookmarked and shared. */
function Filters({ filters, onChange }: { filters: InboxFilters; onChange: (next: InboxFilters) => void }) {
  const { m } = useI18n();
  const t = m.webInbox.filters;
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const search = new URLSearchParams();
    for (const key of ['unread', 'kind', 'urgency', 'acknowledged']) {
      const value = form.get(key);
      if (typeof value === 'string' && value !== '') search.set(key, value);
    }
    onChange(filtersFromSearch(search));
  };
  const value = (v: boolean | undefined) => (v === undefined ? '' : String(v));
  return (
    <form className="filters" onSubmit={submit} aria-label={t.legend} key={searchFromFilters(filters).toString()}>
      <div className="field">
        <label htmlFor={`${id}-unread`}>{t.read}</label>
        <select id={`${id}-unread`} name="unread" defaultValue={value(filters.unread)}>
          <option value="">{t.readAll}</option>
          <option value="true">{t.readUnread}</option>
          <option value="false">{t.readRead}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t.kind}</label>
        <select id={`${id}-kind`} name="kind" defaultValue={filters.kind ?? ''}>
          <option value="">{t.kindAll}</option>
          {INBOX_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {m.webInbox.kinds[kind]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-urgency`}>{t.urgency}</label>
        <select id={`${id}-urgency`} name="urgency" defaultValue={filters.urgency ?? ''}>
          <option value="">{t.urgencyAll}</option>
          <option value="urgent">{m.webInbox.urgency.urgent}</option>
          <option value="normal">{m.webInbox.urgency.normal}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-acknowledged`}>{t.acknowledged}</label>
        <select id={`${id}-acknowledged`} name="acknowledged" defaultValue={value(filters.acknowledged)}>
          <option value="">{t.acknowledgedAll}</option>
          <option value="false">{t.acknowledgedNo}</option>
          <option value="true">{t.acknowledgedYes}</option>
        </select>
      </div>
      <button type="submit" className="primary">
        {t.apply}
      </button>
      <button type="button" onClick={() => onChange({})}>
        {t.clear}
      </button>
    </form>
  );
}

/** One row: unread in bold and tagged in words; urgent tagged in words, not by colour alone. */
function InboxRow({ item }: { item: InboxItem }) {
  const { m, language } = useI18n();
  const t = m.webInbox;
  const unread = item.readAt === null;
  const data = item.warning.data;
  return (
    <tr className={unread ? 'inbox-unread' : undefined} data-testid="inbox-item" data-kind={item.kind}>
      <td>
        <span className={`tag${unread ? ' unread' : ''}`}>{unread ? t.unread : t.read}</span>
      </td>
      <th scope="row">
        <Link to={`/inbox/warnings/${item.warning.id}`}>{item.warning.title[language]}</Link>
        <div className="inbox-tags">
          <span className="tag">{t.kinds[item.kind as InboxKind] ?? item.kind}</span>
          {item.urgency === 'urgent' && <span className="tag urgent">{t.urgency.urgent}</span>}
        </div>
      </th>
      <td className="nowrap">{data?.reference ?? '–'}</td>
      <td>
        {data ? (
          <>
            {data.tenantNames.join(', ') || '–'}
            <br />
            {data.address}
          </>
        ) : (
          <span className="muted">{t.noPersonalData}</span>
        )}
      </td>
      <td>{formatInstant(item.createdAt, language)}</td>
      <td>{formatDate(item.warning.acknowledgeBy, language)}</td>
      <td>
        {item.warning.acknowledgedAt ? (
          <span className="tag ok">
            {t.acknowledgedOn({ when: formatInstant(item.warning.acknowledgedAt, language) })}
          </span>
        ) : (
          t.notAcknowledged
        )}
      </td>
    </tr>
  );
}

/** `/inbox`: the signed-in user's own inbox items, unread first, with the API's filters in the address. */
export function InboxPage() {
  const { m } = useI18n();
  const t = m.webInbox;
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const key = searchFromFilters(filters).toString();

  const inbox = useInfiniteQuery({
    queryKey: ['inbox', 'list', key],
    initialPageParam: firstPageParam(filters),
    queryFn: ({ pageParam }: { pageParam: InboxPageParam }) =>
      loadInboxPage((query) => call(api.GET('/api/v1/inbox', { params: { query } })), filters, pageParam, PAGE_SIZE),
    getNextPageParam: (last) => last.next,
  });

  const items = inbox.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="inbox">
      <PageTitle>{t.title}</PageTitle>
      <p>{t.intro}</p>
      <Filters filters={filters} onChange={(next) => setSearch(searchFromFilters(next))} />
      {inbox.isPending ? (
        <Loading />
      ) : inbox.isError ? (
        <ErrorMessage error={inbox.error} />
      ) : items.length === 0 ? (
        <p data-testid="inbox-empty">{t.empty}</p>
      ) : (
        <>
          <TableScroll label={t.title}>
            <table data-testid="inbox-table">
              <caption className="visually-hidden">{t.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.columns.status}</th>
                  <th scope="col">{t.columns.warning}</th>
                  <th scope="col">{t.columns.reference}</th>
                  <th scope="col">{t.columns.tenant}</th>
                  <th scope="col">{t.columns.received}</th>
                  <th scope="col">{t.columns.acknowledgeBy}</th>
                  <th scope="col">{t.columns.acknowledgement}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <InboxRow key={item.id} item={item} />
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p role="status">{t.shown({ count: String(items.length) })}</p>
          {inbox.hasNextPage && (
            <button type="button" disabled={inbox.isFetchingNextPage} onClick={() => void inbox.fetchNextPage()}>
              {inbox.isFetchingNextPage ? m.web.common.loading : t.loadMore}
            </button>
          )}
        </>
      )}
    </section>
  );
}
