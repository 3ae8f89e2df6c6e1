import { Injectable } from '@nestjs/common';
import { CounsellingProvider } from './counselling-provider.entity.js';
import { DirectoryEntryRepository } from './directory-entry.repository.js';

@Injectable()
export class CounsellingProviderRepository extends DirectoryEntryRepository<CounsellingProvider> {
  constructor() {
    super(CounsellingProvider);
  }
}
