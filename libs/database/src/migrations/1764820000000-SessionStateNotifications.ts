import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Tells the API when the state it checks a bearer token against changes, so that it may keep that
 * state for a moment (`SessionStateCache`, AUTH_SESSION_CACHE_MS) and still refuse a token at once
 * when its user is disabled, changes role, organisation or departments, changes password or signs
 * out. Each trigger notifies `session_state_changed` with the user's id; PostgreSQL delivers it to
 * every listening API process when the transaction commits (and once per user and transaction,
 * however many rows changed). The state is `AuthSessionRepository.session`'s: the user's row, their
 * departments, and whether any token of the session's family is revoked.
 */
export class SessionStateNotifications1764820000000 implements MigrationInterface {
  name = 'SessionStateNotifications1764820000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_session_state_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('session_state_changed',
          (CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END ->> TG_ARGV[0]));
        IF TG_OP = 'UPDATE' AND (to_jsonb(OLD) ->> TG_ARGV[0]) IS DISTINCT FROM (to_jsonb(NEW) ->> TG_ARGV[0]) THEN
          PERFORM pg_notify('session_state_changed', to_jsonb(OLD) ->> TG_ARGV[0]);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER tr_app_user_session_state AFTER UPDATE OR DELETE ON app_user
        FOR EACH ROW EXECUTE FUNCTION notify_session_state_changed('id')`);
    await queryRunner.query(`
      CREATE TRIGGER tr_user_department_session_state AFTER INSERT OR UPDATE OR DELETE ON user_department
        FOR EACH ROW EXECUTE FUNCTION notify_session_state_changed('user_id')`);
    // A session ends when a token of its family is revoked; rotation (used_at) changes nothing the
    // check reads, and a new token joins a family whose state it does not change.
    await queryRunner.query(`
      CREATE TRIGGER tr_refresh_token_session_state AFTER UPDATE OF revoked_at OR DELETE ON refresh_token
        FOR EACH ROW EXECUTE FUNCTION notify_session_state_changed('user_id')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER tr_refresh_token_session_state ON refresh_token`);
    await queryRunner.query(`DROP TRIGGER tr_user_department_session_state ON user_department`);
    await queryRunner.query(`DROP TRIGGER tr_app_user_session_state ON app_user`);
    await queryRunner.query(`DROP FUNCTION notify_session_state_changed()`);
  }
}
