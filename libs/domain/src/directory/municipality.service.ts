import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { OutboxService } from '../outbox/outbox.service.js';
import { isUniqueViolation } from '../shared/db-errors.js';
import { EntityNotFoundError } from './directory.errors.js';
import { DirectoryService } from './directory.service.js';
import { type Municipality } from './municipality.entity.js';
import { MunicipalityCodeTakenError } from './municipality.errors.js';
import { MunicipalityRepository } from './municipality.repository.js';

export interface RegisterMunicipality {
  code: string;
  name: string;
  alertEmail: string;
}

@Injectable()
export class MunicipalityService extends DirectoryService<Municipality> {
  constructor(
    @Inject(DataSource) dataSource: DataSource,
    @Inject(MunicipalityRepository) private readonly municipalities: MunicipalityRepository,
    @Inject(OutboxService) private readonly outbox: OutboxService,
  ) {
    super(dataSource, municipalities, 'municipality');
  }

  /**
   * Registers a kommune and, in the same transaction, the notice to its alert mailbox that it
   * now receives warnings: either both exist afterwards or neither does.
   */
  async register(input: RegisterMunicipality): Promise<Municipality> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (await this.municipalities.codeExists(manager, input.code)) {
          throw new MunicipalityCodeTakenError(input.code);
        }
        const municipality = await this.municipalities.insert(manager, randomUUID(), input);
        await this.outbox.add(manager, 'municipality.registered', {
          channel: 'email',
          template: 'municipality-registered',
          to: input.alertEmail,
          locale: 'da',
          data: { code: input.code, name: input.name, alertEmail: input.alertEmail },
        });
        return municipality;
      });
    } catch (error) {
      // Two registrations of one code at once: the unique index decides, the loser gets a 409.
      if (isUniqueViolation(error)) throw new MunicipalityCodeTakenError(input.code);
      throw error;
    }
  }

  async getByCode(code: string): Promise<Municipality> {
    const found = await this.municipalities.findByCode(this.dataSource.manager, code);
    if (!found) throw new EntityNotFoundError('municipality');
    return found;
  }
}
