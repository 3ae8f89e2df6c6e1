// The floor of the API latency benchmark: a minimal NestJS app on the Express adapter, in a plain
// Node process like the API, with two routes that each do one statement through a `pg` pool of
// the API's size (DATABASE_POOL_SIZE, read by the same configuration code):
//   POST /bare/insert  one INSERT of the registration in the body, answered 201 with the new id
//   GET  /bare/select  one indexed SELECT of 20 rows of one organisation, answered 200 with them
// No guard, no validation, no logging, no transaction: what the framework and one round trip cost.
//   BARE_PORT=<port> node bare-api.mjs     prints "bare listening <port>" once serving
import 'reflect-metadata';
import { Body, Controller, Get, HttpCode, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import { loadConfig } from '../../../dist/libs/config/src/app-config.js';

const port = Number(process.env.BARE_PORT);
const config = loadConfig(process.env);
const pool = new pg.Pool({
  connectionString: config.database.url,
  max: config.database.poolSize,
  application_name: 'bench-bare',
});
/** The organisation every floor row belongs to: the SELECT reads one organisation's page, like the case list. */
const ORGANISATION = '00000000-0000-4000-8000-000000000001';
/** Rows the table holds before the load, so the SELECT reads from an index of some size, not a handful of rows. */
const SEEDED_ROWS = Number(process.env.BARE_SEEDED_ROWS ?? 5000);

await pool.query(`CREATE TABLE IF NOT EXISTS bench_floor (
  id bigserial PRIMARY KEY,
  housing_organisation_id uuid NOT NULL,
  tenancy_id uuid NOT NULL,
  due_date date NOT NULL,
  amount_ore bigint NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now())`);
await pool.query(
  `CREATE INDEX IF NOT EXISTS ix_bench_floor_page ON bench_floor (housing_organisation_id, created_at, id)`,
);
await pool.query(
  `INSERT INTO bench_floor (housing_organisation_id, tenancy_id, due_date, amount_ore)
   SELECT $1, gen_random_uuid(), DATE '2025-01-01' + (i % 300), 100000 + i FROM generate_series(1, $2::int) AS i`,
  [ORGANISATION, SEEDED_ROWS],
);
await pool.query('ANALYZE bench_floor');

class BareController {
  async insert(body) {
    const { rows } = await pool.query(
      `INSERT INTO bench_floor (housing_organisation_id, tenancy_id, due_date, amount_ore) VALUES ($1, $2, $3, $4) RETURNING id`,
      [ORGANISATION, body.tenancyId, body.dueDate, body.amountOre],
    );
    return { id: rows[0].id };
  }

  async select() {
    const { rows } = await pool.query(
      `SELECT id, tenancy_id AS "tenancyId", due_date::text AS "dueDate", amount_ore::bigint AS "amountOre", created_at AS "createdAt"
         FROM bench_floor WHERE housing_organisation_id = $1 ORDER BY created_at, id LIMIT 20`,
      [ORGANISATION],
    );
    return { items: rows.map((row) => ({ ...row, amountOre: Number(row.amountOre) })) };
  }
}

// Decorators applied by hand: this is plain JavaScript, run as it is.
const method = (name) => Object.getOwnPropertyDescriptor(BareController.prototype, name);
Reflect.decorate([Post('insert'), HttpCode(201)], BareController.prototype, 'insert', method('insert'));
Reflect.decorate([Get('select')], BareController.prototype, 'select', method('select'));
Body()(BareController.prototype, 'insert', 0);
Controller('bare')(BareController);

class BareModule {}
Module({ controllers: [BareController] })(BareModule);

const app = await NestFactory.create(BareModule, { logger: false });
await app.listen(port, '127.0.0.1');
process.stdout.write(`bare listening ${port}\n`);
process.on('SIGTERM', async () => {
  await app.close();
  await pool.end();
  process.exit(0);
});
