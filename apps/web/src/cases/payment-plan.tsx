import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiSchema } from '@app/api-client';
import { api, ApiCallError, call } from '../api';
import { useI18n } from '../i18n';
import { ErrorMessage, Field, Loading, Status, TableScroll } from '../ui/components';
import { formatDate, formatOre, kronerText, parseKroner, todayInCopenhagen } from '../ui/format';
import { newIdempotencyKey } from './case-rules';
import { CaseForm, useRefreshCase } from './money-forms';
import {
  agreePlanBody,
  instalmentsNeeded,
  PLAN_FREQUENCIES,
  planOffered,
  planStanding,
  type AgreePlanBody,
  type PaymentPlan,
  type PlanField,
  type PlanValues,
} from './plan-rules';

type CaseFile = ApiSchema<'CaseResponse'>;

/** The case's plan (GET /cases/{id}/payment-plan): the running one or the last ended; undefined when none was agreed. */
function usePaymentPlan(caseId: string) {
  return useQuery({
    queryKey: ['case', caseId, 'payment-plan'],
    queryFn: async (): Promise<PaymentPlan | null> => {
      try {
        return await call(api.GET('/api/v1/cases/{id}/payment-plan', { params: { path: { id: caseId } } }));
      } catch (error) {
        if (error instanceof ApiCallError && error.code === 'PAYMENT_PLAN_NOT_FOUND') return null;
        throw error;
      }
    },
  });
}

/**
 * The payment plan (afdragsordning) on the case page, for the landlord's side (housing caseworkers
 * and administrators, the API's CASEWORK): the form to agree one at an open stage of the legal
 * road, and the plan with its instalments, the expected balance against the balance, and the
 * buttons that end it while it runs. Refusals in the API's words.
 */
export function PaymentPlanSection({ caseFile: c }: { caseFile: CaseFile }) {
  const { m } = useI18n();
  const t = m.webCounselling.plan;
  const plan = usePaymentPlan(c.id);
  return (
    <section aria-labelledby="payment-plan" className="case-section" data-testid="payment-plan">
      <h2 id="payment-plan">{t.title}</h2>
      {plan.isPending ? (
        <Loading />
      ) : plan.isError ? (
        <ErrorMessage error={plan.error} />
      ) : plan.data ? (
        <PlanView plan={plan.data} caseFile={c} />
      ) : (
        <p>{t.none}</p>
      )}
      {planOffered(c.stage) && c.balanceOre > 0 && <AgreePlanForm key={c.balanceOre} caseFile={c} />}
    </section>
  );
}

function AgreePlanForm({ caseFile: c }: { caseFile: CaseFile }) {
  const { m } = useI18n();
  const t = m.webCounselling.plan;
  const client = useQueryClient();
  const refresh = useRefreshCase(c.id);
  const [values, setValues] = useState<PlanValues>({
    amount: kronerText(c.balanceOre),
    instalment: '',
    instalmentCount: '',
    frequency: 'monthly',
    firstDueOn: '',
    agreedOn: todayInCopenhagen(),
  });
  const [invalid, setInvalid] = useState<PlanField[]>([]);
  const set = (field: PlanField) => (value: string) => setValues((old) => ({ ...old, [field]: value }));
  const mutation = useMutation({
    mutationFn: (body: AgreePlanBody) =>
      call(
        api.POST('/api/v1/cases/{id}/payment-plan', {
          params: { path: { id: c.id }, header: { 'Idempotency-Key': newIdempotencyKey() } },
          body,
        }),
      ),
    onSuccess: async (plan) => {
      client.setQueryData(['case', c.id, 'payment-plan'], plan);
      await refresh();
    },
    onError: async (error) => {
      if (error instanceof ApiCallError && error.status === 409 && error.code === 'STALE_VERSION') await refresh();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = agreePlanBody(c.version, values, parseKroner);
    if ('invalid' in result) {
      setInvalid(result.invalid);
      return;
    }
    setInvalid([]);
    mutation.mutate(result.body);
  };
  const error = (field: PlanField) =>
    invalid.includes(field)
      ? field === 'amount' || field === 'instalment'
        ? t.invalidAmount
        : field === 'instalmentCount'
          ? t.invalidCount
          : t.required
      : undefined;
  const needed = instalmentsNeeded(parseKroner(values.amount), parseKroner(values.instalment));
  return (
    <CaseForm id="plan-form-title" title={t.agreeTitle} intro={t.agreeIntro} testId="plan-form" onSubmit={submit}>
      <Field label={t.amount} hint={t.amountHint} error={error('amount')}>
        {(props) => (
          <input {...props} inputMode="decimal" value={values.amount} onChange={(e) => set('amount')(e.target.value)} />
        )}
      </Field>
      <Field label={t.instalment} error={error('instalment')}>
        {(props) => (
          <input
            {...props}
            inputMode="decimal"
            value={values.instalment}
            onChange={(e) => set('instalment')(e.target.value)}
          />
        )}
      </Field>
      <Field
        label={t.instalmentCount}
        hint={needed ? t.instalmentCountHint({ count: String(needed) }) : undefined}
        error={error('instalmentCount')}
      >
        {(props) => (
          <input
            {...props}
            inputMode="numeric"
            value={values.instalmentCount}
            onChange={(e) => set('instalmentCount')(e.target.value)}
          />
        )}
      </Field>
      <Field label={t.frequency}>
        {(props) => (
          <select {...props} value={values.frequency} onChange={(e) => set('frequency')(e.target.value)}>
            {PLAN_FREQUENCIES.map((f) => (
              <option key={f} value={f}>
                {m.paymentPlans.frequencies[f]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t.firstDueOn} error={error('firstDueOn')}>
        {(props) => (
          <input {...props} type="date" value={values.firstDueOn} onChange={(e) => set('firstDueOn')(e.target.value)} />
        )}
      </Field>
      <Field label={t.agreedOn} error={error('agreedOn')}>
        {(props) => (
          <input {...props} type="date" value={values.agreedOn} onChange={(e) => set('agreedOn')(e.target.value)} />
        )}
      </Field>
      <ErrorMessage error={mutation.error} />
      <button type="submit" className="primary" disabled={mutation.isPending}>
        {mutation.isPending ? m.web.common.saving : t.submit}
      </button>
    </CaseForm>
  );
}

function PlanView({ plan, caseFile: c }: { plan: PaymentPlan; caseFile: CaseFile }) {
  return <PlanDetails plan={plan}>{plan.status === 'active' && <EndPlanForm caseFile={c} />}</PlanDetails>;
}

/**
 * A plan's terms, its instalments and where the case stands against it, read-only: the case page
 * adds the buttons that end it, the advisor's referral page shows it as it is.
 */
export function PlanDetails({ plan, children }: { plan: PaymentPlan; children?: ReactNode }) {
  const { m, language } = useI18n();
  const t = m.webCounselling.plan;
  const date = (value: string | null) => formatDate(value, language);
  const standing = planStanding(plan);
  const ended = plan.completedOn ?? plan.brokenOn;
  return (
    <div data-testid="plan-view" data-status={plan.status}>
      <dl className="facts" data-testid="plan-facts">
        <dt>{t.status}</dt>
        <dd data-testid="plan-status">
          {m.paymentPlans.statuses[plan.status as keyof typeof m.paymentPlans.statuses]}
        </dd>
        <dt>{t.amountToClear}</dt>
        <dd>{formatOre(plan.amountOre)}</dd>
        <dt>{t.terms}</dt>
        <dd>
          {t.instalmentOf({
            count: String(plan.instalmentCount),
            amount: formatOre(plan.instalmentOre),
            frequency: m.paymentPlans.frequencies[plan.frequency as keyof typeof m.paymentPlans.frequencies],
          })}
        </dd>
        <dt>{t.firstDueOn}</dt>
        <dd>{date(plan.firstDueOn)}</dd>
        <dt>{t.graceDays}</dt>
        <dd>{plan.graceDays}</dd>
        <dt>{t.currentRent}</dt>
        <dd>{t.currentRentAlsoDue}</dd>
        <dt>{t.agreedOn}</dt>
        <dd>{date(plan.agreedOn)}</dd>
        {ended && (
          <>
            <dt>{t.ended}</dt>
            <dd>{date(ended)}</dd>
          </>
        )}
        {plan.status === 'active' && (
          <>
            <dt>{t.balance}</dt>
            <dd data-testid="plan-balance">{formatOre(plan.balanceOre)}</dd>
            <dt>{t.expectedBalance}</dt>
            <dd data-testid="plan-expected-balance">
              {formatOre(plan.expectedBalanceOre)}{' '}
              {standing.behind ? (
                <span className="tag overdue">{t.behind({ amount: formatOre(standing.byOre) })}</span>
              ) : (
                <span className="tag ok">{t.onTrack}</span>
              )}
            </dd>
          </>
        )}
      </dl>
      <TableScroll label={t.instalmentsCaption}>
        <table data-testid="plan-instalments">
          <caption className="visually-hidden">{t.instalmentsCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className="number">
                {t.columns.number}
              </th>
              <th scope="col">{t.columns.dueOn}</th>
              <th scope="col">{t.columns.expectedFrom}</th>
              <th scope="col" className="number">
                {t.columns.amount}
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.instalments.map((i) => (
              <tr key={i.number} data-testid="plan-instalment">
                <td className="number">{i.number}</td>
                <td className="date">{date(i.dueOn)}</td>
                <td className="date">{date(i.expectedFrom)}</td>
                <td className="number">{formatOre(i.amountOre)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {plan.status === 'broken' && <Status>{t.broken}</Status>}
      {plan.status === 'completed' && <Status>{t.completed}</Status>}
      {children}
    </div>
  );
}

/** Break or complete the running plan (POST …/payment-plan/break | complete), on a date, with the case version read. */
function EndPlanForm({ caseFile: c }: { caseFile: CaseFile }) {
  const { m } = useI18n();
  const t = m.webCounselling.plan;
  const client = useQueryClient();
  const refresh = useRefreshCase(c.id);
  const [on, setOn] = useState(todayInCopenhagen());
  const [error, setError] = useState<string | undefined>(undefined);
  const mutation = useMutation({
    mutationFn: (end: 'break' | 'complete') =>
      call(
        end === 'break'
          ? api.POST('/api/v1/cases/{id}/payment-plan/break', {
              params: { path: { id: c.id }, header: { 'Idempotency-Key': newIdempotencyKey() } },
              body: { version: c.version, on },
            })
          : api.POST('/api/v1/cases/{id}/payment-plan/complete', {
              params: { path: { id: c.id }, header: { 'Idempotency-Key': newIdempotencyKey() } },
              body: { version: c.version, on },
            }),
      ),
    onSuccess: async (plan) => {
      client.setQueryData(['case', c.id, 'payment-plan'], plan);
      await refresh();
    },
    onError: async (failure) => {
      if (failure instanceof ApiCallError && failure.status === 409 && failure.code === 'STALE_VERSION')
        await refresh();
    },
  });
  const end = (kind: 'break' | 'complete') => {
    if (!on) {
      setError(t.required);
      return;
    }
    setError(undefined);
    mutation.mutate(kind);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
  };
  return (
    <div className="case-form" data-testid="plan-end">
      <h3>{t.endTitle}</h3>
      <form onSubmit={submit} noValidate>
        <Field label={t.endOn} error={error}>
          {(props) => <input {...props} type="date" value={on} onChange={(e) => setOn(e.target.value)} />}
        </Field>
        <ErrorMessage error={mutation.error} />
        <button type="button" disabled={mutation.isPending} onClick={() => end('complete')}>
          {t.complete}
        </button>{' '}
        <button type="button" disabled={mutation.isPending} onClick={() => end('break')}>
          {t.break}
        </button>
      </form>
    </div>
  );
}
