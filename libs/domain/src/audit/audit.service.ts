import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type Actor } from '../access/roles.js';
import { type AuditDetails } from './audit-log.entity.js';
import { AuditLogRepository } from './audit-log.repository.js';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  personId?: string | null;
  details?: AuditDetails;
}

@Injectable()
export class AuditService {
  constructor(@Inject(AuditLogRepository) private readonly log: AuditLogRepository) {}

  /**
   * Records uses of personal data. Call it with the manager of the transaction that reads or
   * changes the data, so there is no use without its trace.
   */
  async record(manager: EntityManager, actor: Actor | null, entries: AuditEntry[]): Promise<void> {
    await this.log.insert(
      manager,
      entries.map((entry) => ({
        actorId: actor?.principal.userId ?? null,
        actorRole: actor?.principal.role ?? null,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId ?? null,
        personId: entry.personId ?? null,
        requestId: actor?.requestId ?? null,
        sourceIp: actor?.sourceIp ?? null,
        details: entry.details ?? null,
      })),
    );
  }
}
