import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiCallError, call, isNotFound } from '../api';
import { useI18n } from '../i18n';
import { NotFoundPage } from '../pages/not-found-page';
import { useMe } from '../session/session-context';
import { ErrorMessage, Field, Loading, PageTitle, Status } from '../ui/components';
import { formatDate, todayInCopenhagen } from '../ui/format';
import { EpisodeFields } from './episode-fields';
import { HousingPlanSection } from './housing-plan-section';
import { mayReadTasks } from './planning-rules';
import { ReleaseTasksSection } from './release-tasks-section';
import {
  contactLine,
  draftFromEpisode,
  episodePatch,
  refusedFields,
  type Episode,
  type EpisodePatch,
  type EpisodeProblems,
} from './episode-rules';

/**
 * `/custody-episodes/:episodeId`: one episode (GET /api/v1/custody-episodes/{id}), as the API lets
 * the caller see it. The unit's probation officers see every field and, while it is open, correct
 * it (PATCH with the version read) and record the release; a recipient (municipality, landlord)
 * sees the recipient view only. Unknown, out of scope or hidden after the consent was withdrawn
 * (404), or a malformed id: the same "not found" as an unknown address.
 */
export function EpisodePage() {
  const { episodeId = '' } = useParams();
  const episode = useQuery({
    queryKey: ['custody-episode', episodeId],
    queryFn: () => call(api.GET('/api/v1/custody-episodes/{id}', { params: { path: { id: episodeId } } })),
  });
  if (episode.isError) return isNotFound(episode.error) ? <NotFoundPage /> : <ErrorMessage error={episode.error} />;
  if (!episode.data) return <Loading />;
  return <EpisodeView episode={episode.data} />;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function EpisodeView({ episode: e }: { episode: Episode }) {
  const { m, language } = useI18n();
  const me = useMe();
  const t = m.webProbation.episode;
  const date = (value: string | null) => formatDate(value, language);
  const full = e.view === 'full';
  const officer = me.role === 'probation_officer' && full;
  const contact =
    e.contact.kind === 'probation_officer'
      ? `${e.contact.name} ${m.webProbation.officerSuffix}`
      : contactLine(e.contact);
  return (
    <article className="episode-page" data-testid="episode-page" data-view={e.view} data-open={String(e.open)}>
      <p>
        <Link to="/custody-episodes">{t.backToList}</Link>
      </p>
      <PageTitle>{t.title({ name: e.personName })}</PageTitle>
      <div className="case-columns">
        <div className="case-main">
          <section aria-labelledby="episode-facts" className="case-section">
            <h2 id="episode-facts">{t.facts}</h2>
            {!full && <p>{t.recipientNote}</p>}
            <dl className="facts" data-testid="episode-facts">
              <Fact label={t.person}>{e.personName}</Fact>
              <Fact label={t.address}>{e.address ?? t.unknown}</Fact>
              <Fact label={t.unit}>{e.probationUnit.name}</Fact>
              {full && <Fact label={t.kind}>{e.kind ? m.webProbation.kinds[e.kind] : t.unknown}</Fact>}
              {full && <Fact label={t.institution}>{e.institution ?? t.unknown}</Fact>}
              <Fact label={t.awaySince}>{date(e.startedOn)}</Fact>
              {full && (
                <Fact label={t.expectedReleaseOn}>{e.expectedReleaseOn ? date(e.expectedReleaseOn) : t.unknown}</Fact>
              )}
              {full && <Fact label={t.paroleOn}>{e.paroleOn ? date(e.paroleOn) : t.unknown}</Fact>}
              {!full && (
                <Fact label={t.expectedReturn}>{e.expectedReturnOn ? date(e.expectedReturnOn) : t.unknown}</Fact>
              )}
              {full && (
                <Fact label={t.sentenceMonths}>
                  {e.sentenceMonths ? t.months({ count: e.sentenceMonths }) : t.unknown}
                </Fact>
              )}
              <Fact label={t.contact}>
                <span data-testid="episode-contact">{contact}</span>
              </Fact>
              <Fact label={t.state}>
                <span data-testid="episode-state" className={e.open ? 'tag ok' : 'tag'}>
                  {e.open ? m.webProbation.open : m.webProbation.closed}
                </span>
              </Fact>
              {e.releasedOn && <Fact label={t.releasedOn}>{date(e.releasedOn)}</Fact>}
              {e.closedReason && <Fact label={t.closedReason}>{m.webProbation.closedReasons[e.closedReason]}</Fact>}
            </dl>
          </section>
        </div>
        <div className="case-actions">
          {!officer ? (
            <p className="hint">{t.readOnly}</p>
          ) : !e.open ? (
            <p>{t.closedNote}</p>
          ) : (
            <ReleaseForm episode={e} />
          )}
        </div>
      </div>
      {officer && e.open && <EditForm episode={e} />}
      <HousingPlanSection episode={e} />
      {mayReadTasks(me.role) && <ReleaseTasksSection episode={e} />}
    </article>
  );
}

/** On a STALE_VERSION the episode is read again, so the next try carries the current version. */
function useEpisodeMutation<B>(e: Episode, send: (body: B) => Promise<Episode>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (updated) => {
      client.setQueryData(['custody-episode', updated.id], updated);
      await client.invalidateQueries({ queryKey: ['custody-episodes'] });
    },
    onError: async (error) => {
      if (error instanceof ApiCallError && error.status === 409 && error.code === 'STALE_VERSION') {
        await client.invalidateQueries({ queryKey: ['custody-episode', e.id] });
      }
    },
  });
}

function EditForm({ episode: e }: { episode: Episode }) {
  const { m } = useI18n();
  const t = m.webProbation.episode.edit;
  const [draft, setDraft] = useState(() => draftFromEpisode(e));
  const [problems, setProblems] = useState<EpisodeProblems>({});
  const [note, setNote] = useState<string>();
  const mutation = useEpisodeMutation(e, (body: EpisodePatch) =>
    call(api.PATCH('/api/v1/custody-episodes/{id}', { params: { path: { id: e.id } }, body })),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNote(undefined);
    const result = episodePatch(e, draft);
    setProblems(result.problems);
    if (result.body) {
      mutation.mutate(result.body, {
        onSuccess: (updated) => {
          setDraft(draftFromEpisode(updated));
          setNote(t.done);
        },
      });
    } else if (Object.keys(result.problems).length === 0) {
      mutation.reset();
      setNote(t.nothingChanged);
    }
  };
  return (
    <section aria-labelledby="episode-edit" className="case-section">
      <h2 id="episode-edit">{t.title}</h2>
      <form onSubmit={submit} noValidate className="case-form" data-testid="episode-edit">
        <EpisodeFields draft={draft} onChange={setDraft} problems={problems} refused={refusedFields(mutation.error)} />
        <ErrorMessage error={mutation.error} />
        {note && <Status>{note}</Status>}
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {mutation.isPending ? m.web.common.saving : t.submit}
        </button>
      </form>
    </section>
  );
}

function ReleaseForm({ episode: e }: { episode: Episode }) {
  const { m } = useI18n();
  const t = m.webProbation.episode.release;
  const [releasedOn, setReleasedOn] = useState(() => todayInCopenhagen());
  const [missing, setMissing] = useState(false);
  const mutation = useEpisodeMutation(e, (on: string) =>
    call(
      api.POST('/api/v1/custody-episodes/{id}/release', {
        params: { path: { id: e.id } },
        body: { version: e.version, releasedOn: on },
      }),
    ),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!releasedOn);
    if (releasedOn) mutation.mutate(releasedOn);
  };
  return (
    <section aria-labelledby="episode-release" className="case-form" data-testid="episode-release">
      <h2 id="episode-release">{t.title}</h2>
      <p>{t.intro}</p>
      <form onSubmit={submit} noValidate>
        <Field label={t.releasedOn} error={missing ? m.webProbation.form.required : undefined}>
          {(props) => (
            <input {...props} type="date" value={releasedOn} onChange={(ev) => setReleasedOn(ev.target.value)} />
          )}
        </Field>
        <ErrorMessage error={mutation.error} />
        {mutation.isSuccess && <Status>{t.done}</Status>}
        <button type="submit" disabled={mutation.isPending}>
          {t.submit}
        </button>
      </form>
    </section>
  );
}
