import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ErrorBar, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import { api, call } from '../api';
import { useI18n } from '../i18n';
import { ErrorMessage, Loading, TableScroll } from '../ui/components';
import { formatDate, formatInstant } from '../ui/format';
import { ExportButtons } from './export-buttons';
import {
  cellText,
  COMPARISON_LEVELS,
  comparisonDomainMax,
  comparisonPoints,
  decimalText,
  intervalText,
  type ComparisonGroup,
  type ComparisonLevel,
  type ComparisonUnit,
} from './statistics-logic';

interface Comparison {
  level: string;
  asOf: string | null;
  live: boolean;
  fit: { fittedAt: string; dataFrom: string; dataTo: string } | null;
  units: ComparisonUnit[];
  total: { cases: ComparisonUnit['cases']; actual: ComparisonUnit['actual']; expected: number } | null;
}

const OWN_COLOUR = '#b3541e';
const OTHER_COLOUR = '#1f5fa8';

function loadComparison(level: ComparisonLevel): Promise<Comparison> {
  return call(api.GET('/api/v1/statistics/comparison', { params: { query: { level } } })) as Promise<Comparison>;
}

/**
 * The risk-adjusted comparison (issue 16, items 3 and 6; docs/web-statistics.md): per municipality
 * or housing organisation the ratio of actual to expected evictions with its 95 % interval, a
 * reference line at 1, the own unit marked, the group in words, and the same in a table. A unit
 * whose evictions are suppressed has no point (listed under the chart) and "<5"/"—" in the table.
 */
export function ComparisonSection() {
  const { m } = useI18n();
  const t = m.webStatistics.comparison;
  const title = m.webStatistics.figures.comparison;
  const headingId = useId();
  const levelId = useId();
  const [level, setLevel] = useState<ComparisonLevel>('municipality');
  const query = useQuery({ queryKey: ['statistics', 'comparison', level], queryFn: () => loadComparison(level) });
  return (
    <section className="statistics-figure" aria-labelledby={headingId} data-testid="figure-comparison">
      <h2 id={headingId}>{title}</h2>
      <div className="field">
        <label htmlFor={levelId}>{t.level}</label>
        <select
          id={levelId}
          data-testid="comparison-level"
          value={level}
          onChange={(event) => setLevel(event.target.value as ComparisonLevel)}
        >
          {COMPARISON_LEVELS.map((l) => (
            <option key={l} value={l}>
              {t.levels[l]}
            </option>
          ))}
        </select>
      </div>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorMessage error={query.error} />
      ) : query.data.fit === null ? (
        <p data-testid="comparison-no-fit">{t.noFit}</p>
      ) : (
        <ComparisonBody data={query.data} title={title} />
      )}
      <ExportButtons
        title={title}
        slug="comparison"
        fetchFile={(format, language) =>
          api.GET('/api/v1/statistics/comparison/export', {
            params: { query: { level, format }, header: { 'accept-language': language } },
            parseAs: 'blob',
          })
        }
      />
    </section>
  );
}

function ComparisonBody({ data, title: figureTitle }: { data: Comparison; title: string }) {
  const { m, language: lang } = useI18n();
  const t = m.webStatistics.comparison;
  const group = (g: ComparisonGroup | null) => (g ? t.groups[g] : t.hidden);
  const points = comparisonPoints(data.units);
  const hidden = points.filter((p) => p.ratio === null).map((p) => p.name);
  const fit = data.fit!;
  return (
    <>
      <p className="muted" data-testid="freshness-comparison">
        {t.fitted({
          when: formatInstant(data.asOf, lang),
          from: formatDate(fit.dataFrom.slice(0, 10), lang),
          to: formatDate(fit.dataTo.slice(0, 10), lang),
        })}
      </p>
      <figure className="statistics-chart" data-testid="chart-comparison">
        <div role="img" aria-label={m.webStatistics.chartLabel({ figure: figureTitle })} className="chart-frame">
          <BarChart
            width={720}
            height={320}
            data={points}
            margin={{ top: 24, right: 16, bottom: 8, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" />
            <YAxis domain={[0, comparisonDomainMax(data.units)]} />
            <ReferenceLine
              y={1}
              stroke="#1a1a1a"
              strokeDasharray="6 3"
              label={{ value: t.reference, position: 'insideTopLeft', fill: '#1a1a1a' }}
            />
            <Bar dataKey="ratio" name={t.ratio} isAnimationActive={false}>
              {points.map((p) => (
                <Cell key={p.unitId} fill={p.own ? OWN_COLOUR : OTHER_COLOUR} data-own={p.own ? 'true' : 'false'} />
              ))}
              <ErrorBar dataKey="interval" width={6} stroke="#1a1a1a" />
              <LabelList
                dataKey="ratio"
                position="top"
                fill="#1a1a1a"
                formatter={(value: unknown) => (typeof value === 'number' ? decimalText(value, lang, t.hidden) : '')}
              />
            </Bar>
          </BarChart>
        </div>
        {hidden.length > 0 && (
          <figcaption data-testid="suppressed-comparison">
            {m.webStatistics.suppressedPoints({ points: hidden.join('; ') })}
          </figcaption>
        )}
      </figure>
      <TableScroll label={m.webStatistics.table({ figure: figureTitle })}>
        <table data-testid="table-comparison">
          <caption>{m.webStatistics.table({ figure: figureTitle })}</caption>
          <thead>
            <tr>
              <th scope="col">{t.unit}</th>
              <th scope="col">{t.closed}</th>
              <th scope="col">{t.actual}</th>
              <th scope="col">{t.expected}</th>
              <th scope="col">{t.ratio}</th>
              <th scope="col">{t.interval}</th>
              <th scope="col">{t.group}</th>
            </tr>
          </thead>
          <tbody>
            {data.units.map((u, i) => {
              const hiddenRatio = u.actual.suppressed ? '<5' : t.hidden;
              return (
                <tr key={u.unitId} data-unit={u.unitName} data-own={u.own ? 'true' : 'false'}>
                  <th scope="row">
                    {u.unitName}
                    {u.own && <strong className="own-unit"> ({t.own})</strong>}
                  </th>
                  <td className={u.cases.suppressed ? 'suppressed' : 'number'}>{cellText(u.cases, lang)}</td>
                  <td className={u.actual.suppressed ? 'suppressed' : 'number'}>{cellText(u.actual, lang)}</td>
                  <td className="number">{decimalText(u.expected, lang, t.hidden)}</td>
                  <td className={u.ratio === null ? 'suppressed' : 'number'}>
                    {decimalText(u.ratio, lang, hiddenRatio)}
                  </td>
                  <td className={u.lower === null ? 'suppressed' : 'number'}>
                    {intervalText(u.lower, u.upper, lang, t.hidden)}
                  </td>
                  <td>{group(points[i]!.group)}</td>
                </tr>
              );
            })}
            {data.total && (
              <tr className="statistics-total" data-unit="total">
                <th scope="row">{m.webStatistics.total}</th>
                <td className={data.total.cases.suppressed ? 'suppressed' : 'number'}>
                  {cellText(data.total.cases, lang)}
                </td>
                <td className={data.total.actual.suppressed ? 'suppressed' : 'number'}>
                  {cellText(data.total.actual, lang)}
                </td>
                <td className="number">{decimalText(data.total.expected, lang, t.hidden)}</td>
                <td />
                <td />
                <td />
              </tr>
            )}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
