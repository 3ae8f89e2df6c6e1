import { parseIsoDate } from '@app/calendar';
import { dataSourceOptions } from '@app/database';
// Not yet exported by @app/domain: the counselling module will export this folder.
import { StandardLivingAmountRepository } from '@app/domain';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { DataSource } from 'typeorm';

/** The standard living amounts are data with a validity period, read from the migrated table. */
describe('standard living amounts (PostgreSQL)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const repository = new StandardLivingAmountRepository();
  const on = (date: string) => repository.inForceOn(dataSource.manager, parseIsoDate(date));

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, { poolSize: 2 })).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('holds Gældsstyrelsen’s 2024 rates from the migration, in force on 2024-06-01 and none before', async () => {
    expect(await on('2024-06-01')).toEqual({
      validFrom: '2024-01-01',
      validTo: null,
      firstAdultOre: 7_240_00,
      furtherAdultOre: 5_040_00,
      child0to1Ore: 1_970_00,
      child2to6Ore: 2_520_00,
      child7to17Ore: 3_630_00,
      source: expect.stringContaining('Gældsstyrelsen'),
    });
    expect((await on('2024-01-01'))?.validFrom).toBe('2024-01-01');
    expect(await on('2023-12-31')).toBeNull();
  });

  it('lets a later row take over from its valid_from, and an ended row leaves a gap', async () => {
    await database.query(
      `INSERT INTO standard_living_amount
         (valid_from, valid_to, first_adult_ore, further_adult_ore, child_0_1_ore, child_2_6_ore, child_7_17_ore, source)
       VALUES ('2025-01-01', '2025-12-31', 750000, 520000, 200000, 260000, 370000, 'test rates')`,
    );
    expect((await on('2024-12-31'))?.firstAdultOre).toBe(7_240_00);
    expect(await on('2025-01-01')).toMatchObject({
      validFrom: '2025-01-01',
      validTo: '2025-12-31',
      firstAdultOre: 7_500_00,
    });
    expect((await on('2025-12-31'))?.validFrom).toBe('2025-01-01');
    // The 2025 row ended and no later one replaces it: none in force, the 2024 row does not come back.
    expect(await on('2026-01-01')).toBeNull();
    expect((await repository.all(dataSource.manager)).map((r) => r.validFrom)).toEqual(['2025-01-01', '2024-01-01']);
  });

  it('refuses two rows from the same day, a period that ends before it starts, and a negative rate', async () => {
    const insert = (validFrom: string, validTo: string | null, firstAdult: number) =>
      database.query(
        `INSERT INTO standard_living_amount
           (valid_from, valid_to, first_adult_ore, further_adult_ore, child_0_1_ore, child_2_6_ore, child_7_17_ore, source)
         VALUES ($1, $2, $3, 0, 0, 0, 0, 'test')`,
        [validFrom, validTo, firstAdult],
      );
    await expect(insert('2024-01-01', null, 1)).rejects.toThrow(/uq_standard_living_amount_valid_from/);
    await expect(insert('2027-01-01', '2026-12-31', 1)).rejects.toThrow(/ck_standard_living_amount_period/);
    await expect(insert('2028-01-01', null, -1)).rejects.toThrow(/ck_standard_living_amount_amounts/);
  });
});
