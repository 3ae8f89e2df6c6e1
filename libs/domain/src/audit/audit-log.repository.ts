import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type Principal } from '../access/roles.js';
import { personScopeSql } from '../personal-data/person-scope.sql.js';
import { sql } from '../shared/sql-fragment.js';
import { type AuditDetails } from './audit-log.entity.js';

/** One audit row to write; `id` and `at` come from the table. */
export interface NewAuditRow {
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  personId: string | null;
  requestId: string | null;
  sourceIp: string | null;
  details: AuditDetails | null;
}

/** One use of a person's data, with who it was: a line of the answer to an access request. */
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

/** The append-only `audit_log` (a trigger refuses UPDATE, DELETE and TRUNCATE): written and read here. */
@Injectable()
export class AuditLogRepository {
  /**
   * Writes the rows in the caller's transaction, so a use of data and its trace commit together.
   * One statement for any number of rows: a batch of warnings discloses to hundreds of rows, and
   * building them as entities cost a fifth of raising the warnings.
   */
  async insert(manager: EntityManager, rows: NewAuditRow[]): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO audit_log (actor_id, actor_role, action, entity_type, entity_id, person_id, request_id, source_ip, details)
       SELECT actor_id, actor_role, action, entity_type, entity_id, person_id, request_id, source_ip, details
         FROM jsonb_to_recordset($1::jsonb) AS x(actor_id uuid, actor_role text, action text, entity_type text,
              entity_id text, person_id uuid, request_id text, source_ip text, details jsonb)`,
      [
        JSON.stringify(
          rows.map((row) => ({
            actor_id: row.actorId,
            actor_role: row.actorRole,
            action: row.action,
            entity_type: row.entityType,
            entity_id: row.entityId,
            person_id: row.personId,
            request_id: row.requestId,
            source_ip: row.sourceIp,
            details: row.details,
          })),
        ),
      ],
    );
  }

  /**
   * Every audit row about the person, oldest first, with the actor's name and organisation; null
   * when the person does not exist or is outside the reader's scope.
   */
  async accessToPerson(
    manager: EntityManager,
    reader: Principal,
    personId: string,
  ): Promise<PersonAccessRecord[] | null> {
    const scope = personScopeSql(reader, {
      personId: 'p.id',
      housingOrganisationId: 'p.housing_organisation_id',
      municipalityId: 'p.municipality_id',
    });
    if (!scope) return null;
    const found = sql`SELECT 1 FROM person p WHERE p.id = ${personId} AND ${scope}`.toQuery();
    if ((await manager.query(found.text, found.values)).length === 0) return null;
    return manager.query(
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
  }
}
