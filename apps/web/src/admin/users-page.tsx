import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { api, call } from '../api';
import { useI18n } from '../i18n';
import type { Role } from '../session/session-context';
import { ErrorMessage, Field, Loading, PageTitle, Status, TableScroll } from '../ui/components';
import {
  createUserBody,
  emptyUserForm,
  fieldErrors,
  ROLES,
  scopeFieldsFor,
  scopeOf,
  takesDepartments,
  updateUserBody,
  userFormOf,
  withRole,
  type ScopeField,
  type User,
  type UserForm,
} from './admin-logic';
import { CheckboxGroup, FormHeading, useFocusAfter } from './admin-ui';
import {
  nameIn,
  useCounsellingProviders,
  useDepartments,
  useHousingOrganisations,
  useMunicipalities,
  useProbationUnits,
} from './directory-queries';

const USERS_KEY = ['admin', 'users'];
const PAGE = 100;

/** The organisations a user can be linked to, by scope field, as choices. */
function useScopeChoices(): Record<ScopeField, { id: string; name: string }[] | undefined> {
  return {
    housingOrganisationId: useHousingOrganisations().data,
    municipalityId: useMunicipalities().data,
    probationUnitId: useProbationUnits().data,
    counsellingProviderId: useCounsellingProviders().data,
  };
}

type Panel = { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'password'; user: User } | undefined;

/** Users: the list (by role), creating one with its role's scope, changing, disabling, a new password. */
export function UsersPage() {
  const { m } = useI18n();
  const t = m.webAdmin.users;
  const filterId = useId();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<Role | ''>('');
  const [panel, setPanel] = useState<Panel>();
  const [status, setStatus] = useState<string>();
  const addButton = useRef<HTMLButtonElement>(null);
  // When a form closes (saved or cancelled), the keyboard continues from the add button.
  useFocusAfter(panel === undefined, addButton);
  const scopes = useScopeChoices();

  const users = useInfiniteQuery({
    queryKey: [...USERS_KEY, role],
    queryFn: ({ pageParam }) =>
      call(
        api.GET('/api/v1/users', {
          params: { query: { limit: PAGE, cursor: pageParam, ...(role ? { role } : {}) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

  const toggle = useMutation({
    mutationFn: (user: User) =>
      user.disabledAt
        ? call(api.POST('/api/v1/users/{id}/enable', { params: { path: { id: user.id } } }))
        : call(api.POST('/api/v1/users/{id}/disable', { params: { path: { id: user.id } } })),
    onSuccess: async (user) => {
      setStatus(user.disabledAt ? t.disabledDone({ name: user.name }) : t.enabledDone({ name: user.name }));
      await queryClient.invalidateQueries({ queryKey: USERS_KEY });
    },
  });

  const open = (next: Panel) => {
    setStatus(undefined);
    toggle.reset();
    setPanel(next);
  };
  const done = async (message: string) => {
    setPanel(undefined);
    setStatus(message);
    await queryClient.invalidateQueries({ queryKey: USERS_KEY });
  };

  const list = users.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section className="admin-page">
      <PageTitle>{t.title}</PageTitle>
      <p className="intro">{t.intro}</p>
      {status && <Status>{status}</Status>}
      {panel?.kind === 'create' && (
        <UserFormPanel
          mode="create"
          initial={emptyUserForm()}
          onDone={(user) => done(t.created({ name: user.name }))}
          onCancel={() => setPanel(undefined)}
        />
      )}
      {panel?.kind === 'edit' && (
        <UserFormPanel
          key={panel.user.id}
          mode="edit"
          user={panel.user}
          initial={userFormOf(panel.user)}
          onDone={(user) => done(m.webAdmin.common.saved({ name: user.name }))}
          onCancel={() => setPanel(undefined)}
        />
      )}
      {panel?.kind === 'password' && (
        <PasswordPanel
          key={panel.user.id}
          user={panel.user}
          onDone={() => done(t.passwordSet({ name: panel.user.name }))}
          onCancel={() => setPanel(undefined)}
        />
      )}
      {!panel && (
        <p>
          <button ref={addButton} type="button" className="primary" onClick={() => open({ kind: 'create' })}>
            {t.add}
          </button>
        </p>
      )}
      <div className="filters">
        <div className="field">
          <label htmlFor={filterId}>{t.filterRole}</label>
          <select id={filterId} value={role} onChange={(event) => setRole(event.target.value as Role | '')}>
            <option value="">{t.allRoles}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {m.roles[r]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ErrorMessage error={toggle.error} />
      {users.isPending ? (
        <Loading />
      ) : users.isError ? (
        <ErrorMessage error={users.error} />
      ) : list.length === 0 ? (
        <p className="empty">{m.webAdmin.common.empty}</p>
      ) : (
        <TableScroll label={t.title}>
          <table data-testid="users">
            <caption className="visually-hidden">{t.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.email}</th>
                <th scope="col">{t.role}</th>
                <th scope="col">{t.organisation}</th>
                <th scope="col">{t.departments}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{m.webAdmin.common.actions}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((user) => {
                const scope = scopeOf(user);
                return (
                  <tr key={user.id}>
                    <th scope="row">
                      {user.name}
                      {user.teamLead && <span className="tag">{t.teamLead}</span>}
                    </th>
                    <td>{user.email}</td>
                    <td>{m.roles[user.role]}</td>
                    <td>{scope ? nameIn(scopes[scope.field], scope.id) : '–'}</td>
                    <td>
                      {takesDepartments(user.role)
                        ? user.departmentIds.length === 0
                          ? t.allDepartments
                          : t.someDepartments({ count: String(user.departmentIds.length) })
                        : '–'}
                    </td>
                    <td>
                      <span className={`tag ${user.disabledAt ? 'overdue' : 'ok'}`}>
                        {user.disabledAt ? t.disabled : t.active}
                      </span>
                    </td>
                    <td className="row-actions">
                      <button
                        type="button"
                        aria-label={m.webAdmin.common.editNamed({ name: user.name })}
                        onClick={() => open({ kind: 'edit', user })}
                      >
                        {m.webAdmin.common.edit}
                      </button>{' '}
                      <button
                        type="button"
                        aria-label={t.setPasswordNamed({ name: user.name })}
                        onClick={() => open({ kind: 'password', user })}
                      >
                        {t.setPassword}
                      </button>{' '}
                      <button
                        type="button"
                        disabled={toggle.isPending}
                        aria-label={
                          user.disabledAt ? t.enableNamed({ name: user.name }) : t.disableNamed({ name: user.name })
                        }
                        onClick={() => {
                          setStatus(undefined);
                          toggle.mutate(user);
                        }}
                      >
                        {user.disabledAt ? t.enable : t.disable}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      {users.hasNextPage && (
        <p>
          <button type="button" disabled={users.isFetchingNextPage} onClick={() => void users.fetchNextPage()}>
            {t.loadMore}
          </button>
        </p>
      )}
    </section>
  );
}

/** Creating a user, or changing one (name, language, team lead, departments: what the API lets change). */
function UserFormPanel({
  mode,
  user,
  initial,
  onDone,
  onCancel,
}: {
  mode: 'create' | 'edit';
  user?: User;
  initial: UserForm;
  onDone: (user: User) => Promise<void>;
  onCancel: () => void;
}) {
  const { m } = useI18n();
  const t = m.webAdmin.users;
  const c = m.webAdmin.common;
  const headingId = useId();
  const idBase = useId();
  const [form, setForm] = useState<UserForm>(initial);
  const scopes = useScopeChoices();
  const departments = useDepartments();
  const save = useMutation({
    mutationFn: (sent: UserForm) =>
      mode === 'create'
        ? call(api.POST('/api/v1/users', { body: createUserBody(sent) }))
        : call(api.PATCH('/api/v1/users/{id}', { params: { path: { id: user!.id } }, body: updateUserBody(sent) })),
    onSuccess: (saved) => onDone(saved),
  });
  const problems = fieldErrors(save.error);
  const set = (patch: Partial<UserForm>) => setForm({ ...form, ...patch });
  const fields = scopeFieldsFor(form.role);
  const ownDepartments = (departments.data ?? [])
    .filter((d) => form.scopeField === 'housingOrganisationId' && d.housingOrganisationId === form.scopeId)
    .sort((a, b) => a.number.localeCompare(b.number, 'da', { numeric: true }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(form);
  };

  return (
    <form className="admin-form" aria-labelledby={headingId} onSubmit={onSubmit} noValidate>
      <FormHeading id={headingId}>{mode === 'create' ? t.createTitle : t.editTitle({ name: user!.name })}</FormHeading>
      <ErrorMessage error={save.error} />
      {mode === 'create' ? (
        <Field label={t.email} error={problems.email}>
          {(aria) => (
            <input
              {...aria}
              type="email"
              autoComplete="off"
              value={form.email}
              onChange={(event) => set({ email: event.target.value })}
            />
          )}
        </Field>
      ) : (
        <dl className="facts">
          <dt>{t.email}</dt>
          <dd>{form.email}</dd>
          <dt>{t.role}</dt>
          <dd>{m.roles[form.role]}</dd>
          {form.scopeField && (
            <>
              <dt>{t.scopeLabels[form.scopeField]}</dt>
              <dd>{nameIn(scopes[form.scopeField], form.scopeId)}</dd>
            </>
          )}
        </dl>
      )}
      {mode === 'edit' && <p className="hint">{t.roleFixed}</p>}
      <Field label={t.name} error={problems.name}>
        {(aria) => (
          <input
            {...aria}
            type="text"
            autoComplete="off"
            value={form.name}
            onChange={(event) => set({ name: event.target.value })}
          />
        )}
      </Field>
      {mode === 'create' && (
        <>
          <Field label={t.role} error={problems.role}>
            {(aria) => (
              <select
                {...aria}
                value={form.role}
                onChange={(event) => setForm(withRole(form, event.target.value as Role))}
              >
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {m.roles[r]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {fields.length > 1 && (
            <fieldset className="field">
              <legend>{t.scopeKind}</legend>
              {fields.map((field) => (
                <div key={field} className="checkbox">
                  <input
                    id={`${idBase}-kind-${field}`}
                    type="radio"
                    name={`${idBase}-kind`}
                    checked={form.scopeField === field}
                    onChange={() => set({ scopeField: field, scopeId: '', departmentIds: [] })}
                  />
                  <label htmlFor={`${idBase}-kind-${field}`}>{t.scopeKinds[field]}</label>
                </div>
              ))}
            </fieldset>
          )}
          {form.scopeField ? (
            <Field label={t.scopeLabels[form.scopeField]} error={problems[form.scopeField]}>
              {(aria) => (
                <select
                  {...aria}
                  value={form.scopeId}
                  onChange={(event) => set({ scopeId: event.target.value, departmentIds: [] })}
                >
                  <option value="">{c.choose}</option>
                  {(scopes[form.scopeField as ScopeField] ?? []).map((entry) => (
                    <option key={entry.id} value={entry.id}>
                      {entry.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : (
            <p className="hint">{t.noScope}</p>
          )}
          <Field label={t.password} hint={t.passwordHint} error={problems.password}>
            {(aria) => (
              <input
                {...aria}
                type="password"
                autoComplete="new-password"
                value={form.password}
                onChange={(event) => set({ password: event.target.value })}
              />
            )}
          </Field>
        </>
      )}
      {takesDepartments(form.role) && (
        <CheckboxGroup
          id={`${idBase}-departments`}
          legend={t.departments}
          hint={t.departmentsHint}
          error={problems.departmentIds}
          choices={ownDepartments.map((d) => ({ value: d.id, label: `${d.number} ${d.name}` }))}
          value={form.departmentIds}
          onChange={(departmentIds) => set({ departmentIds })}
          empty={form.scopeId ? t.departmentsNone : t.departmentsChooseOrganisation}
        />
      )}
      <Field label={t.language} error={problems.language}>
        {(aria) => (
          <select
            {...aria}
            value={form.language}
            onChange={(event) => set({ language: event.target.value as 'da' | 'en' })}
          >
            <option value="da">{t.languages.da}</option>
            <option value="en">{t.languages.en}</option>
          </select>
        )}
      </Field>
      <div className="field checkbox">
        <input
          id={`${idBase}-team-lead`}
          type="checkbox"
          aria-describedby={`${idBase}-team-lead-hint`}
          checked={form.teamLead}
          onChange={(event) => set({ teamLead: event.target.checked })}
        />
        <label htmlFor={`${idBase}-team-lead`}>{t.teamLead}</label>
        <p id={`${idBase}-team-lead-hint`} className="hint">
          {t.teamLeadHint}
        </p>
      </div>
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

/** A new password set by the administrator; the API signs the user out everywhere. */
function PasswordPanel({ user, onDone, onCancel }: { user: User; onDone: () => Promise<void>; onCancel: () => void }) {
  const { m } = useI18n();
  const t = m.webAdmin.users;
  const c = m.webAdmin.common;
  const headingId = useId();
  const [password, setPassword] = useState('');
  const save = useMutation({
    mutationFn: () =>
      call(api.POST('/api/v1/users/{id}/password', { params: { path: { id: user.id } }, body: { password } })),
    onSuccess: () => onDone(),
  });
  const problems = fieldErrors(save.error);
  return (
    <form
      className="admin-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <FormHeading id={headingId}>{t.passwordTitle({ name: user.name })}</FormHeading>
      <ErrorMessage error={save.error} />
      <Field label={t.newPassword} hint={t.newPasswordHint} error={problems.password}>
        {(aria) => (
          <input
            {...aria}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
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
