import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import { ErrorMessage, Field, Loading, Status, TableScroll } from '../ui/components';
import { fieldErrors } from './admin-logic';
import { FormHeading, useFocusAfter, useFocusOnMount, type Choice } from './admin-ui';

export type FormValues = Record<string, string>;

export interface FieldSpec {
  /** The API's name of the field: its problems in a refusal are matched by it. */
  name: string;
  label: string;
  hint?: string;
  type?: 'text' | 'email' | 'select';
  options?: readonly Choice[];
  /** Shown when creating only (a municipality's code is its identity and is not changed). */
  createOnly?: boolean;
  required?: boolean;
  autoComplete?: string;
  inputMode?: 'numeric' | 'email';
}

export interface Column<T> {
  header: string;
  cell: (item: T) => ReactNode;
  number?: boolean;
}

export interface CrudSectionProps<T extends { id: string }> {
  title: string;
  intro?: ReactNode;
  addLabel: string;
  createTitle: string;
  editTitle: (item: T) => string;
  queryKey: QueryKey;
  load: () => Promise<T[]>;
  /** What the table shows, for example after a filter chosen above it. */
  visible?: (items: T[]) => T[];
  /** Above the table (a filter). */
  toolbar?: ReactNode;
  columns: Column<T>[];
  /** How a row is named in its buttons ("Redigér København") and messages. */
  rowName: (item: T) => string;
  fields: FieldSpec[];
  initial: (item?: T) => FormValues;
  create: (values: FormValues) => Promise<unknown>;
  update: (item: T, values: FormValues) => Promise<unknown>;
  remove?: (item: T) => Promise<unknown>;
  /** Other lists that change with this one (an organisation's departments). */
  alsoInvalidate?: QueryKey[];
  testId?: string;
}

type Editing<T> = { mode: 'create' } | { mode: 'edit'; item: T } | undefined;

/**
 * One kind of directory entry: its list as a table, a form to add one or change one, and a
 * delete that asks first. Every refusal is shown in the API's words; a refused delete (the
 * entry is in use) stays on screen beside the list.
 */
export function CrudSection<T extends { id: string }>(props: CrudSectionProps<T>) {
  const { m } = useI18n();
  const t = m.webAdmin.common;
  const headingId = useId();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: props.queryKey, queryFn: props.load });
  const [editing, setEditing] = useState<Editing<T>>();
  const [status, setStatus] = useState<string>();
  const [confirming, setConfirming] = useState<string>();
  const addButton = useRef<HTMLButtonElement>(null);
  // When the form closes (saved or cancelled), the keyboard continues from the add button.
  useFocusAfter(editing === undefined, addButton);

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: props.queryKey });
    for (const key of props.alsoInvalidate ?? []) await queryClient.invalidateQueries({ queryKey: key });
  };

  const remove = useMutation({
    mutationFn: (item: T) => props.remove!(item),
    onSuccess: async (_result, item) => {
      setConfirming(undefined);
      setStatus(t.deleted({ name: props.rowName(item) }));
      await refresh();
    },
  });

  const items = list.data ? (props.visible ? props.visible(list.data) : list.data) : [];

  return (
    <section aria-labelledby={headingId} className="admin-section" data-testid={props.testId}>
      <h2 id={headingId}>{props.title}</h2>
      {props.intro && <p className="intro">{props.intro}</p>}
      {status && <Status>{status}</Status>}
      {editing ? (
        <EntityForm
          key={editing.mode === 'edit' ? editing.item.id : 'new'}
          title={editing.mode === 'edit' ? props.editTitle(editing.item) : props.createTitle}
          fields={props.fields.filter((field) => editing.mode === 'create' || !field.createOnly)}
          initial={props.initial(editing.mode === 'edit' ? editing.item : undefined)}
          submit={(values) => (editing.mode === 'edit' ? props.update(editing.item, values) : props.create(values))}
          onDone={async (values) => {
            setEditing(undefined);
            setStatus(
              t.saved({
                name: editing.mode === 'edit' ? props.rowName(editing.item) : (values.name ?? values.code ?? ''),
              }),
            );
            await refresh();
          }}
          onCancel={() => setEditing(undefined)}
        />
      ) : (
        <p>
          <button
            ref={addButton}
            type="button"
            className="primary"
            onClick={() => {
              setStatus(undefined);
              remove.reset();
              setEditing({ mode: 'create' });
            }}
          >
            {props.addLabel}
          </button>
        </p>
      )}
      {props.toolbar}
      <ErrorMessage error={remove.error} />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : items.length === 0 ? (
        <p className="empty">{t.empty}</p>
      ) : (
        <TableScroll label={props.title}>
          <table>
            <caption className="visually-hidden">{props.title}</caption>
            <thead>
              <tr>
                {props.columns.map((column) => (
                  <th key={column.header} scope="col" className={column.number ? 'number' : undefined}>
                    {column.header}
                  </th>
                ))}
                <th scope="col">{t.actions}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => {
                const name = props.rowName(item);
                return (
                  <tr key={item.id}>
                    {props.columns.map((column, index) =>
                      index === 0 ? (
                        <th key={column.header} scope="row" className={column.number ? 'number' : undefined}>
                          {column.cell(item)}
                        </th>
                      ) : (
                        <td key={column.header} className={column.number ? 'number' : undefined}>
                          {column.cell(item)}
                        </td>
                      ),
                    )}
                    <td className="row-actions">
                      {confirming === item.id ? (
                        <ConfirmDelete
                          question={t.confirmDelete({ name })}
                          busy={remove.isPending}
                          onConfirm={() => remove.mutate(item)}
                          onCancel={() => {
                            setConfirming(undefined);
                            remove.reset();
                          }}
                        />
                      ) : (
                        <>
                          <button
                            type="button"
                            aria-label={t.editNamed({ name })}
                            onClick={() => {
                              setStatus(undefined);
                              remove.reset();
                              setEditing({ mode: 'edit', item });
                            }}
                          >
                            {t.edit}
                          </button>
                          {props.remove && (
                            <>
                              {' '}
                              <button
                                type="button"
                                aria-label={t.deleteNamed({ name })}
                                onClick={() => {
                                  setStatus(undefined);
                                  remove.reset();
                                  setConfirming(item.id);
                                }}
                              >
                                {t.delete}
                              </button>
                            </>
                          )}
                        </>
                      )}
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

/** "Delete X?" in the row: the confirm button takes the focus, so the keyboard is where the question is. */
function ConfirmDelete({
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
  const confirm = useRef<HTMLButtonElement>(null);
  useFocusOnMount(confirm);
  return (
    <span className="confirm">
      <span>{question}</span>{' '}
      <button ref={confirm} type="button" disabled={busy} onClick={onConfirm}>
        {m.webAdmin.common.confirm}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {m.webAdmin.common.cancel}
      </button>
    </span>
  );
}

/** The form of one entry; the API's problem with each field is shown beside it. */
function EntityForm({
  title,
  fields,
  initial,
  submit,
  onDone,
  onCancel,
}: {
  title: string;
  fields: FieldSpec[];
  initial: FormValues;
  submit: (values: FormValues) => Promise<unknown>;
  onDone: (values: FormValues) => Promise<void>;
  onCancel: () => void;
}) {
  const { m } = useI18n();
  const t = m.webAdmin.common;
  const headingId = useId();
  const [values, setValues] = useState<FormValues>(initial);
  const save = useMutation({ mutationFn: submit, onSuccess: (_result, sent) => onDone(sent) });
  const problems = fieldErrors(save.error);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(values);
  };

  return (
    <form className="admin-form" aria-labelledby={headingId} onSubmit={onSubmit} noValidate>
      <FormHeading id={headingId}>{title}</FormHeading>
      <ErrorMessage error={save.error} />
      {fields.map((field) => (
        <Field
          key={field.name}
          label={field.required === false ? `${field.label} (${t.optional})` : field.label}
          hint={field.hint}
          error={problems[field.name]}
        >
          {(aria) =>
            field.type === 'select' ? (
              <select
                {...aria}
                value={values[field.name] ?? ''}
                onChange={(event) => setValues({ ...values, [field.name]: event.target.value })}
              >
                <option value="">{t.choose}</option>
                {(field.options ?? []).map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                {...aria}
                type={field.type === 'email' ? 'email' : 'text'}
                inputMode={field.inputMode}
                autoComplete={field.autoComplete ?? 'off'}
                value={values[field.name] ?? ''}
                onChange={(event) => setValues({ ...values, [field.name]: event.target.value })}
              />
            )
          }
        </Field>
      ))}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t.saving : t.save}
        </button>{' '}
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
