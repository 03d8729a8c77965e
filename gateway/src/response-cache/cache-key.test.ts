import { describe, expect, it } from 'vitest';
import { canonicalJson, responseCacheKey, type CacheKeyParts } from './cache-key';

const base: CacheKeyParts = {
  queryHash: 'a'.repeat(64),
  operationName: 'Zones',
  variables: { foundersOnly: true, first: 10 },
  identity: { role: 'anonymous' },
  generation: '0',
};
const key = (change: Partial<CacheKeyParts> = {}) => responseCacheKey({ ...base, ...change });

describe('the response cache key', () => {
  it('differs for a different identity, so callers never share entries', () => {
    const analystA = { role: 'analyst', subject: 'a@example.org' };
    const analystB = { role: 'analyst', subject: 'b@example.org' };
    const editor = { role: 'editor', subject: 'a@example.org', region: 'tianjin', unit: { kind: 'alliance', key: 'battery' } };
    const otherUnit = { ...editor, unit: { kind: 'alliance', key: 'carbon' } };
    const keys = [key(), key({ identity: analystA }), key({ identity: analystB }), key({ identity: editor }), key({ identity: otherUnit })];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is the same for the same identity whatever the order of its fields', () => {
    expect(key({ identity: { subject: 'a', role: 'analyst' } })).toBe(key({ identity: { role: 'analyst', subject: 'a' } }));
  });

  it('differs for a different document, operation name, variable value or generation', () => {
    const keys = [key(), key({ queryHash: 'b'.repeat(64) }), key({ operationName: 'Other' }), key({ variables: { foundersOnly: false, first: 10 } }), key({ generation: '1' })];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('ignores the order of variables and absent values', () => {
    expect(key({ variables: { first: 10, foundersOnly: true } })).toBe(key());
    expect(key({ variables: { ...base.variables, after: undefined } })).toBe(key());
    expect(key({ variables: undefined })).toBe(key({ variables: {} }));
  });

  it('tells a null variable from a missing one, and nested values apart', () => {
    expect(key({ variables: { ...base.variables, after: null } })).not.toBe(key());
    expect(key({ variables: { filter: { chainCode: 'A' } } })).not.toBe(key({ variables: { filter: { chainCode: 'B' } } }));
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps arrays in order', () => {
    expect(canonicalJson({ b: [2, 1], a: { d: 1, c: 'x' } })).toBe('{"a":{"c":"x","d":1},"b":[2,1]}');
  });
});
