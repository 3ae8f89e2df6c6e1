import { useEffect, useRef, type ReactNode, type RefObject } from 'react';

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

/** Focuses the element once, when it appears. */
export function useFocusOnMount(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    ref.current?.focus();
  }, [ref]);
}

/**
 * Focuses the element when `condition` turns true after having been false (a form that closed),
 * not when the page first opens: the page's heading has the focus then.
 */
export function useFocusAfter(condition: boolean, ref: RefObject<HTMLElement | null>): void {
  const before = useRef(condition);
  useEffect(() => {
    if (condition && !before.current) ref.current?.focus();
    before.current = condition;
  }, [condition, ref]);
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
