import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { PersonRepository } from './person.repository.js';
import { PersonService } from './person.service.js';

const BATCH = 500;

/**
 * Anonymises the personal data of people whose last case closed longer ago than the retention
 * period, keeping what the statistics need. Runs as a scheduled job (one instance at a time
 * across all workers); batches keep each transaction short.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(PersonRepository) private readonly personRows: PersonRepository,
    @Inject(PersonService) private readonly persons: PersonService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async sweep(): Promise<number> {
    let total = 0;
    for (;;) {
      const count = await this.dataSource.transaction(async (manager) => {
        const ids = await this.personRows.dueForRetention(manager, this.config.retention.days, BATCH);
        await this.persons.anonymise(manager, null, ids, 'retention');
        return ids.length;
      });
      total += count;
      if (count < BATCH) break;
    }
    if (total > 0) this.logger.log({ count: total }, 'Anonymised personal data past the retention period');
    return total;
  }
}
