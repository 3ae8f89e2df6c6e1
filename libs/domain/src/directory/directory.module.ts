import { Module } from '@nestjs/common';
import { CounsellingProviderRepository } from './counselling-provider.repository.js';
import { CounsellingProviderService } from './counselling-provider.service.js';
import { DepartmentRepository } from './department.repository.js';
import { DepartmentService } from './department.service.js';
import { HousingOrganisationRepository } from './housing-organisation.repository.js';
import { HousingOrganisationService } from './housing-organisation.service.js';
import { MunicipalityRepository } from './municipality.repository.js';
import { ProbationUnitRepository } from './probation-unit.repository.js';
import { ProbationUnitService } from './probation-unit.service.js';

const REPOSITORIES = [
  MunicipalityRepository,
  HousingOrganisationRepository,
  DepartmentRepository,
  ProbationUnitRepository,
  CounsellingProviderRepository,
];
const SERVICES = [HousingOrganisationService, DepartmentService, ProbationUnitService, CounsellingProviderService];

/**
 * The directory: municipalities, housing organisations and their departments, probation units
 * and counselling providers. The repositories are exported for the areas that check a reference
 * to an entry (users' organisations, persons' municipality, consents' recipients).
 *
 * MunicipalityService belongs here too, but it writes to the outbox and there is no outbox
 * module to import yet: until there is, DomainModule provides it (where OutboxService is).
 */
@Module({
  providers: [...REPOSITORIES, ...SERVICES],
  exports: [...REPOSITORIES, ...SERVICES],
})
export class DirectoryModule {}
