import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const AREA = dirname(fileURLToPath(import.meta.url));

/** SQL goes in `*.repository.ts` (fragments in `*.sql.ts`); services hold rules and call repositories. */
const SQL_IN_CODE = [
  /\.query\(/,
  /createQueryBuilder/,
  /createQueryRunner/,
  /manager\.(find|findOne|findOneBy|insert|update|delete|save)\b/,
  /`\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\s/i,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('the arrears area keeps its SQL in repositories', () => {
  const files = sourceFiles(AREA).filter((file) => !/\.(repository|sql)\.ts$/.test(file));

  it.each(files.map((file) => relative(AREA, file)))('%s has no SQL', (file) => {
    // Comments may name a statement; code may not run one.
    const text = readFileSync(join(AREA, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    expect(SQL_IN_CODE.filter((pattern) => pattern.test(text)).map(String)).toEqual([]);
  });
});
