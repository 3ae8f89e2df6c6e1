import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { copenhagenDateOf } from '@app/calendar';
import { AppError } from '@app/common';
import { localized } from '@app/i18n';
import { RoleNotAllowedError } from '../access/access.errors.js';
import { Role, type Actor } from '../access/roles.js';
import { EntityNotFoundError } from '../directory/directory.errors.js';
import { OutboxRepository } from '../outbox/outbox.repository.js';
import { UndeliveredEmailListeners } from '../outbox/undelivered-email.listener.js';
import { WarningRepository } from './warning.repository.js';

/** What happens around an email that could not be delivered. */
@Injectable()
export class WarningDeliveryService implements OnModuleInit {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(WarningRepository) private readonly warnings: WarningRepository,
    @Inject(OutboxRepository) private readonly outbox: OutboxRepository,
    @Inject(UndeliveredEmailListeners) private readonly undelivered: UndeliveredEmailListeners,
  ) {}

  onModuleInit(): void {
    this.undelivered.register(async (manager, email) => {
      for (const warningId of email.warningIds) await this.markUndelivered(manager, warningId, email.outboxId);
    });
  }

  /**
   * Every attempt to email a warning failed: mark the warning, put a task in the inbox of the
   * caseworkers at the landlord that raised it (someone must phone the recipient), and show it on
   * the case's timeline. Runs in the transaction that marks the email undelivered.
   */
  async markUndelivered(manager: EntityManager, warningId: string, outboxId: string): Promise<void> {
    await this.warnings.markUndelivered(manager, warningId, outboxId);
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
      const row = await this.outbox.lockForRetry(manager, outboxId);
      const outOfScope =
        role === Role.HousingCaseworker &&
        (row?.senderOrganisationId !== housingOrganisationId ||
          (departmentIds.length > 0 && !departmentIds.includes(row?.departmentId ?? '')));
      if (!row || outOfScope) throw new EntityNotFoundError('notification');
      if (row.status !== 'undelivered') {
        throw new AppError(
          'NOTIFICATION_NOT_UNDELIVERED',
          409,
          localized((m) => m.warnings.errors.NOTIFICATION_NOT_UNDELIVERED),
          [{ field: null, rule: 'notUndelivered', message: localized((m) => m.warnings.details.notUndelivered) }],
        );
      }
      // The finished job with this id goes first, or the relay's new job would be ignored as a duplicate.
      await beforeRequeue();
      await this.outbox.resetForRetry(manager, outboxId);
      if (row.warningId) {
        const warning = await this.warnings.clearUndelivered(manager, row.warningId);
        if (warning) {
          await this.warnings.insertTimelineEvents(manager, [
            {
              caseId: warning.caseId,
              on: copenhagenDateOf(new Date()),
              type: 'warning_retried',
              actorId: actor.principal.userId,
              details: { warningId: row.warningId, notificationId: outboxId },
            },
          ]);
        }
      }
      return { id: outboxId, status: 'pending' as const };
    });
  }
}
