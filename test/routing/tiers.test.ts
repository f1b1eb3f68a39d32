import { describe, expect, it } from 'vitest';
import { clampTier, DEFAULT_THRESHOLDS, tierForScore } from '../../src/routing/tiers.js';

describe('tierForScore', () => {
  it('uses >= at both thresholds', () => {
    expect(tierForScore(0, DEFAULT_THRESHOLDS)).toBe('haiku');
    expect(tierForScore(0.3499, DEFAULT_THRESHOLDS)).toBe('haiku');
    expect(tierForScore(0.35, DEFAULT_THRESHOLDS)).toBe('sonnet');
    expect(tierForScore(0.6999, DEFAULT_THRESHOLDS)).toBe('sonnet');
    expect(tierForScore(0.7, DEFAULT_THRESHOLDS)).toBe('opus');
    expect(tierForScore(1, DEFAULT_THRESHOLDS)).toBe('opus');
  });

  it('honours per-org thresholds, including equal ones', () => {
    expect(tierForScore(0.5, { sonnet: 0.6, opus: 0.6 })).toBe('haiku');
    expect(tierForScore(0.6, { sonnet: 0.6, opus: 0.6 })).toBe('opus');
  });
});

describe('clampTier', () => {
  it('keeps a tier inside [minTier, maxTier]', () => {
    expect(clampTier('haiku', { minTier: 'sonnet', maxTier: 'opus' })).toBe('sonnet');
    expect(clampTier('opus', { minTier: 'haiku', maxTier: 'sonnet' })).toBe('sonnet');
    expect(clampTier('sonnet', { minTier: 'haiku', maxTier: 'opus' })).toBe('sonnet');
  });

  it('lets the header only lower the ceiling', () => {
    expect(clampTier('opus', { minTier: 'haiku', maxTier: 'opus', headerMaxTier: 'haiku' })).toBe('haiku');
    expect(clampTier('opus', { minTier: 'haiku', maxTier: 'sonnet', headerMaxTier: 'opus' })).toBe('sonnet');
    expect(clampTier('sonnet', { minTier: 'haiku', maxTier: 'opus', headerMaxTier: undefined })).toBe('sonnet');
  });

  it('lets minTier win over a header below it', () => {
    expect(clampTier('opus', { minTier: 'sonnet', maxTier: 'opus', headerMaxTier: 'haiku' })).toBe('sonnet');
    expect(clampTier('haiku', { minTier: 'opus', maxTier: 'opus', headerMaxTier: 'haiku' })).toBe('opus');
  });
});
