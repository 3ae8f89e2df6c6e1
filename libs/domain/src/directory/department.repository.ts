import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { Department } from './department.entity.js';
import { DirectoryEntryRepository } from './directory-entry.repository.js';

@Injectable()
export class DepartmentRepository extends DirectoryEntryRepository<Department> {
  constructor() {
    super(Department);
  }

  findByIds(manager: EntityManager, ids: string[]): Promise<Department[]> {
    return manager.findBy(Department, { id: In(ids) });
  }

  /** Whether another department (not `exceptId`) of the organisation has this number. */
  async numberTaken(
    manager: EntityManager,
    housingOrganisationId: string | undefined,
    number: string | undefined,
    exceptId: string | null,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM department WHERE housing_organisation_id = $1 AND number = $2 AND id IS DISTINCT FROM $3`,
      [housingOrganisationId, number, exceptId],
    );
    return rows.length > 0;
  }
}
