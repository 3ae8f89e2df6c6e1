import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ApiSchema } from '@app/api-client';
import { api, call } from '../api';
import { useI18n } from '../i18n';
import { type Role } from '../session/session-context';
import { ErrorMessage, Field, Loading, Status, TableScroll } from '../ui/components';
import { formatDate, todayInCopenhagen } from '../ui/format';
import {
  CONSENT_PURPOSES,
  consentBody,
  consentState,
  copenhagenDay,
  lastDayInForce,
  mayWithdraw,
  type Consent,
  type ConsentProblems,
  type ConsentPurpose,
} from './consent-rules';
import { CaseForm } from './money-forms';

type CaseFile = ApiSchema<'CaseResponse'>;

/** The id of the consents section, for the referral form's link to it. */
export const CONSENTS_SECTION_ID = 'case-consents';

/** Who records and withdraws consents and sees all of them (the API's MANAGERS_OF_RECORDS). */
export function mayManageConsents(role: Role): boolean {
  return role === 'housing_caseworker' || role === 'administrator';
}

/** The query key of a person's consents: the consents section and the referral form share it. */
export function consentsKey(personId: string) {
  return ['persons', personId, 'consents'] as const;
}

export function fetchConsents(personId: string) {
  return call(api.GET('/api/v1/persons/{id}/consents', { params: { path: { id: personId } } }));
}

/** Moves the focus to the consents section (the referral form's link). */
export function focusConsents(): void {
  const heading = document.getElementById(CONSENTS_SECTION_ID);
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus();
}

type RecipientKind = Consent['recipientType'];

interface Recipient {
  id: string;
  name: string;
  kind: RecipientKind;
}

/**
 * The recipients a consent may name, by purpose (the domain's RECIPIENT_TYPES_FOR_PURPOSE):
 * counselling providers, municipalities, probation units and housing organisations from the
 * directory (each list is open to every signed-in role). probation-cooperation names the probation
 * unit, the landlord and the municipality, one consent each. The first 200 of each; a consent
 * naming one beyond them shows "unknown recipient".
 */
function useRecipients() {
  const providers = useQuery({
    queryKey: ['counselling-providers'],
    queryFn: () => call(api.GET('/api/v1/counselling-providers', { params: { query: { limit: 200 } } })),
  });
  const municipalities = useQuery({
    queryKey: ['municipalities'],
    queryFn: () => call(api.GET('/api/v1/municipalities', { params: { query: { limit: 200 } } })),
  });
  const units = useQuery({
    queryKey: ['probation-units'],
    queryFn: () => call(api.GET('/api/v1/probation-units', { params: { query: { limit: 200 } } })),
  });
  const landlords = useQuery({
    queryKey: ['housing-organisations'],
    queryFn: () => call(api.GET('/api/v1/housing-organisations', { params: { query: { limit: 200 } } })),
  });
  const of = (kind: RecipientKind, items: readonly { id: string; name: string }[] | undefined): Recipient[] =>
    (items ?? []).map(({ id, name }) => ({ id, name, kind }));
  const byPurpose: Record<ConsentPurpose, Recipient[]> = {
    'debt-counselling': of('counselling_provider', providers.data?.items),
    'municipality-case-details': of('municipality', municipalities.data?.items),
    'probation-cooperation': [
      ...of('probation_unit', units.data?.items),
      ...of('housing_organisation', landlords.data?.items),
      ...of('municipality', municipalities.data?.items),
    ],
  };
  const queries = [providers, municipalities, units, landlords];
  return {
    byPurpose,
    isPending: queries.some((q) => q.isPending),
    error: queries.find((q) => q.error)?.error,
  };
}

/**
 * The tenants' consents on the case page, for housing caseworkers and administrators: per tenant
 * each consent with its purpose, recipient, dates and whether it is in force, a withdraw button
 * with a confirmation, and a form to record one. Recording a debt-counselling consent lets the
 * referral form on the same page succeed at once (it shares the consents query).
 */
export function CaseConsents({ caseFile: c }: { caseFile: CaseFile }) {
  const { m } = useI18n();
  const t = m.webCases.consents;
  const recipients = useRecipients();
  return (
    <section aria-labelledby={CONSENTS_SECTION_ID} className="case-section" data-testid="case-consents">
      <h2 id={CONSENTS_SECTION_ID} tabIndex={-1}>
        {t.title}
      </h2>
      <p>{t.intro}</p>
      {recipients.error ? <ErrorMessage error={recipients.error} /> : null}
      {c.tenants.length === 0 ? (
        <p>{m.webCases.casePage.noTenants}</p>
      ) : (
        <>
          {c.tenants.map((tenant) => (
            <TenantConsents key={tenant.id} caseId={c.id} tenant={tenant} recipients={recipients.byPurpose} />
          ))}
          {recipients.isPending ? <Loading /> : <ConsentForm caseFile={c} recipients={recipients.byPurpose} />}
        </>
      )}
    </section>
  );
}

function TenantConsents({
  caseId,
  tenant,
  recipients,
}: {
  caseId: string;
  tenant: { id: string; name: string };
  recipients: Record<ConsentPurpose, Recipient[]>;
}) {
  const { m, language } = useI18n();
  const t = m.webCases.consents;
  const client = useQueryClient();
  const consents = useQuery({ queryKey: consentsKey(tenant.id), queryFn: () => fetchConsents(tenant.id) });
  const [confirming, setConfirming] = useState<string>();
  const [withdrawnText, setWithdrawnText] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = `consents-${tenant.id}`;
  const recipientName = (consent: Consent) =>
    recipients[consent.purpose].find((r) => r.id === consent.recipientId)?.name ?? t.unknownRecipient;
  const withdraw = useMutation({
    mutationFn: (consent: Consent) =>
      call(
        api.POST('/api/v1/persons/{id}/consents/{consentId}/withdrawal', {
          params: { path: { id: tenant.id, consentId: consent.id } },
        }),
      ),
    onSuccess: async (_, consent) => {
      setConfirming(undefined);
      setWithdrawnText(t.withdrawn({ purpose: t.purposes[consent.purpose], recipient: recipientName(consent) }));
      // The withdrawal closes an open referral on the consent: the case's referrals, warnings and timeline change.
      await Promise.all([
        client.invalidateQueries({ queryKey: consentsKey(tenant.id) }),
        client.invalidateQueries({ queryKey: ['referrals'] }),
        client.invalidateQueries({ queryKey: ['case', caseId] }),
      ]);
      heading.current?.focus();
    },
  });
  const date = (value: string) => formatDate(value, language);
  return (
    <div className="tenant-consents" data-testid="tenant-consents" data-person={tenant.id}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t.tenantTitle({ name: tenant.name })}
      </h3>
      {withdrawnText && <Status>{withdrawnText}</Status>}
      {consents.isPending ? (
        <Loading />
      ) : consents.isError ? (
        <ErrorMessage error={consents.error} />
      ) : consents.data.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <TableScroll label={t.caption({ name: tenant.name })}>
          <table>
            <caption className="visually-hidden">{t.caption({ name: tenant.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columns.purpose}</th>
                <th scope="col">{t.columns.recipient}</th>
                <th scope="col">{t.columns.givenOn}</th>
                <th scope="col">{t.columns.validThrough}</th>
                <th scope="col">{t.columns.withdrawnOn}</th>
                <th scope="col">{t.columns.state}</th>
                <th scope="col">{t.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {consents.data.map((consent) => {
                const state = consentState(consent);
                const names = { purpose: t.purposes[consent.purpose], recipient: recipientName(consent) };
                return (
                  <tr key={consent.id} data-testid="consent" data-state={state} data-purpose={consent.purpose}>
                    <th scope="row">{names.purpose}</th>
                    <td>{names.recipient}</td>
                    <td className="date">{date(copenhagenDay(consent.givenAt))}</td>
                    <td className="date">{consent.expiresAt ? date(lastDayInForce(consent.expiresAt)) : t.noExpiry}</td>
                    <td className="date">{consent.withdrawnAt ? date(copenhagenDay(consent.withdrawnAt)) : '–'}</td>
                    <td>
                      <span className={state === 'in_force' ? 'tag ok' : 'tag'}>{t.states[state]}</span>
                    </td>
                    <td className="row-actions">
                      {!mayWithdraw(consent) ? null : confirming === consent.id ? (
                        <ConfirmWithdraw
                          question={t.confirmWithdraw(names)}
                          busy={withdraw.isPending}
                          onConfirm={() => withdraw.mutate(consent)}
                          onCancel={() => {
                            setConfirming(undefined);
                            withdraw.reset();
                            // Back to the button that asked.
                            requestAnimationFrame(() => document.getElementById(`withdraw-${consent.id}`)?.focus());
                          }}
                        />
                      ) : (
                        <button
                          id={`withdraw-${consent.id}`}
                          type="button"
                          aria-label={t.withdrawNamed(names)}
                          onClick={() => {
                            setWithdrawnText(undefined);
                            withdraw.reset();
                            setConfirming(consent.id);
                          }}
                        >
                          {t.withdraw}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      <ErrorMessage error={withdraw.error} />
    </div>
  );
}

/** "Withdraw X?": the confirm button takes the focus, so the keyboard is where the question is. */
function ConfirmWithdraw({
  question,
  busy,
  onConfirm,
  onCancel,
}: {
  question: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { m } = useI18n();
  const t = m.webCases.consents;
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    confirm.current?.focus();
  }, []);
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span>{question}</span>{' '}
      <button ref={confirm} type="button" disabled={busy} onClick={onConfirm}>
        {t.confirm}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {t.cancel}
      </button>
    </span>
  );
}

function ConsentForm({
  caseFile: c,
  recipients,
}: {
  caseFile: CaseFile;
  recipients: Record<ConsentPurpose, Recipient[]>;
}) {
  const { m } = useI18n();
  const t = m.webCases.consents;
  const client = useQueryClient();
  const [personId, setPersonId] = useState('');
  const [purpose, setPurpose] = useState<ConsentPurpose>('debt-counselling');
  const [recipientId, setRecipientId] = useState('');
  const [givenOn, setGivenOn] = useState(() => todayInCopenhagen());
  const [validThrough, setValidThrough] = useState('');
  const [problems, setProblems] = useState<ConsentProblems>({});
  const tenant = c.tenants.find((p) => p.id === personId) ?? c.tenants[0];
  const options = recipients[purpose];
  const mutation = useMutation({
    mutationFn: (input: { personId: string; body: NonNullable<ReturnType<typeof consentBody>['body']> }) =>
      call(api.POST('/api/v1/persons/{id}/consents', { params: { path: { id: input.personId } }, body: input.body })),
    onSuccess: async (consent) => {
      setRecipientId('');
      setValidThrough('');
      await client.invalidateQueries({ queryKey: consentsKey(consent.personId) });
    },
  });
  const text = (problem: ConsentProblems[keyof ConsentProblems]) => (problem ? t[problem] : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!tenant) return;
    const { body, problems: found } = consentBody({ purpose, recipientId, givenOn, validThrough });
    setProblems(found);
    if (body) mutation.mutate({ personId: tenant.id, body });
  };
  const recorded = mutation.data;
  const recordedText =
    recorded && !mutation.error
      ? t.done({
          tenant: c.tenants.find((p) => p.id === recorded.personId)?.name ?? '',
          purpose: t.purposes[recorded.purpose],
          recipient: recipients[recorded.purpose].find((r) => r.id === recorded.recipientId)?.name ?? '',
        })
      : undefined;
  return (
    <CaseForm id="consent-form-title" title={t.formTitle} intro={t.formIntro} testId="consent-form" onSubmit={submit}>
      <Field label={t.tenant}>
        {(props) => (
          <select {...props} value={tenant?.id ?? ''} onChange={(e) => setPersonId(e.target.value)}>
            {c.tenants.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t.purpose}>
        {(props) => (
          <select
            {...props}
            value={purpose}
            onChange={(e) => {
              setPurpose(e.target.value as ConsentPurpose);
              setRecipientId('');
            }}
          >
            {CONSENT_PURPOSES.map((p) => (
              <option key={p} value={p}>
                {t.purposes[p]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={`${t.recipient} (${t.recipientKinds[purpose].toLowerCase()})`}
        hint={options.length === 0 ? t.noRecipients : undefined}
        error={text(problems.recipientId)}
      >
        {(props) => (
          <select {...props} value={recipientId} onChange={(e) => setRecipientId(e.target.value)}>
            <option value="">{t.chooseRecipient}</option>
            <RecipientOptions recipients={options} />
          </select>
        )}
      </Field>
      <Field label={t.givenOn} error={text(problems.givenOn)}>
        {(props) => <input {...props} type="date" value={givenOn} onChange={(e) => setGivenOn(e.target.value)} />}
      </Field>
      <Field label={t.validThrough} hint={t.validThroughHint} error={text(problems.validThrough)}>
        {(props) => (
          <input {...props} type="date" value={validThrough} onChange={(e) => setValidThrough(e.target.value)} />
        )}
      </Field>
      <ErrorMessage error={mutation.error} />
      {recordedText && <Status>{recordedText}</Status>}
      <button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? t.submitting : t.submit}
      </button>
    </CaseForm>
  );
}

/** The recipients as options; grouped by kind when the purpose names more than one kind. */
function RecipientOptions({ recipients }: { recipients: readonly Recipient[] }) {
  const { m } = useI18n();
  const kinds = [...new Set(recipients.map((r) => r.kind))];
  const options = (list: readonly Recipient[]) =>
    list.map((r) => (
      <option key={r.id} value={r.id}>
        {r.name}
      </option>
    ));
  if (kinds.length <= 1) return <>{options(recipients)}</>;
  return (
    <>
      {kinds.map((kind) => (
        <optgroup key={kind} label={m.webCases.consents.recipientTypes[kind]}>
          {options(recipients.filter((r) => r.kind === kind))}
        </optgroup>
      ))}
    </>
  );
}
