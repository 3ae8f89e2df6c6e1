import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { isUniqueViolation } from '../shared/db-errors.js';
import { DirectoryService } from './directory.service.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { Municipality } from './municipality.entity.js';
import { EntityNotFoundError } from './directory.errors.js';
import { MunicipalityCodeTakenError } from './municipality.errors.js';

export interface RegisterMunicipality {
  code: string;
  name: string;
  alertEmail: string;
}

@Injectable()
export class MunicipalityService extends DirectoryService<Municipality> {
  constructor(
    @Inject(DataSource) dataSource: DataSource,
    @Inject(OutboxService) private readonly outbox: OutboxService,
  ) {
    super(dataSource, Municipality, 'municipality');
  }

  /**
   * Registers a kommune and, in the same transaction, the notice to its alert mailbox that it
   * now receives warnings: either both exist afterwards or neither does.
   */
  async register(input: RegisterMunicipality): Promise<Municipality> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (await manager.existsBy(Municipality, { code: input.code })) {
          throw new MunicipalityCodeTakenError(input.code);
        }
        const municipality = manager.create(Municipality, { id: randomUUID(), ...input });
        await manager.insert(Municipality, municipality);
        await this.outbox.add(manager, 'municipality.registered', {
          channel: 'email',
          template: 'municipality-registered',
          to: input.alertEmail,
          locale: 'da',
          data: { code: input.code, name: input.name, alertEmail: input.alertEmail },
        });
        return manager.findOneByOrFail(Municipality, { id: municipality.id });
      });
    } catch (error) {
      // Two registrations of one code at once: the unique index decides, the loser gets a 409.
      if (isUniqueViolation(error)) throw new MunicipalityCodeTakenError(input.code);
      throw error;
    }
  }

  async getByCode(code: string): Promise<Municipality> {
    const found = await this.dataSource.getRepository(Municipality).findOneBy({ code });
    if (!found) throw new EntityNotFoundError('municipality');
    return found;
  }
}
