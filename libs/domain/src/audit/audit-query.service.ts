import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RoleNotAllowedError } from '../access/access.errors.js';
import { type Actor, Role } from '../access/roles.js';
import { EntityNotFoundError } from '../directory/directory.errors.js';
import { AuditLogRepository, type PersonAccessRecord } from './audit-log.repository.js';
import { AuditService } from './audit.service.js';

/** Answers a data subject's question "who looked at my data, and when" (CJEU C-579/21). */
@Injectable()
export class AuditQueryService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AuditLogRepository) private readonly log: AuditLogRepository,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  /** Administrators answer access requests (docs/personal-data.md#audit); the person must be in their scope. */
  async accessToPerson(actor: Actor, personId: string): Promise<PersonAccessRecord[]> {
    if (actor.principal.role !== Role.Administrator) throw new RoleNotAllowedError();
    return this.dataSource.transaction(async (manager) => {
      const records = await this.log.accessToPerson(manager, actor.principal, personId);
      if (!records) throw new EntityNotFoundError('person');
      // Answering the request is itself a use of the person's data.
      await this.audit.record(manager, actor, [
        { action: 'audit.person-access-report', entityType: 'person', entityId: personId, personId },
      ]);
      return records;
    });
  }
}
