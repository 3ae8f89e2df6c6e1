import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Actor } from '../access/roles.js';
import { EntityNotFoundError } from '../directory/directory.errors.js';
import { AuditService } from './audit.service.js';

export interface PersonAccessRecord {
  at: Date;
  action: string;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  actorOrganisation: string | null;
  requestId: string | null;
  sourceIp: string | null;
}

/** Answers a data subject's question "who looked at my data, and when" (CJEU C-579/21). */
@Injectable()
export class AuditQueryService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async accessToPerson(actor: Actor, personId: string): Promise<PersonAccessRecord[]> {
    return this.dataSource.transaction(async (manager) => {
      const exists = await manager.query(`SELECT 1 FROM person WHERE id = $1`, [personId]);
      if (exists.length === 0) throw new EntityNotFoundError('person');
      const rows: PersonAccessRecord[] = await manager.query(
        `SELECT a.at, a.action, a.actor_id AS "actorId", u.name AS "actorName", a.actor_role AS "actorRole",
                coalesce(m.name, h.name, pu.name, cp.name) AS "actorOrganisation",
                a.request_id AS "requestId", a.source_ip AS "sourceIp"
           FROM audit_log a
           LEFT JOIN app_user u ON u.id = a.actor_id
           LEFT JOIN municipality m ON m.id = u.municipality_id
           LEFT JOIN housing_organisation h ON h.id = u.housing_organisation_id
           LEFT JOIN probation_unit pu ON pu.id = u.probation_unit_id
           LEFT JOIN counselling_provider cp ON cp.id = u.counselling_provider_id
          WHERE a.person_id = $1
          ORDER BY a.at, a.id`,
        [personId],
      );
      // Answering the request is itself a use of the person's data.
      await this.audit.record(manager, actor, [
        { action: 'audit.person-access-report', entityType: 'person', entityId: personId, personId },
      ]);
      return rows;
    });
  }
}
