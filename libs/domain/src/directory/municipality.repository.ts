import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { DirectoryEntryRepository } from './directory-entry.repository.js';
import { Municipality } from './municipality.entity.js';

@Injectable()
export class MunicipalityRepository extends DirectoryEntryRepository<Municipality> {
  constructor() {
    super(Municipality);
  }

  findByCode(manager: EntityManager, code: string): Promise<Municipality | null> {
    return manager.findOneBy(Municipality, { code });
  }

  codeExists(manager: EntityManager, code: string): Promise<boolean> {
    return manager.existsBy(Municipality, { code });
  }
}
