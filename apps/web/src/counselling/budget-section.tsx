import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { api, call } from '../api';
import { useI18n } from '../i18n';
import { ErrorMessage, Field, Loading, Status, TableScroll } from '../ui/components';
import { formatDate, formatOre, parseKroner, todayInCopenhagen } from '../ui/format';
import {
  budgetBody,
  caseworkOpen,
  FIXED_GROUPS,
  FLEXIBLE_GROUPS,
  INCOME_GROUPS,
  type Budget,
  type BudgetField,
  type BudgetValues,
} from './casework-rules';
import type { Referral } from './referral-rules';

/**
 * The household's budget (GET /referrals/{id}/budgets, the newest first): the current one with its
 * disposable amount and ability to pay (betalingsevne = income − approved fixed costs − the standard
 * living amount, worked out by the API from the rates in force on the budget date), the earlier
 * ones, and the form for a new dated budget (POST). History is kept: a budget is never changed.
 */
export function BudgetSection({ referral }: { referral: Referral }) {
  const { m } = useI18n();
  const t = m.webCounselling.casework.budget;
  const budgets = useQuery({
    queryKey: ['referral', referral.id, 'budgets'],
    queryFn: () =>
      call(api.GET('/api/v1/referrals/{referralId}/budgets', { params: { path: { referralId: referral.id } } })),
  });
  const [current, ...earlier] = budgets.data?.items ?? [];
  return (
    <section aria-labelledby="referral-budget" className="case-section" data-testid="referral-budget">
      <h2 id="referral-budget">{t.title}</h2>
      {budgets.isPending ? (
        <Loading />
      ) : budgets.isError ? (
        <ErrorMessage error={budgets.error} />
      ) : !current ? (
        <p>{t.none}</p>
      ) : (
        <>
          <CurrentBudget budget={current} />
          {earlier.length > 0 && <BudgetHistory budgets={earlier} />}
        </>
      )}
      {caseworkOpen(referral.status) && <BudgetForm referral={referral} />}
    </section>
  );
}

function CurrentBudget({ budget: b }: { budget: Budget }) {
  const { m, language } = useI18n();
  const t = m.webCounselling.casework.budget;
  const c = b.calculation;
  const children = c.standardLivingAmount.children;
  return (
    <>
      <h3>{t.current({ date: formatDate(b.budgetOn, language) })}</h3>
      <dl className="facts" data-testid="budget-current">
        <dt>{t.income}</dt>
        <dd>{formatOre(c.incomeOre)}</dd>
        <dt>{t.fixed}</dt>
        <dd>{formatOre(c.fixedOre)}</dd>
        <dt>{t.approvedFixed}</dt>
        <dd>{formatOre(c.approvedFixedOre)}</dd>
        <dt>{t.flexible}</dt>
        <dd>{formatOre(c.flexibleOre)}</dd>
        <dt>{t.disposable}</dt>
        <dd data-testid="budget-disposable">{formatOre(c.disposableOre)}</dd>
        <dt>{t.standard}</dt>
        <dd>
          {formatOre(c.standardLivingAmountOre)}
          <div className="hint">
            {t.standardHint({
              adults: String(c.standardLivingAmount.adults),
              children: String(children['0_1'] + children['2_6'] + children['7_17']),
              from: formatDate(c.standardLivingAmount.ratesValidFrom, language),
            })}
          </div>
        </dd>
        <dt>{t.abilityToPay}</dt>
        <dd data-testid="budget-ability-to-pay">
          <strong>{formatOre(c.abilityToPayOre)}</strong>
        </dd>
      </dl>
      {c.ratesFromEarlierYear && <p className="notice">{t.earlierRates}</p>}
    </>
  );
}

function BudgetHistory({ budgets }: { budgets: readonly Budget[] }) {
  const { m, language } = useI18n();
  const t = m.webCounselling.casework.budget;
  return (
    <>
      <h3>{t.historyTitle}</h3>
      <TableScroll label={t.historyCaption}>
        <table data-testid="budget-history">
          <caption className="visually-hidden">{t.historyCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.historyColumns.date}</th>
              <th scope="col" className="number">
                {t.historyColumns.disposable}
              </th>
              <th scope="col" className="number">
                {t.historyColumns.abilityToPay}
              </th>
            </tr>
          </thead>
          <tbody>
            {budgets.map((b) => (
              <tr key={b.id}>
                <td className="date">{formatDate(b.budgetOn, language)}</td>
                <td className="number">{formatOre(b.calculation.disposableOre)}</td>
                <td className="number">{formatOre(b.calculation.abilityToPayOre)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

const EMPTY_BUDGET = (): BudgetValues => ({
  budgetOn: todayInCopenhagen(),
  adults: '1',
  children: '',
  income: {},
  fixed: {},
  approved: {},
  flexible: {},
});

function BudgetForm({ referral }: { referral: Referral }) {
  const { m } = useI18n();
  const t = m.webCounselling.casework.budget;
  const groups = m.webCounselling.casework;
  const client = useQueryClient();
  const id = useId();
  const [values, setValues] = useState<BudgetValues>(EMPTY_BUDGET);
  const [invalid, setInvalid] = useState<BudgetField[]>([]);
  const mutation = useMutation({
    mutationFn: (body: Extract<ReturnType<typeof budgetBody>, { body: unknown }>['body']) =>
      call(api.POST('/api/v1/referrals/{referralId}/budgets', { params: { path: { referralId: referral.id } }, body })),
    onSuccess: async () => {
      setValues(EMPTY_BUDGET());
      await client.invalidateQueries({ queryKey: ['referral', referral.id, 'budgets'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = budgetBody(values, parseKroner);
    if ('invalid' in result) {
      setInvalid(result.invalid);
      return;
    }
    setInvalid([]);
    mutation.mutate(result.body);
  };
  const amountError = (field: BudgetField) => (invalid.includes(field) ? t.invalidAmount : undefined);
  const setAmount = (section: 'income' | 'fixed' | 'flexible', group: string, text: string) =>
    setValues((old) => ({ ...old, [section]: { ...old[section], [group]: text } }));
  return (
    <form onSubmit={submit} noValidate className="case-form" data-testid="budget-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t.formTitle}</h3>
      <p>{t.formIntro}</p>
      <Field label={t.budgetOn} error={invalid.includes('budgetOn') ? t.required : undefined}>
        {(props) => (
          <input
            {...props}
            type="date"
            value={values.budgetOn}
            onChange={(e) => setValues((old) => ({ ...old, budgetOn: e.target.value }))}
          />
        )}
      </Field>
      <Field label={t.adults} error={invalid.includes('adults') ? t.invalidAdults : undefined}>
        {(props) => (
          <input
            {...props}
            inputMode="numeric"
            value={values.adults}
            onChange={(e) => setValues((old) => ({ ...old, adults: e.target.value }))}
          />
        )}
      </Field>
      <Field
        label={t.children}
        hint={t.childrenHint}
        error={invalid.includes('children') ? t.invalidChildren : undefined}
      >
        {(props) => (
          <input
            {...props}
            value={values.children}
            onChange={(e) => setValues((old) => ({ ...old, children: e.target.value }))}
          />
        )}
      </Field>
      <fieldset>
        <legend>{t.incomeLegend}</legend>
        {INCOME_GROUPS.map((group) => (
          <Field
            key={group}
            label={groups.amountLabel({ group: groups.incomeGroups[group] })}
            error={amountError(`income.${group}`)}
          >
            {(props) => (
              <input
                {...props}
                inputMode="decimal"
                value={values.income[group] ?? ''}
                onChange={(e) => setAmount('income', group, e.target.value)}
              />
            )}
          </Field>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t.fixedLegend}</legend>
        {FIXED_GROUPS.map((group) => (
          <div key={group} className="budget-line">
            <Field
              label={groups.amountLabel({ group: groups.fixedGroups[group] })}
              error={amountError(`fixed.${group}`)}
            >
              {(props) => (
                <input
                  {...props}
                  inputMode="decimal"
                  value={values.fixed[group] ?? ''}
                  onChange={(e) => setAmount('fixed', group, e.target.value)}
                />
              )}
            </Field>
            <div className="field checkbox-field">
              <label>
                <input
                  type="checkbox"
                  checked={values.approved[group] === true}
                  onChange={(e) =>
                    setValues((old) => ({ ...old, approved: { ...old.approved, [group]: e.target.checked } }))
                  }
                />{' '}
                {t.approved({ group: groups.fixedGroups[group] })}
              </label>
            </div>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t.flexibleLegend}</legend>
        {FLEXIBLE_GROUPS.map((group) => (
          <Field
            key={group}
            label={groups.amountLabel({ group: groups.flexibleGroups[group] })}
            error={amountError(`flexible.${group}`)}
          >
            {(props) => (
              <input
                {...props}
                inputMode="decimal"
                value={values.flexible[group] ?? ''}
                onChange={(e) => setAmount('flexible', group, e.target.value)}
              />
            )}
          </Field>
        ))}
      </fieldset>
      <ErrorMessage error={mutation.error} />
      {mutation.data && <Status>{t.done}</Status>}
      <button type="submit" className="primary" disabled={mutation.isPending}>
        {mutation.isPending ? m.web.common.saving : t.submit}
      </button>
    </form>
  );
}
