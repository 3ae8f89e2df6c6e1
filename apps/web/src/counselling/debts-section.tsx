import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { ApiSchema } from '@app/api-client';
import { api, ApiCallError, call } from '../api';
import { useI18n } from '../i18n';
import { ErrorMessage, Field, Loading, Status, TableScroll } from '../ui/components';
import { formatOre, kronerText, parseKroner } from '../ui/format';
import {
  caseworkOpen,
  DEBT_STATUSES,
  debtBody,
  enforcementApplies,
  TYPED_DEBT_KINDS,
  type DebtField,
  type DebtLine,
  type DebtValues,
} from './casework-rules';
import type { Referral } from './referral-rules';

type Overview = ApiSchema<'DebtOverviewResponse'>;

/**
 * The household's debts (GET /referrals/{id}/debts): priority debts first and marked in words, the
 * rent arrears read live from the case's ledger (never typed in), a written-off debt listed but not
 * counted, the totals; and the form to add a debt or change one (POST, PATCH with its version).
 */
export function DebtsSection({ referral }: { referral: Referral }) {
  const { m } = useI18n();
  const t = m.webCounselling.casework.debts;
  const [editing, setEditing] = useState<DebtLine | undefined>(undefined);
  const debts = useQuery({
    queryKey: ['referral', referral.id, 'debts'],
    queryFn: () =>
      call(api.GET('/api/v1/referrals/{referralId}/debts', { params: { path: { referralId: referral.id } } })),
  });
  const open = caseworkOpen(referral.status);
  return (
    <section aria-labelledby="referral-debts" className="case-section" data-testid="referral-debts">
      <h2 id="referral-debts">{t.title}</h2>
      {debts.isPending ? (
        <Loading />
      ) : debts.isError ? (
        <ErrorMessage error={debts.error} />
      ) : debts.data.lines.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <DebtsTable overview={debts.data} onEdit={open ? setEditing : undefined} />
      )}
      {open && (
        <DebtForm
          key={editing?.id ?? 'new'}
          referral={referral}
          editing={editing}
          onDone={() => setEditing(undefined)}
        />
      )}
    </section>
  );
}

function DebtsTable({ overview, onEdit }: { overview: Overview; onEdit?: (line: DebtLine) => void }) {
  const { m } = useI18n();
  const t = m.webCounselling.casework.debts;
  const totals: [string, { amountOwedOre: number; monthlyPaymentOre: number }][] = [
    [t.totalPriority, overview.priority],
    [t.totalNonPriority, overview.nonPriority],
    [t.total, overview.total],
  ];
  return (
    <TableScroll label={t.caption}>
      <table data-testid="debts-table">
        <caption className="visually-hidden">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.creditor}</th>
            <th scope="col">{t.columns.kind}</th>
            <th scope="col">{t.columns.status}</th>
            <th scope="col" className="number">
              {t.columns.owed}
            </th>
            <th scope="col" className="number">
              {t.columns.monthly}
            </th>
            {onEdit && <th scope="col">{t.columns.change}</th>}
          </tr>
        </thead>
        <tbody>
          {overview.lines.map((line) => (
            <tr
              key={line.id ?? 'ledger'}
              data-testid="debt-row"
              data-priority={line.priority ? 'true' : 'false'}
              data-from-ledger={line.fromLedger ? 'true' : undefined}
            >
              <th scope="row">
                {line.creditor}
                <div className="inbox-tags">
                  {line.priority && <span className="tag urgent">{t.priority}</span>}
                  {line.fromLedger && <span className="tag">{t.fromLedger}</span>}
                  {line.underEnforcement && <span className="tag warn">{t.underEnforcement}</span>}
                  {!line.counted && <span className="tag">{t.notCounted}</span>}
                </div>
              </th>
              <td>{m.webCounselling.casework.debtKinds[line.kind]}</td>
              <td>{m.webCounselling.casework.debtStatuses[line.status]}</td>
              <td className="number">{formatOre(line.amountOwedOre)}</td>
              <td className="number">{formatOre(line.monthlyPaymentOre)}</td>
              {onEdit && (
                <td>
                  {!line.fromLedger && line.id && (
                    <button type="button" onClick={() => onEdit(line)}>
                      {t.edit({ creditor: line.creditor })}
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
        <tfoot>
          {totals.map(([label, sum]) => (
            <tr key={label}>
              <th scope="row" colSpan={3}>
                {label}
              </th>
              <td className="number">{formatOre(sum.amountOwedOre)}</td>
              <td className="number">{formatOre(sum.monthlyPaymentOre)}</td>
              {onEdit && <td />}
            </tr>
          ))}
        </tfoot>
      </table>
    </TableScroll>
  );
}

function valuesOf(line: DebtLine | undefined): DebtValues {
  if (!line || line.kind === 'rent_arrears') {
    return {
      creditor: '',
      kind: 'consumer_credit',
      status: 'untouched',
      underEnforcement: false,
      owed: '',
      monthly: '',
    };
  }
  return {
    creditor: line.creditor,
    kind: line.kind,
    status: line.status,
    underEnforcement: line.underEnforcement,
    owed: kronerText(line.amountOwedOre),
    monthly: kronerText(line.monthlyPaymentOre),
  };
}

function DebtForm({
  referral,
  editing,
  onDone,
}: {
  referral: Referral;
  editing: DebtLine | undefined;
  onDone: () => void;
}) {
  const { m } = useI18n();
  const t = m.webCounselling.casework.debts;
  const client = useQueryClient();
  const id = useId();
  const [values, setValues] = useState<DebtValues>(() => valuesOf(editing));
  const [invalid, setInvalid] = useState<DebtField[]>([]);
  const [done, setDone] = useState<string | undefined>(undefined);
  const set = <K extends keyof DebtValues>(key: K, value: DebtValues[K]) =>
    setValues((old) => ({ ...old, [key]: value }));
  const path = { referralId: referral.id };
  const mutation = useMutation({
    mutationFn: (body: Extract<ReturnType<typeof debtBody>, { body: unknown }>['body']) =>
      editing?.id && editing.version !== null
        ? call(
            api.PATCH('/api/v1/referrals/{referralId}/debts/{debtId}', {
              params: { path: { ...path, debtId: editing.id } },
              body: { ...body, version: editing.version },
            }),
          )
        : call(api.POST('/api/v1/referrals/{referralId}/debts', { params: { path }, body })),
    onSuccess: async () => {
      setDone(editing ? t.changed : t.added);
      if (!editing) setValues(valuesOf(undefined));
      await client.invalidateQueries({ queryKey: ['referral', referral.id, 'debts'] });
      if (editing) onDone();
    },
    onError: async (error) => {
      if (error instanceof ApiCallError && error.code === 'STALE_VERSION') {
        await client.invalidateQueries({ queryKey: ['referral', referral.id, 'debts'] });
      }
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    const result = debtBody(values, parseKroner);
    if ('invalid' in result) {
      setInvalid(result.invalid);
      return;
    }
    setInvalid([]);
    mutation.mutate(result.body);
  };
  const error = (field: DebtField) =>
    invalid.includes(field) ? (field === 'creditor' ? t.required : t.invalidAmount) : undefined;
  const title = editing ? t.editTitle({ creditor: editing.creditor }) : t.addTitle;
  return (
    <form onSubmit={submit} noValidate className="case-form" data-testid="debt-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="hint">{t.rentFromLedger}</p>
      <Field label={t.creditor} error={error('creditor')}>
        {(props) => (
          <input {...props} maxLength={200} value={values.creditor} onChange={(e) => set('creditor', e.target.value)} />
        )}
      </Field>
      <Field label={t.kind}>
        {(props) => (
          <select {...props} value={values.kind} onChange={(e) => set('kind', e.target.value as DebtValues['kind'])}>
            {TYPED_DEBT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {m.webCounselling.casework.debtKinds[kind]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t.status}>
        {(props) => (
          <select
            {...props}
            value={values.status}
            onChange={(e) => set('status', e.target.value as DebtValues['status'])}
          >
            {DEBT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {m.webCounselling.casework.debtStatuses[status]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {enforcementApplies(values.kind) && (
        <div className="field checkbox-field">
          <label>
            <input
              type="checkbox"
              checked={values.underEnforcement}
              onChange={(e) => set('underEnforcement', e.target.checked)}
            />{' '}
            {t.enforcement}
          </label>
        </div>
      )}
      <Field label={t.owed} error={error('owed')}>
        {(props) => (
          <input {...props} inputMode="decimal" value={values.owed} onChange={(e) => set('owed', e.target.value)} />
        )}
      </Field>
      <Field label={t.monthly} error={error('monthly')}>
        {(props) => (
          <input
            {...props}
            inputMode="decimal"
            value={values.monthly}
            onChange={(e) => set('monthly', e.target.value)}
          />
        )}
      </Field>
      <ErrorMessage error={mutation.error} />
      {done && <Status>{done}</Status>}
      <button type="submit" className="primary" disabled={mutation.isPending}>
        {mutation.isPending ? m.web.common.saving : editing ? t.submitEdit : t.submitAdd}
      </button>{' '}
      {editing && (
        <button type="button" onClick={onDone}>
          {t.cancel}
        </button>
      )}
    </form>
  );
}
