import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

/** What runs for every request (docs/performance-rules.md); elsewhere a spread is only style. */
const HOT_PATH = [
  'pipeline',
  'upstream',
  'limits',
  'metrics',
  'money',
  'messages',
  'routing',
  'logger.ts',
  'errors.ts',
];

const sourceFiles = (path: string): string[] => {
  if (!statSync(path).isDirectory()) return path.endsWith('.ts') ? [path] : [];
  return readdirSync(path).flatMap((name) => sourceFiles(join(path, name)));
};

/** Object literals with a member after a spread (`{ ...a, b }`, `{ ...a, ...b }`), as "file:line" entries. */
function spreadsFollowedByMembers(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const firstSpread = node.properties.findIndex(ts.isSpreadAssignment);
      if (firstSpread >= 0 && firstSpread < node.properties.length - 1) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push(`${relative(SRC, file)}:${line + 1}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('object literals on the hot path', () => {
  // In Node 20's V8 (11.3), an object literal with anything after a spread gets a hidden class of its own
  // every time it runs, garbage that outlives young-generation GC. The measurement and how the bench guards
  // it: docs/performance-rules.md. `Object.assign({}, a, b)`, a spread as the last member, or the fields
  // written out keep one hidden class per call site.
  it('never put a member after a spread', () => {
    const files = HOT_PATH.flatMap((path) => sourceFiles(join(SRC, path)));
    const offenders = files.flatMap((file) => spreadsFollowedByMembers(file, readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('covers paths that exist, so a rename cannot drop a file from the rule', () => {
    expect(HOT_PATH.filter((path) => !existsSync(join(SRC, path)))).toEqual([]);
  });

  it('the check finds the pattern it forbids, and passes the forms that are fine', () => {
    const sample = ['const a = { ...x, y };', 'const b = { ...x, ...z };', 'const c = { y, ...x };', 'const d = { ...x };'];
    expect(spreadsFollowedByMembers(join(SRC, 'sample.ts'), sample.join('\n'))).toEqual(['sample.ts:1', 'sample.ts:2']);
  });
});
