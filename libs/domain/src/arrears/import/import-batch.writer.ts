import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type IsoDate } from '@app/calendar';
import { ArrearsRegistrationService } from '../arrears-registration.service.js';
import { ArrearsImportRepository, type ResolvedRow } from './arrears-import.repository.js';

export type { ResolvedRow } from './arrears-import.repository.js';

export interface BatchContext {
  importId: string;
  organisationId: string;
  bookedOn: IsoDate;
}

export interface BatchResult {
  changedRows: number;
  /** Cases whose arrears changed: the warning rules were evaluated for them in the same transaction. */
  changedCaseIds: string[];
}

/**
 * Writes one batch of the monthly list in the caller's transaction: its tenancies and tenants
 * (the import's own part), then its arrears through the same registration as the API's.
 */
@Injectable()
export class ImportBatchWriter {
  constructor(
    @Inject(ArrearsRegistrationService) private readonly registration: ArrearsRegistrationService,
    @Inject(ArrearsImportRepository) private readonly imports: ArrearsImportRepository,
  ) {}

  async write(manager: EntityManager, context: BatchContext, rows: ResolvedRow[]): Promise<BatchResult> {
    if (rows.length === 0) return { changedRows: 0, changedCaseIds: [] };
    const tenancyOf = await this.imports.stageTenanciesAndTenants(manager, context.organisationId, rows);
    const { claims, changedCaseIds } = await this.registration.register(
      manager,
      { actor: null, importId: context.importId, bookedOn: context.bookedOn },
      rows.map((row) => ({
        tenancyId: tenancyOf.get(row.rowNumber)!,
        dueDate: row.dueDate,
        amountOre: row.arrearsOre,
      })),
    );
    return { changedRows: claims.filter((c) => c.changed).length, changedCaseIds };
  }
}
