import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });

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

describe('object literals in src/', () => {
  // In Node 20's V8 (11.3), an object literal with anything after a spread gets a hidden class of its own
  // every time it runs: about 800 bytes of maps that outlive young-generation GC. On the request path that
  // was most of what the gateway promoted to the old generation (~150 KB per scavenge at 500 req/s), which
  // lengthened every scavenge pause and brought on full GCs. `Object.assign({}, a, b)`, a spread as the
  // last member, or the fields written out keep one hidden class per call site.
  it('never put a member after a spread', () => {
    const offenders = sourceFiles(SRC).flatMap((file) => spreadsFollowedByMembers(file, readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the check finds the pattern it forbids, and passes the forms that are fine', () => {
    const sample = ['const a = { ...x, y };', 'const b = { ...x, ...z };', 'const c = { y, ...x };', 'const d = { ...x };'];
    expect(spreadsFollowedByMembers(join(SRC, 'sample.ts'), sample.join('\n'))).toEqual(['sample.ts:1', 'sample.ts:2']);
  });
});
