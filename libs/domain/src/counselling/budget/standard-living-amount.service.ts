import { Inject, Injectable } from '@nestjs/common';
import { type IsoDate } from '@app/calendar';
import { DataSource } from 'typeorm';
import { StandardLivingAmountNotInForceError } from './budget.errors.js';
import { ratesFromEarlierYear, type StandardLivingRates } from './standard-living-amount.js';
import { StandardLivingAmountRepository } from './standard-living-amount.repository.js';

export interface StandardLivingRatesInForce {
  readonly rates: StandardLivingRates;
  /** The rates were set for an earlier year: this year's have not been added yet. */
  readonly fromEarlierYear: boolean;
}

/**
 * Gældsstyrelsen's standard living amounts in force on a date. National reference data with no
 * personal data: the same answer for every caller, so it takes no scope (who may ask is the route's
 * access rule).
 */
@Injectable()
export class StandardLivingAmountService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(StandardLivingAmountRepository) private readonly repository: StandardLivingAmountRepository,
  ) {}

  /** @throws StandardLivingAmountNotInForceError when no rates are in force on `on` */
  async inForceOn(on: IsoDate): Promise<StandardLivingRatesInForce> {
    const rates = await this.repository.inForceOn(this.dataSource.manager, on);
    if (!rates) throw new StandardLivingAmountNotInForceError(on);
    return { rates, fromEarlierYear: ratesFromEarlierYear(rates, on) };
  }
}
