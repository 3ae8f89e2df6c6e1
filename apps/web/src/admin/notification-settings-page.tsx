import type { ApiSchema } from '@app/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { api, call } from '../api';
import { useI18n } from '../i18n';
import { ErrorMessage, Field, Loading, PageTitle, Status } from '../ui/components';
import { fieldErrors } from './admin-logic';
import { FormHeading } from './admin-ui';
import { useMunicipalities } from './directory-queries';

type Setting = ApiSchema<'NotificationSettingResponse'>;
type SettingBody = ApiSchema<'NotificationSettingDto'>;
type Delivery = SettingBody['delivery'];

const DELIVERIES: readonly Delivery[] = ['immediate', 'digest', 'none'];

/**
 * Email settings for warnings, as the API has them: the administrator's own (/me) and those of
 * an organisation mailbox by its address (a municipality's alert mailbox).
 */
export function NotificationSettingsPage() {
  const { m } = useI18n();
  const t = m.webAdmin.notifications;
  const mineHeading = useId();
  const mailboxHeading = useId();
  const mine = useQuery({
    queryKey: ['notification-settings', 'me'],
    queryFn: () => call(api.GET('/api/v1/notification-settings/me')),
  });
  return (
    <section className="admin-page">
      <PageTitle>{t.title}</PageTitle>
      <p className="intro">{t.intro}</p>
      <section aria-labelledby={mineHeading} className="admin-section">
        <h2 id={mineHeading}>{t.mineTitle}</h2>
        {mine.isPending ? (
          <Loading />
        ) : mine.isError ? (
          <ErrorMessage error={mine.error} />
        ) : (
          <SettingForm
            setting={mine.data}
            queryKey={['notification-settings', 'me']}
            save={(body) => call(api.PUT('/api/v1/notification-settings/me', { body }))}
          />
        )}
      </section>
      <section aria-labelledby={mailboxHeading} className="admin-section">
        <h2 id={mailboxHeading}>{t.mailboxTitle}</h2>
        <p className="intro">{t.mailboxIntro}</p>
        <MailboxSettings />
      </section>
    </section>
  );
}

function MailboxSettings() {
  const { m } = useI18n();
  const t = m.webAdmin.notifications;
  const listId = useId();
  const municipalities = useMunicipalities();
  const [typed, setTyped] = useState('');
  const [email, setEmail] = useState<string>();
  const setting = useQuery({
    queryKey: ['notification-settings', 'mailbox', email],
    queryFn: () => call(api.GET('/api/v1/notification-settings/{email}', { params: { path: { email: email! } } })),
    enabled: !!email,
  });
  const problems = fieldErrors(setting.error);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setEmail(typed.trim());
  };

  return (
    <>
      <form className="admin-form inline-form" onSubmit={onSubmit} noValidate>
        <Field label={t.mailbox} hint={t.mailboxHint} error={problems.email}>
          {(aria) => (
            <input
              {...aria}
              type="email"
              list={listId}
              autoComplete="off"
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
            />
          )}
        </Field>
        <datalist id={listId}>
          {(municipalities.data ?? []).map((entry) => (
            <option key={entry.id} value={entry.alertEmail}>
              {entry.name}
            </option>
          ))}
        </datalist>
        <button type="submit">{t.show}</button>
      </form>
      {!!email &&
        (setting.isPending ? (
          <Loading />
        ) : setting.isError ? (
          <ErrorMessage error={setting.error} />
        ) : (
          <SettingForm
            key={setting.data.email}
            title={t.settingsFor({ email: setting.data.email })}
            setting={setting.data}
            queryKey={['notification-settings', 'mailbox', email]}
            save={(body) =>
              call(api.PUT('/api/v1/notification-settings/{email}', { params: { path: { email } }, body }))
            }
          />
        ))}
    </>
  );
}

/** Delivery and language of one address's warning emails. */
function SettingForm({
  title,
  setting,
  queryKey,
  save,
}: {
  title?: string;
  setting: Setting;
  queryKey: unknown[];
  save: (body: SettingBody) => Promise<Setting>;
}) {
  const { m } = useI18n();
  const t = m.webAdmin.notifications;
  const c = m.webAdmin.common;
  const headingId = useId();
  const idBase = useId();
  const queryClient = useQueryClient();
  const [delivery, setDelivery] = useState<Delivery>(setting.delivery as Delivery);
  const [language, setLanguage] = useState<'' | 'da' | 'en'>((setting.language ?? '') as '' | 'da' | 'en');
  const [saved, setSaved] = useState(false);
  const mutation = useMutation({
    mutationFn: () => save({ delivery, language: language === '' ? null : language }),
    onSuccess: async (result) => {
      queryClient.setQueryData(queryKey, result);
      setSaved(true);
    },
  });
  const problems = fieldErrors(mutation.error);

  return (
    <form
      className="admin-form"
      aria-labelledby={title ? headingId : undefined}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        mutation.mutate();
      }}
    >
      {title && <FormHeading id={headingId}>{title}</FormHeading>}
      {setting.isDefault && !saved && <p className="hint">{t.isDefault}</p>}
      {saved && <Status>{t.saved}</Status>}
      <ErrorMessage error={mutation.error} />
      <fieldset className={`field${problems.delivery ? ' field-invalid' : ''}`}>
        <legend>{t.delivery}</legend>
        {DELIVERIES.map((option) => (
          <div key={option} className="checkbox">
            <input
              id={`${idBase}-${option}`}
              type="radio"
              name={`${idBase}-delivery`}
              checked={delivery === option}
              onChange={() => setDelivery(option)}
            />
            <label htmlFor={`${idBase}-${option}`}>{t.deliveries[option]}</label>
          </div>
        ))}
        {problems.delivery && <p className="field-error">{problems.delivery}</p>}
      </fieldset>
      <Field label={t.language} error={problems.language}>
        {(aria) => (
          <select {...aria} value={language} onChange={(event) => setLanguage(event.target.value as '' | 'da' | 'en')}>
            <option value="">{t.ownLanguage}</option>
            <option value="da">{t.languages.da}</option>
            <option value="en">{t.languages.en}</option>
          </select>
        )}
      </Field>
      <button type="submit" className="primary" disabled={mutation.isPending}>
        {mutation.isPending ? c.saving : c.save}
      </button>
    </form>
  );
}
