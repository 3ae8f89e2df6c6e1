import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type CounsellingProvider } from './counselling-provider.entity.js';
import { CounsellingProviderRepository } from './counselling-provider.repository.js';
import { DirectoryService } from './directory.service.js';

@Injectable()
export class CounsellingProviderService extends DirectoryService<CounsellingProvider> {
  constructor(
    @Inject(DataSource) dataSource: DataSource,
    @Inject(CounsellingProviderRepository) providers: CounsellingProviderRepository,
  ) {
    super(dataSource, providers, 'counselling_provider');
  }
}
