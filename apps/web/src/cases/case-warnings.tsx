import { useQuery } from '@tanstack/react-query';
import { api, call } from '../api';
import { useI18n } from '../i18n';
import { deliveryStatus, deliveryTime, stateTone, type CaseWarning } from '../inbox/inbox-logic';
import { ErrorMessage, Loading, TableScroll } from '../ui/components';
import { formatDate, formatInstant } from '../ui/format';
import '../inbox/inbox.css';

/**
 * The warnings of one case, with their delivery and acknowledgement states, as the case page
 * shows them (GET /api/v1/cases/{id}/warnings). Owned by the inbox area's work: the case page
 * only places it.
 */
export function CaseWarnings({ caseId }: { caseId: string }) {
  const { m } = useI18n();
  const t = m.webInbox.caseWarnings;
  const warnings = useQuery({
    queryKey: ['case', caseId, 'warnings'],
    queryFn: () => call(api.GET('/api/v1/cases/{id}/warnings', { params: { path: { id: caseId } } })),
  });
  const headingId = `warnings-${caseId}`;
  return (
    <section aria-labelledby={headingId} data-testid="case-warnings" className="case-warnings">
      <h2 id={headingId}>{t.title}</h2>
      {warnings.isPending ? (
        <Loading />
      ) : warnings.isError ? (
        <ErrorMessage error={warnings.error} />
      ) : (
        <CaseWarningsTable warnings={warnings.data} />
      )}
    </section>
  );
}

/** The table itself, apart from the query so it can be shown (and tested) with any list. */
export function CaseWarningsTable({ warnings }: { warnings: readonly CaseWarning[] }) {
  const { m, language } = useI18n();
  const t = m.webInbox.caseWarnings;
  if (warnings.length === 0) return <p>{t.empty}</p>;
  const statusText = (status: string) =>
    m.webInbox.deliveryStatuses[status as keyof typeof m.webInbox.deliveryStatuses] ?? status;
  return (
    <TableScroll label={t.caption}>
      <table>
        <caption className="visually-hidden">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.warning}</th>
            <th scope="col">{t.recipient}</th>
            <th scope="col">{t.state}</th>
            <th scope="col">{t.deliveries}</th>
            <th scope="col">{t.inbox}</th>
            <th scope="col">{t.acknowledgement}</th>
          </tr>
        </thead>
        <tbody>
          {warnings.map((warning) => {
            const tone = stateTone(warning.state);
            return (
              <tr key={warning.id} data-testid="case-warning" data-state={warning.state}>
                <th scope="row">
                  <strong>{warning.title[language]}</strong>
                  <div className="inbox-tags">
                    {warning.urgency === 'urgent' && <span className="tag urgent">{m.webInbox.urgency.urgent}</span>}
                  </div>
                  <div>{formatInstant(warning.createdAt, language)}</div>
                </th>
                <td>
                  {warning.recipientName}
                  <div className="muted">
                    {m.webInbox.recipientTypes[warning.recipientType as keyof typeof m.webInbox.recipientTypes] ??
                      warning.recipientType}
                  </div>
                </td>
                <td>
                  <span className={`tag${tone ? ` ${tone}` : ''}`}>
                    {m.webInbox.states[warning.state as keyof typeof m.webInbox.states] ?? warning.state}
                  </span>
                  {warning.escalationLevel > 0 && <div>{t.escalated({ level: String(warning.escalationLevel) })}</div>}
                </td>
                <td>
                  {warning.deliveries.length === 0 ? (
                    t.noDeliveries
                  ) : (
                    <ul>
                      {warning.deliveries.map((delivery) => (
                        <li key={delivery.id} data-status={deliveryStatus(delivery)}>
                          {t.delivery({
                            recipient: delivery.recipient,
                            status: statusText(deliveryStatus(delivery)),
                            when: formatInstant(deliveryTime(delivery), language),
                          })}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  {warning.firstReadAt ? t.readAt({ when: formatInstant(warning.firstReadAt, language) }) : t.notRead}
                </td>
                <td data-testid="case-warning-acknowledgement">
                  {warning.acknowledgedAt ? (
                    <>
                      {t.acknowledgedBy({
                        who: warning.recipientName,
                        when: formatInstant(warning.acknowledgedAt, language),
                      })}
                      {warning.acknowledgementComment && (
                        <div>
                          <q>{warning.acknowledgementComment}</q>
                        </div>
                      )}
                    </>
                  ) : (
                    <>
                      {m.webInbox.notAcknowledged}
                      <div>{t.acknowledgeBy({ date: formatDate(warning.acknowledgeBy, language) })}</div>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
