import { useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router-dom';
import { ApiCallError } from '../api';
import { useI18n } from '../i18n';
import { homeOf, safeNext } from '../navigation';
import { useSession } from '../session/session-context';
import { ErrorMessage, Field, PageTitle } from '../ui/components';
import { LanguageSwitch } from '../ui/shell';

export function SignInPage() {
  const { m } = useI18n();
  const { state, signIn } = useSession();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  if (state.status === 'signed-in') {
    return <Navigate to={safeNext(params.get('next')) ?? homeOf(state.me.role)} replace />;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const refused = await signIn(email, password).catch((e: unknown) => e);
    setBusy(false);
    if (refused) setError(refused instanceof ApiCallError ? refused : new ApiCallError(400, refused as never));
  }

  return (
    <main id="main" className="sign-in">
      <div className="sign-in-card">
        <p className="app-name">{m.web.appName}</p>
        <PageTitle>{m.web.signIn.title}</PageTitle>
        {state.status === 'signed-out' && state.ended && <p role="status">{m.web.sessionEnded}</p>}
        <p>{m.web.signIn.intro}</p>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <ErrorMessage error={error} />
          <Field label={m.web.signIn.email}>
            {(props) => (
              <input
                {...props}
                type="email"
                name="email"
                autoComplete="username"
                required
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
            )}
          </Field>
          <Field label={m.web.signIn.password}>
            {(props) => (
              <input
                {...props}
                type="password"
                name="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? m.web.signIn.signingIn : m.web.signIn.submit}
          </button>
        </form>
        <LanguageSwitch />
      </div>
    </main>
  );
}
