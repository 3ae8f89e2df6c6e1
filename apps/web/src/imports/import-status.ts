import type { Language, Messages } from '@app/i18n';
import type { ArrearsImport, ImportStatus } from './import-types';

/** A finished import changes no more: polling stops there. */
export function isFinal(status: ImportStatus | undefined): boolean {
  return status === 'completed' || status === 'failed';
}

/** How often the status page asks again while the worker has the list (ms); false once it is final. */
export const POLL_MS = 1_000;
/** After this many answers without an end (a big list, or the worker down), it asks less often. */
const PATIENT_AFTER = 30;
export const SLOW_POLL_MS = 5_000;
export function pollInterval(status: ImportStatus | undefined, answers = 0): number | false {
  if (isFinal(status)) return false;
  return answers < PATIENT_AFTER ? POLL_MS : SLOW_POLL_MS;
}

export type StatusTone = 'ok' | 'warn' | 'urgent' | 'neutral';

/**
 * An import's status as the caseworker reads it: a completed list with bad rows is told apart
 * from a clean one, because those rows still need putting right.
 */
export function statusOf(
  item: Pick<ArrearsImport, 'status' | 'failedRows'>,
  m: Messages,
): { text: string; tone: StatusTone } {
  const t = m.webImports.status;
  switch (item.status) {
    case 'received':
      return { text: t.received, tone: 'neutral' };
    case 'processing':
      return { text: t.processing, tone: 'neutral' };
    case 'completed':
      return item.failedRows > 0 ? { text: t.completedWithProblems, tone: 'warn' } : { text: t.completed, tone: 'ok' };
    case 'failed':
      return { text: t.failed, tone: 'urgent' };
  }
}

/** The rows that went in without a problem (changed or unchanged). */
export function goodRows(item: Pick<ArrearsImport, 'totalRows' | 'failedRows'>): number {
  return Math.max(0, item.totalRows - item.failedRows);
}

/** A file size in the user's language, with Intl's own unit names (no catalogue text needed). */
export function formatSize(bytes: number, language: Language): string {
  const locale = language === 'da' ? 'da-DK' : 'en-GB';
  const [value, unit] =
    bytes >= 1024 * 1024
      ? [bytes / (1024 * 1024), 'megabyte']
      : bytes >= 1024
        ? [bytes / 1024, 'kilobyte']
        : [bytes, 'byte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/** The upload's progress as a whole percentage, never over 100 and 0 while the size is unknown. */
export function percentOf(loaded: number, total: number): number {
  if (!(total > 0)) return 0;
  return Math.min(100, Math.max(0, Math.floor((loaded / total) * 100)));
}
