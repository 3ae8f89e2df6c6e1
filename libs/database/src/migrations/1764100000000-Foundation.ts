import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class Foundation1764100000000 implements MigrationInterface {
  name = 'Foundation1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE municipality (
        id uuid PRIMARY KEY,
        code char(3) NOT NULL CONSTRAINT uq_municipality_code UNIQUE
          CONSTRAINT ck_municipality_code CHECK (code ~ '^[0-9]{3}$'),
        name varchar(100) NOT NULL,
        alert_email varchar(254) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY,
        topic varchar(100) NOT NULL,
        payload jsonb NOT NULL,
        status varchar(20) NOT NULL DEFAULT 'pending'
          CONSTRAINT ck_outbox_status CHECK (status IN ('pending', 'queued', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        queued_at timestamptz,
        sent_at timestamptz,
        provider_message_id varchar(255),
        failed_at timestamptz,
        last_error text
      )`);
    // The relay only ever looks for unfinished rows; keep that index small.
    await queryRunner.query(
      `CREATE INDEX ix_outbox_unfinished ON outbox (status, created_at) WHERE status IN ('pending', 'queued')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE outbox`);
    await queryRunner.query(`DROP TABLE municipality`);
  }
}
