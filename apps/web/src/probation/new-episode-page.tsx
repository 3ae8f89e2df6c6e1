import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api, call } from '../api';
import { newIdempotencyKey } from '../cases/case-rules';
import { useI18n } from '../i18n';
import { ErrorMessage, Field, Loading, PageTitle } from '../ui/components';
import { todayInCopenhagen } from '../ui/format';
import { EpisodeFields } from './episode-fields';
import { emptyDraft, episodeBody, refusedFields, type EpisodeBody, type EpisodeProblems } from './episode-rules';

/**
 * `/custody-episodes/new`: the probation officer records a custody episode for a person who
 * consented to cooperation with the unit. The persons offered are the ones the API lets the officer
 * see (GET /api/v1/persons: exactly those consents); a refusal (a date rule, an episode already
 * open, a consent no longer in force) is shown in the API's words, beside the field where it names
 * one. Sent with an Idempotency-Key, so a repeated click records one episode.
 */
export function NewEpisodePage() {
  const { m } = useI18n();
  const t = m.webProbation.form;
  const client = useQueryClient();
  const navigate = useNavigate();
  const persons = useQuery({
    queryKey: ['persons', 'probation'],
    queryFn: () => call(api.GET('/api/v1/persons', { params: { query: { limit: 200 } } })),
  });
  const [draft, setDraft] = useState(() => emptyDraft(todayInCopenhagen()));
  const [problems, setProblems] = useState<EpisodeProblems>({});
  const key = useRef(newIdempotencyKey());
  const mutation = useMutation({
    mutationFn: (body: EpisodeBody) =>
      call(api.POST('/api/v1/custody-episodes', { params: { header: { 'Idempotency-Key': key.current } }, body })),
    onSuccess: async (episode) => {
      client.setQueryData(['custody-episode', episode.id], episode);
      await client.invalidateQueries({ queryKey: ['custody-episodes'] });
      await navigate(`/custody-episodes/${episode.id}`);
    },
    onError: () => {
      // A refused body changes nothing: the corrected one is a new request.
      key.current = newIdempotencyKey();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = episodeBody(draft);
    setProblems(result.problems);
    if (result.body) mutation.mutate(result.body);
  };
  const refused = refusedFields(mutation.error);
  const people = persons.data?.items ?? [];
  return (
    <section data-testid="new-episode">
      <p>
        <Link to="/custody-episodes">{t.cancel}</Link>
      </p>
      <PageTitle>{t.title}</PageTitle>
      <p>{t.intro}</p>
      {persons.isPending ? (
        <Loading />
      ) : persons.isError ? (
        <ErrorMessage error={persons.error} />
      ) : (
        <form onSubmit={submit} noValidate className="case-form" data-testid="episode-form" aria-label={t.title}>
          <Field
            label={t.person}
            hint={people.length === 0 ? t.noPersons : undefined}
            error={problems.personId ? t.required : refused.personId}
          >
            {(props) => (
              <select
                {...props}
                value={draft.personId}
                onChange={(e) => setDraft({ ...draft, personId: e.target.value })}
              >
                <option value="">{t.choosePerson}</option>
                {people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.address ? `${p.name}, ${p.address}` : p.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <EpisodeFields draft={draft} onChange={setDraft} problems={problems} refused={refused} />
          <ErrorMessage error={mutation.error} />
          <button type="submit" className="primary" disabled={mutation.isPending}>
            {mutation.isPending ? t.submitting : t.submit}
          </button>
        </form>
      )}
    </section>
  );
}
