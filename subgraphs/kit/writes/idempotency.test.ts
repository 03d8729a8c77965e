import { describe, expect, it } from 'vitest';
import { canonicalJson } from './idempotency';

describe('the input an idempotency key is bound to', () => {
  it('is the same however the client ordered or omitted members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(canonicalJson({ a: { d: [1, { x: 1, y: 2 }] }, b: 1, e: undefined }));
  });

  it('differs when anything that is written differs', () => {
    expect(canonicalJson({ title: '甲' })).not.toBe(canonicalJson({ title: '乙' }));
    expect(canonicalJson({ list: [1, 2] })).not.toBe(canonicalJson({ list: [2, 1] }));
    expect(canonicalJson({ value: 1 })).not.toBe(canonicalJson({ value: '1' }));
  });
});
