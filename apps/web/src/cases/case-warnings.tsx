import { useI18n } from '../i18n';

/**
 * The warnings of one case, with their delivery and acknowledgement states, as the case page
 * shows them (GET /api/v1/cases/{id}/warnings). Owned by the inbox area's work: the case page
 * only places it.
 */
export function CaseWarnings({ caseId }: { caseId: string }) {
  const { m } = useI18n();
  return (
    <section aria-labelledby={`warnings-${caseId}`} data-testid="case-warnings">
      <h2 id={`warnings-${caseId}`}>{m.webInbox.title}</h2>
    </section>
  );
}
