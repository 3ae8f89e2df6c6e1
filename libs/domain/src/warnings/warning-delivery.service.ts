import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '@app/common';
import { RoleNotAllowedError } from '../access/access.errors.js';
import { Role, type Actor } from '../access/roles.js';
import { EntityNotFoundError } from '../directory/directory.errors.js';
import { SENDER_CASEWORKERS_SQL } from './recipients.sql.js';

/** What happens around an email that could not be delivered. */
@Injectable()
export class WarningDeliveryService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * Every attempt to email a warning failed: mark the warning, put a task in the inbox of the
   * caseworkers at the landlord that raised it (someone must phone the recipient), and show it on
   * the case's timeline. Runs in the transaction that marks the email undelivered.
   */
  async markUndelivered(manager: EntityManager, warningId: string, outboxId: string): Promise<void> {
    await manager.query(
      `WITH f AS (
         UPDATE warning w SET undelivered_at = coalesce(w.undelivered_at, now())
           FROM arrears_case c WHERE w.id = $1 AND c.id = w.case_id
         RETURNING w.id, w.case_id, w.urgency, w.sender_organisation_id, c.department_id, w.rule_code, w.recipient_type
       ),
       tasks AS (
         INSERT INTO inbox_item (id, user_id, warning_id, kind, urgency)
         SELECT gen_random_uuid(), u.id, f.id, 'undelivered', f.urgency FROM f JOIN app_user u ON ${SENDER_CASEWORKERS_SQL}
         ON CONFLICT ON CONSTRAINT uq_inbox_item DO NOTHING
       )
       INSERT INTO case_event (case_id, on_date, type, details)
       SELECT f.case_id, (now() AT TIME ZONE 'Europe/Copenhagen')::date, 'warning_undelivered',
              jsonb_build_object('warningId', f.id, 'rule', f.rule_code, 'recipientType', f.recipient_type,
                                 'notificationId', $2::text, 'recipient', o.recipient)
         FROM f JOIN outbox o ON o.id = $2`,
      [warningId, outboxId],
    );
  }

  /**
   * Sends an undelivered email again (after the address was corrected, or the recipient's server
   * is back): the row returns to pending with a fresh count of attempts and the relay queues it.
   * Administrators, and caseworkers of the landlord whose case it is.
   */
  async retry(
    actor: Actor,
    outboxId: string,
    beforeRequeue: () => Promise<void>,
  ): Promise<{ id: string; status: 'pending' }> {
    const { role, housingOrganisationId, departmentIds } = actor.principal;
    if (role !== Role.Administrator && role !== Role.HousingCaseworker) throw new RoleNotAllowedError();
    return this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(
        `SELECT o.id, o.status, o.warning_id, w.sender_organisation_id, c.department_id
           FROM outbox o LEFT JOIN warning w ON w.id = o.warning_id LEFT JOIN arrears_case c ON c.id = w.case_id
          WHERE o.id = $1 FOR UPDATE OF o`,
        [outboxId],
      );
      const outOfScope =
        role === Role.HousingCaseworker &&
        (row?.sender_organisation_id !== housingOrganisationId ||
          (departmentIds.length > 0 && !departmentIds.includes(row?.department_id)));
      if (!row || outOfScope) throw new EntityNotFoundError('notification');
      if (row.status !== 'undelivered') {
        throw new AppError('NOTIFICATION_NOT_UNDELIVERED', 409, {
          da: 'Kun en meddelelse, der ikke kunne leveres, kan sendes igen.',
          en: 'Only a notification that could not be delivered can be sent again.',
        });
      }
      // The finished job with this id goes first, or the relay's new job would be ignored as a duplicate.
      await beforeRequeue();
      await manager.query(
        `UPDATE outbox SET status = 'pending', attempts = 0, queued_at = NULL, failed_at = NULL, undelivered_at = NULL,
                last_error = NULL WHERE id = $1`,
        [outboxId],
      );
      if (row.warning_id) {
        await manager.query(
          `UPDATE warning SET undelivered_at = NULL WHERE id = $1
              AND NOT EXISTS (SELECT 1 FROM outbox WHERE warning_id = $1 AND status = 'undelivered')`,
          [row.warning_id],
        );
        await manager.query(
          `INSERT INTO case_event (case_id, on_date, type, actor_id, details)
           SELECT case_id, (now() AT TIME ZONE 'Europe/Copenhagen')::date, 'warning_retried', $2,
                  jsonb_build_object('warningId', id, 'notificationId', $3::text)
             FROM warning WHERE id = $1`,
          [row.warning_id, actor.principal.userId, outboxId],
        );
      }
      return { id: outboxId, status: 'pending' as const };
    });
  }
}
