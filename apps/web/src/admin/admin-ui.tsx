import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Small pieces the admin screens share: a form's heading that takes the focus when the form
 * opens (so a keyboard or screen-reader user lands in it), and a checkbox group in a fieldset.
 */
export function FormHeading({ id, children }: { id: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h3 id={id} ref={ref} tabIndex={-1} className="admin-form-title">
      {children}
    </h3>
  );
}

export interface Choice {
  value: string;
  label: string;
}

/** Checkboxes for a set of values, under a legend; `hint` and `error` are tied to the group. */
export function CheckboxGroup({
  id,
  legend,
  hint,
  error,
  choices,
  value,
  onChange,
  empty,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  choices: readonly Choice[];
  value: readonly string[];
  onChange: (next: string[]) => void;
  /** Shown instead of the boxes when there is nothing to choose. */
  empty?: string;
}) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={`field checkbox-group${error ? ' field-invalid' : ''}`}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {choices.length === 0 && empty && <p className="hint">{empty}</p>}
      {choices.map((choice) => {
        const boxId = `${id}-${choice.value}`;
        return (
          <div key={choice.value} className="checkbox">
            <input
              id={boxId}
              type="checkbox"
              checked={value.includes(choice.value)}
              onChange={(event) =>
                onChange(
                  event.target.checked ? [...value, choice.value] : value.filter((item) => item !== choice.value),
                )
              }
            />
            <label htmlFor={boxId}>{choice.label}</label>
          </div>
        );
      })}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
