import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CounsellingProvider, HousingOrganisation, ProbationUnit } from './directory.entities.js';
import { Department } from './department.entity.js';
import { DuplicateError, UnknownReferenceError } from './directory.errors.js';
import { DirectoryService } from './directory.service.js';
import { Municipality } from './municipality.entity.js';

@Injectable()
export class HousingOrganisationService extends DirectoryService<HousingOrganisation> {
  constructor(@Inject(DataSource) dataSource: DataSource) {
    super(dataSource, HousingOrganisation, 'housing_organisation');
  }

  protected override async validate(manager: EntityManager, input: Partial<HousingOrganisation>, id?: string) {
    if (!input.cvr) return;
    const taken = await manager.query(`SELECT 1 FROM housing_organisation WHERE cvr = $1 AND id IS DISTINCT FROM $2`, [
      input.cvr,
      id ?? null,
    ]);
    if (taken.length > 0) {
      throw new DuplicateError('CVR_TAKEN', 'cvr', {
        da: `Der findes allerede en boligorganisation med CVR-nummer ${input.cvr}.`,
        en: `A housing organisation with CVR number ${input.cvr} already exists.`,
      });
    }
  }
}

@Injectable()
export class DepartmentService extends DirectoryService<Department> {
  constructor(@Inject(DataSource) dataSource: DataSource) {
    super(dataSource, Department, 'department');
  }

  protected override async validate(manager: EntityManager, input: Partial<Department>, id?: string) {
    if (
      input.housingOrganisationId &&
      !(await manager.existsBy(HousingOrganisation, { id: input.housingOrganisationId }))
    ) {
      throw new UnknownReferenceError('housingOrganisationId');
    }
    if (input.municipalityId && !(await manager.existsBy(Municipality, { id: input.municipalityId }))) {
      throw new UnknownReferenceError('municipalityId');
    }
    if (input.number !== undefined) {
      const organisationId =
        input.housingOrganisationId ??
        (id ? (await manager.findOneByOrFail(Department, { id })).housingOrganisationId : undefined);
      const taken = await manager.query(
        `SELECT 1 FROM department WHERE housing_organisation_id = $1 AND number = $2 AND id IS DISTINCT FROM $3`,
        [organisationId, input.number, id ?? null],
      );
      if (taken.length > 0) {
        throw new DuplicateError('DEPARTMENT_NUMBER_TAKEN', 'number', {
          da: `Boligorganisationen har allerede en afdeling nummer ${input.number}.`,
          en: `The housing organisation already has a department number ${input.number}.`,
        });
      }
    }
  }
}

@Injectable()
export class ProbationUnitService extends DirectoryService<ProbationUnit> {
  constructor(@Inject(DataSource) dataSource: DataSource) {
    super(dataSource, ProbationUnit, 'probation_unit');
  }
}

@Injectable()
export class CounsellingProviderService extends DirectoryService<CounsellingProvider> {
  constructor(@Inject(DataSource) dataSource: DataSource) {
    super(dataSource, CounsellingProvider, 'counselling_provider');
  }
}
