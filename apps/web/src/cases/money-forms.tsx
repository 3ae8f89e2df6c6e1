import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import type { ApiSchema } from '@app/api-client';
import { api, call } from '../api';
import { useI18n } from '../i18n';
import { ErrorMessage, Field, Status } from '../ui/components';
import { formatDate, formatOre, parseKroner } from '../ui/format';
import { newIdempotencyKey } from './case-rules';

type CaseFile = ApiSchema<'CaseResponse'>;

/** Reloads the case and the worktray after a change to the case. */
export function useRefreshCase(caseId: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['case', caseId] }),
      client.invalidateQueries({ queryKey: ['cases'] }),
    ]);
}

/** A form section of the case page: a heading, the fields, the API's answer. */
export function CaseForm({
  id,
  title,
  intro,
  testId,
  onSubmit,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  testId: string;
  onSubmit: (event: FormEvent) => void;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="case-form" data-testid={testId}>
      <h2 id={id}>{title}</h2>
      {intro && <p>{intro}</p>}
      <form onSubmit={onSubmit} noValidate>
        {children}
      </form>
    </section>
  );
}

/**
 * The state of a form with a date and an amount in kroner (arrears, payments): the two values as
 * typed, their field errors, and the check that turns them into what the API takes (øre).
 */
function useDatedAmount() {
  const { m } = useI18n();
  const [date, setDate] = useState('');
  const [amount, setAmount] = useState('');
  const [errors, setErrors] = useState<{ date?: string; amount?: string }>({});
  /** The date and the amount in øre, or undefined with the field errors shown. */
  const checked = (): { date: string; amountOre: number } | undefined => {
    const amountOre = parseKroner(amount);
    const next = {
      date: date ? undefined : m.webCases.newCase.required,
      amount: amountOre !== undefined && amountOre > 0 ? undefined : m.webCases.money.invalidAmount,
    };
    setErrors(next);
    return next.date || next.amount || amountOre === undefined ? undefined : { date, amountOre };
  };
  const reset = () => {
    setDate('');
    setAmount('');
  };
  return { date, setDate, amount, setAmount, errors, checked, reset };
}

/** The date and amount fields of such a form. */
function DatedAmountFields({ form, dateLabel }: { form: ReturnType<typeof useDatedAmount>; dateLabel: string }) {
  const { m } = useI18n();
  const t = m.webCases.money;
  return (
    <>
      <Field label={dateLabel} error={form.errors.date}>
        {(props) => <input {...props} type="date" value={form.date} onChange={(e) => form.setDate(e.target.value)} />}
      </Field>
      <Field label={t.amount} hint={t.amountHint} error={form.errors.amount}>
        {(props) => (
          <input {...props} inputMode="decimal" value={form.amount} onChange={(e) => form.setAmount(e.target.value)} />
        )}
      </Field>
    </>
  );
}

/** Unpaid rent for a due date on the case's tenancy (POST /tenancies/{id}/arrears), typed in kroner, sent as øre. */
export function ArrearsForm({ caseFile: c }: { caseFile: CaseFile }) {
  const { m } = useI18n();
  const t = m.webCases.money;
  const refresh = useRefreshCase(c.id);
  const form = useDatedAmount();
  const mutation = useMutation({
    mutationFn: (body: { dueDate: string; amountOre: number }) =>
      call(
        api.POST('/api/v1/tenancies/{id}/arrears', {
          params: { path: { id: c.tenancyId }, header: { 'Idempotency-Key': newIdempotencyKey() } },
          body,
        }),
      ),
    onSuccess: async () => {
      form.reset();
      await refresh();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = form.checked();
    if (values) mutation.mutate({ dueDate: values.date, amountOre: values.amountOre });
  };
  const answer = mutation.data;
  return (
    <CaseForm
      id="arrears-form-title"
      title={t.arrearsTitle}
      intro={t.arrearsIntro}
      testId="arrears-form"
      onSubmit={submit}
    >
      <DatedAmountFields form={form} dateLabel={t.dueDate} />
      <ErrorMessage error={mutation.error} />
      {answer && (
        <Status>
          {t.arrearsDone[answer.outcome]}{' '}
          {answer.case.id !== c.id && (
            <>
              {t.arrearsOtherCase} <Link to={`/cases/${answer.case.id}`}>{t.openOtherCase}</Link>
            </>
          )}
        </Status>
      )}
      <button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? m.web.common.saving : t.arrearsSubmit}
      </button>
    </CaseForm>
  );
}

/** A payment against the case (POST /cases/{id}/payments), typed in kroner, sent as øre. */
export function PaymentForm({ caseFile: c }: { caseFile: CaseFile }) {
  const { m } = useI18n();
  const t = m.webCases.money;
  const refresh = useRefreshCase(c.id);
  const form = useDatedAmount();
  const mutation = useMutation({
    mutationFn: (body: { paidOn: string; amountOre: number }) =>
      call(
        api.POST('/api/v1/cases/{id}/payments', {
          params: { path: { id: c.id }, header: { 'Idempotency-Key': newIdempotencyKey() } },
          body,
        }),
      ),
    onSuccess: async () => {
      form.reset();
      await refresh();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = form.checked();
    if (values) mutation.mutate({ paidOn: values.date, amountOre: values.amountOre });
  };
  return (
    <CaseForm id="payment-form-title" title={t.paymentTitle} testId="payment-form" onSubmit={submit}>
      <DatedAmountFields form={form} dateLabel={t.paidOn} />
      <ErrorMessage error={mutation.error} />
      {mutation.data && <Status>{t.paymentDone({ balance: formatOre(mutation.data.balanceOre) })}</Status>}
      <button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? m.web.common.saving : t.paymentSubmit}
      </button>
    </CaseForm>
  );
}

/**
 * The notice to the municipality (almenlejeloven § 92, stk. 2; POST /cases/{id}/municipality-notice),
 * required before the eviction is requested. Once given, another date is sent as a correction.
 */
export function NoticeForm({ caseFile: c }: { caseFile: CaseFile }) {
  const { m, language } = useI18n();
  const t = m.webCases.notice;
  const refresh = useRefreshCase(c.id);
  const [noticeOn, setNoticeOn] = useState('');
  const [correction, setCorrection] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const mutation = useMutation({
    mutationFn: (body: { noticeOn: string; correction?: boolean }) =>
      call(
        api.POST('/api/v1/cases/{id}/municipality-notice', {
          params: { path: { id: c.id }, header: { 'Idempotency-Key': newIdempotencyKey() } },
          body,
        }),
      ),
    onSuccess: async () => {
      setNoticeOn('');
      setCorrection(false);
      await refresh();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!noticeOn) {
      setError(m.webCases.newCase.required);
      return;
    }
    setError(undefined);
    mutation.mutate(c.municipalityNoticeOn && correction ? { noticeOn, correction: true } : { noticeOn });
  };
  return (
    <CaseForm id="notice-form-title" title={t.title} intro={t.intro} testId="notice-form" onSubmit={submit}>
      {c.municipalityNoticeOn && <p>{t.already({ date: formatDate(c.municipalityNoticeOn, language) })}</p>}
      <Field label={t.noticeOn} error={error}>
        {(props) => <input {...props} type="date" value={noticeOn} onChange={(e) => setNoticeOn(e.target.value)} />}
      </Field>
      {c.municipalityNoticeOn && (
        <div className="field checkbox-field">
          <label>
            <input type="checkbox" checked={correction} onChange={(e) => setCorrection(e.target.checked)} />{' '}
            {t.correction}
          </label>
        </div>
      )}
      <ErrorMessage error={mutation.error} />
      {mutation.data?.municipalityNoticeOn && (
        <Status>{t.done({ date: formatDate(mutation.data.municipalityNoticeOn, language) })}</Status>
      )}
      <button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? m.web.common.saving : t.submit}
      </button>
    </CaseForm>
  );
}
