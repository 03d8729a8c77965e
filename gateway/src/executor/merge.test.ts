import { describe, expect, it } from 'vitest';
import { mergeInto } from './merge';

describe('mergeInto', () => {
  it('merges objects key by key and lists of the same length item by item, in place, adopting the reply\'s objects', () => {
    const owner = { name: 'P' };
    const target = { a: { x: 1 }, list: [{ id: 1 }, { id: 2 }], other: [1, 2] };
    mergeInto(target, { a: { y: 2 }, list: [{ v: 'a' }, { v: 'b' }], other: [3], owner });
    expect(target).toEqual({ a: { x: 1, y: 2 }, list: [{ id: 1, v: 'a' }, { id: 2, v: 'b' }], other: [3], owner: { name: 'P' } });
    expect((target as Record<string, unknown>).owner).toBe(owner);
  });

  it('keeps values where the reply has undefined, replaces them where it has null', () => {
    const target: Record<string, unknown> = { a: 1, b: { c: 1 } };
    mergeInto(target, { a: undefined, b: null });
    expect(target).toEqual({ a: 1, b: null });
  });

  it('stores a `__proto__` key of parsed JSON as data, never as the prototype', () => {
    const target: Record<string, unknown> = {};
    mergeInto(target, JSON.parse('{"__proto__": {"polluted": true}}'));
    expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(target)).toEqual(['__proto__']);
  });
});
