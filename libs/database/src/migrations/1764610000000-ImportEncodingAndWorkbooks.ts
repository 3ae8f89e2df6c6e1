import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Arrears lists as Danish offices export them (issue 12, items 10–12): the character encoding a
 * text file was read in (Excel's "CSV (semikolonsepareret)" is Windows-1252), .xlsx workbooks as
 * a third format, and each problem's column as the user's own file names it ("Restance").
 */
export class ImportEncodingAndWorkbooks1764610000000 implements MigrationInterface {
  name = 'ImportEncodingAndWorkbooks1764610000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE arrears_import
        DROP CONSTRAINT ck_arrears_import_format,
        ADD CONSTRAINT ck_arrears_import_format CHECK (format IN ('csv', 'json', 'xlsx')),
        ADD COLUMN encoding varchar(20) CONSTRAINT ck_arrears_import_encoding
          CHECK (encoding IN ('utf-8', 'windows-1252', 'iso-8859-1'))`);
    await queryRunner.query(`ALTER TABLE arrears_import_problem ADD COLUMN column_header varchar(100)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE arrears_import_problem DROP COLUMN column_header`);
    await queryRunner.query(`DELETE FROM arrears_import WHERE format = 'xlsx'`);
    await queryRunner.query(`
      ALTER TABLE arrears_import
        DROP COLUMN encoding,
        DROP CONSTRAINT ck_arrears_import_format,
        ADD CONSTRAINT ck_arrears_import_format CHECK (format IN ('csv', 'json'))`);
  }
}
