import { Module } from '@nestjs/common';
import { CounsellingProviderRepository } from './counselling-provider.repository.js';
import { CounsellingProviderService } from './counselling-provider.service.js';
import { DepartmentRepository } from './department.repository.js';
import { DepartmentService } from './department.service.js';
import { HousingOrganisationRepository } from './housing-organisation.repository.js';
import { HousingOrganisationService } from './housing-organisation.service.js';
import { OutboxModule } from '../outbox/outbox.module.js';
import { MunicipalityRepository } from './municipality.repository.js';
import { MunicipalityService } from './municipality.service.js';
import { ProbationUnitRepository } from './probation-unit.repository.js';
import { ProbationUnitService } from './probation-unit.service.js';

const REPOSITORIES = [
  MunicipalityRepository,
  HousingOrganisationRepository,
  DepartmentRepository,
  ProbationUnitRepository,
  CounsellingProviderRepository,
];
const SERVICES = [
  MunicipalityService,
  HousingOrganisationService,
  DepartmentService,
  ProbationUnitService,
  CounsellingProviderService,
];

/**
 * The directory: municipalities, housing organisations and their departments, probation units
 * and counselling providers. The repositories are exported for the areas that check a reference
 * to an entry (users' organisations, persons' municipality, consents' recipients).
 * A newly registered municipality is told by email, through the outbox.
 */
@Module({
  imports: [OutboxModule],
  providers: [...REPOSITORIES, ...SERVICES],
  exports: [...REPOSITORIES, ...SERVICES],
})
export class DirectoryModule {}
