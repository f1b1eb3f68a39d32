import { readFileSync } from 'node:fs';
import { parse as parseWithYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ConfigError, readYaml } from '../../src/config/load.js';

/** The config blocks of a Kubernetes ConfigMap or of the docs' ```yaml fences. */
const embedded = (path: string): string[] => {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.md')) return [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  const data = parseWithYaml(text) as { data?: Record<string, string> };
  return Object.values(data.data ?? {});
};

// What YAML allows that a config might hold: anchors, aliases, block scalars, flow collections, every number and
// null form of YAML 1.2's core schema, quoting, comments, and the words YAML 1.1 read as booleans or dates.
const SNIPPETS = [
  'a: &base { rpm: 10, itpm: 1e6 }\nb: *base\nc: [1, 0x1f, 0o17, -2.5e-3, .inf, -.Inf, .nan, ~, null, Null, true, False]\n',
  'text: |\n  line one\n  line two\nfolded: >-\n  a\n  b\nquoted: "tab\\there \\u00e9"\nsingle: \'it\'\'s\'\n',
  'yes: yes\nno: no\non: off\ndate: 2024-01-01\ntime: 12:30:00\nsexagesimal: 1:20\n<<: { merged: 1 }\n',
  '# comment\nlist:\n  - id: a # trailing comment\n    keys: ["sha256:00"]\n  -   id: b\n      budget: {}\nempty:\nkey with spaces: v\n"quoted key": 1\n',
  '{"json": [1, 2, {"nested": "yes"}], "n": -0}',
  '',
];

describe('reading a config YAML document', () => {
  it('gives what the yaml library gives, for the shipped configs, the docs and the edge cases of YAML 1.2', () => {
    const texts = [readFileSync('config/gateway.yaml', 'utf8'), ...embedded('k8s/configmap.yaml'), ...embedded('docs/config.md'), ...SNIPPETS];
    expect(texts.length).toBeGreaterThan(SNIPPETS.length + 2);
    for (const text of texts) expect(readYaml(text) ?? null, text).toEqual(parseWithYaml(text) ?? null);
  });

  it('explains a document it cannot read with the line, the column and the lines around', () => {
    for (const text of ['orgs: [\n', 'a: 1\na: 2\n', 'a:\n  - b\n c: d\n', 'a: "unterminated\n']) {
      const error = (() => {
        try {
          readYaml(text);
        } catch (err) {
          return err;
        }
        return undefined;
      })();
      expect(error, text).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems[0], text).toMatch(/^\(yaml\) \(line \d+, column \d+\): /);
    }
  });
});
