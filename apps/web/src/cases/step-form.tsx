import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiSchema } from '@app/api-client';
import { api, ApiCallError, call } from '../api';
import { useI18n } from '../i18n';
import { ErrorMessage, Field, Status } from '../ui/components';
import { formatDate, parseKroner } from '../ui/format';
import {
  allowedSteps,
  CASE_OUTCOMES,
  isPaused,
  datesForStep,
  DELIVERY_METHODS,
  stepFields,
  transitionBody,
  type StepField,
  type StepType,
  type StepValues,
} from './case-rules';

type CaseFile = ApiSchema<'CaseResponse'>;
type TransitionDto = ApiSchema<'TransitionDto'>;

/**
 * The next legal step as a form: only the steps the case's stage allows, each with its own date
 * fields, the legal calendar's date for it (from the case's upcomingDeadlines), and the API's
 * refusal in its own words (which name the earliest allowed date). The case version read is sent
 * back, so a step taken meanwhile by someone else is refused (STALE_VERSION) instead of applied twice.
 */
export function StepForm({ caseFile: c }: { caseFile: CaseFile }) {
  const { m, language } = useI18n();
  const t = m.webCases.steps;
  const client = useQueryClient();
  const allowed = allowedSteps(c.stage);
  const [chosen, setChosen] = useState<StepType | undefined>(undefined);
  const step = chosen && allowed.includes(chosen) ? chosen : allowed[0];
  const [values, setValues] = useState<StepValues>({});
  const [invalid, setInvalid] = useState<StepField[]>([]);
  const [done, setDone] = useState<string | undefined>(undefined);

  const mutation = useMutation({
    mutationFn: (body: TransitionDto) =>
      call(api.POST('/api/v1/cases/{id}/transitions', { params: { path: { id: c.id } }, body })),
    onSuccess: async (summary) => {
      setValues({});
      setChosen(undefined);
      setDone(t.done({ stage: m.cases.stages[summary.stage] }));
      await Promise.all([
        client.invalidateQueries({ queryKey: ['case', c.id] }),
        client.invalidateQueries({ queryKey: ['cases'] }),
      ]);
    },
    onError: async (error) => {
      // Someone else moved the case: read it again, so the next try is against what it is now.
      if (error instanceof ApiCallError && error.status === 409 && error.code === 'STALE_VERSION') {
        await client.invalidateQueries({ queryKey: ['case', c.id] });
      }
    },
  });

  if (!step) {
    return (
      <section aria-labelledby="step-form-title" className="case-form">
        <h2 id="step-form-title">{t.title}</h2>
        <p>{isPaused(c.stage) ? t.pausedByPlan : t.noneAllowed}</p>
      </section>
    );
  }

  const fields = stepFields(step);
  const dates = datesForStep(step, c.upcomingDeadlines);
  const set = (field: StepField, value: string) => setValues((current) => ({ ...current, [field]: value }));
  const fieldError = (field: StepField) =>
    invalid.includes(field) ? (field === 'fee' ? t.invalidAmount : m.webCases.newCase.required) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    const result = transitionBody(step, c.version, values, parseKroner);
    if ('invalid' in result) {
      setInvalid(result.invalid);
      return;
    }
    setInvalid([]);
    mutation.mutate(result.body as unknown as TransitionDto);
  };

  const calendarHint =
    dates.length > 0 || (step === 'request_eviction' && !c.municipalityNoticeOn) ? (
      <span className="step-dates" data-testid="step-earliest">
        {dates.map((date) => (
          <span key={date.key} className="step-date">
            {t.earliest({ label: date.label?.[language] ?? date.key, date: formatDate(date.date, language) })}{' '}
            {date.overdue && <span className="tag overdue">{m.webCases.casePage.overdue}</span>}
          </span>
        ))}
        {step === 'request_eviction' && !c.municipalityNoticeOn && <span className="step-date">{t.noticeFirst}</span>}
      </span>
    ) : undefined;
  const firstDateField = fields.find((field) => ['sentOn', 'on', 'decidedOn'].includes(field));
  const dateLabel: Partial<Record<StepField, string>> = {
    sentOn: t.fields.sentOn,
    receivedOn: t.fields.receivedOn,
    on: t.fields.on,
    decidedOn: t.fields.decidedOn,
    evictionDate: t.fields.evictionDate,
  };

  return (
    <section aria-labelledby="step-form-title" className="case-form" data-testid="step-form">
      <h2 id="step-form-title">{t.title}</h2>
      <form onSubmit={submit} noValidate>
        <Field label={t.choose}>
          {(props) => (
            <select
              {...props}
              value={step}
              onChange={(e) => {
                setChosen(e.target.value as StepType);
                setInvalid([]);
                setDone(undefined);
                mutation.reset();
              }}
            >
              {allowed.map((option) => (
                <option key={option} value={option}>
                  {t.labels[option]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {fields.map((field) => {
          if (field in dateLabel) {
            return (
              <Field
                key={`${step}-${field}`}
                label={dateLabel[field]!}
                hint={field === firstDateField ? calendarHint : undefined}
                error={fieldError(field)}
              >
                {(props) => (
                  <input
                    {...props}
                    type="date"
                    name={field}
                    value={values[field] ?? ''}
                    onChange={(e) => set(field, e.target.value)}
                  />
                )}
              </Field>
            );
          }
          if (field === 'deliveryMethod') {
            return (
              <Field key={field} label={t.fields.deliveryMethod}>
                {(props) => (
                  <select
                    {...props}
                    value={values.deliveryMethod ?? DELIVERY_METHODS[0]}
                    onChange={(e) => set(field, e.target.value)}
                  >
                    {DELIVERY_METHODS.map((method) => (
                      <option key={method} value={method}>
                        {m.cases.deliveryMethods[method]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            );
          }
          if (field === 'outcome') {
            return (
              <Field key={field} label={t.fields.outcome}>
                {(props) => (
                  <select
                    {...props}
                    value={values.outcome ?? CASE_OUTCOMES[0]}
                    onChange={(e) => set(field, e.target.value)}
                  >
                    {CASE_OUTCOMES.map((outcome) => (
                      <option key={outcome} value={outcome}>
                        {m.cases.outcomes[outcome]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            );
          }
          if (field === 'fee') {
            return (
              <Field key={field} label={t.fields.fee} hint={m.webCases.money.amountHint} error={fieldError(field)}>
                {(props) => (
                  <input
                    {...props}
                    inputMode="decimal"
                    value={values.fee ?? ''}
                    onChange={(e) => set(field, e.target.value)}
                  />
                )}
              </Field>
            );
          }
          return (
            <Field key={field} label={step === 'avert' ? t.fields.reason : t.fields.reasonOptional}>
              {(props) => (
                <textarea
                  {...props}
                  rows={2}
                  value={values.reason ?? ''}
                  onChange={(e) => set(field, e.target.value)}
                />
              )}
            </Field>
          );
        })}
        <ErrorMessage error={mutation.error} />
        {done && <Status>{done}</Status>}
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {mutation.isPending ? t.submitting : t.submit}
        </button>
      </form>
    </section>
  );
}
