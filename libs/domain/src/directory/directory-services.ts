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
    if (taken.length > 0) throw cvrTaken(input.cvr);
  }

  protected override async duplicateError(constraint: string, input: Partial<HousingOrganisation>) {
    return constraint === 'uq_housing_organisation_cvr' && input.cvr ? cvrTaken(input.cvr) : undefined;
  }
}

function cvrTaken(cvr: string): DuplicateError {
  return new DuplicateError('CVR_TAKEN', 'cvr', {
    da: `Der findes allerede en boligorganisation med CVR-nummer ${cvr}.`,
    en: `A housing organisation with CVR number ${cvr} already exists.`,
  });
}

function departmentNumberTaken(number: string): DuplicateError {
  return new DuplicateError('DEPARTMENT_NUMBER_TAKEN', 'number', {
    da: `Boligorganisationen har allerede en afdeling nummer ${number}.`,
    en: `The housing organisation already has a department number ${number}.`,
  });
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
    // The number is unique within the organisation: a new number, or a move to another organisation.
    if (input.number !== undefined || input.housingOrganisationId !== undefined) {
      const current = id ? await manager.findOneByOrFail(Department, { id }) : undefined;
      const number = input.number ?? current?.number;
      const taken = await manager.query(
        `SELECT 1 FROM department WHERE housing_organisation_id = $1 AND number = $2 AND id IS DISTINCT FROM $3`,
        [input.housingOrganisationId ?? current?.housingOrganisationId, number, id ?? null],
      );
      if (taken.length > 0) throw departmentNumberTaken(number!);
    }
  }

  protected override async duplicateError(constraint: string, input: Partial<Department>, id?: string) {
    if (constraint !== 'uq_department_number') return undefined;
    const number = input.number ?? (id ? (await this.get(id)).number : undefined);
    return number === undefined ? undefined : departmentNumberTaken(number);
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
