import { messagesFor, type Language } from '@app/i18n';
import { type CaseListItem } from '../../arrears/arrears-case.service.js';
import { type ExportTable } from './export-table.js';

/**
 * The most rows one case-list export holds. A housing organisation's open cases are a few
 * thousand; past this the caller narrows the filters rather than the API building a file that
 * size in memory.
 */
export const MAX_CASE_EXPORT_ROWS = 50_000;

/** The case list as a table: the same fields as GET /api/v1/cases, headers and stage names in `language`. */
export function caseListTable(items: readonly CaseListItem[], language: Language): ExportTable {
  const m = messagesFor(language);
  const h = m.statisticsExports.caseList;
  return {
    title: h.title,
    columns: [
      { header: h.caseId, type: 'text' },
      { header: h.stage, type: 'text' },
      { header: h.address, type: 'text' },
      { header: h.unit, type: 'text' },
      { header: h.departmentId, type: 'text' },
      { header: h.municipalityId, type: 'text' },
      { header: h.balanceDkk, type: 'decimal', decimals: 2 },
      { header: h.nextDeadlineOn, type: 'date' },
      { header: h.overdue, type: 'boolean' },
      { header: h.openedAt, type: 'datetime' },
    ],
    rows: items.map((c) => [
      c.id,
      m.cases.stages[c.stage] ?? c.stage,
      c.address,
      c.unit,
      c.departmentId,
      c.municipalityId,
      // øre to kroner: exact in a double for any balance a case can have
      c.balanceOre / 100,
      c.nextDeadlineOn,
      c.overdue,
      c.openedAt,
    ]),
  };
}
