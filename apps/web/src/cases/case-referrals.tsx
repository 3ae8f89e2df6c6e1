import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { ApiSchema } from '@app/api-client';
import { api, ApiCallError, call } from '../api';
import { SERVICE_LEVELS, type Referral, type ServiceLevel } from '../counselling/referral-rules';
import { useI18n } from '../i18n';
import { useMe, type Role } from '../session/session-context';
import { ErrorMessage, Field, Loading, Status, TableScroll } from '../ui/components';
import { formatDate } from '../ui/format';
import { consentsKey, CONSENTS_SECTION_ID, fetchConsents, focusConsents, mayManageConsents } from './case-consents';
import { newIdempotencyKey } from './case-rules';
import { consentState } from './consent-rules';
import { CaseForm } from './money-forms';

type CaseFile = ApiSchema<'CaseResponse'>;

/** Who refers (the API's REFERRERS) and who reads a case's referrals (its READERS). */
const REFERRERS: ReadonlySet<Role> = new Set(['housing_caseworker', 'municipal_social_worker']);
const READERS: ReadonlySet<Role> = new Set(['housing_caseworker', 'municipal_social_worker', 'debt_advisor']);

export function mayReadReferrals(role: Role): boolean {
  return READERS.has(role);
}

export function mayRefer(role: Role): boolean {
  return REFERRERS.has(role);
}

/**
 * "Refer to debt counselling" on the case page, for housing caseworkers and municipal social
 * workers (POST /api/v1/referrals): a tenant of the case, a provider from the directory (GET
 * /counselling-providers, open to every role) and a service level. Without the tenant's consent
 * naming the provider the API refuses (REFERRAL_CONSENT_MISSING); the form says so in words that
 * name the tenant and the provider, and what to do; a caseworker gets a link to the tenants'
 * consents on the same page. Once the consent is recorded there (the consents query shares its key
 * with the section), the refusal goes away and the form can be sent again without a reload.
 */
export function ReferForm({ caseFile: c }: { caseFile: CaseFile }) {
  const { m } = useI18n();
  const t = m.webCounselling.caseReferrals;
  const client = useQueryClient();
  const providers = useQuery({
    queryKey: ['counselling-providers'],
    queryFn: () => call(api.GET('/api/v1/counselling-providers', { params: { query: { limit: 200 } } })),
  });
  const [personId, setPersonId] = useState('');
  const [providerId, setProviderId] = useState('');
  const [serviceLevel, setServiceLevel] = useState<ServiceLevel>('light_casework');
  const [errors, setErrors] = useState<{ provider?: string }>({});
  const tenant = c.tenants.find((p) => p.id === personId) ?? c.tenants[0];
  const mutation = useMutation({
    mutationFn: (body: { personId: string; counsellingProviderId: string; serviceLevel: ServiceLevel }) =>
      call(
        api.POST('/api/v1/referrals', {
          params: { header: { 'Idempotency-Key': newIdempotencyKey() } },
          body: { caseId: c.id, ...body },
        }),
      ),
    onSuccess: async () => {
      setProviderId('');
      await Promise.all([
        client.invalidateQueries({ queryKey: ['referrals'] }),
        client.invalidateQueries({ queryKey: ['case', c.id, 'warnings'] }),
      ]);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = { provider: providerId ? undefined : t.required };
    setErrors(next);
    if (!tenant || next.provider) return;
    mutation.mutate({ personId: tenant.id, counsellingProviderId: providerId, serviceLevel });
  };
  const items = providers.data?.items ?? [];
  const sentTo = mutation.data?.counsellingProvider.name;
  const refusedProvider = items.find((p) => p.id === mutation.variables?.counsellingProviderId)?.name ?? '';
  const refusedTenant = c.tenants.find((p) => p.id === mutation.variables?.personId)?.name ?? '';
  const consentMissing = mutation.error instanceof ApiCallError && mutation.error.code === 'REFERRAL_CONSENT_MISSING';
  const { role } = useMe();
  const mayRecordConsent = mayManageConsents(role);
  const refusedPersonId = mutation.variables?.personId ?? '';
  const consents = useQuery({
    queryKey: consentsKey(refusedPersonId),
    enabled: consentMissing && mayRecordConsent && refusedPersonId !== '',
    queryFn: () => fetchConsents(refusedPersonId),
  });
  const consentNowInForce =
    consentMissing &&
    (consents.data ?? []).some(
      (consent) =>
        consent.purpose === 'debt-counselling' &&
        consent.recipientId === mutation.variables?.counsellingProviderId &&
        consentState(consent) === 'in_force',
    );
  const { reset } = mutation;
  useEffect(() => {
    // The consent the refusal asked for is recorded now: the refusal no longer holds.
    if (consentNowInForce) reset();
  }, [consentNowInForce, reset]);
  return (
    <CaseForm id="refer-form-title" title={t.title} intro={t.intro} testId="refer-form" onSubmit={submit}>
      {c.tenants.length === 0 ? (
        <p>{t.noTenants}</p>
      ) : providers.isError ? (
        <ErrorMessage error={providers.error} />
      ) : providers.isPending ? (
        <Loading />
      ) : items.length === 0 ? (
        <p>{t.noProviders}</p>
      ) : (
        <>
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
          <Field label={t.provider} error={errors.provider}>
            {(props) => (
              <select {...props} value={providerId} onChange={(e) => setProviderId(e.target.value)}>
                <option value="">{t.chooseProvider}</option>
                {items.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t.serviceLevel} hint={t.serviceLevelHint}>
            {(props) => (
              <select {...props} value={serviceLevel} onChange={(e) => setServiceLevel(e.target.value as ServiceLevel)}>
                {SERVICE_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {m.webCounselling.serviceLevels[level]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {consentMissing ? (
            <div role="alert" className="error-message" data-code="REFERRAL_CONSENT_MISSING">
              <p>
                {t.consentMissing({ tenant: refusedTenant, provider: refusedProvider })}
                {mayRecordConsent && (
                  <>
                    {' '}
                    <a
                      href={`#${CONSENTS_SECTION_ID}`}
                      onClick={(event) => {
                        event.preventDefault();
                        focusConsents();
                      }}
                    >
                      {t.consentLink}
                    </a>
                  </>
                )}
              </p>
            </div>
          ) : (
            <ErrorMessage error={mutation.error} />
          )}
          {sentTo && !mutation.error && <Status>{t.done({ provider: sentTo })}</Status>}
          <button type="submit" disabled={mutation.isPending}>
            {mutation.isPending ? t.submitting : t.submit}
          </button>
        </>
      )}
    </CaseForm>
  );
}

/** The case's referrals and their states (GET /api/v1/referrals?caseId=), for the roles that may read them. */
export function CaseReferrals({ caseId }: { caseId: string }) {
  const { m } = useI18n();
  const t = m.webCounselling.caseReferrals;
  const referrals = useQuery({
    queryKey: ['referrals', { caseId }],
    queryFn: () => call(api.GET('/api/v1/referrals', { params: { query: { caseId } } })),
  });
  return (
    <section aria-labelledby="case-referrals" className="case-section" data-testid="case-referrals">
      <h2 id="case-referrals">{t.listTitle}</h2>
      {referrals.isPending ? (
        <Loading />
      ) : referrals.isError ? (
        <ErrorMessage error={referrals.error} />
      ) : referrals.data.items.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <CaseReferralsTable referrals={referrals.data.items} />
      )}
    </section>
  );
}

function CaseReferralsTable({ referrals }: { referrals: readonly Referral[] }) {
  const { m, language } = useI18n();
  const t = m.webCounselling.caseReferrals;
  const date = (value: string) => formatDate(value, language);
  const answer = (r: Referral) =>
    r.outcome
      ? t.closedWith({ outcome: m.webCounselling.outcomes[r.outcome] })
      : r.declineReason
        ? t.declinedBecause({ reason: r.declineReason })
        : r.firstContactOn
          ? t.firstContactOn({ date: date(r.firstContactOn) })
          : r.acceptedOn
            ? t.acceptedOn({ date: date(r.acceptedOn) })
            : '–';
  return (
    <TableScroll label={t.caption}>
      <table>
        <caption className="visually-hidden">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.tenant}</th>
            <th scope="col">{t.columns.provider}</th>
            <th scope="col">{t.columns.serviceLevel}</th>
            <th scope="col">{t.columns.status}</th>
            <th scope="col">{t.columns.sentOn}</th>
            <th scope="col">{t.columns.answer}</th>
          </tr>
        </thead>
        <tbody>
          {referrals.map((r) => (
            <tr key={r.id} data-testid="case-referral" data-status={r.status}>
              <th scope="row">
                <Link to={`/referrals/${r.id}`}>{r.personName}</Link>
              </th>
              <td>{r.counsellingProvider.name}</td>
              <td>{m.webCounselling.serviceLevels[r.serviceLevel]}</td>
              <td>
                <span className="tag">{m.counsellingReferrals.statuses[r.status]}</span>
                {r.firstContactOverdue && <span className="tag overdue">{m.webCounselling.overdueFirstContact}</span>}
              </td>
              <td className="date">{date(r.sentOn)}</td>
              <td>{answer(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
