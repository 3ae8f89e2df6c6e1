import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiCallError, call, isNotFound } from '../api';
import { useI18n } from '../i18n';
import { NotFoundPage } from '../pages/not-found-page';
import { BudgetSection } from './budget-section';
import { DebtsSection } from './debts-section';
import { ReferralPlanSection } from './referral-plan-section';
import { useMe } from '../session/session-context';
import { ErrorMessage, Field, Loading, PageTitle, Status } from '../ui/components';
import { formatDate, todayInCopenhagen } from '../ui/format';
import {
  allowedReferralSteps,
  closeOutcomes,
  firstContactProblem,
  type Referral,
  type ReferralOutcome,
} from './referral-rules';
import { SessionsSection } from './sessions-section';

type Step =
  | { type: 'accept' }
  | { type: 'decline'; reason: string }
  | { type: 'first_contact'; on: string }
  | { type: 'close'; outcome: ReferralOutcome };

/** One step on the referral, with the version read (another gives 409 STALE_VERSION). */
function postStep(referral: Referral, step: Step): Promise<Referral> {
  const path = { id: referral.id };
  const version = referral.version;
  switch (step.type) {
    case 'accept':
      return call(api.POST('/api/v1/referrals/{id}/accept', { params: { path }, body: { version } }));
    case 'decline':
      return call(
        api.POST('/api/v1/referrals/{id}/decline', { params: { path }, body: { version, reason: step.reason } }),
      );
    case 'first_contact':
      return call(
        api.POST('/api/v1/referrals/{id}/first-contact', { params: { path }, body: { version, on: step.on } }),
      );
    case 'close':
      return call(
        api.POST('/api/v1/referrals/{id}/close', { params: { path }, body: { version, outcome: step.outcome } }),
      );
  }
}

/**
 * `/referrals/:referralId`: one referral (GET /api/v1/referrals/{id}) with the steps its state
 * allows, for the provider's debt advisors. Unknown, out of scope, or hidden after the consent was
 * withdrawn: the same "not found" as an unknown address.
 */
export function ReferralPage() {
  const { referralId = '' } = useParams();
  const referral = useQuery({
    queryKey: ['referral', referralId],
    queryFn: () => call(api.GET('/api/v1/referrals/{id}', { params: { path: { id: referralId } } })),
  });
  if (referral.isError) return isNotFound(referral.error) ? <NotFoundPage /> : <ErrorMessage error={referral.error} />;
  if (!referral.data) return <Loading />;
  return <ReferralView referral={referral.data} />;
}

function ReferralView({ referral: r }: { referral: Referral }) {
  const { m, language } = useI18n();
  const me = useMe();
  const t = m.webCounselling.referral;
  const date = (value: string | null) => formatDate(value, language);
  const steps = allowedReferralSteps(r.status);
  return (
    <article className="referral-page" data-testid="referral-page" data-status={r.status}>
      <p>
        <Link to="/referrals">{t.backToList}</Link>
      </p>
      <PageTitle>{t.title({ name: r.personName })}</PageTitle>
      <div className="case-columns">
        <div className="case-main">
          <section aria-labelledby="referral-facts" className="case-section">
            <h2 id="referral-facts">{t.facts}</h2>
            <dl className="facts" data-testid="referral-facts">
              <dt>{t.tenant}</dt>
              <dd>{r.personName}</dd>
              <dt>{t.address}</dt>
              <dd>{r.address}</dd>
              <dt>{t.provider}</dt>
              <dd>{r.counsellingProvider.name}</dd>
              <dt>{t.status}</dt>
              <dd data-testid="referral-status">
                {m.counsellingReferrals.statuses[r.status]}{' '}
                {r.firstContactOverdue && <span className="tag overdue">{m.webCounselling.overdueFirstContact}</span>}
              </dd>
              <dt>{t.serviceLevel}</dt>
              <dd>{m.webCounselling.serviceLevels[r.serviceLevel]}</dd>
              <dt>{t.sentOn}</dt>
              <dd>{date(r.sentOn)}</dd>
              {r.acceptedOn && <Fact label={t.acceptedOn}>{date(r.acceptedOn)}</Fact>}
              {r.declinedOn && <Fact label={t.declinedOn}>{date(r.declinedOn)}</Fact>}
              {r.declineReason && <Fact label={t.declineReason}>{r.declineReason}</Fact>}
              {r.firstContactOn && <Fact label={t.firstContactOn}>{date(r.firstContactOn)}</Fact>}
              {r.closedOn && <Fact label={t.closedOn}>{date(r.closedOn)}</Fact>}
              {r.outcome && <Fact label={t.outcome}>{m.webCounselling.outcomes[r.outcome]}</Fact>}
            </dl>
            <p>
              <Link to={`/cases/${r.caseId}`}>{t.openCase}</Link>
            </p>
          </section>
        </div>
        <div className="case-actions">
          {me.role !== 'debt_advisor' ? (
            <p className="hint">{t.readOnly}</p>
          ) : steps.length === 0 ? (
            <p>{t.finished}</p>
          ) : (
            <ReferralSteps referral={r} />
          )}
        </div>
      </div>
      {me.role === 'debt_advisor' && hasCasework(r.status) && (
        <>
          <SessionsSection referral={r} />
          <DebtsSection referral={r} />
          <BudgetSection referral={r} />
          <ReferralPlanSection referral={r} />
        </>
      )}
    </article>
  );
}

/** The advisor's casework is there from the acceptance on (and stays readable once closed). */
function hasCasework(status: Referral['status']): boolean {
  return status === 'accepted' || status === 'in_contact' || status === 'closed';
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/**
 * The steps the referral's state allows, each its own small form. One mutation for all, so an
 * answer (or a refusal, in the API's words) shows once; a STALE_VERSION reloads the referral.
 */
function ReferralSteps({ referral: r }: { referral: Referral }) {
  const { m } = useI18n();
  const t = m.webCounselling.referral;
  const client = useQueryClient();
  const [done, setDone] = useState<string | undefined>(undefined);
  const mutation = useMutation({
    mutationFn: (step: Step) => postStep(r, step),
    onSuccess: async (updated, step) => {
      client.setQueryData(['referral', updated.id], updated);
      setDone(
        {
          accept: t.accept.done,
          decline: t.decline.done,
          first_contact: t.firstContact.done,
          close: t.close.done,
        }[step.type],
      );
      await client.invalidateQueries({ queryKey: ['referrals'] });
    },
    onError: async (error) => {
      if (error instanceof ApiCallError && error.status === 409 && error.code === 'STALE_VERSION') {
        await client.invalidateQueries({ queryKey: ['referral', r.id] });
      }
    },
  });
  const take = (step: Step) => {
    setDone(undefined);
    mutation.mutate(step);
  };
  const steps = allowedReferralSteps(r.status);
  return (
    <section aria-labelledby="referral-steps" className="case-form" data-testid="referral-steps">
      <h2 id="referral-steps">{t.nextStep}</h2>
      <ErrorMessage error={mutation.error} />
      {done && <Status>{done}</Status>}
      {steps.includes('accept') && <AcceptForm pending={mutation.isPending} onTake={take} />}
      {steps.includes('decline') && <DeclineForm pending={mutation.isPending} onTake={take} />}
      {steps.includes('first_contact') && <FirstContactForm referral={r} pending={mutation.isPending} onTake={take} />}
      {steps.includes('close') && <CloseForm referral={r} pending={mutation.isPending} onTake={take} />}
    </section>
  );
}

interface StepFormProps {
  pending: boolean;
  onTake: (step: Step) => void;
}

function AcceptForm({ pending, onTake }: StepFormProps) {
  const { m } = useI18n();
  const t = m.webCounselling.referral.accept;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onTake({ type: 'accept' });
  };
  return (
    <form onSubmit={submit} noValidate data-testid="referral-accept">
      <p>{t.intro}</p>
      <button type="submit" className="primary" disabled={pending}>
        {t.submit}
      </button>
    </form>
  );
}

function DeclineForm({ pending, onTake }: StepFormProps) {
  const { m } = useI18n();
  const t = m.webCounselling.referral.decline;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError(m.webCounselling.referral.firstContact.required);
      return;
    }
    setError(undefined);
    onTake({ type: 'decline', reason: reason.trim() });
  };
  return (
    <form onSubmit={submit} noValidate data-testid="referral-decline">
      <h3>{t.title}</h3>
      <Field label={t.reason} hint={t.reasonHint} error={error}>
        {(props) => (
          <textarea {...props} rows={3} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
        )}
      </Field>
      <button type="submit" disabled={pending}>
        {t.submit}
      </button>
    </form>
  );
}

function FirstContactForm({ referral, pending, onTake }: StepFormProps & { referral: Referral }) {
  const { m, language } = useI18n();
  const t = m.webCounselling.referral.firstContact;
  const [on, setOn] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = firstContactProblem(on, referral, todayInCopenhagen());
    setError(
      problem === 'required'
        ? t.required
        : problem === 'future'
          ? t.future
          : problem === 'beforeAcceptance'
            ? t.beforeAcceptance({ date: formatDate(referral.acceptedOn ?? referral.sentOn, language) })
            : undefined,
    );
    if (!problem) onTake({ type: 'first_contact', on });
  };
  return (
    <form onSubmit={submit} noValidate data-testid="referral-first-contact">
      <h3>{t.title}</h3>
      <Field label={t.on} error={error}>
        {(props) => <input {...props} type="date" value={on} onChange={(e) => setOn(e.target.value)} />}
      </Field>
      <button type="submit" className="primary" disabled={pending}>
        {t.submit}
      </button>
    </form>
  );
}

function CloseForm({ referral, pending, onTake }: StepFormProps & { referral: Referral }) {
  const { m } = useI18n();
  const t = m.webCounselling.referral.close;
  const outcomes = closeOutcomes(referral.status);
  const [chosen, setChosen] = useState<ReferralOutcome | ''>('');
  const outcome = chosen && outcomes.includes(chosen) ? chosen : outcomes[0];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (outcome) onTake({ type: 'close', outcome });
  };
  return (
    <form onSubmit={submit} noValidate data-testid="referral-close">
      <h3>{t.title}</h3>
      <Field label={t.outcome} hint={referral.status === 'accepted' ? t.noContactHint : undefined}>
        {(props) => (
          <select {...props} value={outcome} onChange={(e) => setChosen(e.target.value as ReferralOutcome)}>
            {outcomes.map((o) => (
              <option key={o} value={o}>
                {m.webCounselling.outcomes[o]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" disabled={pending}>
        {t.submit}
      </button>
    </form>
  );
}
