import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { PersonalDataModule } from '../personal-data/personal-data.module.js';
import { WarningsModule } from '../warnings/warnings.module.js';
import { CustodyEpisodeRepository } from './custody-episode.repository.js';
import { CustodyEpisodeService } from './custody-episode.service.js';
import { CustodyPlanningRepository } from './custody-planning.repository.js';
import { HousingPlanService } from './housing-plan.service.js';
import { ReleasePlanningSweeper } from './release-planning-sweeper.service.js';
import { ReleaseTaskService } from './release-task.service.js';

/**
 * Cooperation with the probation service (Kriminalforsorgen), docs/probation.md: custody episodes of
 * tenants, recorded on the tenant's explicit consent for `probation-cooperation`, shared with the
 * landlord and the municipality only as the consent names them, and closed when it is withdrawn.
 */
@Module({
  imports: [AuditModule, PersonalDataModule, WarningsModule],
  providers: [
    CustodyEpisodeRepository,
    CustodyEpisodeService,
    CustodyPlanningRepository,
    HousingPlanService,
    ReleaseTaskService,
    ReleasePlanningSweeper,
  ],
  exports: [
    CustodyEpisodeService,
    CustodyEpisodeRepository,
    HousingPlanService,
    ReleaseTaskService,
    ReleasePlanningSweeper,
  ],
})
export class ProbationModule {}
