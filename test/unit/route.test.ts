import { describe, expect, it } from 'vitest';
import { compileConfig } from '../../src/config/compiled.js';
import type { OrgConfig } from '../../src/config/schema.js';
import { GatewayError } from '../../src/errors.js';
import type { MessagesBody } from '../../src/messages/schema.js';
import { route } from '../../src/pipeline/route.js';
import { MODELS, testConfig } from '../helpers/config.js';

const conf = compileConfig(testConfig());
const body = (model: string, content = 'hi'): MessagesBody => ({ model, max_tokens: 100, messages: [{ role: 'user', content }] });
const org = (policy?: OrgConfig['policy']): OrgConfig => ({ id: 'o', keys: [`sha256:${'0'.repeat(64)}`], ...(policy ? { policy } : {}) });
const policy = (p: Partial<NonNullable<OrgConfig['policy']>>): NonNullable<OrgConfig['policy']> => ({
  minTier: 'haiku',
  maxTier: 'opus',
  fallback: true,
  strictModels: false,
  ...p,
});
const rejects = (fn: () => unknown): GatewayError => {
  try {
    fn();
  } catch (err) {
    return err as GatewayError;
  }
  throw new Error('expected an error');
};

describe('route: pure decision from request and policy', () => {
  it('aliases and pinned IDs pick their tier, with the fallback chain below them', () => {
    expect(route({ body: body('opus'), org: org(), conf })).toMatchObject({
      tier: 'opus',
      model: MODELS.opus,
      route: 'alias',
      chain: [MODELS.opus, MODELS.sonnet, MODELS.haiku],
    });
    expect(route({ body: body(MODELS.sonnet), org: org(), conf })).toMatchObject({ route: 'pinned', chain: [MODELS.sonnet, MODELS.haiku] });
  });

  it('the chain respects minTier, allowedModels and fallback: false', () => {
    expect(route({ body: body('opus'), org: org(policy({ minTier: 'sonnet' })), conf }).chain).toEqual([MODELS.opus, MODELS.sonnet]);
    expect(route({ body: body('opus'), org: org(policy({ allowedModels: [MODELS.opus, MODELS.haiku] })), conf }).chain).toEqual([
      MODELS.opus,
      MODELS.haiku,
    ]);
    expect(route({ body: body('opus'), org: org(policy({ fallback: false })), conf }).chain).toEqual([MODELS.opus]);
  });

  it('refuses unknown models and models outside the org policy with a 400', () => {
    expect(rejects(() => route({ body: body('gpt-5'), org: org(), conf })).status).toBe(400);
    expect(rejects(() => route({ body: body('opus'), org: org(policy({ maxTier: 'sonnet' })), conf })).message).toContain('maxTier');
    expect(rejects(() => route({ body: body('haiku'), org: org(policy({ minTier: 'sonnet' })), conf })).message).toContain('minTier');
    expect(rejects(() => route({ body: body(MODELS.opus), org: org(policy({ allowedModels: [MODELS.haiku] })), conf })).message).toContain(
      'allowedModels',
    );
  });

  it('auto uses the classifier, the org thresholds and clamps to policy and header', () => {
    const easy = route({ body: body('auto', 'Translate "thank you" to Italian.'), org: org(), conf });
    expect(easy).toMatchObject({ route: 'auto', tier: 'haiku' });
    expect(easy.reason).toMatch(/^score /);
    const alwaysOpus = route({ body: body('auto', 'Translate "thank you" to Italian.'), org: org(policy({ thresholds: { sonnet: 0, opus: 0 } })), conf });
    expect(alwaysOpus.tier).toBe('opus');
    const floor = route({ body: body('auto', 'hi'), org: org(policy({ minTier: 'sonnet' })), conf });
    expect(floor.tier).toBe('sonnet');
    expect(floor.reason).toContain('clamped');
    const header = route({ body: body('auto', 'x'), org: org(policy({ thresholds: { sonnet: 0, opus: 0 } })), conf, maxTierHeader: 'sonnet' });
    expect(header.tier).toBe('sonnet');
  });
});
