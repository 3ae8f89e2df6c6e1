import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, call } from '../api';
import { useI18n } from '../i18n';
import { ErrorMessage, Loading, TableScroll } from '../ui/components';
import type { ArrearsImport } from './import-types';
import { allProblems, reportCsv, reportFileName } from './report-csv';

/** Problems per page on screen; a list with thousands of bad rows stays readable. */
export const REPORT_PAGE_SIZE = 50;
/** The endpoint's largest page, for the download. */
const DOWNLOAD_PAGE_SIZE = 200;

/**
 * The row report of a finished import: each problem with the row number, the column as the
 * user's own file heads it, and the problem in the API's words; a page at a time (the API's
 * cursors), and the whole report as a CSV download for Excel.
 */
export function ProblemReport({ item }: { item: ArrearsImport }) {
  const { m, language } = useI18n();
  const t = m.webImports.report;
  // The cursor of each page seen so far: "previous" goes back without asking the API for a way back.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors.at(-1);
  const page = useQuery({
    queryKey: ['arrears-import', item.id, 'problems', cursor],
    queryFn: () =>
      call(
        api.GET('/api/v1/arrears-imports/{id}/problems', {
          params: { path: { id: item.id }, query: { limit: REPORT_PAGE_SIZE, cursor } },
        }),
      ),
    // The page on screen stays while the next one loads, so the pager (and the focus on it) stays put.
    placeholderData: keepPreviousData,
  });
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<unknown>(null);

  async function download() {
    setDownloading(true);
    setDownloadError(null);
    try {
      const problems = await allProblems((next) =>
        call(
          api.GET('/api/v1/arrears-imports/{id}/problems', {
            params: { path: { id: item.id }, query: { limit: DOWNLOAD_PAGE_SIZE, cursor: next } },
          }),
        ),
      );
      saveFile(reportCsv(problems, m, language), reportFileName(item.fileName, item.id, m));
    } catch (error) {
      setDownloadError(error);
    } finally {
      setDownloading(false);
    }
  }

  const items = page.data?.items ?? [];
  const isFirst = cursors.length === 1;
  return (
    <section aria-labelledby="report-heading" data-testid="problem-report">
      <h2 id="report-heading">{t.heading}</h2>
      {page.isPending ? (
        <Loading />
      ) : page.error ? (
        <ErrorMessage error={page.error} />
      ) : items.length === 0 && isFirst ? (
        <p>{t.none}</p>
      ) : (
        <>
          <div className="report-actions">
            <button type="button" onClick={() => void download()} disabled={downloading}>
              {downloading ? t.downloading : t.download}
            </button>
          </div>
          {downloadError !== null && <ErrorMessage error={downloadError} />}
          <TableScroll label={t.caption}>
            <table className="report-table">
              <caption className="visually-hidden">{t.caption}</caption>
              <thead>
                <tr>
                  <th scope="col" className="number">
                    {t.rowNumber}
                  </th>
                  <th scope="col">{t.column}</th>
                  <th scope="col">{t.problem}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((problem) => (
                  <tr
                    key={`${problem.rowNumber}-${problem.field}`}
                    data-row={problem.rowNumber}
                    data-code={problem.code}
                  >
                    <th scope="row" className="number">
                      {problem.rowNumber}
                    </th>
                    <td>{problem.column ?? t.wholeRow}</td>
                    <td>{problem.message[language]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {(!isFirst || page.data?.nextCursor) && (
            <nav className="report-pages" aria-label={t.pages}>
              <ul>
                <li>
                  <button type="button" disabled={isFirst} onClick={() => setCursors((all) => all.slice(0, -1))}>
                    {m.web.common.previous}
                  </button>
                </li>
                <li aria-current="page">{t.page({ page: String(cursors.length) })}</li>
                <li>
                  <button
                    type="button"
                    disabled={!page.data?.nextCursor}
                    onClick={() => setCursors((all) => [...all, page.data?.nextCursor ?? undefined])}
                  >
                    {m.web.common.next}
                  </button>
                </li>
              </ul>
            </nav>
          )}
        </>
      )}
    </section>
  );
}

/** Hands the text to the browser as a file download (an object URL, released once clicked). */
function saveFile(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Released after the click has been handled; revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
