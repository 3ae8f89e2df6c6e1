import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, call, isNotFound } from '../api';
import { useI18n } from '../i18n';
import { NotFoundPage } from '../pages/not-found-page';
import { useMe, type Role } from '../session/session-context';
import { ErrorMessage, Field, Loading, PageTitle, Status } from '../ui/components';
import { formatDate, formatInstant, formatOre } from '../ui/format';
import { contactLine } from '../probation/episode-rules';
import { canAcknowledge, detailRows, isUuid, itemForWarning, type InboxItem } from './inbox-logic';

/** The roles that may open a case at all; the API still decides per case (`caseId` is null otherwise). */
const CASE_READERS: ReadonlySet<Role> = new Set([
  'housing_caseworker',
  'municipal_social_worker',
  'debt_advisor',
  'probation_officer',
  'administrator',
]);

const COMMENT_MAX = 2000;

/**
 * `/inbox/warnings/:warningId`, the page every warning email links to. The address carries the
 * warning's id; the page shows the signed-in user's own inbox item for it (the API finds it by
 * `?warningId=`, among the caller's items only), so someone else's warning is "not found".
 */
export function WarningPage() {
  const { warningId } = useParams();
  if (!isUuid(warningId)) return <NotFoundPage />;
  return <WarningOfUser warningId={warningId} />;
}

function WarningOfUser({ warningId }: { warningId: string }) {
  const queryClient = useQueryClient();
  const items = useQuery({
    queryKey: ['inbox', 'warning', warningId],
    queryFn: () => call(api.GET('/api/v1/inbox', { params: { query: { warningId, limit: 10 } } })),
  });

  // Opening the page reads the warning: every unread item of the user's for it is marked read,
  // once, and the unread count in the navigation follows.
  const marked = useRef(new Set<string>());
  const unread = (items.data?.items ?? []).filter((i) => i.readAt === null && !marked.current.has(i.id));
  useEffect(() => {
    if (unread.length === 0) return;
    for (const item of unread) marked.current.add(item.id);
    void Promise.all(
      unread.map((item) => call(api.POST('/api/v1/inbox/{id}/read', { params: { path: { id: item.id } } }))),
    )
      .catch(() => undefined)
      .then(() => queryClient.invalidateQueries({ queryKey: ['inbox'] }));
  }, [unread, queryClient]);

  if (items.isPending) return <Loading />;
  if (items.isError) return isNotFound(items.error) ? <NotFoundPage /> : <ErrorMessage error={items.error} />;
  const item = itemForWarning(items.data.items);
  if (!item) return <NotFoundPage />;
  return <WarningView item={item} />;
}

function WarningView({ item }: { item: InboxItem }) {
  const { m, language } = useI18n();
  const me = useMe();
  const t = m.webInbox.warningPage;
  const warning = item.warning;
  const data = warning.data;
  const recipientType = m.webInbox.recipientTypes[warning.recipientType as keyof typeof m.webInbox.recipientTypes];
  return (
    <article className="warning-page" data-testid="warning-page">
      <p className="warning-caption">{t.caption}</p>
      <PageTitle>
        {warning.title[language]}
        {data && ` – ${data.reference}`}
      </PageTitle>
      <p className="inbox-tags">
        <span className="tag">{m.webInbox.kinds[item.kind]}</span>
        {item.urgency === 'urgent' && <span className="tag urgent">{m.webInbox.urgency.urgent}</span>}
        {warning.acknowledgedAt && <span className="tag ok">{t.acknowledgedTitle}</span>}
      </p>

      <section aria-labelledby="warning-facts">
        <h2 id="warning-facts">{t.facts}</h2>
        <dl className="facts" data-testid="warning-facts">
          {data && (
            <>
              <dt>{t.reference}</dt>
              <dd data-testid="warning-reference">{data.reference}</dd>
            </>
          )}
          <dt>{t.kind}</dt>
          <dd>{warning.title[language]}</dd>
          {data && (
            <>
              <dt>{t.eventOnByRule[warning.rule as keyof typeof t.eventOnByRule] ?? t.eventOn}</dt>
              <dd>{formatDate(data.eventOn, language)}</dd>
            </>
          )}
          <dt>{t.acknowledgeBy}</dt>
          <dd>{formatDate(warning.acknowledgeBy, language)}</dd>
          <dt>{t.urgency}</dt>
          <dd>{m.webInbox.urgency[item.urgency]}</dd>
          {data && (
            <>
              <dt>{t.raisedBy}</dt>
              <dd>{data.senderName}</dd>
            </>
          )}
          <dt>{t.recipientType}</dt>
          <dd>{recipientType ?? warning.recipientType}</dd>
          <dt>{t.received}</dt>
          <dd>{formatInstant(warning.createdAt, language)}</dd>
          {warning.escalationLevel > 0 && (
            <>
              <dt>{t.escalationLevel}</dt>
              <dd>{warning.escalationLevel}</dd>
            </>
          )}
          {warning.undeliveredAt && (
            <>
              <dt>{t.undelivered}</dt>
              <dd>{formatInstant(warning.undeliveredAt, language)}</dd>
            </>
          )}
        </dl>
      </section>

      <section aria-labelledby="warning-tenancy">
        <h2 id="warning-tenancy">{t.legalDates}</h2>
        {data ? (
          <dl className="facts">
            <dt>{t.tenants}</dt>
            <dd>{data.tenantNames.join(', ') || '–'}</dd>
            <dt>{t.address}</dt>
            <dd>{data.address}</dd>
            {data.custody && <CustodyFacts custody={data.custody} />}
            {detailRows(data.details).map((row) => (
              <DetailRow key={row.key} label={t.details[row.key]}>
                {row.type === 'date'
                  ? formatDate(String(row.value), language)
                  : row.type === 'ore'
                    ? formatOre(row.value)
                    : String(row.value)}
              </DetailRow>
            ))}
          </dl>
        ) : (
          <p>{m.webInbox.noPersonalData}</p>
        )}
      </section>

      <p className="warning-links">
        {item.caseId && CASE_READERS.has(me.role) && (
          <Link to={`/cases/${item.caseId}`} data-testid="open-case">
            {t.openCase}
          </Link>
        )}
        {warning.rule === REFERRAL_SENT && me.role === 'debt_advisor' && <ReferralLink warningId={warning.id} />}
        {data?.custody && EPISODE_READERS.has(me.role) && (
          <Link to="/custody-episodes" data-testid="open-episodes">
            {m.webProbation.warning.openEpisodes}
          </Link>
        )}
        <Link to="/inbox">{t.backToInbox}</Link>
      </p>

      <Acknowledgement item={item} />
    </article>
  );
}

/** The roles that read custody episodes (the recipients of a custody notice among them). */
const EPISODE_READERS: ReadonlySet<Role> = new Set([
  'housing_caseworker',
  'municipal_social_worker',
  'probation_officer',
]);

type CustodyNotice = NonNullable<NonNullable<InboxItem['warning']['data']>['custody']>;

/**
 * What a custody notice carries (a warning without a case; docs/probation.md "The handshake"): the
 * recipient view of the episode — away since, expected return, the release, the contact for post.
 */
function CustodyFacts({ custody }: { custody: CustodyNotice }) {
  const { m, language } = useI18n();
  const t = m.webProbation.episode;
  return (
    <>
      <dt>{t.awaySince}</dt>
      <dd>{formatDate(custody.awaySince, language)}</dd>
      <dt>{t.expectedReturn}</dt>
      <dd>{custody.expectedReturnOn ? formatDate(custody.expectedReturnOn, language) : t.unknown}</dd>
      {custody.releasedOn && (
        <>
          <dt>{t.releasedOn}</dt>
          <dd>{formatDate(custody.releasedOn, language)}</dd>
        </>
      )}
      {custody.contact && (
        <>
          <dt>{t.contact}</dt>
          <dd data-testid="custody-notice-contact">
            {custody.contact.kind === 'probation_officer'
              ? `${custody.contact.name} ${m.webProbation.officerSuffix}`
              : contactLine(custody.contact)}
          </dd>
        </>
      )}
    </>
  );
}

/** The rule of the warning that delivers a referral to the provider's advisors. */
const REFERRAL_SENT = 'referral-sent';

/**
 * The referral a `referral-sent` warning delivered, found in the advisor's own list by the
 * warning's id (the warning carries no referral id); nothing once the referral is out of reach.
 */
function ReferralLink({ warningId }: { warningId: string }) {
  const { m } = useI18n();
  const referrals = useQuery({
    queryKey: ['referrals', { status: undefined }],
    queryFn: () => call(api.GET('/api/v1/referrals', { params: { query: {} } })),
  });
  const referral = referrals.data?.items.find((r) => r.warningId === warningId);
  if (!referral) return null;
  return (
    <Link to={`/referrals/${referral.id}`} data-testid="open-referral">
      {m.webCounselling.openReferral}
    </Link>
  );
}

function DetailRow({ label, children }: { label: string; children: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** The acknowledgement: the form while the warning waits for one, what was recorded once it has one. */
function Acknowledgement({ item }: { item: InboxItem }) {
  const { m, language } = useI18n();
  const me = useMe();
  const t = m.webInbox.warningPage;
  const queryClient = useQueryClient();
  const [comment, setComment] = useState('');
  const [justAcknowledged, setJustAcknowledged] = useState(false);
  const acknowledge = useMutation({
    mutationFn: (text: string) =>
      call(
        api.POST('/api/v1/inbox/{id}/acknowledge', {
          params: { path: { id: item.id } },
          body: text.trim() ? { comment: text.trim() } : {},
        }),
      ),
    onSuccess: (updated) => {
      setJustAcknowledged(true);
      queryClient.setQueryData(['inbox', 'warning', updated.warning.id], (old: { items: InboxItem[] } | undefined) =>
        old ? { ...old, items: old.items.map((i) => (i.id === updated.id ? updated : i)) } : old,
      );
    },
    // Refused (already acknowledged by a colleague) or not: the page and the count show what is true now.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['inbox'] }),
  });

  const warning = item.warning;
  if (warning.acknowledgedAt) {
    const who = warning.acknowledgedBy === me.id ? t.byYou : t.byColleague;
    return (
      <section aria-labelledby="acknowledgement" className="acknowledgement" data-testid="acknowledgement">
        <h2 id="acknowledgement">{t.acknowledgedTitle}</h2>
        {justAcknowledged && <Status>{t.acknowledgedNow}</Status>}
        <dl className="facts">
          <dt>{t.acknowledgedAt}</dt>
          <dd>{formatInstant(warning.acknowledgedAt, language)}</dd>
          <dt>{t.acknowledgedBy}</dt>
          <dd>{who}</dd>
          <dt>{t.commentGiven}</dt>
          <dd data-testid="acknowledgement-comment">{warning.acknowledgementComment ?? t.noComment}</dd>
        </dl>
      </section>
    );
  }
  if (!canAcknowledge(item)) {
    return <p className="notice">{t.notAcknowledgeable}</p>;
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    acknowledge.mutate(comment);
  };
  const tooLong = comment.trim().length > COMMENT_MAX;
  return (
    <section aria-labelledby="acknowledge" className="acknowledgement">
      <h2 id="acknowledge">{t.acknowledgeTitle}</h2>
      <p>{t.acknowledgeIntro}</p>
      <form onSubmit={submit} noValidate data-testid="acknowledge-form">
        <ErrorMessage error={acknowledge.error} />
        <Field
          label={t.comment}
          hint={t.commentHint}
          error={tooLong ? m.validation.maxLength({ max: String(COMMENT_MAX) }) : undefined}
        >
          {(props) => (
            <textarea {...props} name="comment" rows={4} value={comment} onChange={(e) => setComment(e.target.value)} />
          )}
        </Field>
        <button type="submit" className="primary" disabled={acknowledge.isPending || tooLong}>
          {acknowledge.isPending ? t.submitting : t.submit}
        </button>
      </form>
    </section>
  );
}
