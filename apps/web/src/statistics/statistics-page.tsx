import { useQuery } from '@tanstack/react-query';
import { useId, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { Language, Messages } from '@app/i18n';
import { api, call } from '../api';
import { useI18n } from '../i18n';
import { ErrorMessage, Loading, PageTitle, TableScroll } from '../ui/components';
import { formatInstant, todayInCopenhagen } from '../ui/format';
import { ComparisonSection } from './comparison-section';
import { ExportButtons } from './export-buttons';
import {
  cellText,
  chartData,
  DASHBOARD_FIGURES,
  filtersFromSearch,
  GROUPINGS,
  PERIODS,
  searchFromFilters,
  SERIES_COLOURS,
  type Filters,
  type Report,
} from './statistics-logic';

type FigureSpec = (typeof DASHBOARD_FIGURES)[number];

/** Every statistics route answers the same shape; the path differs only in its last segment. */
function loadReport(slug: string, filters: Filters): Promise<Report> {
  return call(
    api.GET(`/api/v1/statistics/${slug}` as '/api/v1/statistics/inflow', { params: { query: filters } }),
  ) as Promise<Report>;
}

/** The filter form. It submits into the address, so a view can be bookmarked and shared. */
function FilterForm({ filters, onChange }: { filters: Filters; onChange: (next: Filters) => void }) {
  const { m } = useI18n();
  const t = m.webStatistics.filters;
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const search = new URLSearchParams();
    for (const key of ['period', 'from', 'to', 'groupBy']) {
      const value = form.get(key);
      if (typeof value === 'string' && value !== '') search.set(key, value);
    }
    onChange(filtersFromSearch(search, todayInCopenhagen()));
  };
  return (
    <form className="filters" onSubmit={submit} aria-label={t.legend} key={searchFromFilters(filters).toString()}>
      <div className="field">
        <label htmlFor={`${id}-period`}>{t.period}</label>
        <select id={`${id}-period`} name="period" defaultValue={filters.period}>
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {t.periods[p]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>{t.from}</label>
        <input id={`${id}-from`} name="from" type="date" defaultValue={filters.from} required />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{t.to}</label>
        <input id={`${id}-to`} name="to" type="date" defaultValue={filters.to} required />
      </div>
      <div className="field">
        <label htmlFor={`${id}-groupBy`}>{t.groupBy}</label>
        <select id={`${id}-groupBy`} name="groupBy" defaultValue={filters.groupBy}>
          {GROUPINGS.map((g) => (
            <option key={g} value={g}>
              {t.groupings[g]}
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

/** The chart of one figure: SVG (recharts), named for screen readers, with its numbers in the table after it. */
function FigureChart({ spec, report, title }: { spec: FigureSpec; report: Report; title: string }) {
  const { m, language } = useI18n();
  const data = chartData(spec.figure, report, language);
  // The wrapper is the chart's one accessible element (role img with a name); recharts' own
  // keyboard layer inside it would be an interactive element nested in an image.
  const common = {
    width: 720,
    height: 300,
    data: data.points,
    margin: { top: 16, right: 16, bottom: 8, left: 0 },
    accessibilityLayer: false,
  };
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="period" />
      <YAxis allowDecimals={spec.figure === 'time_to_act'} />
      <Tooltip />
      <Legend />
    </>
  );
  return (
    <figure className="statistics-chart" data-testid={`chart-${spec.slug}`}>
      <div role="img" aria-label={m.webStatistics.chartLabel({ figure: title })} className="chart-frame">
        {spec.chart === 'line' ? (
          <LineChart {...common}>
            {axes}
            {data.series.map((s, i) => (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.label}
                stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]}
                strokeDasharray={s.key.endsWith('.p90') ? '6 3' : undefined}
                connectNulls={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        ) : (
          <BarChart {...common}>
            {axes}
            {data.series.map((s, i) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.label}
                fill={SERIES_COLOURS[i % SERIES_COLOURS.length]}
                stackId={spec.stacked ? 'stack' : undefined}
                isAnimationActive={false}
              >
                {/* a single series' numbers on its bars: the drawn points, readable without hovering */}
                {!spec.stacked && <LabelList dataKey={s.key} position="top" fill="#1a1a1a" />}
              </Bar>
            ))}
          </BarChart>
        )}
      </div>
      {data.suppressed.length > 0 && (
        <figcaption data-testid={`suppressed-${spec.slug}`}>
          {m.webStatistics.suppressedPoints({ points: data.suppressed.join('; ') })}
        </figcaption>
      )}
    </figure>
  );
}

/** Every period's table: one row per group and the totals, "<5" where suppressed. */
function FigureTable({
  spec,
  report,
  title,
  m,
  language,
}: {
  spec: FigureSpec;
  report: Report;
  title: string;
  m: Messages;
  language: Language;
}) {
  const t = m.webStatistics;
  return (
    <TableScroll label={t.table({ figure: title })}>
      <table data-testid={`table-${spec.slug}`}>
        <caption>{t.table({ figure: title })}</caption>
        {report.tables.map((table) => (
          <tbody key={table.period} data-period={table.period}>
            <tr>
              <th scope="col">{t.period}</th>
              <th scope="col">{t.group}</th>
              {table.columns.map((c) => (
                <th scope="col" key={c.key}>
                  {language === 'da' ? c.labelDa : c.labelEn}
                </th>
              ))}
            </tr>
            {table.rows.map((row) => (
              <tr key={`${table.period}-${row.groupId ?? row.groupName}`} data-group={row.groupName}>
                <td>{table.period}</td>
                <th scope="row">{row.groupName}</th>
                {row.cells.map((cell, i) => (
                  <td key={table.columns[i]?.key ?? i} className={cell.suppressed ? 'suppressed' : 'number'}>
                    {cellText(cell, language)}
                  </td>
                ))}
              </tr>
            ))}
            <tr className="statistics-total" data-group="total">
              <td>{table.period}</td>
              <th scope="row">{t.total}</th>
              {table.columnTotals.map((cell, i) => (
                <td key={table.columns[i]?.key ?? i} className={cell.suppressed ? 'suppressed' : 'number'}>
                  {cellText(cell, language)}
                </td>
              ))}
            </tr>
          </tbody>
        ))}
      </table>
    </TableScroll>
  );
}

function FigureSection({ spec, filters }: { spec: FigureSpec; filters: Filters }) {
  const { m, language } = useI18n();
  const title = m.webStatistics.figures[spec.figure];
  const headingId = useId();
  const query = useQuery({
    queryKey: ['statistics', spec.slug, searchFromFilters(filters).toString()],
    queryFn: () => loadReport(spec.slug, filters),
  });
  return (
    <section className="statistics-figure" aria-labelledby={headingId} data-testid={`figure-${spec.slug}`}>
      <h2 id={headingId}>{title}</h2>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorMessage error={query.error} />
      ) : (
        <>
          <p className="muted" data-testid={`freshness-${spec.slug}`}>
            {query.data.live
              ? m.webStatistics.live
              : m.webStatistics.asOf({ when: formatInstant(query.data.asOf, language) })}
          </p>
          {query.data.tables.every((t) => t.rows.length === 0) ? (
            <p>{m.webStatistics.noData}</p>
          ) : (
            <>
              <FigureChart spec={spec} report={query.data} title={title} />
              <FigureTable spec={spec} report={query.data} title={title} m={m} language={language} />
            </>
          )}
          <ExportButtons
            title={title}
            slug={spec.slug}
            fetchFile={(format, language) =>
              api.GET('/api/v1/statistics/{figure}/export', {
                params: {
                  path: { figure: spec.slug },
                  query: { ...filters, format },
                  header: { 'accept-language': language },
                },
                parseAs: 'blob',
              })
            }
          />
        </>
      )}
    </section>
  );
}

/** `/statistics`: the managers' dashboard (issue 16, item 6; docs/web-statistics.md). */
export function StatisticsPage() {
  const { m } = useI18n();
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search, todayInCopenhagen());
  return (
    <section className="statistics">
      <PageTitle>{m.webStatistics.title}</PageTitle>
      <p>{m.webStatistics.intro}</p>
      <FilterForm filters={filters} onChange={(next) => setSearch(searchFromFilters(next))} />
      {DASHBOARD_FIGURES.map((spec) => (
        <FigureSection key={spec.slug} spec={spec} filters={filters} />
      ))}
      <ComparisonSection />
    </section>
  );
}
