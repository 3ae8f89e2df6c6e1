import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DirectoryService } from './directory.service.js';
import { type ProbationUnit } from './probation-unit.entity.js';
import { ProbationUnitRepository } from './probation-unit.repository.js';

@Injectable()
export class ProbationUnitService extends DirectoryService<ProbationUnit> {
  constructor(
    @Inject(DataSource) dataSource: DataSource,
    @Inject(ProbationUnitRepository) units: ProbationUnitRepository,
  ) {
    super(dataSource, units, 'probation_unit');
  }
}
