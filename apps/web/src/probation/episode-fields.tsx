import { useId } from 'react';
import { useI18n } from '../i18n';
import { Field } from '../ui/components';
import {
  CONTACT_KINDS,
  CUSTODY_KINDS,
  type ContactKind,
  type CustodyKind,
  type EpisodeDraft,
  type EpisodeProblems,
} from './episode-rules';

/**
 * The fields of a custody episode, shared by the form that records one and the one that corrects
 * it. Each field shows the page's own check (`problems`) or, after a refusal, the API's words for
 * it (`refused`, by the API's field name). No field asks about the offence.
 */
export function EpisodeFields({
  draft,
  onChange,
  problems,
  refused,
}: {
  draft: EpisodeDraft;
  onChange: (next: EpisodeDraft) => void;
  problems: EpisodeProblems;
  refused: Partial<Record<string, string>>;
}) {
  const { m } = useI18n();
  const t = m.webProbation.form;
  const id = useId();
  const set = <K extends keyof EpisodeDraft>(key: K, value: EpisodeDraft[K]) => onChange({ ...draft, [key]: value });
  const problem = (p: EpisodeProblems[keyof EpisodeProblems]) =>
    p === 'required'
      ? t.required
      : p === 'invalidMonths'
        ? t.invalidMonths
        : p === 'contactMissing'
          ? t.contactMissing
          : undefined;
  const contactError = problem(problems.contact) ?? refused.contact;
  return (
    <>
      <Field label={t.kind}>
        {(props) => (
          <select {...props} value={draft.kind} onChange={(e) => set('kind', e.target.value as CustodyKind)}>
            {CUSTODY_KINDS.map((k) => (
              <option key={k} value={k}>
                {m.webProbation.kinds[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t.institution}
        hint={t.institutionHint}
        error={problem(problems.institution) ?? refused.institution}
      >
        {(props) => (
          <input
            {...props}
            maxLength={200}
            value={draft.institution}
            onChange={(e) => set('institution', e.target.value)}
          />
        )}
      </Field>
      <Field label={t.startedOn} error={problem(problems.startedOn) ?? refused.startedOn}>
        {(props) => (
          <input {...props} type="date" value={draft.startedOn} onChange={(e) => set('startedOn', e.target.value)} />
        )}
      </Field>
      <Field label={t.expectedReleaseOn} hint={t.knownHint} error={refused.expectedReleaseOn}>
        {(props) => (
          <input
            {...props}
            type="date"
            value={draft.expectedReleaseOn}
            onChange={(e) => set('expectedReleaseOn', e.target.value)}
          />
        )}
      </Field>
      <Field label={t.paroleOn} hint={t.knownHint} error={refused.paroleOn}>
        {(props) => (
          <input {...props} type="date" value={draft.paroleOn} onChange={(e) => set('paroleOn', e.target.value)} />
        )}
      </Field>
      {draft.kind === 'sentence' && (
        <Field
          label={t.sentenceMonths}
          hint={t.sentenceMonthsHint}
          error={problem(problems.sentenceMonths) ?? refused.sentenceMonths}
        >
          {(props) => (
            <input
              {...props}
              inputMode="numeric"
              value={draft.sentenceMonths}
              onChange={(e) => set('sentenceMonths', e.target.value)}
            />
          )}
        </Field>
      )}
      <fieldset className="checkbox-group" aria-describedby={contactError ? `${id}-contact-error` : undefined}>
        <legend>{t.contact}</legend>
        <Field label={t.contactKind} hint={draft.contactKind === 'probation_officer' ? t.officerHint : undefined}>
          {(props) => (
            <select
              {...props}
              value={draft.contactKind}
              onChange={(e) => set('contactKind', e.target.value as ContactKind)}
            >
              {CONTACT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {m.webProbation.contactKinds[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {draft.contactKind === 'person' && (
          <>
            <Field label={t.contactName} error={problem(problems.contactName)}>
              {(props) => (
                <input
                  {...props}
                  maxLength={200}
                  autoComplete="off"
                  value={draft.contactName}
                  onChange={(e) => set('contactName', e.target.value)}
                />
              )}
            </Field>
            <Field label={t.contactPhone} hint={t.contactHint}>
              {(props) => (
                <input
                  {...props}
                  type="tel"
                  autoComplete="off"
                  value={draft.contactPhone}
                  onChange={(e) => set('contactPhone', e.target.value)}
                />
              )}
            </Field>
            <Field label={t.contactEmail}>
              {(props) => (
                <input
                  {...props}
                  type="email"
                  autoComplete="off"
                  value={draft.contactEmail}
                  onChange={(e) => set('contactEmail', e.target.value)}
                />
              )}
            </Field>
          </>
        )}
        {contactError && (
          <p id={`${id}-contact-error`} className="field-error">
            {contactError}
          </p>
        )}
      </fieldset>
    </>
  );
}
