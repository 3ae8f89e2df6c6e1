import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * The house rule behind issue 11: SQL lives in repositories. In libs/domain only `*.repository.ts`
 * (an aggregate's statements, row types and mappers) and `*.sql.ts` (shared fragments with explicit
 * parameters) may hold SQL text or talk to the database directly; services decide and call them.
 * This test reads every other source file with the TypeScript parser and names each offence.
 */
const ROOT = dirname(fileURLToPath(import.meta.url));

const SQL_HOMES = /\.(repository|sql)\.ts$/;
/** Unit tests and entity declarations: tests may build their own rows; entities hold decorators only. */
const EXEMPT = /\.(spec|entity)\.ts$/;

/** A statement's opening words, as they start a query or a clause (upper case, as this code base writes SQL). */
const SQL_TEXT =
  /\b(SELECT\s+[\w*(]|INSERT\s+INTO|UPDATE\s+\w+(\s+\w+)?\s+SET|DELETE\s+FROM|ON\s+CONFLICT|WITH\s+\w+\s+AS\s*\(|FROM\s+\w+\s+(WHERE|JOIN)|FOR\s+(NO\s+KEY\s+)?UPDATE)\b/;

/** Data access that belongs in a repository: raw queries, query builders and the entity manager's CRUD. */
const DIRECT_CALLS = new Set(['query', 'createQueryBuilder']);
const MANAGER_CALLS = new Set([
  'find',
  'findBy',
  'findOne',
  'findOneBy',
  'findOneOrFail',
  'findOneByOrFail',
  'findAndCount',
  'insert',
  'update',
  'upsert',
  'delete',
  'save',
  'remove',
  'count',
  'countBy',
  'exists',
  'existsBy',
  'increment',
  'decrement',
]);
const MANAGER_RECEIVER = /(^|\.)(manager|entityManager|dataSource)$/i;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !SQL_HOMES.test(entry.name) && !EXEMPT.test(entry.name) ? [path] : [];
  });
}

/** Each offence in one file's text, as `file:line what`. */
function offencesIn(name: string, text: string): string[] {
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const where = (node: ts.Node) => `${name}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (SQL_TEXT.test(node.text)) found.push(`${where(node)} SQL text`);
    } else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ? ');
      if (SQL_TEXT.test(parts)) found.push(`${where(node)} SQL text`);
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const name = node.expression.name.text;
      const receiver = node.expression.expression.getText(source);
      if (DIRECT_CALLS.has(name)) found.push(`${where(node)} .${name}()`);
      else if (MANAGER_CALLS.has(name) && MANAGER_RECEIVER.test(receiver))
        found.push(`${where(node)} ${receiver}.${name}()`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('SQL lives in repositories (libs/domain)', () => {
  it('finds no SQL text or direct data access outside *.repository.ts and *.sql.ts', () => {
    const files = sourceFiles(ROOT);
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((path) => offencesIn(relative(ROOT, path), readFileSync(path, 'utf8')))).toEqual([]);
  });

  it('recognises the offences it is there to catch', () => {
    // The rule itself must be able to fail: a service written the old way trips every check.
    const service = [
      'const a = await manager.query(`SELECT id FROM arrears_case WHERE id = $1`, [id]);',
      "await this.dataSource.createQueryBuilder().select('x');",
      'await manager.findOneBy(Person, { id });',
      'const b = `UPDATE tenancy t SET unit = ${unit} WHERE id = $1`;',
      "const c = 'INSERT INTO outbox (id) VALUES ($1) ON CONFLICT DO NOTHING';",
      "const fine = 'Select a date'; // prose is not SQL",
    ].join('\n');
    expect(offencesIn('old.service.ts', service)).toEqual([
      'old.service.ts:1 .query()',
      'old.service.ts:1 SQL text',
      'old.service.ts:2 .createQueryBuilder()',
      'old.service.ts:3 manager.findOneBy()',
      'old.service.ts:4 SQL text',
      'old.service.ts:5 SQL text',
    ]);
  });
});
