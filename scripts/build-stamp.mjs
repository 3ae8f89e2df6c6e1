// The last step of `npm run build`: marks dist/ as built from the sources as they are now, so that
// `npm start` (scripts/start.mjs) does not build again — least of all while the tests run from a
// dist/ that Jest's global setup has just built (a rebuild empties dist/web under the browser tests).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'dist');
mkdirSync(dist, { recursive: true });
writeFileSync(join(dist, '.build-stamp'), `${new Date().toISOString()}\n`);
