import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { api, call } from '../api';
import { useI18n } from '../i18n';
import { ErrorMessage, Field, Loading, PageTitle, TableScroll } from '../ui/components';
import { formatDate, formatInstant, formatOre, parseKroner } from '../ui/format';
import {
  CASE_STAGES,
  filtersFromSearch,
  listQuery,
  pageCursors,
  searchFromFilters,
  withPage,
  type CaseStage,
  type WorktrayFilters,
} from './case-rules';
import { useMayChangeCases, useOwnDepartments } from './case-queries';

const PAGE_SIZE = 50;

/**
 * The caseworker's worktray: the cases the API lets the caller see, most urgent first, with the
 * API's filters. The filters and the page live in the address, so a reload or "back" keeps them.
 */
export function WorktrayPage() {
  const { m, language } = useI18n();
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const { cursor, previous } = pageCursors(search);
  const mayChange = useMayChangeCases();
  const query = listQuery(filters, parseKroner, cursor, PAGE_SIZE);
  const cases = useQuery({
    queryKey: ['cases', query],
    queryFn: () => call(api.GET('/api/v1/cases', { params: { query } })),
  });
  const departments = useOwnDepartments();
  const departmentName = (id: string) => {
    const department = departments.data?.find((d) => d.id === id);
    return department ? `${department.number} ${department.name}` : undefined;
  };
  const t = m.webCases.worktray;

  return (
    <section className="worktray" data-testid="worktray">
      <PageTitle>{t.title}</PageTitle>
      <p>{t.intro}</p>
      {mayChange && (
        <p>
          <Link to="/cases/new" className="button">
            {t.newCase}
          </Link>
        </p>
      )}
      <WorktrayFilterForm
        key={search.toString()}
        initial={filters}
        departments={departments.data ?? []}
        onApply={(next) => setSearch(searchFromFilters(next))}
      />
      {cases.isPending && <Loading />}
      <ErrorMessage error={cases.error} />
      {cases.data && cases.data.items.length === 0 && <p role="status">{t.empty}</p>}
      {cases.data && cases.data.items.length > 0 && (
        <TableScroll label={t.caption}>
          <table data-testid="worktray-table">
            <caption className="visually-hidden">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columns.nextDeadline}</th>
                <th scope="col">{t.columns.reference}</th>
                <th scope="col">{t.columns.address}</th>
                <th scope="col">{t.columns.stage}</th>
                <th scope="col" className="number">
                  {t.columns.balance}
                </th>
                <th scope="col">{t.columns.opened}</th>
              </tr>
            </thead>
            <tbody>
              {cases.data.items.map((item) => (
                <tr key={item.id} data-testid="worktray-row">
                  <td>
                    {formatDate(item.nextDeadlineOn, language)}{' '}
                    {item.overdue && <span className="tag overdue">{t.overdue}</span>}
                  </td>
                  <td>
                    {item.unit}
                    {departmentName(item.departmentId) && (
                      <span className="case-department"> · {departmentName(item.departmentId)}</span>
                    )}
                  </td>
                  <th scope="row" className="row-heading">
                    <Link to={`/cases/${item.id}`}>{item.address}</Link>
                  </th>
                  <td>{m.cases.stages[item.stage]}</td>
                  <td className="number">{formatOre(item.balanceOre)}</td>
                  <td>{formatInstant(item.openedAt, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {cases.data && (previous.length > 0 || cursor || cases.data.nextCursor) && (
        <nav aria-label={t.paging} className="pager">
          {cursor && (
            <>
              <button type="button" onClick={() => setSearch(withPage(search, undefined, []))}>
                {t.firstPage}
              </button>
              <button
                type="button"
                onClick={() => setSearch(withPage(search, previous[previous.length - 1], previous.slice(0, -1)))}
              >
                {t.previousPage}
              </button>
            </>
          )}
          <span>{t.pageNumber({ page: String(previous.length + (cursor ? 2 : 1)) })}</span>
          {cases.data.nextCursor && (
            <button
              type="button"
              onClick={() =>
                setSearch(withPage(search, cases.data.nextCursor ?? undefined, cursor ? [...previous, cursor] : []))
              }
            >
              {t.nextPage}
            </button>
          )}
        </nav>
      )}
    </section>
  );
}

function WorktrayFilterForm({
  initial,
  departments,
  onApply,
}: {
  initial: WorktrayFilters;
  departments: { id: string; number: string; name: string }[];
  onApply: (filters: WorktrayFilters) => void;
}) {
  const { m } = useI18n();
  const t = m.webCases.worktray;
  const [filters, setFilters] = useState(initial);
  const [touched, setTouched] = useState(false);
  const set = <K extends keyof WorktrayFilters>(key: K, value: WorktrayFilters[K]) =>
    setFilters((current) => ({ ...current, [key]: value }));
  const badAmount = (text: string) => text.trim() !== '' && parseKroner(text) === undefined;
  const minError = touched && badAmount(filters.balanceMin) ? t.invalidAmount : undefined;
  const maxError = touched && badAmount(filters.balanceMax) ? t.invalidAmount : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (badAmount(filters.balanceMin) || badAmount(filters.balanceMax)) return;
    onApply(filters);
  };

  return (
    <form className="filters" onSubmit={submit} aria-labelledby="worktray-filters" role="search">
      <h2 id="worktray-filters" className="visually-hidden">
        {t.filtersTitle}
      </h2>
      <Field label={t.order} hint={t.orderHint}>
        {(props) => (
          <select {...props} value={filters.view} onChange={(e) => set('view', e.target.value as 'deadline' | 'all')}>
            <option value="deadline">{t.orderDeadline}</option>
            <option value="all">{t.orderAll}</option>
          </select>
        )}
      </Field>
      {filters.view === 'deadline' && (
        <Field label={t.deadlineWithinDays}>
          {(props) => (
            <input
              {...props}
              type="number"
              min={0}
              max={366}
              value={filters.days}
              onChange={(e) => set('days', e.target.value)}
            />
          )}
        </Field>
      )}
      <Field label={t.stage}>
        {(props) => (
          <select {...props} value={filters.stage} onChange={(e) => set('stage', e.target.value)}>
            <option value="">{t.anyStage}</option>
            {CASE_STAGES.map((stage: CaseStage) => (
              <option key={stage} value={stage}>
                {m.cases.stages[stage]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {departments.length > 1 && (
        <Field label={t.department}>
          {(props) => (
            <select {...props} value={filters.departmentId} onChange={(e) => set('departmentId', e.target.value)}>
              <option value="">{t.anyDepartment}</option>
              {departments.map((department) => (
                <option key={department.id} value={department.id}>
                  {department.number} {department.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t.address}>
        {(props) => (
          <input {...props} type="search" value={filters.address} onChange={(e) => set('address', e.target.value)} />
        )}
      </Field>
      <Field label={t.balanceMin} error={minError}>
        {(props) => (
          <input
            {...props}
            inputMode="decimal"
            value={filters.balanceMin}
            onChange={(e) => set('balanceMin', e.target.value)}
          />
        )}
      </Field>
      <Field label={t.balanceMax} error={maxError}>
        {(props) => (
          <input
            {...props}
            inputMode="decimal"
            value={filters.balanceMax}
            onChange={(e) => set('balanceMax', e.target.value)}
          />
        )}
      </Field>
      <Field label={t.openState}>
        {(props) => (
          <select
            {...props}
            value={filters.open}
            onChange={(e) => set('open', e.target.value as WorktrayFilters['open'])}
          >
            <option value="true">{t.openOnly}</option>
            <option value="false">{t.closedOnly}</option>
            <option value="any">{t.openAndClosed}</option>
          </select>
        )}
      </Field>
      <div className="filter-actions">
        <button type="submit" className="primary">
          {t.apply}
        </button>
        <button type="button" onClick={() => onApply(filtersFromSearch(new URLSearchParams()))}>
          {t.reset}
        </button>
      </div>
    </form>
  );
}
