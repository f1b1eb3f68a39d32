import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/error-codes.js';

const apiDoc = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');

describe('the error-code catalogue and its documentation', () => {
  it('docs/api.md names every code, and no code the catalogue lacks', () => {
    const documented = new Set(apiDoc.match(/\bGW_[A-Z_]+\b/g));
    expect([...documented].sort()).toEqual(Object.keys(ERROR_CODES).sort());
  });

  it("each row of the docs' table gives the code's own status and type", () => {
    const rows = [...apiDoc.matchAll(/^\| `(GW_[A-Z_]+)` \| (\d{3}) \| `(\w+)` \|/gm)];
    expect(rows.length).toBeGreaterThan(20);
    for (const [, code, status, type] of rows) {
      expect({ code, status: Number(status), type }).toEqual({ code, ...ERROR_CODES[code as keyof typeof ERROR_CODES] });
    }
  });
});
