import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { api, call } from '../api';
import { useI18n } from '../i18n';
import { ErrorMessage, Field, Loading, PageTitle, Status, TableScroll } from '../ui/components';
import { formatDate, formatOre, todayInCopenhagen } from '../ui/format';
import {
  agreementBody,
  agreementFormOf,
  emptyAgreementForm,
  fieldErrors,
  VOLUNTARY_WARNINGS,
  type Agreement,
  type AgreementForm,
  type AgreementProblem,
} from './admin-logic';
import { CheckboxGroup, FormHeading, useFocusAfter } from './admin-ui';
import { nameIn, useHousingOrganisations, useMunicipalities } from './directory-queries';

const AGREEMENTS_KEY = ['admin', 'cooperation-agreements'];

type Panel = { kind: 'create' } | { kind: 'edit'; agreement: Agreement } | undefined;

/** Cooperation agreements between a municipality and a housing organisation: the list and one form. */
export function AgreementsPage() {
  const { m, language } = useI18n();
  const t = m.webAdmin.agreements;
  const queryClient = useQueryClient();
  const municipalities = useMunicipalities();
  const organisations = useHousingOrganisations();
  const agreements = useQuery({
    queryKey: AGREEMENTS_KEY,
    queryFn: () => call(api.GET('/api/v1/cooperation-agreements')),
  });
  const [panel, setPanel] = useState<Panel>();
  const [status, setStatus] = useState<string>();
  const addButton = useRef<HTMLButtonElement>(null);
  // When a form closes (saved or cancelled), the keyboard continues from the add button.
  useFocusAfter(panel === undefined, addButton);

  const names = (a: { municipalityId: string; housingOrganisationId: string }) => ({
    municipality: nameIn(municipalities.data, a.municipalityId),
    organisation: nameIn(organisations.data, a.housingOrganisationId),
  });

  const list = [...(agreements.data ?? [])].sort(
    (a, b) =>
      names(a).municipality.localeCompare(names(b).municipality, 'da') ||
      names(a).organisation.localeCompare(names(b).organisation, 'da'),
  );

  return (
    <section className="admin-page">
      <PageTitle>{t.title}</PageTitle>
      <p className="intro">{t.intro}</p>
      {status && <Status>{status}</Status>}
      {panel ? (
        <AgreementFormPanel
          key={panel.kind === 'edit' ? panel.agreement.id : 'new'}
          title={panel.kind === 'edit' ? t.editTitle(names(panel.agreement)) : t.createTitle}
          fixedPair={panel.kind === 'edit'}
          initial={panel.kind === 'edit' ? agreementFormOf(panel.agreement) : emptyAgreementForm(todayInCopenhagen())}
          onDone={async (saved) => {
            setPanel(undefined);
            setStatus(t.saved(names(saved)));
            await queryClient.invalidateQueries({ queryKey: AGREEMENTS_KEY });
          }}
          onCancel={() => setPanel(undefined)}
        />
      ) : (
        <p>
          <button
            ref={addButton}
            type="button"
            className="primary"
            onClick={() => {
              setStatus(undefined);
              setPanel({ kind: 'create' });
            }}
          >
            {t.add}
          </button>
        </p>
      )}
      {agreements.isPending ? (
        <Loading />
      ) : agreements.isError ? (
        <ErrorMessage error={agreements.error} />
      ) : list.length === 0 ? (
        <p className="empty">{m.webAdmin.common.empty}</p>
      ) : (
        <TableScroll label={t.title}>
          <table data-testid="agreements">
            <caption className="visually-hidden">{t.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.municipality}</th>
                <th scope="col">{t.housingOrganisation}</th>
                <th scope="col">{t.warnings}</th>
                <th scope="col" className="number">
                  {t.threshold}
                </th>
                <th scope="col">{t.reminderDays}</th>
                <th scope="col">{t.period}</th>
                <th scope="col" className="number">
                  {t.version}
                </th>
                <th scope="col">{m.webAdmin.common.actions}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((agreement) => {
                const named = names(agreement);
                return (
                  <tr key={agreement.id}>
                    <th scope="row">{named.municipality}</th>
                    <td>{named.organisation}</td>
                    <td>
                      {agreement.enabledWarnings.length === 0 ? (
                        t.noWarnings
                      ) : (
                        <ul className="plain-list">
                          {agreement.enabledWarnings.map((warning) => (
                            <li key={warning}>{t.warningNames[warning as keyof typeof t.warningNames] ?? warning}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td className="number">{formatOre(agreement.arrearsThresholdOre)}</td>
                    <td>{t.reminderText({ days: String(agreement.evictionReminderBusinessDays) })}</td>
                    <td>
                      {t.periodText({
                        from: formatDate(agreement.validFrom, language),
                        to: agreement.validTo ? formatDate(agreement.validTo, language) : t.untilFurther,
                      })}
                    </td>
                    <td className="number">{agreement.version}</td>
                    <td className="row-actions">
                      <button
                        type="button"
                        aria-label={t.editNamed(named)}
                        onClick={() => {
                          setStatus(undefined);
                          setPanel({ kind: 'edit', agreement });
                        }}
                      >
                        {m.webAdmin.common.edit}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

function AgreementFormPanel({
  title,
  fixedPair,
  initial,
  onDone,
  onCancel,
}: {
  title: string;
  /** Changing an agreement keeps its municipality and organisation: another pair would be another agreement. */
  fixedPair: boolean;
  initial: AgreementForm;
  onDone: (saved: Agreement) => Promise<void>;
  onCancel: () => void;
}) {
  const { m } = useI18n();
  const t = m.webAdmin.agreements;
  const c = m.webAdmin.common;
  const headingId = useId();
  const idBase = useId();
  const municipalities = useMunicipalities();
  const organisations = useHousingOrganisations();
  const [form, setForm] = useState<AgreementForm>(initial);
  const [local, setLocal] = useState<AgreementProblem[]>([]);
  const save = useMutation({
    mutationFn: (body: NonNullable<ReturnType<typeof agreementBody>['body']>) =>
      call(api.PUT('/api/v1/cooperation-agreements', { body })),
    onSuccess: (saved) => onDone(saved),
  });
  // The API's field names, matched to the form's fields.
  const problems = fieldErrors(save.error, {
    arrearsThresholdOre: 'threshold',
    evictionReminderBusinessDays: 'reminderDays',
  });
  if (local.includes('threshold')) problems.threshold = t.thresholdInvalid;
  if (local.includes('reminderDays')) problems.reminderDays = t.reminderDaysInvalid;
  const set = (patch: Partial<AgreementForm>) => setForm({ ...form, ...patch });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = agreementBody(form);
    if (result.problems) {
      save.reset();
      setLocal(result.problems);
      return;
    }
    setLocal([]);
    save.mutate(result.body);
  };

  return (
    <form className="admin-form" aria-labelledby={headingId} onSubmit={onSubmit} noValidate>
      <FormHeading id={headingId}>{title}</FormHeading>
      <p className="hint">{t.replaceHint}</p>
      <ErrorMessage error={save.error} />
      {local.length > 0 && (
        <div role="alert" className="error-message">
          <p>{m.web.common.fieldErrors}</p>
          <ul>
            {local.map((field) => (
              <li key={field}>{problems[field]}</li>
            ))}
          </ul>
        </div>
      )}
      {fixedPair ? (
        <dl className="facts">
          <dt>{t.municipality}</dt>
          <dd>{nameIn(municipalities.data, form.municipalityId)}</dd>
          <dt>{t.housingOrganisation}</dt>
          <dd>{nameIn(organisations.data, form.housingOrganisationId)}</dd>
        </dl>
      ) : (
        <>
          <Field label={t.municipality} error={problems.municipalityId}>
            {(aria) => (
              <select
                {...aria}
                value={form.municipalityId}
                onChange={(event) => set({ municipalityId: event.target.value })}
              >
                <option value="">{c.choose}</option>
                {(municipalities.data ?? []).map((entry) => (
                  <option key={entry.id} value={entry.id}>
                    {entry.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t.housingOrganisation} error={problems.housingOrganisationId}>
            {(aria) => (
              <select
                {...aria}
                value={form.housingOrganisationId}
                onChange={(event) => set({ housingOrganisationId: event.target.value })}
              >
                <option value="">{c.choose}</option>
                {(organisations.data ?? []).map((entry) => (
                  <option key={entry.id} value={entry.id}>
                    {entry.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      )}
      <CheckboxGroup
        id={`${idBase}-warnings`}
        legend={t.warningsLegend}
        error={problems.enabledWarnings}
        choices={VOLUNTARY_WARNINGS.map((warning) => ({ value: warning, label: t.warningNames[warning] }))}
        value={form.enabledWarnings}
        onChange={(enabledWarnings) => set({ enabledWarnings })}
      />
      <Field label={t.threshold} hint={t.thresholdHint} error={problems.threshold}>
        {(aria) => (
          <input
            {...aria}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={form.threshold}
            onChange={(event) => set({ threshold: event.target.value })}
          />
        )}
      </Field>
      <Field label={t.reminderDays} hint={t.reminderDaysHint} error={problems.reminderDays}>
        {(aria) => (
          <input
            {...aria}
            type="number"
            min={1}
            max={60}
            step={1}
            value={form.reminderDays}
            onChange={(event) => set({ reminderDays: event.target.value })}
          />
        )}
      </Field>
      <Field label={t.validFrom} error={problems.validFrom}>
        {(aria) => (
          <input
            {...aria}
            type="date"
            value={form.validFrom}
            onChange={(event) => set({ validFrom: event.target.value })}
          />
        )}
      </Field>
      <Field label={`${t.validTo} (${c.optional})`} hint={t.validToHint} error={problems.validTo}>
        {(aria) => (
          <input
            {...aria}
            type="date"
            value={form.validTo}
            onChange={(event) => set({ validTo: event.target.value })}
          />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? c.saving : c.save}
        </button>{' '}
        <button type="button" onClick={onCancel}>
          {c.cancel}
        </button>
      </div>
    </form>
  );
}
