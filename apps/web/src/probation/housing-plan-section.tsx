import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { api, call } from '../api';
import { newIdempotencyKey } from '../cases/case-rules';
import { useI18n } from '../i18n';
import { useMe } from '../session/session-context';
import { ErrorMessage, Field, Loading, Status, TableScroll } from '../ui/components';
import { formatDate, todayInCopenhagen } from '../ui/format';
import type { Episode } from './episode-rules';
import { refusedFields } from './episode-rules';
import {
  BELONGINGS,
  emptyPlanDraft,
  mayDecidePlan,
  planBody,
  planOptionsFor,
  type Belongings,
  type HousingPlan,
  type HousingPlanBody,
  type HousingPlanOption,
  type PlanDraft,
} from './planning-rules';

/**
 * The housing plan for the absence (GET/POST /custody-episodes/{id}/housing-plans): the plan in
 * force and, for the officer, the earlier decisions; a form for a new decision for the officer, the
 * landlord's caseworker and the municipality's social worker while the episode is open. Refusals
 * (the Ankestyrelsen principle, the sublet's 2 years, the landlord's consent, …) in the API's words.
 */
export function HousingPlanSection({ episode }: { episode: Episode }) {
  const { m } = useI18n();
  const me = useMe();
  const t = m.webProbation.plan;
  const plans = useQuery({
    queryKey: ['custody-episode', episode.id, 'housing-plans'],
    queryFn: () =>
      call(api.GET('/api/v1/custody-episodes/{id}/housing-plans', { params: { path: { id: episode.id } } })),
  });
  return (
    <section aria-labelledby="episode-plan" className="case-section" data-testid="housing-plan">
      <h2 id="episode-plan">{t.title}</h2>
      <p>{episode.view === 'full' ? t.intro : t.recipientIntro}</p>
      {plans.isPending ? (
        <Loading />
      ) : plans.isError ? (
        <ErrorMessage error={plans.error} />
      ) : plans.data.items.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <PlansTable plans={plans.data.items} />
      )}
      {episode.open && mayDecidePlan(me.role) && <PlanForm episode={episode} />}
    </section>
  );
}

function PlansTable({ plans }: { plans: readonly HousingPlan[] }) {
  const { m, language } = useI18n();
  const t = m.webProbation.plan;
  const date = (value: string | null) => formatDate(value, language);
  const details = (p: HousingPlan): string =>
    [
      p.subletFromOn && p.subletToOn ? t.subletPeriod({ from: date(p.subletFromOn), to: date(p.subletToOn) }) : '',
      p.landlordConsentOn ? t.landlordConsent({ date: date(p.landlordConsentOn) }) : '',
      p.subletReminderOn ? t.subletReminder({ date: date(p.subletReminderOn) }) : '',
      p.subletPossible === null ? '' : p.subletPossible ? t.subletPossible.yes : t.subletPossible.no,
      p.noticeOn ? t.notice({ date: date(p.noticeOn) }) : '',
      p.leaseEndsOn ? t.leaseEnds({ date: date(p.leaseEndsOn) }) : '',
      p.belongings ? m.probationRules.belongings[p.belongings] : '',
    ]
      .filter(Boolean)
      .join('; ');
  return (
    <TableScroll label={t.caption}>
      <table data-testid="housing-plans">
        <caption className="visually-hidden">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.option}</th>
            <th scope="col">{t.columns.decidedOn}</th>
            <th scope="col">{t.columns.decidedBy}</th>
            <th scope="col">{t.columns.details}</th>
          </tr>
        </thead>
        <tbody>
          {plans.map((p) => (
            <tr key={p.id} data-testid="housing-plan-row" data-option={p.option} data-in-force={String(p.inForce)}>
              <th scope="row">
                {m.probationRules.housingPlanOptions[p.option]}{' '}
                {p.inForce && <span className="tag ok">{t.inForce}</span>}
              </th>
              <td className="date">{date(p.decidedOn)}</td>
              <td>
                {[t.parties[p.decidedByParty], p.decidedBy ? `(${p.decidedBy.name})` : ''].filter(Boolean).join(' ')}
              </td>
              <td>{details(p)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function PlanForm({ episode }: { episode: Episode }) {
  const { m } = useI18n();
  const me = useMe();
  const t = m.webProbation.plan.form;
  const client = useQueryClient();
  const [draft, setDraft] = useState<PlanDraft>(() => emptyPlanDraft(todayInCopenhagen()));
  const [missing, setMissing] = useState(false);
  const key = useRef(newIdempotencyKey());
  const set = <K extends keyof PlanDraft>(name: K, value: PlanDraft[K]) => setDraft((d) => ({ ...d, [name]: value }));
  const mutation = useMutation({
    mutationFn: (body: HousingPlanBody) =>
      call(
        api.POST('/api/v1/custody-episodes/{id}/housing-plans', {
          params: { path: { id: episode.id }, header: { 'Idempotency-Key': key.current } },
          body,
        }),
      ),
    onSuccess: async () => {
      key.current = newIdempotencyKey();
      setDraft(emptyPlanDraft(todayInCopenhagen()));
      await client.invalidateQueries({ queryKey: ['custody-episode', episode.id, 'housing-plans'] });
    },
    onError: () => {
      key.current = newIdempotencyKey();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { body, missing: isMissing } = planBody(draft);
    setMissing(isMissing);
    if (body) mutation.mutate(body);
  };
  const refused = refusedFields(mutation.error);
  const dateField = (name: 'subletFromOn' | 'subletToOn' | 'landlordConsentOn' | 'noticeOn' | 'leaseEndsOn') => (
    <Field label={t[name]} error={refused[name]}>
      {(props) => <input {...props} type="date" value={draft[name]} onChange={(e) => set(name, e.target.value)} />}
    </Field>
  );
  return (
    <form
      onSubmit={submit}
      noValidate
      className="case-form"
      data-testid="housing-plan-form"
      aria-labelledby="plan-form-title"
    >
      <h3 id="plan-form-title">{t.title}</h3>
      <Field label={t.option} error={refused.option}>
        {(props) => (
          <select {...props} value={draft.option} onChange={(e) => set('option', e.target.value as HousingPlanOption)}>
            {planOptionsFor(me.role).map((o) => (
              <option key={o} value={o}>
                {m.probationRules.housingPlanOptions[o]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t.decidedOn} error={missing ? m.webProbation.form.required : refused.decidedOn}>
        {(props) => (
          <input {...props} type="date" value={draft.decidedOn} onChange={(e) => set('decidedOn', e.target.value)} />
        )}
      </Field>
      {draft.option === 'municipality_pays' && (
        <Field label={t.subletPossible} hint={t.subletPossibleHint} error={refused.subletPossible}>
          {(props) => (
            <select
              {...props}
              value={draft.subletPossible}
              onChange={(e) => set('subletPossible', e.target.value as PlanDraft['subletPossible'])}
            >
              <option value="">{t.notExamined}</option>
              <option value="yes">{t.yes}</option>
              <option value="no">{t.no}</option>
            </select>
          )}
        </Field>
      )}
      {draft.option === 'sublet' && (
        <>
          {dateField('subletFromOn')}
          {dateField('subletToOn')}
          {dateField('landlordConsentOn')}
        </>
      )}
      {draft.option === 'give_up' && (
        <>
          {dateField('noticeOn')}
          {dateField('leaseEndsOn')}
          <Field label={t.belongings} error={refused.belongings}>
            {(props) => (
              <select
                {...props}
                value={draft.belongings}
                onChange={(e) => set('belongings', e.target.value as '' | Belongings)}
              >
                <option value="">{t.chooseBelongings}</option>
                {BELONGINGS.map((b) => (
                  <option key={b} value={b}>
                    {m.probationRules.belongings[b]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      )}
      <ErrorMessage error={mutation.error} />
      {mutation.isSuccess && <Status>{t.done}</Status>}
      <button type="submit" className="primary" disabled={mutation.isPending}>
        {mutation.isPending ? m.web.common.saving : t.submit}
      </button>
    </form>
  );
}
