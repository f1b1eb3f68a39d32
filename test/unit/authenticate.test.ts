import { describe, expect, it } from 'vitest';
import { compileConfig } from '../../src/config/compiled.js';
import { GatewayError } from '../../src/errors.js';
import { authenticate, hashKey, presentedKey } from '../../src/pipeline/authenticate.js';
import { KEYS, testConfig } from '../helpers/config.js';

const conf = compileConfig(testConfig());

describe('authenticate: key -> org by sha256 hash', () => {
  it('finds the org from x-api-key or Authorization: Bearer', () => {
    expect(authenticate({ 'x-api-key': KEYS.search }, conf).id).toBe('search');
    expect(authenticate({ authorization: `Bearer ${KEYS.batch}` }, conf).id).toBe('batch');
  });

  it('rejects a missing or unknown key with a 401 authentication_error', () => {
    for (const headers of [{}, { 'x-api-key': 'nope' }, { authorization: 'Basic abc' }]) {
      try {
        authenticate(headers, conf);
        expect.unreachable();
      } catch (err) {
        expect(err).toBeInstanceOf(GatewayError);
        expect((err as GatewayError).status).toBe(401);
        expect((err as GatewayError).type).toBe('authentication_error');
      }
    }
  });

  it('hashes keys as the config expects', () => {
    expect(hashKey('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(presentedKey({ authorization: 'bearer  tok ' })).toBe('tok');
  });
});
