import pg from 'pg';
import { ConfigError, redactUrl } from '@app/config';

function reason(error: unknown): string {
  const e = error as { code?: string; message?: string };
  return [e.code, e.message].filter(Boolean).join(' ') || String(error);
}

/** Connects once, so a wrong `DATABASE_URL` stops the process with a sentence saying what to fix. */
export async function assertDatabaseReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new ConfigError(
      `Cannot connect to PostgreSQL at ${redactUrl(url)} (${reason(error)}): start the server or correct DATABASE_URL, or leave DATABASE_URL unset to let \`npm start\` use the embedded database.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
