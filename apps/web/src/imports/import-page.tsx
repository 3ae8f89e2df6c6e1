import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { api, call, isNotFound } from '../api';
import { useI18n } from '../i18n';
import { NotFoundPage } from '../pages/not-found-page';
import { ErrorMessage, Loading, PageTitle, Status } from '../ui/components';
import { formatInstant } from '../ui/format';
import { formatSize, goodRows, isFinal, pollInterval } from './import-status';
import type { ArrearsImport } from './import-types';
import { ProblemReport } from './problem-report';
import { ImportStatusTag } from './status-tag';

/**
 * /imports/:importId: one import's status, polled until the worker has finished with it, its
 * counts, why the whole file failed if it did, and the report of the rows with problems. An
 * unknown import, or another organisation's, is "not found" (the API answers 404 for both).
 */
export function ImportPage() {
  const { importId = '' } = useParams();
  const query = useQuery({
    queryKey: ['arrears-import', importId],
    queryFn: () => call(api.GET('/api/v1/arrears-imports/{id}', { params: { path: { id: importId } } })),
    refetchInterval: (current) => pollInterval(current.state.data?.status, current.state.dataUpdateCount),
    // A list being processed changes under the page: never show a cached state as current.
    staleTime: (current) => (isFinal(current.state.data?.status) ? 10_000 : 0),
  });
  if (query.data === undefined) {
    if (query.isPending) return <Loading />;
    if (isNotFound(query.error)) return <NotFoundPage />;
    return <ErrorMessage error={query.error} />;
  }
  return <ImportDetail item={query.data} refreshError={query.error} />;
}

function ImportDetail({ item, refreshError }: { item: ArrearsImport; refreshError: unknown }) {
  const { m, language } = useI18n();
  const t = m.webImports.detail;
  const final = isFinal(item.status);
  return (
    <section data-testid="import-detail" data-status={item.status}>
      <p>
        <Link to="/imports">{t.back}</Link>
      </p>
      <PageTitle>{t.heading({ name: item.fileName ?? m.webImports.recent.unnamed })}</PageTitle>
      {refreshError ? <ErrorMessage error={refreshError} /> : null}
      <Progress item={item} />

      <h2>{t.counts}</h2>
      <dl className="import-counts" data-testid="import-counts">
        <Count label={t.totalRows} value={item.totalRows} name="total" />
        <Count label={t.goodRows} value={goodRows(item)} name="good" />
        <Count label={t.changedRows} value={item.changedRows} name="changed" />
        <Count label={t.unchangedRows} value={item.unchangedRows} name="unchanged" />
        <Count label={t.failedRows} value={item.failedRows} name="failed" />
      </dl>

      <h2>{t.facts}</h2>
      <dl className="facts">
        <dt>{t.status}</dt>
        <dd>
          <ImportStatusTag item={item} />
        </dd>
        <dt>{t.format}</dt>
        <dd>{item.format.toUpperCase()}</dd>
        {item.encoding && (
          <>
            <dt>{t.encoding}</dt>
            <dd>{item.encoding}</dd>
          </>
        )}
        <dt>{t.size}</dt>
        <dd>{formatSize(item.sizeBytes, language)}</dd>
        <dt>{t.uploaded}</dt>
        <dd>{formatInstant(item.createdAt, language)}</dd>
        <dt>{t.finished}</dt>
        <dd>{formatInstant(item.finishedAt, language)}</dd>
        <dt>{t.attempts}</dt>
        <dd>{item.attempts}</dd>
      </dl>

      {final && <ProblemReport item={item} />}
    </section>
  );
}

function Count({ label, value, name }: { label: string; value: number; name: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-count={name}>{value}</dd>
    </div>
  );
}

/** Where the import stands, announced politely as it changes; a failed file says why, in the API's words. */
function Progress({ item }: { item: ArrearsImport }) {
  const { m, language } = useI18n();
  const t = m.webImports.detail;
  if (item.status === 'failed') {
    return (
      <div role="alert" className="error-message" data-code={item.error?.code}>
        <p>
          <ImportStatusTag item={item} /> {t.failedFile}
        </p>
        {item.error && <p>{item.error.text[language]}</p>}
        {item.error && item.error.details.length > 0 && (
          <ul>
            {item.error.details.map((detail, index) => (
              <li key={index}>{detail.message[language]}</li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  const text =
    item.status === 'received'
      ? t.waiting
      : item.status === 'processing'
        ? t.working
        : item.failedRows > 0
          ? t.doneWithProblems({ count: String(item.failedRows) })
          : t.doneClean;
  // The shared status line is green; a list that still has rows to put right is shown in amber.
  const tone = item.status === 'completed' ? (item.failedRows > 0 ? 'warn' : 'ok') : 'neutral';
  return (
    <div className={`import-summary ${tone}`}>
      <Status>
        <ImportStatusTag item={item} /> {text}
      </Status>
    </div>
  );
}
