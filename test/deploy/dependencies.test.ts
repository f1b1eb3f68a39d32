import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './manifests.js';

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** The package a bare import specifier names: `@scope/name/sub` -> `@scope/name`, `name/sub` -> `name`. */
const packageOf = (specifier: string): string => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

function importedPackages(dir: string): Set<string> {
  const found = new Set<string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s[^;]*?\sfrom\s+'([^'.][^']*)';$|^import\s+'([^'.][^']*)';$/gm)) {
      const specifier = m[1] ?? m[2]!;
      if (!specifier.startsWith('node:')) found.add(packageOf(specifier));
    }
  }
  return found;
}

/** The image installs production dependencies only (npm ci --omit=dev): they must be exactly what src/ needs. */
describe('package.json dependencies', () => {
  it('every package src/ imports is a production dependency', () => {
    for (const name of importedPackages(join(repoRoot, 'src'))) expect(Object.keys(pkg.dependencies), name).toContain(name);
  });

  it('the Anthropic SDK, which only tests and benchmarks use, is a devDependency (27 MB of the image otherwise)', () => {
    expect(pkg.dependencies['@anthropic-ai/sdk']).toBeUndefined();
    expect(pkg.devDependencies['@anthropic-ai/sdk']).toBe('1.12.0');
    expect(importedPackages(join(repoRoot, 'src'))).not.toContain('@anthropic-ai/sdk');
  });
});
