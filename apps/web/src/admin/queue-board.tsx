import { useId, useState } from 'react';
import { api, call } from '../api';
import { useI18n } from '../i18n';
import { ErrorMessage, Status } from '../ui/components';

export const QUEUE_BOARD_PATH = '/admin/queues';

/**
 * The link to the queue board (Bull Board, served by the API at /admin/queues). The board is a
 * plain page that cannot send the bearer token, so the button first asks the API for the
 * HttpOnly admin cookie (POST /admin/session, with the token from memory) and then opens the
 * board in a new tab. The tab is opened at the click, before the call, because a browser lets
 * a page open a window only while it handles the user's action; it is pointed at the board
 * once the cookie is set, or closed if the API refused.
 */
export function QueueBoardLink() {
  const { m } = useI18n();
  const t = m.webAdmin.queueBoard;
  const headingId = useId();
  const [state, setState] = useState<'idle' | 'opening' | 'opened' | 'blocked'>('idle');
  const [error, setError] = useState<unknown>();

  const open = async () => {
    setError(undefined);
    setState('opening');
    const tab = window.open('', '_blank');
    try {
      await call(api.POST('/admin/session'));
    } catch (failure) {
      tab?.close();
      setError(failure);
      setState('idle');
      return;
    }
    if (!tab) {
      setState('blocked');
      return;
    }
    // The board needs nothing from this page: cut the link back to it before it loads.
    tab.opener = null;
    tab.location.href = QUEUE_BOARD_PATH;
    setState('opened');
  };

  return (
    <section aria-labelledby={headingId} className="admin-section queue-board">
      <h2 id={headingId}>{t.title}</h2>
      <p>{t.intro}</p>
      <ErrorMessage error={error} />
      {state === 'blocked' && (
        <div role="alert" className="error-message">
          <p>{t.blocked}</p>
        </div>
      )}
      {state === 'opened' && <Status>{t.opened}</Status>}
      <button type="button" disabled={state === 'opening'} onClick={() => void open()}>
        {state === 'opening' ? t.opening : t.open} <span className="visually-hidden">{t.newTab}</span>
      </button>
    </section>
  );
}
