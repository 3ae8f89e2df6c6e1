import { useId, useState } from 'react';
import { api, call } from '../api';
import { useI18n } from '../i18n';
import { PageTitle } from '../ui/components';
import { optionalText } from './admin-logic';
import { CrudSection, type FormValues } from './crud-section';
import {
  DIRECTORY_KEYS,
  loadCounsellingProviders,
  loadDepartments,
  loadHousingOrganisations,
  loadMunicipalities,
  loadProbationUnits,
  nameIn,
  useDepartments,
  useHousingOrganisations,
  useMunicipalities,
  type ContactEntry,
  type Department,
  type HousingOrganisation,
  type Municipality,
} from './directory-queries';
import { QueueBoardLink } from './queue-board';

/**
 * The API takes null to clear a housing organisation's CVR number or contact mailbox (the DTO
 * says so), but its document declares those fields as optional strings only.
 */
const clearable = (value: string) => optionalText(value) as string;

/** The directory: every kind of organisation the system knows, and the link to the queue board. */
export function DirectoryPage() {
  const { m } = useI18n();
  const t = m.webAdmin.directory;
  return (
    <section className="admin-page">
      <PageTitle>{t.title}</PageTitle>
      <p className="intro">{t.intro}</p>
      <MunicipalitiesSection />
      <HousingOrganisationsSection />
      <DepartmentsSection />
      <ContactEntriesSection kind="probationUnits" />
      <ContactEntriesSection kind="counsellingProviders" />
      <QueueBoardLink />
    </section>
  );
}

function MunicipalitiesSection() {
  const { m } = useI18n();
  const t = m.webAdmin.directory.municipalities;
  return (
    <CrudSection<Municipality>
      testId="municipalities"
      title={t.title}
      addLabel={t.add}
      createTitle={t.createTitle}
      editTitle={(item) => t.editTitle({ name: item.name })}
      queryKey={DIRECTORY_KEYS.municipalities}
      load={loadMunicipalities}
      rowName={(item) => item.name}
      columns={[
        { header: t.name, cell: (item) => item.name },
        { header: t.code, cell: (item) => item.code, number: true },
        { header: t.alertEmail, cell: (item) => item.alertEmail },
      ]}
      fields={[
        { name: 'code', label: t.code, hint: t.codeHint, createOnly: true, inputMode: 'numeric' },
        { name: 'name', label: t.name },
        { name: 'alertEmail', label: t.alertEmail, hint: t.alertEmailHint, type: 'email' },
      ]}
      initial={(item) => ({ code: item?.code ?? '', name: item?.name ?? '', alertEmail: item?.alertEmail ?? '' })}
      create={(values) =>
        call(
          api.POST('/api/v1/municipalities', {
            body: { code: values.code!.trim(), name: values.name!, alertEmail: values.alertEmail! },
          }),
        )
      }
      update={(item, values) =>
        call(
          api.PATCH('/api/v1/municipalities/{code}', {
            params: { path: { code: item.code } },
            body: { name: values.name, alertEmail: values.alertEmail },
          }),
        )
      }
      remove={(item) => call(api.DELETE('/api/v1/municipalities/{code}', { params: { path: { code: item.code } } }))}
    />
  );
}

function HousingOrganisationsSection() {
  const { m } = useI18n();
  const t = m.webAdmin.directory.housingOrganisations;
  const departments = useDepartments();
  return (
    <CrudSection<HousingOrganisation>
      testId="housing-organisations"
      title={t.title}
      addLabel={t.add}
      createTitle={t.createTitle}
      editTitle={(item) => t.editTitle({ name: item.name })}
      queryKey={DIRECTORY_KEYS.housingOrganisations}
      load={loadHousingOrganisations}
      rowName={(item) => item.name}
      columns={[
        { header: t.name, cell: (item) => item.name },
        { header: t.cvr, cell: (item) => item.cvr ?? '–', number: true },
        { header: t.contactEmail, cell: (item) => item.contactEmail ?? '–' },
        {
          header: t.departments,
          cell: (item) => departments.data?.filter((d) => d.housingOrganisationId === item.id).length ?? '',
          number: true,
        },
      ]}
      fields={[
        { name: 'name', label: t.name },
        { name: 'cvr', label: t.cvr, hint: t.cvrHint, required: false, inputMode: 'numeric' },
        { name: 'contactEmail', label: t.contactEmail, type: 'email', required: false },
      ]}
      initial={(item) => ({ name: item?.name ?? '', cvr: item?.cvr ?? '', contactEmail: item?.contactEmail ?? '' })}
      create={(values: FormValues) => {
        const cvr = optionalText(values.cvr ?? '');
        const contactEmail = optionalText(values.contactEmail ?? '');
        return call(
          api.POST('/api/v1/housing-organisations', {
            body: { name: values.name!, ...(cvr ? { cvr } : {}), ...(contactEmail ? { contactEmail } : {}) },
          }),
        );
      }}
      update={(item, values) =>
        call(
          api.PATCH('/api/v1/housing-organisations/{id}', {
            params: { path: { id: item.id } },
            body: {
              name: values.name,
              cvr: clearable(values.cvr ?? ''),
              contactEmail: clearable(values.contactEmail ?? ''),
            },
          }),
        )
      }
      remove={(item) => call(api.DELETE('/api/v1/housing-organisations/{id}', { params: { path: { id: item.id } } }))}
      alsoInvalidate={[DIRECTORY_KEYS.departments]}
    />
  );
}

function DepartmentsSection() {
  const { m } = useI18n();
  const t = m.webAdmin.directory.departments;
  const filterId = useId();
  const [organisationId, setOrganisationId] = useState('');
  const municipalities = useMunicipalities();
  const organisations = useHousingOrganisations();
  const organisationOptions = (organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }));
  const municipalityOptions = (municipalities.data ?? []).map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }));
  return (
    <CrudSection<Department>
      testId="departments"
      title={t.title}
      intro={t.intro}
      addLabel={t.add}
      createTitle={t.createTitle}
      editTitle={(item) => t.editTitle({ name: item.name })}
      queryKey={DIRECTORY_KEYS.departments}
      load={loadDepartments}
      visible={(list) =>
        // By organisation, then by department number (2 before 10), once the names are known.
        list
          .filter((d) => !organisationId || d.housingOrganisationId === organisationId)
          .sort(
            (a, b) =>
              nameIn(organisations.data, a.housingOrganisationId).localeCompare(
                nameIn(organisations.data, b.housingOrganisationId),
                'da',
              ) || a.number.localeCompare(b.number, 'da', { numeric: true }),
          )
      }
      toolbar={
        <div className="filters">
          <div className="field">
            <label htmlFor={filterId}>{t.filter}</label>
            <select id={filterId} value={organisationId} onChange={(event) => setOrganisationId(event.target.value)}>
              <option value="">{t.allOrganisations}</option>
              {organisationOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        </div>
      }
      rowName={(item) => `${item.number} ${item.name}`}
      columns={[
        { header: t.name, cell: (item) => item.name },
        { header: t.number, cell: (item) => item.number, number: true },
        { header: t.housingOrganisation, cell: (item) => nameIn(organisations.data, item.housingOrganisationId) },
        { header: t.municipality, cell: (item) => nameIn(municipalities.data, item.municipalityId) },
        { header: t.address, cell: (item) => item.address },
      ]}
      fields={[
        { name: 'housingOrganisationId', label: t.housingOrganisation, type: 'select', options: organisationOptions },
        { name: 'municipalityId', label: t.municipality, type: 'select', options: municipalityOptions },
        { name: 'number', label: t.number, hint: t.numberHint },
        { name: 'name', label: t.name },
        { name: 'address', label: t.address, autoComplete: 'off' },
      ]}
      initial={(item) => ({
        housingOrganisationId: item?.housingOrganisationId ?? organisationId,
        municipalityId: item?.municipalityId ?? '',
        number: item?.number ?? '',
        name: item?.name ?? '',
        address: item?.address ?? '',
      })}
      create={(values) =>
        call(
          api.POST('/api/v1/departments', {
            body: {
              housingOrganisationId: values.housingOrganisationId!,
              municipalityId: values.municipalityId!,
              number: values.number!,
              name: values.name!,
              address: values.address!,
            },
          }),
        )
      }
      update={(item, values) =>
        call(
          api.PATCH('/api/v1/departments/{id}', {
            params: { path: { id: item.id } },
            body: {
              housingOrganisationId: values.housingOrganisationId,
              municipalityId: values.municipalityId,
              number: values.number,
              name: values.name,
              address: values.address,
            },
          }),
        )
      }
      remove={(item) => call(api.DELETE('/api/v1/departments/{id}', { params: { path: { id: item.id } } }))}
    />
  );
}

function ContactEntriesSection({ kind }: { kind: 'probationUnits' | 'counsellingProviders' }) {
  const { m } = useI18n();
  const t = m.webAdmin.directory[kind];
  const path = kind === 'probationUnits' ? 'probation-units' : 'counselling-providers';
  return (
    <CrudSection<ContactEntry>
      testId={path}
      title={t.title}
      addLabel={t.add}
      createTitle={t.createTitle}
      editTitle={(item) => t.editTitle({ name: item.name })}
      queryKey={DIRECTORY_KEYS[kind]}
      load={kind === 'probationUnits' ? loadProbationUnits : loadCounsellingProviders}
      rowName={(item) => item.name}
      columns={[
        { header: t.name, cell: (item) => item.name },
        { header: t.contactEmail, cell: (item) => item.contactEmail },
      ]}
      fields={[
        { name: 'name', label: t.name },
        { name: 'contactEmail', label: t.contactEmail, type: 'email' },
      ]}
      initial={(item) => ({ name: item?.name ?? '', contactEmail: item?.contactEmail ?? '' })}
      create={(values) => {
        const body = { name: values.name!, contactEmail: values.contactEmail! };
        return kind === 'probationUnits'
          ? call(api.POST('/api/v1/probation-units', { body }))
          : call(api.POST('/api/v1/counselling-providers', { body }));
      }}
      update={(item, values) => {
        const request = {
          params: { path: { id: item.id } },
          body: { name: values.name, contactEmail: values.contactEmail },
        };
        return kind === 'probationUnits'
          ? call(api.PATCH('/api/v1/probation-units/{id}', request))
          : call(api.PATCH('/api/v1/counselling-providers/{id}', request));
      }}
      remove={(item) => {
        const request = { params: { path: { id: item.id } } };
        return kind === 'probationUnits'
          ? call(api.DELETE('/api/v1/probation-units/{id}', request))
          : call(api.DELETE('/api/v1/counselling-providers/{id}', request));
      }}
    />
  );
}
