import { useEffect, useId, useRef, type ReactNode } from 'react';
import { ApiCallError } from '../api';
import { useI18n } from '../i18n';

/** The page's heading; takes the focus when the page opens, so screen readers announce it. */
export function PageTitle({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}

export function Loading() {
  const { m } = useI18n();
  return (
    <p role="status" className="loading">
      {m.web.common.loading}
    </p>
  );
}

/**
 * An error as the API words it (its message, in the chosen language, and each field's problem),
 * or the network's. Announced to screen readers as it appears.
 */
export function ErrorMessage({ error }: { error: unknown }) {
  const { m } = useI18n();
  if (!error) return null;
  let text: string;
  let details: { field?: string; message: string }[] = [];
  if (error instanceof ApiCallError && error.body) {
    text =
      error.status >= 500 ? m.web.common.unexpected({ requestId: error.body.requestId ?? '' }) : error.body.message;
    details = (error.body.details ?? []) as { field?: string; message: string }[];
  } else if (error instanceof ApiCallError && error.status === 0) {
    text = m.web.common.networkError;
  } else {
    text = error instanceof Error ? error.message : String(error);
  }
  return (
    <div role="alert" className="error-message" data-code={error instanceof ApiCallError ? error.code : undefined}>
      <p>{text}</p>
      {details.length > 0 && (
        <ul>
          {details.map((detail, index) => (
            <li key={index}>{detail.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A labelled form field; the hint and the error are tied to the control for assistive technology. */
export function Field({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint?: ReactNode;
  error?: string;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A status line that screen readers announce politely (saved, progress). */
export function Status({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="status">
      {children}
    </p>
  );
}

/**
 * The frame a wide table scrolls in on a narrow screen. It can take the focus and has a name, so
 * a keyboard user can scroll it too (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
