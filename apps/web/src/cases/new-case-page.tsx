import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { api, call } from '../api';
import { useI18n } from '../i18n';
import { NotFoundPage } from '../pages/not-found-page';
import { ErrorMessage, Field, Loading, PageTitle } from '../ui/components';
import { parseKroner } from '../ui/format';
import { newIdempotencyKey } from './case-rules';
import { useMayChangeCases, useOwnDepartments } from './case-queries';

interface NewCaseValues {
  departmentId: string;
  unit: string;
  address: string;
  postcode: string;
  city: string;
  rent: string;
  tenantName: string;
  dueDate: string;
  amount: string;
}

type FieldName = keyof NewCaseValues;

const EMPTY: NewCaseValues = {
  departmentId: '',
  unit: '',
  address: '',
  postcode: '',
  city: '',
  rent: '',
  tenantName: '',
  dueDate: '',
  amount: '',
};

/**
 * A new case from scratch: the tenancy (POST /tenancies), its tenant (POST /persons, then
 * POST /tenancies/{id}/tenants) and the unpaid rent (POST /tenancies/{id}/arrears), which opens the
 * case. What was already created is remembered, so a retry after a refusal does not create it twice.
 */
export function NewCasePage() {
  const { m } = useI18n();
  const t = m.webCases.newCase;
  const navigate = useNavigate();
  const client = useQueryClient();
  const mayChange = useMayChangeCases();
  const departments = useOwnDepartments();
  const [values, setValues] = useState<NewCaseValues>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [created, setCreated] = useState<{ tenancyId?: string; tenantAdded?: boolean }>({});

  const mutation = useMutation({
    mutationFn: async (input: { rentOre: number; amountOre: number }) => {
      let tenancyId = created.tenancyId;
      if (!tenancyId) {
        const tenancy = await call(
          api.POST('/api/v1/tenancies', {
            params: { header: { 'Idempotency-Key': newIdempotencyKey() } },
            body: {
              departmentId: values.departmentId,
              unit: values.unit.trim(),
              address: values.address.trim(),
              postcode: values.postcode.trim() || undefined,
              city: values.city.trim() || undefined,
              monthlyRentOre: input.rentOre,
            },
          }),
        );
        tenancyId = tenancy.id;
        setCreated({ tenancyId });
      }
      if (values.tenantName.trim() && !created.tenantAdded) {
        const person = await call(
          api.POST('/api/v1/persons', {
            body: {
              name: values.tenantName.trim(),
              address: values.address.trim(),
              postcode: values.postcode.trim() || undefined,
              city: values.city.trim() || undefined,
            },
          }),
        );
        await call(
          api.POST('/api/v1/tenancies/{id}/tenants', {
            params: { path: { id: tenancyId } },
            body: { personId: person.id },
          }),
        );
        setCreated({ tenancyId, tenantAdded: true });
      }
      return call(
        api.POST('/api/v1/tenancies/{id}/arrears', {
          params: { path: { id: tenancyId }, header: { 'Idempotency-Key': newIdempotencyKey() } },
          body: { dueDate: values.dueDate, amountOre: input.amountOre },
        }),
      );
    },
    onSuccess: async (answer) => {
      await client.invalidateQueries({ queryKey: ['cases'] });
      await navigate(`/cases/${answer.case.id}`);
    },
  });

  if (!mayChange) return <NotFoundPage />;

  const set = (field: FieldName, value: string) => setValues((current) => ({ ...current, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const rentOre = parseKroner(values.rent);
    const amountOre = parseKroner(values.amount);
    const next: Partial<Record<FieldName, string>> = {};
    if (!created.tenancyId) {
      for (const field of ['departmentId', 'unit', 'address'] as const) {
        if (!values[field].trim()) next[field] = t.required;
      }
      if (rentOre === undefined || rentOre <= 0) next.rent = m.webCases.money.invalidAmount;
    }
    if (!values.dueDate) next.dueDate = t.required;
    if (amountOre === undefined || amountOre <= 0) next.amount = m.webCases.money.invalidAmount;
    setErrors(next);
    if (Object.keys(next).length > 0 || amountOre === undefined) return;
    mutation.mutate({ rentOre: rentOre ?? 0, amountOre });
  };
  const locked = created.tenancyId !== undefined;
  const text = (
    field: FieldName,
    label: string,
    options: { hint?: string; inputMode?: 'decimal' | 'numeric' } = {},
  ) => (
    <Field label={label} hint={options.hint} error={errors[field]}>
      {(props) => (
        <input
          {...props}
          inputMode={options.inputMode}
          value={values[field]}
          disabled={locked && field !== 'tenantName'}
          onChange={(e) => set(field, e.target.value)}
        />
      )}
    </Field>
  );

  return (
    <section className="new-case" data-testid="new-case">
      <PageTitle>{t.title}</PageTitle>
      <p>{t.intro}</p>
      {departments.isPending && <Loading />}
      <ErrorMessage error={departments.error} />
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t.tenancyTitle}</legend>
          <Field label={t.department} error={errors.departmentId}>
            {(props) => (
              <select
                {...props}
                value={values.departmentId}
                disabled={locked}
                onChange={(e) => set('departmentId', e.target.value)}
              >
                <option value="">{t.chooseDepartment}</option>
                {(departments.data ?? []).map((department) => (
                  <option key={department.id} value={department.id}>
                    {department.number} {department.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {text('unit', t.unit)}
          {text('address', t.address)}
          {text('postcode', t.postcode, { inputMode: 'numeric' })}
          {text('city', t.city)}
          {text('rent', t.monthlyRent, { hint: m.webCases.money.amountHint, inputMode: 'decimal' })}
        </fieldset>
        <fieldset>
          <legend>{t.tenantTitle}</legend>
          {text('tenantName', t.tenantName, { hint: t.tenantHint })}
        </fieldset>
        <fieldset>
          <legend>{t.arrearsTitle}</legend>
          <Field label={m.webCases.money.dueDate} error={errors.dueDate}>
            {(props) => (
              <input {...props} type="date" value={values.dueDate} onChange={(e) => set('dueDate', e.target.value)} />
            )}
          </Field>
          {text('amount', m.webCases.money.amount, { hint: m.webCases.money.amountHint, inputMode: 'decimal' })}
        </fieldset>
        {locked && mutation.error ? <p>{t.partly}</p> : null}
        <ErrorMessage error={mutation.error} />
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {mutation.isPending ? t.submitting : t.submit}
        </button>
      </form>
    </section>
  );
}
