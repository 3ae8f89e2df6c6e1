import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppError } from '@app/common';
import { RoleNotAllowedError } from '../access/access.errors.js';
import { Role, type Actor } from '../access/roles.js';
import { EntityNotFoundError } from '../directory/directory.errors.js';
import { type VoluntaryWarning } from './warning-rules.js';

export interface CooperationAgreementInput {
  municipalityId: string;
  housingOrganisationId: string;
  enabledWarnings: VoluntaryWarning[];
  arrearsThresholdOre: number;
  evictionReminderBusinessDays: number;
  validFrom: string;
  validTo?: string | null;
}

export interface CooperationAgreementView extends CooperationAgreementInput {
  id: string;
  validTo: string | null;
  version: number;
  updatedAt: Date;
}

const COLUMNS = `id, municipality_id AS "municipalityId", housing_organisation_id AS "housingOrganisationId",
  enabled_warnings AS "enabledWarnings", arrears_threshold_ore::bigint AS "arrearsThresholdOre",
  eviction_reminder_business_days AS "evictionReminderBusinessDays", valid_from::text AS "validFrom",
  valid_to::text AS "validTo", version, updated_at AS "updatedAt"`;

/**
 * The cooperation agreement between a municipality and a housing organisation (KL/BL partnership)
 * says which voluntary early warnings they use, from which arrears amount, and how many business
 * days before an eviction the reminder goes out. The statutory notice needs no agreement.
 */
@Injectable()
export class CooperationAgreementService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Administrators see all; staff and managers see the agreements of their own organisation. */
  async list(actor: Actor): Promise<CooperationAgreementView[]> {
    const { role, municipalityId, housingOrganisationId } = actor.principal;
    let where = 'TRUE';
    const params: unknown[] = [];
    if (role !== Role.Administrator) {
      if (municipalityId) {
        where = 'municipality_id = $1';
        params.push(municipalityId);
      } else if (housingOrganisationId) {
        where = 'housing_organisation_id = $1';
        params.push(housingOrganisationId);
      } else {
        throw new RoleNotAllowedError();
      }
    }
    const rows: CooperationAgreementView[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM cooperation_agreement WHERE ${where} ORDER BY created_at, id`,
      params,
    );
    return rows.map((row) => ({ ...row, arrearsThresholdOre: Number(row.arrearsThresholdOre) }));
  }

  /** Creates or replaces the agreement of one municipality and one housing organisation. */
  async upsert(actor: Actor, input: CooperationAgreementInput): Promise<CooperationAgreementView> {
    if (actor.principal.role !== Role.Administrator) throw new RoleNotAllowedError();
    if (input.validTo && input.validTo < input.validFrom) {
      throw new AppError(
        'AGREEMENT_PERIOD_INVALID',
        400,
        { da: 'Slutdatoen ligger før startdatoen.', en: 'The end date is before the start date.' },
        [{ field: 'validTo', rule: 'notBeforeValidFrom', message: 'validTo must not be before validFrom' }],
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const [municipality] = await manager.query(`SELECT 1 FROM municipality WHERE id = $1`, [input.municipalityId]);
      if (!municipality) throw new EntityNotFoundError('municipality');
      const [organisation] = await manager.query(`SELECT 1 FROM housing_organisation WHERE id = $1`, [
        input.housingOrganisationId,
      ]);
      if (!organisation) throw new EntityNotFoundError('housing_organisation');
      const [row] = await manager.query(
        `INSERT INTO cooperation_agreement (id, municipality_id, housing_organisation_id, enabled_warnings,
                arrears_threshold_ore, eviction_reminder_business_days, valid_from, valid_to)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT ON CONSTRAINT uq_cooperation_agreement DO UPDATE SET
                enabled_warnings = excluded.enabled_warnings, arrears_threshold_ore = excluded.arrears_threshold_ore,
                eviction_reminder_business_days = excluded.eviction_reminder_business_days,
                valid_from = excluded.valid_from, valid_to = excluded.valid_to,
                version = cooperation_agreement.version + 1, updated_at = now()
         RETURNING ${COLUMNS}`,
        [
          randomUUID(),
          input.municipalityId,
          input.housingOrganisationId,
          [...new Set(input.enabledWarnings)],
          input.arrearsThresholdOre,
          input.evictionReminderBusinessDays,
          input.validFrom,
          input.validTo ?? null,
        ],
      );
      return { ...row, arrearsThresholdOre: Number(row.arrearsThresholdOre) };
    });
  }
}
