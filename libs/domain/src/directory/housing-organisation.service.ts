import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DirectoryService } from './directory.service.js';
import { type HousingOrganisation } from './housing-organisation.entity.js';
import { CvrTakenError } from './housing-organisation.errors.js';
import { HousingOrganisationRepository } from './housing-organisation.repository.js';

@Injectable()
export class HousingOrganisationService extends DirectoryService<HousingOrganisation> {
  constructor(
    @Inject(DataSource) dataSource: DataSource,
    @Inject(HousingOrganisationRepository) private readonly organisations: HousingOrganisationRepository,
  ) {
    super(dataSource, organisations, 'housing_organisation');
  }

  protected override async validate(manager: EntityManager, input: Partial<HousingOrganisation>, id?: string) {
    if (input.cvr && (await this.organisations.cvrTaken(manager, input.cvr, id ?? null))) {
      throw new CvrTakenError(input.cvr);
    }
  }

  protected override async duplicateError(constraint: string, input: Partial<HousingOrganisation>) {
    return constraint === 'uq_housing_organisation_cvr' && input.cvr ? new CvrTakenError(input.cvr) : undefined;
  }
}
