import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/load.js';
import { testConfig } from '../helpers/config.js';
import { withUsd } from './support.js';

const problems = (orgs: unknown[]): string[] => {
  try {
    testConfig({ orgs });
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
};

/** The money keys of an org (docs/money.md) as check-config sees them. */
describe('money config', () => {
  it('accepts usd, features, downgrade marks and the loop guards', () => {
    const org = {
      usd: { daily: 25, monthly: 500, perFeature: { chat: { daily: 5 }, other: { monthly: 50 } } },
      features: ['chat', 'code-review'],
      policy: { downgrade: [{ atPercent: 80, maxTier: 'sonnet' }], maxToolTurns: 50, maxConversationUsd: 2 },
    };
    expect(problems(withUsd({ search: org }))).toEqual([]);
  });

  it('names each problem by its path', () => {
    const list = problems(
      withUsd({
        search: {
          usd: { daily: -1, perFeature: { indexing: { daily: 1 } } },
          features: ['ok', 'not a label!'],
          policy: { downgrade: [{ atPercent: 120, maxTier: 'tiny' }], maxToolTurns: 1.5, maxConversationUsd: 0 },
        },
      }),
    );
    expect(list).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^orgs\.0\.usd\.daily: /),
        expect.stringMatching(/^orgs\.0\.features\.1: feature: 1-64 letters/),
        expect.stringMatching(/^orgs\.0\.policy\.downgrade\.0\.atPercent: /),
        expect.stringMatching(/^orgs\.0\.policy\.downgrade\.0\.maxTier: /),
        expect.stringMatching(/^orgs\.0\.policy\.maxToolTurns: /),
        expect.stringMatching(/^orgs\.0\.policy\.maxConversationUsd: /),
      ]),
    );
    const semantic = problems(withUsd({ search: { usd: { perFeature: { indexing: { daily: 1 } } }, features: ['chat'] } }));
    expect(semantic).toEqual(['orgs.0.usd.perFeature.indexing: not in the org\'s features (nor "other")']);
  });
});
