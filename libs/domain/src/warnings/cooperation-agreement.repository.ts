import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
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

/** Which agreements a list covers: all, or those of one municipality or housing organisation. */
export type AgreementFilter = { all: true } | { municipalityId: string } | { housingOrganisationId: string };

/** `cooperation_agreement`: one row per municipality and housing organisation. */
@Injectable()
export class CooperationAgreementRepository {
  async list(manager: EntityManager, filter: AgreementFilter): Promise<CooperationAgreementView[]> {
    const [where, params] =
      'municipalityId' in filter
        ? ['municipality_id = $1', [filter.municipalityId]]
        : 'housingOrganisationId' in filter
          ? ['housing_organisation_id = $1', [filter.housingOrganisationId]]
          : ['TRUE', []];
    const rows: CooperationAgreementView[] = await manager.query(
      `SELECT ${COLUMNS} FROM cooperation_agreement WHERE ${where} ORDER BY created_at, id`,
      params,
    );
    return rows.map(toView);
  }

  /** Creates the agreement, or replaces the one of the same municipality and organisation (a new version). */
  async upsert(
    manager: EntityManager,
    id: string,
    input: CooperationAgreementInput,
  ): Promise<CooperationAgreementView> {
    const [row]: CooperationAgreementView[] = await manager.query(
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
        id,
        input.municipalityId,
        input.housingOrganisationId,
        [...new Set(input.enabledWarnings)],
        input.arrearsThresholdOre,
        input.evictionReminderBusinessDays,
        input.validFrom,
        input.validTo ?? null,
      ],
    );
    return toView(row!);
  }
}

function toView(row: CooperationAgreementView): CooperationAgreementView {
  return { ...row, arrearsThresholdOre: Number(row.arrearsThresholdOre) };
}
