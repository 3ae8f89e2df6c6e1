import { Injectable } from '@nestjs/common';
import { DirectoryEntryRepository } from './directory-entry.repository.js';
import { ProbationUnit } from './probation-unit.entity.js';

@Injectable()
export class ProbationUnitRepository extends DirectoryEntryRepository<ProbationUnit> {
  constructor() {
    super(ProbationUnit);
  }
}
