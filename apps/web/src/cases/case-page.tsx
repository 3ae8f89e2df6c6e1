import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import type { ApiSchema } from '@app/api-client';
import { api, call, isNotFound } from '../api';
import { useI18n } from '../i18n';
import { NotFoundPage } from '../pages/not-found-page';
import { useMe } from '../session/session-context';
import { ErrorMessage, Loading, PageTitle } from '../ui/components';
import { formatDate, formatInstant, formatOre } from '../ui/format';
import { CaseConsents, mayManageConsents } from './case-consents';
import { CaseReferrals, mayReadReferrals, mayRefer, ReferForm } from './case-referrals';
import { CaseWarnings } from './case-warnings';
import { CustodyBanner } from './custody-banner';
import {
  caseQuery,
  ledgerQuery,
  timelineQuery,
  useMayChangeCases,
  type LedgerPage,
  type TimelinePage,
} from './case-queries';
import { isOpenStage, noticeOffered, timelineText } from './case-rules';
import { ArrearsForm, NoticeForm, PaymentForm } from './money-forms';
import { PaymentPlanSection } from './payment-plan';
import { StepForm } from './step-form';

export type CaseFile = ApiSchema<'CaseResponse'>;
type Deadlines = ApiSchema<'DeadlinesResponse'>;

/**
 * The case page: the case, its tenancy and tenants, legal dates, ledger, timeline and warnings,
 * and (for caseworkers) the forms for its next steps. It is shown once the case, the first page of
 * its ledger and of its timeline have all answered, in one render (`data-ready` then; the
 * benchmark waits for it): shown on the case alone, the whole page was rendered twice, and the
 * sections that load their own data (warnings, consents, referrals, plan, forms) started their
 * calls while the ledger and the timeline were still on their way, which held those back.
 */
export function CasePage() {
  const { caseId = '' } = useParams();
  const { m, language } = useI18n();
  const mayChange = useMayChangeCases();
  const { role } = useMe();
  const caseFile = useQuery(caseQuery(caseId));
  const ledger = useInfiniteQuery(ledgerQuery(caseId));
  const timeline = useInfiniteQuery(timelineQuery(caseId, language));

  if ([caseFile.error, ledger.error, timeline.error].some(isNotFound)) return <NotFoundPage />;
  if (caseFile.error) return <ErrorMessage error={caseFile.error} />;
  // An error in the ledger or the timeline is shown in its section, with the rest of the case.
  const answered = (query: { data?: unknown; error: unknown }) => query.data !== undefined || query.error !== null;
  if (!caseFile.data || !answered(ledger) || !answered(timeline)) return <Loading />;

  const c = caseFile.data;
  const ready = ledger.data !== undefined && timeline.data !== undefined;
  const address = [c.tenancy.address, [c.tenancy.postcode, c.tenancy.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  const t = m.webCases.casePage;
  const open = isOpenStage(c.stage);

  return (
    <article className="case-page" data-testid="case-page" data-ready={ready ? 'true' : undefined}>
      <p>
        <Link to="/cases">{t.backToWorktray}</Link>
      </p>
      <PageTitle>{t.title({ address })}</PageTitle>
      <CustodyBanner caseFile={c} />
      <div className="case-columns">
        <div className="case-main">
          <CaseSummary caseFile={c} />
          <TenancySection caseFile={c} />
          <DeadlinesSection caseFile={c} />
        </div>
        {open && (mayChange || mayRefer(role)) && (
          <div className="case-actions">
            {mayChange && (
              <>
                <StepForm caseFile={c} />
                {noticeOffered(c.stage) && <NoticeForm caseFile={c} />}
                <PaymentForm caseFile={c} />
                <ArrearsForm caseFile={c} />
              </>
            )}
            {mayRefer(role) && <ReferForm caseFile={c} />}
          </div>
        )}
      </div>
      {!mayChange && <p className="hint">{t.readOnly}</p>}
      {mayChange && <PaymentPlanSection caseFile={c} />}
      {mayReadReferrals(role) && <CaseReferrals caseId={c.id} />}
      {mayManageConsents(role) && <CaseConsents caseFile={c} />}
      <section aria-labelledby="case-ledger" className="case-section">
        <h2 id="case-ledger">{t.ledger}</h2>
        <p data-testid="case-balance">{t.balanceNow({ balance: formatOre(c.balanceOre) })}</p>
        {ledger.error ? <ErrorMessage error={ledger.error} /> : null}
        {ledger.data ? <LedgerTable pages={ledger.data.pages} /> : !ledger.error && <Loading />}
        {ledger.hasNextPage && (
          <button type="button" onClick={() => void ledger.fetchNextPage()} disabled={ledger.isFetchingNextPage}>
            {t.showMore}
          </button>
        )}
      </section>
      <section aria-labelledby="case-timeline" className="case-section">
        <h2 id="case-timeline">{t.timeline}</h2>
        {timeline.error ? <ErrorMessage error={timeline.error} /> : null}
        {timeline.data ? <TimelineTable pages={timeline.data.pages} /> : !timeline.error && <Loading />}
        {timeline.hasNextPage && (
          <button type="button" onClick={() => void timeline.fetchNextPage()} disabled={timeline.isFetchingNextPage}>
            {t.showMore}
          </button>
        )}
      </section>
      <CaseWarnings caseId={c.id} />
    </article>
  );
}

function CaseSummary({ caseFile: c }: { caseFile: CaseFile }) {
  const { m, language } = useI18n();
  const t = m.webCases.casePage;
  const date = (value: string | null) => formatDate(value, language);
  return (
    <section aria-labelledby="case-summary" className="case-section">
      <h2 id="case-summary">{t.summary}</h2>
      <dl className="facts" data-testid="case-summary">
        <dt>{t.stage}</dt>
        <dd data-testid="case-stage">{m.cases.stages[c.stage]}</dd>
        {c.outcome && (
          <>
            <dt>{t.outcome}</dt>
            <dd>{m.cases.outcomes[c.outcome]}</dd>
          </>
        )}
        <dt>{t.balance}</dt>
        <dd>{formatOre(c.balanceOre)}</dd>
        <dt>{t.monthsInArrears}</dt>
        <dd>{c.monthsInArrears}</dd>
        <dt>{t.oldestUnpaid}</dt>
        <dd>{date(c.oldestUnpaidDueDate)}</dd>
        <dt>{t.opened}</dt>
        <dd>{formatInstant(c.openedAt, language)}</dd>
        {c.closedAt && (
          <>
            <dt>{t.closed}</dt>
            <dd>{formatInstant(c.closedAt, language)}</dd>
          </>
        )}
        {c.paymentDemand && (
          <>
            <dt>{t.paymentDemand}</dt>
            <dd>
              {t.paymentDemandValue({
                sent: date(c.paymentDemand.sentOn),
                received: date(c.paymentDemand.receivedOn),
                method: m.cases.deliveryMethods[c.paymentDemand.deliveryMethod],
              })}
            </dd>
          </>
        )}
        {c.terminatedOn && (
          <>
            <dt>{t.terminatedOn}</dt>
            <dd>{date(c.terminatedOn)}</dd>
          </>
        )}
        {c.municipalityNoticeOn && (
          <>
            <dt>{t.noticeOn}</dt>
            <dd>{date(c.municipalityNoticeOn)}</dd>
          </>
        )}
        {c.evictionRequestedOn && (
          <>
            <dt>{t.evictionRequestedOn}</dt>
            <dd>{date(c.evictionRequestedOn)}</dd>
          </>
        )}
        {c.evictionScheduledFor && (
          <>
            <dt>{t.evictionScheduledFor}</dt>
            <dd>{date(c.evictionScheduledFor)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

function TenancySection({ caseFile: c }: { caseFile: CaseFile }) {
  const { m } = useI18n();
  const t = m.webCases.casePage;
  return (
    <section aria-labelledby="case-tenancy" className="case-section">
      <h2 id="case-tenancy">{t.tenancy}</h2>
      <dl className="facts" data-testid="case-tenancy">
        <dt>{t.unit}</dt>
        <dd>{c.tenancy.unit}</dd>
        <dt>{t.address}</dt>
        <dd>
          {c.tenancy.address}
          {(c.tenancy.postcode || c.tenancy.city) && (
            <>
              <br />
              {[c.tenancy.postcode, c.tenancy.city].filter(Boolean).join(' ')}
            </>
          )}
        </dd>
        <dt>{t.monthlyRent}</dt>
        <dd>{formatOre(c.tenancy.monthlyRentOre)}</dd>
        <dt>{t.tenants}</dt>
        <dd>
          {c.tenants.length === 0 ? (
            t.noTenants
          ) : (
            <ul className="plain-list" data-testid="case-tenants">
              {c.tenants.map((tenant) => (
                <li key={tenant.id}>{tenant.name}</li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  );
}

/** Which of the calendar's explained dates stands behind each legal date key of a case. */
const EXPLANATION_OF: Record<string, 'earliestPaymentDemandDate' | 'paymentDeadline' | 'earliestTerminationDate'> = {
  earliest_payment_demand: 'earliestPaymentDemandDate',
  payment_deadline: 'paymentDeadline',
  earliest_termination: 'earliestTerminationDate',
};

/**
 * The case's legal dates (its upcomingDeadlines), each with the calendar's explanation and legal
 * basis (GET /calendar/deadlines for the case's oldest unpaid due date and the demand's receipt).
 * The explanation is shown only where the calendar's date is the case's: the case is the authority.
 */
function DeadlinesSection({ caseFile: c }: { caseFile: CaseFile }) {
  const { m, language } = useI18n();
  const t = m.webCases.casePage;
  const dueDate = c.oldestUnpaidDueDate;
  const received = c.paymentDemand?.receivedOn;
  const calendar = useQuery({
    queryKey: ['calendar', 'deadlines', dueDate, received],
    enabled: dueDate !== null && c.upcomingDeadlines.length > 0,
    queryFn: () =>
      call(
        api.GET('/api/v1/calendar/deadlines', {
          params: { query: { dueDate: dueDate ?? '', demandReceived: received } },
        }),
      ),
  });
  const explain = (key: string, date: string) => {
    const field = EXPLANATION_OF[key];
    const explained = field ? (calendar.data as Deadlines | undefined)?.[field] : undefined;
    return explained && explained.date === date ? explained : undefined;
  };
  return (
    <section aria-labelledby="case-deadlines" className="case-section">
      <h2 id="case-deadlines">{t.deadlines}</h2>
      {c.upcomingDeadlines.length === 0 ? (
        <p>{t.noDeadlines}</p>
      ) : (
        <ul className="deadlines" data-testid="case-deadlines">
          {c.upcomingDeadlines.map((deadline) => {
            const explained = explain(deadline.key, deadline.date);
            return (
              <li key={deadline.key} data-key={deadline.key}>
                <strong>{deadline.label?.[language] ?? deadline.key}</strong>: {formatDate(deadline.date, language)}{' '}
                {deadline.overdue && <span className="tag overdue">{t.overdue}</span>}
                {explained && (
                  <>
                    <p className="explanation">{explained.explanation[language]}</p>
                    {explained.basis.length > 0 && (
                      <p className="hint">
                        {t.basis}: {explained.basis.join('; ')}
                      </p>
                    )}
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function LedgerTable({ pages }: { pages: LedgerPage[] }) {
  const { m, language } = useI18n();
  const t = m.webCases.casePage;
  const lines = pages.flatMap((page) => page.items);
  if (lines.length === 0) return <p>{t.noLedger}</p>;
  const kinds = t.ledgerKinds as Record<string, string>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="case-ledger">
      <table data-testid="case-ledger">
        <caption className="visually-hidden">{t.ledgerCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.ledgerColumns.booked}</th>
            <th scope="col">{t.ledgerColumns.dueDate}</th>
            <th scope="col">{t.ledgerColumns.kind}</th>
            <th scope="col" className="number">
              {t.ledgerColumns.amount}
            </th>
            <th scope="col" className="number">
              {t.ledgerColumns.balanceAfter}
            </th>
            <th scope="col">{t.ledgerColumns.source}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.id}>
              <td className="date">{formatDate(line.bookedOn, language)}</td>
              <td className="date">{formatDate(line.dueDate, language)}</td>
              <td>{kinds[line.kind] ?? line.kind}</td>
              <td className="number">{formatOre(line.amountOre)}</td>
              <td className="number">{formatOre(line.balanceAfterOre)}</td>
              <td>{line.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TimelineTable({ pages }: { pages: TimelinePage[] }) {
  const { m, language } = useI18n();
  const t = m.webCases.casePage;
  const lines = pages.flatMap((page) => page.items);
  if (lines.length === 0) return <p>{t.noTimeline}</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="case-timeline">
      <table data-testid="case-timeline">
        <caption className="visually-hidden">{t.timelineCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.timelineColumns.on}</th>
            <th scope="col">{t.timelineColumns.what}</th>
            <th scope="col">{t.timelineColumns.reason}</th>
            <th scope="col">{t.timelineColumns.recorded}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.id} data-type={line.type}>
              <td className="date">{formatDate(line.on, language)}</td>
              <td>
                {timelineText(line, t, {
                  date: (date) => formatDate(date, language),
                  ore: (ore) => formatOre(ore),
                })}
              </td>
              <td>{line.reason ?? ''}</td>
              <td className="date">{formatInstant(line.at, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
