import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Department } from './department.entity.js';
import { DepartmentNumberTakenError } from './department.errors.js';
import { DepartmentRepository } from './department.repository.js';
import { UnknownReferenceError } from './directory.errors.js';
import { DirectoryService } from './directory.service.js';
import { HousingOrganisationRepository } from './housing-organisation.repository.js';
import { MunicipalityRepository } from './municipality.repository.js';

@Injectable()
export class DepartmentService extends DirectoryService<Department> {
  constructor(
    @Inject(DataSource) dataSource: DataSource,
    @Inject(DepartmentRepository) private readonly departments: DepartmentRepository,
    @Inject(HousingOrganisationRepository) private readonly organisations: HousingOrganisationRepository,
    @Inject(MunicipalityRepository) private readonly municipalities: MunicipalityRepository,
  ) {
    super(dataSource, departments, 'department');
  }

  protected override async validate(manager: EntityManager, input: Partial<Department>, id?: string) {
    if (input.housingOrganisationId && !(await this.organisations.exists(manager, input.housingOrganisationId))) {
      throw new UnknownReferenceError('housingOrganisationId');
    }
    if (input.municipalityId && !(await this.municipalities.exists(manager, input.municipalityId))) {
      throw new UnknownReferenceError('municipalityId');
    }
    // The number is unique within the organisation: a new number, or a move to another organisation.
    if (input.number !== undefined || input.housingOrganisationId !== undefined) {
      const current = id ? await this.departments.findById(manager, id) : null;
      const number = input.number ?? current?.number;
      const organisationId = input.housingOrganisationId ?? current?.housingOrganisationId;
      if (await this.departments.numberTaken(manager, organisationId, number, id ?? null)) {
        throw new DepartmentNumberTakenError(number!);
      }
    }
  }

  protected override async duplicateError(constraint: string, input: Partial<Department>, id?: string) {
    if (constraint !== 'uq_department_number') return undefined;
    const number = input.number ?? (id ? (await this.get(id)).number : undefined);
    return number === undefined ? undefined : new DepartmentNumberTakenError(number);
  }
}
