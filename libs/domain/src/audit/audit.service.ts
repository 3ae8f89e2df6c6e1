import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type Actor } from '../access/roles.js';
import { AuditLog, type AuditDetails } from './audit-log.entity.js';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  personId?: string | null;
  details?: AuditDetails;
}

@Injectable()
export class AuditService {
  /**
   * Records uses of personal data. Call it with the manager of the transaction that reads or
   * changes the data, so there is no use without its trace.
   */
  async record(manager: EntityManager, actor: Actor | null, entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await manager.insert(
      AuditLog,
      entries.map((entry) =>
        manager.create(AuditLog, {
          actorId: actor?.principal.userId ?? null,
          actorRole: actor?.principal.role ?? null,
          action: entry.action,
          entityType: entry.entityType,
          entityId: entry.entityId ?? null,
          personId: entry.personId ?? null,
          requestId: actor?.requestId ?? null,
          sourceIp: actor?.sourceIp ?? null,
          details: entry.details ?? null,
        }),
      ),
    );
  }
}
