import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { api, call } from '../api';
import { useI18n } from '../i18n';
import { ErrorMessage, Field, Loading, Status, TableScroll } from '../ui/components';
import { formatDate, todayInCopenhagen } from '../ui/format';
import {
  caseworkOpen,
  SESSION_CHANNELS,
  SESSION_TOPICS,
  sessionBody,
  type Session,
  type SessionField,
  type SessionTopic,
  type SessionValues,
} from './casework-rules';
import type { Referral } from './referral-rules';

/**
 * The referral's sessions (GET/POST /referrals/{id}/sessions, PATCH …/{sessionId} to mark the next
 * action done), for the provider's advisors. The note is shown here and nowhere else.
 */
export function SessionsSection({ referral }: { referral: Referral }) {
  const { m } = useI18n();
  const t = m.webCounselling.casework.sessions;
  const sessions = useQuery({
    queryKey: ['referral', referral.id, 'sessions'],
    queryFn: () =>
      call(api.GET('/api/v1/referrals/{referralId}/sessions', { params: { path: { referralId: referral.id } } })),
  });
  return (
    <section aria-labelledby="referral-sessions" className="case-section" data-testid="referral-sessions">
      <h2 id="referral-sessions">{t.title}</h2>
      {sessions.isPending ? (
        <Loading />
      ) : sessions.isError ? (
        <ErrorMessage error={sessions.error} />
      ) : sessions.data.items.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <SessionsTable referral={referral} sessions={sessions.data.items} />
      )}
      {caseworkOpen(referral.status) && <SessionForm referral={referral} />}
    </section>
  );
}

function SessionsTable({ referral, sessions }: { referral: Referral; sessions: readonly Session[] }) {
  const { m, language } = useI18n();
  const t = m.webCounselling.casework.sessions;
  const client = useQueryClient();
  const markDone = useMutation({
    mutationFn: (session: Session) =>
      call(
        api.PATCH('/api/v1/referrals/{referralId}/sessions/{sessionId}', {
          params: { path: { referralId: referral.id, sessionId: session.id } },
          body: { version: session.version, nextActionDone: true },
        }),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: ['referral', referral.id, 'sessions'] }),
  });
  const open = caseworkOpen(referral.status);
  return (
    <>
      <ErrorMessage error={markDone.error} />
      <TableScroll label={t.caption}>
        <table data-testid="sessions-table">
          <caption className="visually-hidden">{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.columns.date}</th>
              <th scope="col">{t.columns.channel}</th>
              <th scope="col" className="number">
                {t.columns.minutes}
              </th>
              <th scope="col">{t.columns.topics}</th>
              <th scope="col">{t.columns.nextAction}</th>
              <th scope="col">{t.columns.note}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id} data-testid="session-row">
                <td className="date">{formatDate(s.date, language)}</td>
                <td>{m.webCounselling.casework.channels[s.channel]}</td>
                <td className="number">{s.minutes}</td>
                <td>{s.topics.map((topic) => m.webCounselling.casework.topics[topic]).join(', ')}</td>
                <td>
                  {s.nextAction ? (
                    <>
                      {s.nextAction.text}
                      <div>
                        {s.nextAction.doneOn
                          ? t.doneOn({ date: formatDate(s.nextAction.doneOn, language) })
                          : t.due({ date: formatDate(s.nextAction.dueDate, language) })}{' '}
                        {s.nextAction.overdue && <span className="tag overdue">{t.overdue}</span>}
                      </div>
                      {open && !s.nextAction.doneOn && (
                        <button type="button" disabled={markDone.isPending} onClick={() => markDone.mutate(s)}>
                          {t.markDone}
                        </button>
                      )}
                    </>
                  ) : (
                    '–'
                  )}
                </td>
                <td className="session-note">{s.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

const EMPTY_SESSION = (): SessionValues => ({
  date: todayInCopenhagen(),
  channel: 'in_person',
  minutes: '',
  topics: [],
  nextAction: '',
  nextActionDue: '',
  note: '',
});

function SessionForm({ referral }: { referral: Referral }) {
  const { m } = useI18n();
  const t = m.webCounselling.casework.sessions;
  const client = useQueryClient();
  const id = useId();
  const [values, setValues] = useState<SessionValues>(EMPTY_SESSION);
  const [invalid, setInvalid] = useState<SessionField[]>([]);
  const set = <K extends keyof SessionValues>(key: K, value: SessionValues[K]) =>
    setValues((old) => ({ ...old, [key]: value }));
  const mutation = useMutation({
    mutationFn: (body: Parameters<typeof postSession>[1]) => postSession(referral.id, body),
    onSuccess: async (created) => {
      setValues(EMPTY_SESSION());
      await Promise.all([
        client.invalidateQueries({ queryKey: ['referral', referral.id] }),
        created.firstContactRecorded ? client.invalidateQueries({ queryKey: ['referrals'] }) : undefined,
      ]);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = sessionBody(values);
    if ('invalid' in result) {
      setInvalid(result.invalid);
      return;
    }
    setInvalid([]);
    mutation.mutate(result.body);
  };
  const toggle = (topic: SessionTopic, on: boolean) =>
    set('topics', on ? [...values.topics, topic] : values.topics.filter((x) => x !== topic));
  const error = (field: SessionField, text: string) => (invalid.includes(field) ? text : undefined);
  return (
    <form onSubmit={submit} noValidate className="case-form" data-testid="session-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t.formTitle}</h3>
      <Field label={t.date} error={error('date', m.webCounselling.casework.debts.required)}>
        {(props) => <input {...props} type="date" value={values.date} onChange={(e) => set('date', e.target.value)} />}
      </Field>
      <Field label={t.channel}>
        {(props) => (
          <select {...props} value={values.channel} onChange={(e) => set('channel', e.target.value as never)}>
            {SESSION_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {m.webCounselling.casework.channels[c]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t.minutes} error={error('minutes', t.invalidMinutes)}>
        {(props) => (
          <input
            {...props}
            inputMode="numeric"
            value={values.minutes}
            onChange={(e) => set('minutes', e.target.value)}
          />
        )}
      </Field>
      <fieldset className="checkbox-group" aria-describedby={invalid.includes('topics') ? `${id}-topics` : undefined}>
        <legend>{t.topics}</legend>
        {SESSION_TOPICS.map((topic) => (
          <label key={topic} className="checkbox-field">
            <input
              type="checkbox"
              checked={values.topics.includes(topic)}
              onChange={(e) => toggle(topic, e.target.checked)}
            />{' '}
            {m.webCounselling.casework.topics[topic]}
          </label>
        ))}
        {invalid.includes('topics') && (
          <p id={`${id}-topics`} className="field-error">
            {t.topicRequired}
          </p>
        )}
      </fieldset>
      <Field label={t.nextAction}>
        {(props) => <input {...props} value={values.nextAction} onChange={(e) => set('nextAction', e.target.value)} />}
      </Field>
      <Field label={t.nextActionDue} error={error('nextActionDue', t.dueRequired)}>
        {(props) => (
          <input
            {...props}
            type="date"
            value={values.nextActionDue}
            onChange={(e) => set('nextActionDue', e.target.value)}
          />
        )}
      </Field>
      <Field label={t.note} hint={t.noteHint}>
        {(props) => <textarea {...props} rows={3} value={values.note} onChange={(e) => set('note', e.target.value)} />}
      </Field>
      <ErrorMessage error={mutation.error} />
      {mutation.data && <Status>{mutation.data.firstContactRecorded ? t.firstContact : t.done}</Status>}
      <button type="submit" className="primary" disabled={mutation.isPending}>
        {mutation.isPending ? m.web.common.saving : t.submit}
      </button>
    </form>
  );
}

function postSession(referralId: string, body: Extract<ReturnType<typeof sessionBody>, { body: unknown }>['body']) {
  return call(api.POST('/api/v1/referrals/{referralId}/sessions', { params: { path: { referralId } }, body }));
}
