import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type IsoDate } from '@app/calendar';
import { type Principal, Role } from '../access/roles.js';
import { ConsentPurpose } from '../personal-data/consent.entity.js';
import { consentInForceSql } from '../personal-data/consent.sql.js';
import { rawSql, sql, type SqlFragment } from '../shared/sql-fragment.js';
import { type CloseReason, type ContactKind, type CustodyKind, type EpisodeFacts } from './custody-episode-rules.js';

/** An episode as the service reads it, with the names a reader sees. */
export interface CustodyEpisodeRow {
  id: string;
  personId: string;
  personName: string;
  address: string | null;
  probationUnitId: string;
  probationUnitName: string;
  consentId: string;
  kind: CustodyKind;
  institution: string;
  startedOn: IsoDate;
  expectedReleaseOn: IsoDate | null;
  paroleOn: IsoDate | null;
  sentenceMonths: number | null;
  contactKind: ContactKind;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  contactUserId: string | null;
  /** For the probation officer as contact: the officer's name and email, or the unit's mailbox. */
  officerName: string | null;
  officerEmail: string | null;
  unitContactEmail: string;
  recordedBy: string;
  releasedOn: IsoDate | null;
  closedAt: Date | null;
  closedReason: CloseReason | null;
  version: number;
  createdAt: Date;
}

export interface NewCustodyEpisode extends EpisodeFacts {
  id: string;
  personId: string;
  probationUnitId: string;
  consentId: string;
  contactUserId: string | null;
  recordedBy: string;
}

const SELECT = `
  SELECT e.id, e.person_id AS "personId", p.name AS "personName", p.address,
         e.probation_unit_id AS "probationUnitId", u.name AS "probationUnitName", e.consent_id AS "consentId",
         e.kind, e.institution, e.started_on::text AS "startedOn", e.expected_release_on::text AS "expectedReleaseOn",
         e.parole_on::text AS "paroleOn", e.sentence_months AS "sentenceMonths",
         e.contact_kind AS "contactKind", e.contact_name AS "contactName", e.contact_phone AS "contactPhone",
         e.contact_email AS "contactEmail", e.contact_user_id AS "contactUserId",
         officer.name AS "officerName", officer.email AS "officerEmail", u.contact_email AS "unitContactEmail",
         e.recorded_by AS "recordedBy", e.released_on::text AS "releasedOn", e.closed_at AS "closedAt",
         e.closed_reason AS "closedReason", e.version, e.created_at AS "createdAt"
    FROM custody_episode e
    JOIN person p ON p.id = e.person_id
    JOIN probation_unit u ON u.id = e.probation_unit_id
    LEFT JOIN app_user officer ON officer.id = e.contact_user_id`;

/** The person has a `probation-cooperation` consent in force naming `recipientId` (alias `alias`). */
function probationConsentNames(alias: string, recipientId: string | null): SqlFragment {
  return sql`EXISTS (SELECT 1 FROM consent ${rawSql(alias)}
                      WHERE ${rawSql(alias)}.person_id = e.person_id
                        AND ${rawSql(alias)}.purpose = ${ConsentPurpose.ProbationCooperation}
                        AND ${rawSql(alias)}.recipient_id = ${recipientId}
                        AND ${rawSql(consentInForceSql(alias))})`;
}

/**
 * Which episodes a principal may see, as a condition on `custody_episode e` joined to its
 * `person p` (docs/probation.md#who-sees-what). Always only while the episode's own consent (the
 * one naming the probation unit) is in force — a withdrawal or expiry hides it from everyone at once —
 * and then:
 * - probation officer: episodes of their own unit;
 * - housing caseworker: persons their organisation registered, whose consent also names the organisation;
 * - municipal social worker: residents of their municipality whose consent also names the municipality;
 * - everyone else: none, `null`.
 */
export function custodyEpisodeScopeSql(principal: Principal): SqlFragment | null {
  const own = sql`EXISTS (SELECT 1 FROM consent episode_consent
                           WHERE episode_consent.id = e.consent_id
                             AND ${rawSql(consentInForceSql('episode_consent'))})`;
  switch (principal.role) {
    case Role.ProbationOfficer:
      return sql`e.probation_unit_id = ${principal.probationUnitId} AND ${own}`;
    case Role.HousingCaseworker:
      return sql`p.housing_organisation_id = ${principal.housingOrganisationId} AND ${own}
        AND ${probationConsentNames('landlord_consent', principal.housingOrganisationId)}`;
    case Role.MunicipalSocialWorker:
      return sql`p.municipality_id = ${principal.municipalityId} AND ${own}
        AND ${probationConsentNames('municipality_consent', principal.municipalityId)}`;
    default:
      return null;
  }
}

/** The `custody_episode` table: every read goes through the caller's scope. */
@Injectable()
export class CustodyEpisodeRepository {
  /**
   * The person's `probation-cooperation` consent naming `recipientId`, in force at `at` (the latest
   * given), locked so that a withdrawal running at the same time waits for the episode (and then
   * closes it) rather than missing it.
   */
  async lockConsentInForce(
    manager: EntityManager,
    personId: string,
    recipientId: string,
    at: Date,
  ): Promise<string | null> {
    const [row]: { id: string }[] = await manager.query(
      `SELECT id FROM consent
        WHERE person_id = $1 AND purpose = $2 AND recipient_id = $3 AND ${consentInForceSql('consent', '$4')}
        ORDER BY given_at DESC, id LIMIT 1 FOR UPDATE`,
      [personId, ConsentPurpose.ProbationCooperation, recipientId, at],
    );
    return row?.id ?? null;
  }

  async probationUnitExists(manager: EntityManager, unitId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM probation_unit WHERE id = $1`, [unitId]);
    return rows.length > 0;
  }

  /**
   * How many open episodes the person has, with the person's row locked so that two recordings at
   * the same time count one after the other (the partial unique index backs this up).
   */
  async lockAndCountOpen(manager: EntityManager, personId: string): Promise<number> {
    await manager.query(`SELECT 1 FROM person WHERE id = $1 FOR UPDATE`, [personId]);
    const [row]: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM custody_episode WHERE person_id = $1 AND closed_at IS NULL`,
      [personId],
    );
    return row?.n ?? 0;
  }

  async insert(manager: EntityManager, episode: NewCustodyEpisode): Promise<void> {
    await manager.query(
      `INSERT INTO custody_episode (id, person_id, probation_unit_id, consent_id, kind, institution, started_on,
                                    expected_release_on, parole_on, sentence_months, contact_kind, contact_name,
                                    contact_phone, contact_email, contact_user_id, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
      [
        episode.id,
        episode.personId,
        episode.probationUnitId,
        episode.consentId,
        episode.kind,
        episode.institution,
        episode.startedOn,
        episode.expectedReleaseOn,
        episode.paroleOn,
        episode.sentenceMonths,
        episode.contact.kind,
        episode.contact.name ?? null,
        episode.contact.phone ?? null,
        episode.contact.email ?? null,
        episode.contactUserId,
        episode.recordedBy,
      ],
    );
  }

  /** One episode the principal may see; `lock` holds it for a change in this transaction. */
  async findVisible(
    manager: EntityManager,
    principal: Principal,
    id: string,
    lock: boolean,
  ): Promise<CustodyEpisodeRow | null> {
    const scope = custodyEpisodeScopeSql(principal);
    if (!scope) return null;
    const { text, values } = sql`${rawSql(SELECT)} WHERE e.id = ${id} AND ${scope}${rawSql(
      lock ? ' FOR UPDATE OF e' : '',
    )}`.toQuery();
    const [row]: CustodyEpisodeRow[] = await manager.query(text, values);
    return row ? normalise(row) : null;
  }

  /** The episodes the principal may see: open first (latest start first), then closed ones. */
  async listVisible(
    manager: EntityManager,
    principal: Principal,
    filter: { personId?: string; open?: boolean },
    limit: number,
  ): Promise<CustodyEpisodeRow[]> {
    const scope = custodyEpisodeScopeSql(principal);
    if (!scope) return [];
    const conditions: SqlFragment[] = [scope];
    if (filter.personId) conditions.push(sql`e.person_id = ${filter.personId}`);
    if (filter.open !== undefined)
      conditions.push(filter.open ? sql`e.closed_at IS NULL` : sql`e.closed_at IS NOT NULL`);
    let where = conditions[0]!;
    for (const condition of conditions.slice(1)) where = sql`${where} AND ${condition}`;
    const { text, values } = sql`${rawSql(SELECT)} WHERE ${where}
      ORDER BY (e.closed_at IS NULL) DESC, e.started_on DESC, e.id LIMIT ${limit}`.toQuery();
    const rows: CustodyEpisodeRow[] = await manager.query(text, values);
    return rows.map(normalise);
  }

  /** Writes changed facts with the version read; false when another version is stored. */
  async update(
    manager: EntityManager,
    id: string,
    version: number,
    facts: EpisodeFacts,
    officerId: string,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      // Through a CTE: a bare UPDATE … RETURNING answers [rows, count] in TypeORM.
      `WITH updated AS (
         UPDATE custody_episode
            SET kind = $3, institution = $4, started_on = $5, expected_release_on = $6, parole_on = $7,
                sentence_months = $8, contact_kind = $9, contact_name = $10, contact_phone = $11,
                contact_email = $12,
                contact_user_id = CASE WHEN $9::varchar = 'probation_officer' THEN coalesce(contact_user_id, $13) END,
                version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 AND closed_at IS NULL
         RETURNING id
       ) SELECT id FROM updated`,
      [
        id,
        version,
        facts.kind,
        facts.institution,
        facts.startedOn,
        facts.expectedReleaseOn,
        facts.paroleOn,
        facts.sentenceMonths,
        facts.contact.kind,
        facts.contact.name ?? null,
        facts.contact.phone ?? null,
        facts.contact.email ?? null,
        officerId,
      ],
    );
    return rows.length > 0;
  }

  /** Closes an open episode as released on `releasedOn`; false when another version is stored. */
  async release(
    manager: EntityManager,
    id: string,
    version: number,
    releasedOn: IsoDate,
    userId: string,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `WITH updated AS (
         UPDATE custody_episode
            SET released_on = $3, closed_at = now(), closed_reason = 'released', closed_by = $4,
                version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 AND closed_at IS NULL
         RETURNING id
       ) SELECT id FROM updated`,
      [id, version, releasedOn, userId],
    );
    return rows.length > 0;
  }

  /**
   * The open episodes of the tenancy's tenants that the landlord may know of: the episode's own
   * consent in force and one naming the landlord (`housingOrganisationId`) too. For the case read.
   */
  async openForTenancyAndLandlord(
    manager: EntityManager,
    tenancyId: string,
    housingOrganisationId: string,
  ): Promise<CustodyEpisodeRow[]> {
    const { text, values } = sql`${rawSql(SELECT)}
      WHERE e.closed_at IS NULL
        AND e.person_id IN (SELECT person_id FROM tenancy_tenant WHERE tenancy_id = ${tenancyId})
        AND EXISTS (SELECT 1 FROM consent episode_consent
                     WHERE episode_consent.id = e.consent_id AND ${rawSql(consentInForceSql('episode_consent'))})
        AND ${probationConsentNames('landlord_consent', housingOrganisationId)}
      ORDER BY e.started_on, e.id`.toQuery();
    const rows: CustodyEpisodeRow[] = await manager.query(text, values);
    return rows.map(normalise);
  }

  /** The custody-arrears warnings raised about the episodes (their occurrence names the episode). */
  async arrearsWarningIds(manager: EntityManager, episodeIds: readonly string[]): Promise<string[]> {
    if (episodeIds.length === 0) return [];
    const rows: { id: string }[] = await manager.query(
      `SELECT w.id FROM warning w, unnest($1::uuid[]) AS episode(id)
        WHERE w.rule_code = 'custody-arrears-registered' AND w.occurrence LIKE 'custody:' || episode.id || ':%'`,
      [episodeIds],
    );
    return rows.map((r) => r.id);
  }

  /** What a consent row is for and whom it names (the withdrawal hook decides from it). */
  async consentRecipient(
    manager: EntityManager,
    consentId: string,
  ): Promise<{ purpose: string; recipientType: string; recipientId: string } | null> {
    const [row]: { purpose: string; recipientType: string; recipientId: string }[] = await manager.query(
      `SELECT purpose, recipient_type AS "recipientType", recipient_id AS "recipientId" FROM consent WHERE id = $1`,
      [consentId],
    );
    return row ?? null;
  }

  /** The unit's custody-notice setting: business days its notices' recipients have to acknowledge. */
  async custodyNoticeAckDays(manager: EntityManager, unitId: string): Promise<number | null> {
    const [row]: { days: number }[] = await manager.query(
      `SELECT custody_notice_ack_business_days AS days FROM probation_unit WHERE id = $1`,
      [unitId],
    );
    return row ? Number(row.days) : null;
  }

  async setCustodyNoticeAckDays(manager: EntityManager, unitId: string, days: number): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `WITH u AS (
         UPDATE probation_unit SET custody_notice_ack_business_days = $2 WHERE id = $1 RETURNING id
       ) SELECT id FROM u`,
      [unitId, days],
    );
    return rows.length > 0;
  }

  /** Erasure: the persons' episodes go entirely (criminal-offence data is kept no longer than the person). */
  async eraseForPersons(manager: EntityManager, personIds: readonly string[]): Promise<void> {
    if (personIds.length === 0) return;
    await manager.query(`DELETE FROM custody_episode WHERE person_id = ANY($1::uuid[])`, [personIds]);
  }

  /** Closes every open episode recorded on the consent (it was withdrawn); the episodes closed. */
  async closeForConsent(
    manager: EntityManager,
    consentId: string,
    userId: string,
  ): Promise<{ id: string; personId: string }[]> {
    return manager.query(
      `WITH closed AS (
         UPDATE custody_episode
            SET closed_at = now(), closed_reason = 'consent_withdrawn', closed_by = $2,
                version = version + 1, updated_at = now()
          WHERE consent_id = $1 AND closed_at IS NULL
         RETURNING id, person_id
       ) SELECT id, person_id AS "personId" FROM closed`,
      [consentId, userId],
    );
  }
}

/** Whom to contact about post while the tenant is away, as a reader sees it. */
export interface EpisodeContactView {
  kind: ContactKind;
  name: string;
  phone: string | null;
  email: string | null;
}

/** The contact: the person named, or the officer (or, with none named, the unit and its mailbox). */
export function contactOf(row: CustodyEpisodeRow): EpisodeContactView {
  if (row.contactKind === 'person') {
    return { kind: 'person', name: row.contactName ?? '', phone: row.contactPhone, email: row.contactEmail };
  }
  return {
    kind: 'probation_officer',
    name: row.officerName ?? row.probationUnitName,
    phone: null,
    email: row.officerEmail ?? row.unitContactEmail,
  };
}

function normalise(row: CustodyEpisodeRow): CustodyEpisodeRow {
  return { ...row, sentenceMonths: row.sentenceMonths === null ? null : Number(row.sentenceMonths) };
}
