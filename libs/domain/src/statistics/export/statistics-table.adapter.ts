import {
  danishDateTime,
  SUPPRESSED,
  SUPPRESSED_TEXT,
  type ExportColumn,
  type ExportColumnType,
  type ExportTable,
  type ExportValue,
} from './export-table.js';

/**
 * The "table → export" adapter for the statistics API's responses (docs/statistics-exports.md).
 * A statistics response is an object with `asOf`, `live`, and one or more arrays of rows; a row
 * holds its grouping (a period, a department, municipality or organisation: plain values or an
 * object such as `{ id, name }`) and its figures. A figure is a number, null (no value), or a
 * suppressed cell in either of the two forms the API may use: the string "<5" or
 * `{ value: null, suppressed: true }` (and `{ value: n, suppressed: false }` is the number n).
 * Nested objects are flattened into columns `a.b`, so a new figure in a response shows up in its
 * export without code here.
 */

/** One column taken from each row at `path` (dot-separated), with its header and type. */
export interface PathColumn {
  path: string;
  header?: string;
  type?: ExportColumnType;
  decimals?: number;
}

export interface RowsTableSpec {
  title: string;
  /** The key of the rows' array in the response; the first array in it when not given. */
  rows?: string;
  /** The columns in order; every leaf of the rows (flattened) when not given. */
  columns?: PathColumn[];
  /** Headers for paths (flattened keys), e.g. from the message catalogue; the path itself otherwise. */
  headers?: Record<string, string>;
  /** Paths never exported (e.g. internal ids a manager's file need not carry). */
  omit?: string[];
}

/** A suppressed cell in either API form. */
export function isSuppressedFigure(value: unknown): boolean {
  if (value === SUPPRESSED_TEXT) return true;
  return typeof value === 'object' && value !== null && (value as { suppressed?: unknown }).suppressed === true;
}

/** A figure as an export value: "<5" cells become SUPPRESSED (written as "<5"), `{ value }` its value. */
export function figureValue(value: unknown): ExportValue {
  if (value === undefined || value === null) return null;
  if (isSuppressedFigure(value)) return SUPPRESSED;
  if (typeof value === 'object' && !(value instanceof Date) && 'value' in (value as object)) {
    return figureValue((value as { value: unknown }).value);
  }
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  return JSON.stringify(value);
}

/** A cell object (`{ value, suppressed }`) is a leaf, not a group of columns. */
function isCell(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && ('suppressed' in value || 'value' in value)
  );
}

/** The row's leaves by dotted path; arrays inside a row are joined (a list of labels, say). */
export function flattenRow(row: Record<string, unknown>, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(row)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      !(value instanceof Date) &&
      !isCell(value)
    ) {
      for (const [p, v] of flattenRow(value as Record<string, unknown>, path)) out.set(p, v);
    } else if (Array.isArray(value)) {
      out.set(path, value.every((v) => typeof v !== 'object' || v === null) ? value.join(', ') : JSON.stringify(value));
    } else {
      out.set(path, value);
    }
  }
  return out;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A column's type from its values: integers, decimals, dates, timestamps, booleans, or text. */
export function inferType(values: readonly unknown[]): { type: ExportColumnType; decimals?: number } {
  const present = values.map(figureValue).filter((v) => v !== null && !(typeof v === 'object' && !(v instanceof Date)));
  if (present.length === 0) return values.some(isSuppressedFigure) ? { type: 'integer' } : { type: 'text' };
  if (present.every((v) => typeof v === 'number')) {
    const numbers = present as number[];
    if (numbers.every(Number.isInteger)) return { type: 'integer' };
    const decimals = Math.min(4, Math.max(...numbers.map((n) => (String(n).split('.')[1] ?? '').length)));
    return { type: 'decimal', decimals: Math.max(1, decimals) };
  }
  if (present.every((v) => typeof v === 'boolean')) return { type: 'boolean' };
  if (present.every((v) => typeof v === 'string' && DATE.test(v))) return { type: 'date' };
  if (present.every((v) => v instanceof Date || (typeof v === 'string' && TIMESTAMP.test(v))))
    return { type: 'datetime' };
  return { type: 'text' };
}

function rowsOf(response: Record<string, unknown>, key?: string): Record<string, unknown>[] {
  const rows = key ? response[key] : Object.values(response).find(Array.isArray);
  if (!Array.isArray(rows)) return [];
  return rows.filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null);
}

/** One statistics response (or a part of one) as a table to export. */
export function rowsTable(response: object, spec: RowsTableSpec): ExportTable {
  const rows = rowsOf(response as Record<string, unknown>, spec.rows).map((row) => flattenRow(row));
  const omit = new Set(spec.omit ?? []);
  const paths: PathColumn[] =
    spec.columns ??
    [...new Set(rows.flatMap((row) => [...row.keys()]))].filter((path) => !omit.has(path)).map((path) => ({ path }));
  const columns: ExportColumn[] = paths.map((column) => {
    const inferred = column.type
      ? { type: column.type, decimals: column.decimals }
      : inferType(rows.map((r) => r.get(column.path)));
    return {
      header: column.header ?? spec.headers?.[column.path] ?? column.path,
      type: inferred.type,
      ...(inferred.decimals !== undefined ? { decimals: column.decimals ?? inferred.decimals } : {}),
    };
  });
  return {
    title: spec.title,
    columns,
    rows: rows.map((row) => paths.map((column) => figureValue(row.get(column.path)))),
  };
}

/**
 * What the figures are (the workbook's second sheet): whether they are live or as of the last
 * refresh (Danish time), and the filters they were asked with.
 */
export function aboutTable(
  labels: {
    title: string;
    item: string;
    value: string;
    live: string;
    asOf: string;
    yes: string;
    no: string;
    suppressedNote: string;
  },
  response: { asOf?: string | null; live?: boolean },
  filters: Record<string, unknown>,
): ExportTable {
  const rows: ExportValue[][] = [
    [labels.live, response.live === undefined ? null : response.live ? labels.yes : labels.no],
    [labels.asOf, response.asOf ? danishDateTime(response.asOf) : null],
    ...Object.entries(filters)
      .filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([k, v]): ExportValue[] => [k, Array.isArray(v) ? v.join(', ') : String(v)]),
    [labels.suppressedNote, null],
  ];
  return {
    title: labels.title,
    columns: [
      { header: labels.item, type: 'text' },
      { header: labels.value, type: 'text' },
    ],
    rows,
  };
}
