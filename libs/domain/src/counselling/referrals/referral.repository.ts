import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type IsoDate } from '@app/calendar';
import { type Principal } from '../../access/roles.js';
import { caseColumns, caseScopeSql } from '../../arrears/case-scope.sql.js';
import { ConsentPurpose } from '../../personal-data/consent.entity.js';
import { consentInForceSql } from '../../personal-data/consent.sql.js';
import { rawSql, sql, type SqlFragment } from '../../shared/sql-fragment.js';
import { type ClosedOutcome, type ReferralChange, type ReferralStatus, type ServiceLevel } from './referral-rules.js';
import { referralScopeSql } from './referral-scope.sql.js';

/** A referral as the service reads it, with the names a reader sees. */
export interface ReferralRow {
  id: string;
  caseId: string;
  personId: string;
  personName: string;
  address: string;
  counsellingProviderId: string;
  counsellingProviderName: string;
  consentId: string;
  referredBy: string;
  referringHousingOrganisationId: string | null;
  referringMunicipalityId: string | null;
  serviceLevel: ServiceLevel;
  status: ReferralStatus;
  sentOn: IsoDate;
  acceptedOn: IsoDate | null;
  declinedOn: IsoDate | null;
  declineReason: string | null;
  firstContactOn: IsoDate | null;
  closedOn: IsoDate | null;
  outcome: ClosedOutcome | null;
  warningId: string | null;
  /** The provider's business days to answer and to make first contact. */
  answerBusinessDays: number;
  version: number;
  createdAt: Date;
}

export interface NewReferral {
  id: string;
  caseId: string;
  personId: string;
  counsellingProviderId: string;
  consentId: string;
  referredBy: string;
  referringHousingOrganisationId: string | null;
  referringMunicipalityId: string | null;
  serviceLevel: ServiceLevel;
  sentOn: IsoDate;
}

/** An accepted referral that may be due a first-contact reminder. */
export interface FirstContactCandidate {
  id: string;
  caseId: string;
  personId: string;
  personName: string;
  counsellingProviderId: string;
  sentOn: IsoDate;
  acceptedOn: IsoDate;
  answerBusinessDays: number;
  referringHousingOrganisationId: string | null;
  referringMunicipalityId: string | null;
}

/** The case a referral is made for, as far as the referrer may see it. */
export interface ReferralCase {
  id: string;
  tenancyId: string;
  housingOrganisationId: string;
  municipalityId: string;
}

const SELECT = `
  SELECT r.id, r.case_id AS "caseId", r.person_id AS "personId", p.name AS "personName",
         concat_ws(', ', t.address, nullif(concat_ws(' ', t.postcode, t.city), '')) AS address,
         r.counselling_provider_id AS "counsellingProviderId", cp.name AS "counsellingProviderName",
         r.consent_id AS "consentId", r.referred_by AS "referredBy",
         r.referring_housing_organisation_id AS "referringHousingOrganisationId",
         r.referring_municipality_id AS "referringMunicipalityId",
         r.service_level AS "serviceLevel", r.status, r.sent_on::text AS "sentOn",
         r.accepted_on::text AS "acceptedOn", r.declined_on::text AS "declinedOn", r.decline_reason AS "declineReason",
         r.first_contact_on::text AS "firstContactOn", r.closed_on::text AS "closedOn", r.outcome,
         r.warning_id AS "warningId", cp.referral_answer_business_days AS "answerBusinessDays",
         r.version, r.created_at AS "createdAt"
    FROM referral r
    JOIN arrears_case c ON c.id = r.case_id
    JOIN tenancy t ON t.id = c.tenancy_id
    JOIN person p ON p.id = r.person_id
    JOIN counselling_provider cp ON cp.id = r.counselling_provider_id`;

/** The `referral` table: every read goes through the caller's scope (referral-scope.sql.ts). */
@Injectable()
export class ReferralRepository {
  /** The case, if it is in the principal's case scope (case-scope.sql.ts). */
  async caseInScope(manager: EntityManager, principal: Principal, caseId: string): Promise<ReferralCase | null> {
    const scope = caseScopeSql(principal, caseColumns('c'));
    if (!scope) return null;
    const { text, values } = sql`SELECT c.id, c.tenancy_id AS "tenancyId",
        c.housing_organisation_id AS "housingOrganisationId", c.municipality_id AS "municipalityId"
      FROM arrears_case c WHERE c.id = ${caseId} AND ${scope}`.toQuery();
    const [row]: ReferralCase[] = await manager.query(text, values);
    return row ?? null;
  }

  async isTenant(manager: EntityManager, tenancyId: string, personId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM tenancy_tenant WHERE tenancy_id = $1 AND person_id = $2`,
      [tenancyId, personId],
    );
    return rows.length > 0;
  }

  /**
   * The person's consent for debt counselling naming the provider, in force at `at` (the latest
   * given), locked so that a withdrawal running at the same time waits for the referral (and then
   * closes it) rather than missing it.
   */
  async lockConsentInForce(
    manager: EntityManager,
    personId: string,
    providerId: string,
    at: Date,
  ): Promise<string | null> {
    const [row]: { id: string }[] = await manager.query(
      `SELECT id FROM consent
        WHERE person_id = $1 AND purpose = $2 AND recipient_id = $3 AND ${consentInForceSql('consent', '$4')}
        ORDER BY given_at DESC, id LIMIT 1 FOR UPDATE`,
      [personId, ConsentPurpose.DebtCounselling, providerId, at],
    );
    return row?.id ?? null;
  }

  /** The provider's name and its business days to answer a referral; null if it does not exist. */
  async provider(
    manager: EntityManager,
    providerId: string,
  ): Promise<{ name: string; answerBusinessDays: number } | null> {
    const [row]: { name: string; answerBusinessDays: number }[] = await manager.query(
      `SELECT name, referral_answer_business_days AS "answerBusinessDays" FROM counselling_provider WHERE id = $1`,
      [providerId],
    );
    return row ?? null;
  }

  /** Sets the provider's business days to answer a referral; false if the provider does not exist. */
  async setAnswerBusinessDays(manager: EntityManager, providerId: string, days: number): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      // Through a CTE: a bare UPDATE … RETURNING answers [rows, count] in TypeORM, never an empty array.
      `WITH updated AS (
         UPDATE counselling_provider SET referral_answer_business_days = $2, updated_at = now() WHERE id = $1 RETURNING id
       ) SELECT id FROM updated`,
      [providerId, days],
    );
    return rows.length > 0;
  }

  /** The referring organisation's name as a warning names a sender. */
  async organisationName(
    manager: EntityManager,
    organisation: { housingOrganisationId: string | null; municipalityId: string | null },
  ): Promise<string> {
    const [row]: { name: string }[] = organisation.housingOrganisationId
      ? await manager.query(`SELECT name FROM housing_organisation WHERE id = $1`, [organisation.housingOrganisationId])
      : await manager.query(`SELECT name || ' Kommune' AS name FROM municipality WHERE id = $1`, [
          organisation.municipalityId,
        ]);
    return row?.name ?? '';
  }

  async insert(manager: EntityManager, referral: NewReferral): Promise<void> {
    await manager.query(
      `INSERT INTO referral (id, case_id, person_id, counselling_provider_id, consent_id, referred_by,
                             referring_housing_organisation_id, referring_municipality_id, service_level, sent_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        referral.id,
        referral.caseId,
        referral.personId,
        referral.counsellingProviderId,
        referral.consentId,
        referral.referredBy,
        referral.referringHousingOrganisationId,
        referral.referringMunicipalityId,
        referral.serviceLevel,
        referral.sentOn,
      ],
    );
  }

  async setWarning(manager: EntityManager, referralId: string, warningId: string): Promise<void> {
    await manager.query(`UPDATE referral SET warning_id = $2 WHERE id = $1`, [referralId, warningId]);
  }

  /** One referral the principal may see; `lock` holds it for a change in this transaction. */
  async findVisible(
    manager: EntityManager,
    principal: Principal,
    referralId: string,
    lock = false,
  ): Promise<ReferralRow | null> {
    const scope = referralScopeSql(principal);
    if (!scope) return null;
    const { text, values } = sql`${rawSelect()} WHERE r.id = ${referralId} AND ${scope}`.toQuery();
    const [row]: ReferralRow[] = await manager.query(lock ? `${text} FOR UPDATE OF r` : text, values);
    return row ?? null;
  }

  /** The referrals the principal may see, newest first (the service orders them for the advisor). */
  async listVisible(
    manager: EntityManager,
    principal: Principal,
    filter: { status?: ReferralStatus; caseId?: string },
    limit: number,
  ): Promise<ReferralRow[]> {
    const scope = referralScopeSql(principal);
    if (!scope) return [];
    let where: SqlFragment = scope;
    if (filter.status) where = sql`${where} AND r.status = ${filter.status}`;
    if (filter.caseId) where = sql`${where} AND r.case_id = ${filter.caseId}`;
    const { text, values } =
      sql`${rawSelect()} WHERE ${where} ORDER BY r.created_at DESC, r.id LIMIT ${limit}`.toQuery();
    return manager.query(text, values);
  }

  /** Writes a decided step if the version is still `version`; false when someone changed it first. */
  async applyChange(
    manager: EntityManager,
    referralId: string,
    version: number,
    change: ReferralChange,
  ): Promise<boolean> {
    // Through a CTE: a bare UPDATE … RETURNING answers [rows, count] in TypeORM, never an empty array.
    const rows: unknown[] = await manager.query(
      `WITH updated AS (
       UPDATE referral
          SET status = $3,
              accepted_on = COALESCE($4::date, accepted_on),
              declined_on = COALESCE($5::date, declined_on),
              decline_reason = COALESCE($6, decline_reason),
              first_contact_on = COALESCE($7::date, first_contact_on),
              closed_on = COALESCE($8::date, closed_on),
              outcome = COALESCE($9, outcome),
              version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2
        RETURNING id
       ) SELECT id FROM updated`,
      [
        referralId,
        version,
        change.status,
        change.acceptedOn ?? null,
        change.declinedOn ?? null,
        change.declineReason ?? null,
        change.firstContactOn ?? null,
        change.closedOn ?? null,
        change.outcome ?? null,
      ],
    );
    return rows.length > 0;
  }

  /**
   * Accepted referrals without a first contact whose consent is in force and whose reminder has not
   * been raised yet: the candidates for the first-contact reminder (the service checks the date).
   */
  async firstContactCandidates(manager: EntityManager): Promise<FirstContactCandidate[]> {
    return manager.query(
      `SELECT r.id, r.case_id AS "caseId", r.person_id AS "personId", p.name AS "personName",
              r.counselling_provider_id AS "counsellingProviderId", r.sent_on::text AS "sentOn",
              r.accepted_on::text AS "acceptedOn", cp.referral_answer_business_days AS "answerBusinessDays",
              r.referring_housing_organisation_id AS "referringHousingOrganisationId",
              r.referring_municipality_id AS "referringMunicipalityId"
         FROM referral r
         JOIN person p ON p.id = r.person_id
         JOIN counselling_provider cp ON cp.id = r.counselling_provider_id
         JOIN consent rc ON rc.id = r.consent_id
        WHERE r.status = 'accepted' AND r.first_contact_on IS NULL AND ${consentInForceSql('rc')}
          AND NOT EXISTS (SELECT 1 FROM warning w WHERE w.rule_code = 'referral-first-contact-overdue'
                            AND w.case_id = r.case_id AND w.occurrence = 'first-contact:' || r.id::text)
        ORDER BY r.accepted_on, r.id`,
    );
  }

  /** The first-contact reminder of a referral, if one was raised. */
  async reminderWarningId(manager: EntityManager, referral: { id: string; caseId: string }): Promise<string | null> {
    const [row]: { id: string }[] = await manager.query(
      `SELECT id FROM warning WHERE rule_code = 'referral-first-contact-overdue' AND case_id = $1
          AND occurrence = 'first-contact:' || $2::text`,
      [referral.caseId, referral.id],
    );
    return row?.id ?? null;
  }

  /**
   * The payment-plan warnings (missed instalment, broken plan) the provider was told about the case
   * on the referral's consent (arrears/payment-plan's sweeper).
   */
  async paymentPlanWarningIds(
    manager: EntityManager,
    referral: { caseId: string; providerId: string },
  ): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM warning
        WHERE case_id = $1 AND recipient_type = 'counselling_provider' AND recipient_id = $2
          AND rule_code IN ('payment-plan-instalment-missed', 'payment-plan-broken')
        ORDER BY created_at, id`,
      [referral.caseId, referral.providerId],
    );
    return rows.map((row) => row.id);
  }

  /** The open referrals made under a consent, locked: a withdrawal closes them. */
  async lockOpenForConsent(
    manager: EntityManager,
    consentId: string,
  ): Promise<
    {
      id: string;
      caseId: string;
      status: ReferralStatus;
      sentOn: IsoDate;
      acceptedOn: IsoDate | null;
      version: number;
      personId: string;
      providerId: string;
      warningId: string | null;
    }[]
  > {
    return manager.query(
      `SELECT id, case_id AS "caseId", status, sent_on::text AS "sentOn", accepted_on::text AS "acceptedOn", version,
              person_id AS "personId", counselling_provider_id AS "providerId", warning_id AS "warningId"
         FROM referral WHERE consent_id = $1 AND status IN ('sent', 'accepted', 'in_contact')
        ORDER BY id FOR UPDATE`,
      [consentId],
    );
  }
}

function rawSelect(): SqlFragment {
  return rawSql(SELECT);
}
