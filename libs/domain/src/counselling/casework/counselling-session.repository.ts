import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type IsoDate } from '@app/calendar';
import { consentInForceSql } from '../../personal-data/consent.sql.js';
import { type EncryptedValue } from '../../personal-data/personal-data-cipher.js';
import { type SessionChannel, type SessionTopic } from '../budget/session-rules.js';

/** A session as stored; the note still encrypted (the service decrypts it for the advisor only). */
export interface SessionRow {
  id: string;
  referralId: string;
  heldOn: IsoDate;
  channel: SessionChannel;
  minutes: number;
  topics: SessionTopic[];
  nextActionText: string | null;
  nextActionDueOn: IsoDate | null;
  nextActionDoneOn: IsoDate | null;
  note: EncryptedValue | null;
  recordedBy: string;
  version: number;
  createdAt: Date;
}

export interface NewSession {
  id: string;
  referralId: string;
  heldOn: IsoDate;
  channel: SessionChannel;
  minutes: number;
  topics: readonly SessionTopic[];
  nextAction: { text: string; dueOn: IsoDate } | null;
  note: EncryptedValue | null;
  recordedBy: string;
}

/** A session whose next action is overdue and has not been reminded of yet (the sweeper's candidates). */
export interface NextActionDueCandidate {
  sessionId: string;
  referralId: string;
  caseId: string;
  personId: string;
  personName: string;
  counsellingProviderId: string;
  dueOn: IsoDate;
  referringHousingOrganisationId: string | null;
  referringMunicipalityId: string | null;
}

interface StoredSession extends Omit<SessionRow, 'note'> {
  noteCiphertext: Buffer | null;
  noteKeyId: string | null;
}

const COLUMNS = `s.id, s.referral_id AS "referralId", s.held_on::text AS "heldOn", s.channel, s.minutes, s.topics,
  s.next_action_text AS "nextActionText", s.next_action_due_on::text AS "nextActionDueOn",
  s.next_action_done_on::text AS "nextActionDoneOn", s.note_ciphertext AS "noteCiphertext",
  s.note_key_id AS "noteKeyId", s.recorded_by AS "recordedBy", s.version, s.created_at AS "createdAt"`;

function toRow({ noteCiphertext, noteKeyId, ...row }: StoredSession): SessionRow {
  return { ...row, note: noteCiphertext && noteKeyId ? { keyId: noteKeyId, ciphertext: noteCiphertext } : null };
}

/**
 * `counselling_session`: the sessions of a referral. The service has checked that the caller may see
 * the referral (ReferralRepository.findVisible, the advisor's scope) before it asks for its sessions,
 * so these statements take the referral's id as their scope.
 */
@Injectable()
export class CounsellingSessionRepository {
  async insert(manager: EntityManager, session: NewSession): Promise<void> {
    await manager.query(
      `INSERT INTO counselling_session (id, referral_id, held_on, channel, minutes, topics, next_action_text,
                                        next_action_due_on, note_ciphertext, note_key_id, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        session.id,
        session.referralId,
        session.heldOn,
        session.channel,
        session.minutes,
        session.topics,
        session.nextAction?.text ?? null,
        session.nextAction?.dueOn ?? null,
        session.note?.ciphertext ?? null,
        session.note?.keyId ?? null,
        session.recordedBy,
      ],
    );
  }

  /** The referral's sessions, the latest first. */
  async listOf(manager: EntityManager, referralId: string): Promise<SessionRow[]> {
    const rows: StoredSession[] = await manager.query(
      `SELECT ${COLUMNS} FROM counselling_session s WHERE s.referral_id = $1
        ORDER BY s.held_on DESC, s.created_at DESC, s.id`,
      [referralId],
    );
    return rows.map(toRow);
  }

  /** One session of the referral; `lock` holds it for a change. */
  async find(manager: EntityManager, referralId: string, sessionId: string, lock = false): Promise<SessionRow | null> {
    const [row]: StoredSession[] = await manager.query(
      `SELECT ${COLUMNS} FROM counselling_session s WHERE s.referral_id = $1 AND s.id = $2${lock ? ' FOR UPDATE' : ''}`,
      [referralId, sessionId],
    );
    return row ? toRow(row) : null;
  }

  /** Marks the next action done (a date) or not done (null), if the version is still `version`. */
  async setNextActionDone(
    manager: EntityManager,
    sessionId: string,
    version: number,
    done: { on: IsoDate; by: string } | null,
  ): Promise<boolean> {
    // Through a CTE: a bare UPDATE … RETURNING answers [rows, count] in TypeORM, never an empty array.
    const rows: unknown[] = await manager.query(
      `WITH updated AS (
       UPDATE counselling_session
          SET next_action_done_on = $3::date, next_action_done_by = $4::uuid, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2
        RETURNING id
       ) SELECT id FROM updated`,
      [sessionId, version, done?.on ?? null, done?.by ?? null],
    );
    return rows.length > 0;
  }

  /**
   * Next actions due before `today`, not done, on a referral the provider still works (accepted or
   * in contact) whose consent is in force, and not reminded of yet: the sweeper's candidates.
   */
  async nextActionDueCandidates(manager: EntityManager, today: IsoDate): Promise<NextActionDueCandidate[]> {
    return manager.query(
      `SELECT s.id AS "sessionId", r.id AS "referralId", r.case_id AS "caseId", r.person_id AS "personId",
              p.name AS "personName", r.counselling_provider_id AS "counsellingProviderId",
              s.next_action_due_on::text AS "dueOn",
              r.referring_housing_organisation_id AS "referringHousingOrganisationId",
              r.referring_municipality_id AS "referringMunicipalityId"
         FROM counselling_session s
         JOIN referral r ON r.id = s.referral_id
         JOIN person p ON p.id = r.person_id
         JOIN consent rc ON rc.id = r.consent_id
        WHERE s.next_action_due_on < $1::date AND s.next_action_done_on IS NULL
          AND r.status IN ('accepted', 'in_contact') AND ${consentInForceSql('rc')}
          AND NOT EXISTS (SELECT 1 FROM warning w WHERE w.rule_code = 'counselling-next-action-due'
                            AND w.case_id = r.case_id AND w.occurrence = 'next-action:' || s.id::text)
        ORDER BY s.next_action_due_on, s.id`,
      [today],
    );
  }

  /** The next-action reminder of a session, if one was raised. */
  async reminderWarningId(manager: EntityManager, caseId: string, sessionId: string): Promise<string | null> {
    const [row]: { id: string }[] = await manager.query(
      `SELECT id FROM warning WHERE rule_code = 'counselling-next-action-due' AND case_id = $1
          AND occurrence = 'next-action:' || $2::text`,
      [caseId, sessionId],
    );
    return row?.id ?? null;
  }

  /** The unacknowledged next-action reminders of the sessions of referrals made under a consent. */
  async openRemindersForConsent(manager: EntityManager, consentId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT w.id FROM warning w
         JOIN counselling_session s ON w.occurrence = 'next-action:' || s.id::text
         JOIN referral r ON r.id = s.referral_id AND r.case_id = w.case_id
        WHERE w.rule_code = 'counselling-next-action-due' AND r.consent_id = $1 AND w.acknowledged_at IS NULL
        ORDER BY w.id`,
      [consentId],
    );
    return rows.map((row) => row.id);
  }

  /** Anonymisation: the notes and next actions of the persons' sessions are cleared (dates, channel, topics stay for statistics). */
  async eraseForPersons(manager: EntityManager, personIds: readonly string[]): Promise<void> {
    await manager.query(
      `UPDATE counselling_session s
          SET note_ciphertext = NULL, note_key_id = NULL, next_action_text = NULL, next_action_due_on = NULL,
              next_action_done_on = NULL, next_action_done_by = NULL, version = s.version + 1, updated_at = now()
         FROM referral r
        WHERE r.id = s.referral_id AND r.person_id = ANY($1::uuid[])`,
      [personIds],
    );
  }
}
