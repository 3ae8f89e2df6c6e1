import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api, call } from '../api';
import { useI18n } from '../i18n';
import { useMe } from '../session/session-context';
import { ErrorMessage, Field, Loading, PageTitle, Status, TableScroll } from '../ui/components';
import { formatInstant } from '../ui/format';
import { isFinal, percentOf, POLL_MS } from './import-status';
import type { ImportStatus } from './import-types';
import { ImportStatusTag } from './status-tag';
import { UploadCancelled, uploadArrearsList } from './upload';

/** The file types the picker offers first; the API decides (by name, type and content), not this list. */
const ACCEPT =
  '.csv,.txt,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** /imports: upload this month's arrears list, and the organisation's recent imports. */
export function ImportsPage() {
  const { m } = useI18n();
  return (
    <section>
      <PageTitle>{m.webImports.title}</PageTitle>
      <p>{m.webImports.intro}</p>
      <UploadForm />
      <RecentImports />
    </section>
  );
}

function UploadForm() {
  const { m, language } = useI18n();
  const me = useMe();
  const t = m.webImports.upload;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const isAdmin = me.role === 'administrator';
  const fileInput = useRef<HTMLInputElement>(null);
  const organisationSelect = useRef<HTMLSelectElement>(null);
  const abort = useRef<AbortController | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [organisationId, setOrganisationId] = useState('');
  const [invalid, setInvalid] = useState<{ file?: string; organisation?: string }>({});
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [cancelled, setCancelled] = useState(false);

  // Leaving the page mid-upload stops it: the API keeps nothing of a broken-off upload, and the
  // page must not send the user back to its import's page from wherever they went.
  useEffect(() => () => abort.current?.abort(), []);

  // An administrator names whose list it is (the API requires it of them); a caseworker's is their own.
  const organisations = useQuery({
    queryKey: ['housing-organisations', 'all'],
    enabled: isAdmin,
    queryFn: () => call(api.GET('/api/v1/housing-organisations', { params: { query: { limit: 200 } } })),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = {
      organisation: isAdmin && !organisationId ? t.organisationRequired : undefined,
      file: file ? undefined : t.fileRequired,
    };
    setInvalid(problems);
    if (problems.organisation) return organisationSelect.current?.focus();
    if (problems.file || !file) return fileInput.current?.focus();
    setError(null);
    setCancelled(false);
    setPercent(0);
    const controller = new AbortController();
    abort.current = controller;
    try {
      const created = await uploadArrearsList(file, {
        language,
        query: isAdmin ? { housingOrganisationId: organisationId } : undefined,
        onProgress: (loaded, total) => setPercent(percentOf(loaded, total)),
        signal: controller.signal,
      });
      setPercent(100);
      queryClient.setQueryData(['arrears-import', created.id], created);
      void queryClient.invalidateQueries({ queryKey: ['arrears-imports'] });
      navigate(`/imports/${created.id}`);
    } catch (failure) {
      setPercent(null);
      if (failure instanceof UploadCancelled) setCancelled(true);
      else setError(failure);
    } finally {
      abort.current = null;
    }
  }

  const uploading = percent !== null;
  return (
    <form className="import-upload" onSubmit={submit} noValidate aria-labelledby="upload-heading">
      <h2 id="upload-heading">{t.heading}</h2>
      {isAdmin && (
        <Field label={t.organisation} hint={t.organisationHint} error={invalid.organisation}>
          {(props) => (
            <select
              {...props}
              ref={organisationSelect}
              value={organisationId}
              disabled={uploading}
              onChange={(event) => setOrganisationId(event.target.value)}
            >
              <option value="">{t.chooseOrganisation}</option>
              {organisations.data?.items.map((organisation) => (
                <option key={organisation.id} value={organisation.id}>
                  {organisation.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {organisations.error && <ErrorMessage error={organisations.error} />}
      <Field
        label={t.file}
        hint={
          <>
            <span className="hint-line">{t.formats}</span>
            <span className="hint-line">{t.columns}</span>
          </>
        }
        error={invalid.file}
      >
        {(props) => (
          <input
            {...props}
            ref={fileInput}
            type="file"
            name="file"
            accept={ACCEPT}
            disabled={uploading}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setError(null);
              setCancelled(false);
            }}
          />
        )}
      </Field>
      {error !== null && <ErrorMessage error={error} />}
      {cancelled && <Status>{t.cancelled}</Status>}
      {uploading && (
        <div className="import-progress">
          <label htmlFor="upload-progress">{t.progressLabel}</label>
          <progress id="upload-progress" max={100} value={percent}>
            {percent} %
          </progress>
          <Status>{percent >= 100 ? t.sent : t.sending({ percent: String(percent) })}</Status>
        </div>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={uploading}>
          {t.submit}
        </button>
        {uploading && (
          <button type="button" onClick={() => abort.current?.abort()}>
            {t.cancel}
          </button>
        )}
      </div>
    </form>
  );
}

const PAGE_SIZE = 20;

const unfinished = (pages: { items: { status: ImportStatus }[] }[] | undefined) =>
  pages?.some((page) => page.items.some((item) => !isFinal(item.status))) ?? false;

/** The organisation's recent imports (the API scopes them), newest first; polled while one is unfinished. */
function RecentImports() {
  const { m, language } = useI18n();
  const me = useMe();
  const t = m.webImports.recent;
  const isAdmin = me.role === 'administrator';
  const imports = useInfiniteQuery({
    queryKey: ['arrears-imports'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      call(api.GET('/api/v1/arrears-imports', { params: { query: { limit: PAGE_SIZE, cursor: pageParam } } })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    refetchInterval: (query) => (unfinished(query.state.data?.pages) ? POLL_MS : false),
    // Coming back from an import's page, a list that showed one unfinished is asked again at once.
    staleTime: (query) => (unfinished(query.state.data?.pages) ? 0 : 10_000),
  });
  const organisations = useQuery({
    queryKey: ['housing-organisations', 'all'],
    enabled: isAdmin,
    queryFn: () => call(api.GET('/api/v1/housing-organisations', { params: { query: { limit: 200 } } })),
  });
  const organisationName = (id: string) => organisations.data?.items.find((o) => o.id === id)?.name ?? '–';

  const items = imports.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="recent-heading">
      <h2 id="recent-heading">{t.heading}</h2>
      {imports.isPending ? (
        <Loading />
      ) : imports.error && items.length === 0 ? (
        <ErrorMessage error={imports.error} />
      ) : items.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <>
          <TableScroll label={t.caption}>
            <table data-testid="recent-imports">
              <caption className="visually-hidden">{t.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.file}</th>
                  {isAdmin && <th scope="col">{t.organisation}</th>}
                  <th scope="col">{t.uploaded}</th>
                  <th scope="col">{t.status}</th>
                  <th scope="col" className="number">
                    {t.rows}
                  </th>
                  <th scope="col" className="number">
                    {t.failed}
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.id}>
                    <th scope="row">
                      <Link to={`/imports/${item.id}`}>{item.fileName ?? t.unnamed}</Link>
                    </th>
                    {isAdmin && <td>{organisationName(item.housingOrganisationId)}</td>}
                    <td>{formatInstant(item.createdAt, language)}</td>
                    <td>
                      <ImportStatusTag item={item} />
                    </td>
                    <td className="number">{item.totalRows}</td>
                    <td className="number">{item.failedRows}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {imports.hasNextPage && (
            <button type="button" onClick={() => void imports.fetchNextPage()} disabled={imports.isFetchingNextPage}>
              {t.more}
            </button>
          )}
        </>
      )}
    </section>
  );
}
