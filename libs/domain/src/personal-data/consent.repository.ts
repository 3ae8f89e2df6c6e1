import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { Consent, type ConsentPurpose } from './consent.entity.js';
import { consentInForceSql } from './consent.sql.js';

/** A consent row to insert. */
export type NewConsent = Omit<Consent, 'createdAt'>;

/**
 * The `consent` table. Reads are of one person's consents: the caller has checked, in the same
 * transaction, that the person is in the reader's scope, and narrows to the consents that name
 * the reader's own organisation where the reader may see no others.
 */
@Injectable()
export class ConsentRepository {
  async insert(manager: EntityManager, consent: NewConsent): Promise<void> {
    await manager.insert(Consent, manager.create(Consent, consent));
  }

  /** The person's consents in the order given; only those naming `recipientId` when it is given. */
  listForPerson(manager: EntityManager, personId: string, recipientId?: string): Promise<Consent[]> {
    return manager.find(Consent, {
      where: recipientId === undefined ? { personId } : { personId, recipientId },
      order: { givenAt: 'ASC', id: 'ASC' },
    });
  }

  /** One consent of the person (a consent id under another person is not found). */
  findForPerson(manager: EntityManager, personId: string, consentId: string): Promise<Consent | null> {
    return manager.findOneBy(Consent, { id: consentId, personId });
  }

  async withdraw(manager: EntityManager, consentId: string, at: Date): Promise<void> {
    await manager.update(Consent, { id: consentId }, { withdrawnAt: at });
  }

  /** Whether the person has a consent for `purpose` naming `recipientId` in force at `at`. */
  async inForce(
    manager: EntityManager,
    personId: string,
    purpose: ConsentPurpose,
    recipientId: string,
    at: Date,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM consent
        WHERE person_id = $1 AND purpose = $2 AND recipient_id = $3 AND ${consentInForceSql('consent', '$4')} LIMIT 1`,
      [personId, purpose, recipientId, at],
    );
    return rows.length > 0;
  }
}
