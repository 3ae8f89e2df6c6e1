import { useState } from 'react';
import { call } from '../api';
import { useI18n } from '../i18n';
import { ErrorMessage } from '../ui/components';
import { fileNameOf } from './statistics-logic';

export type ExportFormat = 'csv' | 'xlsx';

/** What the generated client answers for a file route asked with `parseAs: 'blob'`. */
export interface ExportResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** Hands the bytes to the browser as a file download (an object URL, released once clicked). */
function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The two export buttons of a table on the dashboard: CSV for Danish Excel or a workbook
 * (docs/statistics-exports.md). `fetchFile` asks the API for the file in the page's language; a
 * refusal is shown in the API's words under the buttons, as every other error.
 */
export function ExportButtons({
  title,
  slug,
  fetchFile,
}: {
  /** The table's title, naming the group for screen readers. */
  title: string;
  /** The file name when the answer has none, and the buttons' test ids (`export-<slug>-csv`). */
  slug: string;
  fetchFile: (format: ExportFormat, language: string) => Promise<ExportResult>;
}) {
  const { m, language } = useI18n();
  const t = m.webStatistics;
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<unknown>(null);
  async function download(format: ExportFormat) {
    setBusy(format);
    setError(null);
    try {
      const result = await fetchFile(format, language);
      if (!result.response.ok || !result.data) {
        await call(Promise.resolve({ error: result.error, response: result.response }));
        return;
      }
      saveBlob(
        result.data as Blob,
        fileNameOf(result.response.headers.get('content-disposition'), `${slug}.${format}`),
      );
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  }
  return (
    <div className="statistics-exports" role="group" aria-label={t.exportLabel({ figure: title })}>
      {(['csv', 'xlsx'] as const).map((format) => (
        <button
          key={format}
          type="button"
          data-testid={`export-${slug}-${format}`}
          disabled={busy !== null}
          onClick={() => void download(format)}
        >
          {busy === format ? t.exporting : format === 'csv' ? t.exportCsv : t.exportXlsx}
        </button>
      ))}
      {error !== null && <ErrorMessage error={error} />}
    </div>
  );
}
