import { Injectable } from '@nestjs/common';
import { type IsoDate } from '@app/calendar';
import { type EntityManager } from 'typeorm';
import { type StandardLivingRates } from './standard-living-amount.js';

interface RatesRow {
  valid_from: string;
  valid_to: string | null;
  first_adult_ore: string;
  further_adult_ore: string;
  child_0_1_ore: string;
  child_2_6_ore: string;
  child_7_17_ore: string;
  source: string;
}

const COLUMNS = `to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_to, 'YYYY-MM-DD') AS valid_to,
  first_adult_ore, further_adult_ore, child_0_1_ore, child_2_6_ore, child_7_17_ore, source`;

function toRates(row: RatesRow): StandardLivingRates {
  return {
    validFrom: row.valid_from as IsoDate,
    validTo: row.valid_to as IsoDate | null,
    firstAdultOre: Number(row.first_adult_ore),
    furtherAdultOre: Number(row.further_adult_ore),
    child0to1Ore: Number(row.child_0_1_ore),
    child2to6Ore: Number(row.child_2_6_ore),
    child7to17Ore: Number(row.child_7_17_ore),
    source: row.source,
  };
}

/**
 * `standard_living_amount`: Gældsstyrelsen's standard amounts by validity period. National
 * reference data, the same for every organisation and holding no personal data, so these reads take
 * no caller scope (the house rule's exception for reference tables).
 */
@Injectable()
export class StandardLivingAmountRepository {
  /**
   * The rates in force on `on`: the row that starts latest on or before it, unless that row has
   * ended before it. A later row thus takes over from its `valid_from` without the earlier one having
   * to be closed, and an ended row never lets an older one come back. Null when none is in force.
   */
  async inForceOn(manager: EntityManager, on: IsoDate): Promise<StandardLivingRates | null> {
    const [row]: RatesRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM (
         SELECT * FROM standard_living_amount WHERE valid_from <= $1::date ORDER BY valid_from DESC LIMIT 1
       ) latest
       WHERE valid_to IS NULL OR valid_to >= $1::date`,
      [on],
    );
    return row ? toRates(row) : null;
  }

  /** Every set of rates, the newest first (for an overview of the table). */
  async all(manager: EntityManager): Promise<StandardLivingRates[]> {
    const rows: RatesRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM standard_living_amount ORDER BY valid_from DESC`,
    );
    return rows.map(toRates);
  }
}
