import pg from 'pg';
import { adminUrl } from './global-setup.mjs';

export default async function globalTeardown() {
  const template = process.env.EP_TEST_TEMPLATE_DB;
  if (!template) return;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  await admin.end();
}
