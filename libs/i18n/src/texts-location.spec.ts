import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * Every user-facing text lives in the message catalogue (libs/i18n), so that a missing
 * translation fails the type check and the catalogue's test. This test reads the source of the
 * apps and libs and names any `{ da: '…', en: '…' }` written by hand elsewhere.
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const SOURCES = ['apps', 'libs'];
const OUTSIDE_CATALOGUE = (path: string) =>
  !path.startsWith('libs/i18n/') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(path) && !path.endsWith('.d.ts');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'web' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const isText = (node: ts.Node | undefined) =>
  node !== undefined &&
  (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node));

/** `file:line` of each object literal with a literal Danish and English text. */
export function handWrittenTexts(name: string, text: string): string[] {
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const value = (key: string) =>
        node.properties.find(
          (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(source) === key,
        )?.initializer;
      if (isText(value('da')) && isText(value('en'))) {
        found.push(`${name}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('user-facing texts live in the catalogue', () => {
  it('finds no hand-written { da, en } text outside libs/i18n', () => {
    const files = SOURCES.flatMap((dir) => sourceFiles(join(ROOT, dir)))
      .map((path) => relative(ROOT, path))
      .filter(OUTSIDE_CATALOGUE);
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((path) => handWrittenTexts(path, readFileSync(join(ROOT, path), 'utf8')))).toEqual([]);
  });

  it('recognises a hand-written text', () => {
    const code = [
      "throw new AppError('X', 400, { da: 'Forkert.', en: 'Wrong.' });",
      'const ok = { da: messages.da, en: messages.en };',
      'const t = { da: `Dato ${d}`, en: `Date ${d}` };',
    ].join('\n');
    expect(handWrittenTexts('x.ts', code)).toEqual(['x.ts:1', 'x.ts:3']);
  });
});
