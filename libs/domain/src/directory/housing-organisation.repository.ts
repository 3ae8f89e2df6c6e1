import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { DirectoryEntryRepository } from './directory-entry.repository.js';
import { HousingOrganisation } from './housing-organisation.entity.js';

@Injectable()
export class HousingOrganisationRepository extends DirectoryEntryRepository<HousingOrganisation> {
  constructor() {
    super(HousingOrganisation);
  }

  /** Whether another organisation (not `exceptId`) has this CVR number. */
  async cvrTaken(manager: EntityManager, cvr: string, exceptId: string | null): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM housing_organisation WHERE cvr = $1 AND id IS DISTINCT FROM $2`,
      [cvr, exceptId],
    );
    return rows.length > 0;
  }
}
