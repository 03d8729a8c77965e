import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { OperationCache } from './operation-cache';

describe('OperationCache', () => {
  it('compiles an operation once, whether the same document comes again or a copy of it', () => {
    const cache = new OperationCache<number>(10);
    let compiled = 0;
    const compile = () => ++compiled;
    const document = parse('query A { a } query B { b }');
    expect(cache.get(document, 'A', compile)).toBe(1);
    expect(cache.get(document, 'A', compile)).toBe(1);
    expect(cache.get(parse('query A { a } query B { b }'), 'A', compile)).toBe(1);
    expect(cache.get(document, 'B', compile)).toBe(2);
  });

  it('keeps the most recently used, at most maxEntries', () => {
    const cache = new OperationCache<string>(2);
    const get = (text: string) => cache.get(parse(text), undefined, () => `${text}#${Math.random()}`);
    const first = get('{ a }');
    const b = get('{ b }');
    expect(get('{ a }')).toBe(first);
    // {b} is now the least recently used: {c} takes its place.
    get('{ c }');
    expect(get('{ a }')).toBe(first);
    expect(get('{ b }')).not.toBe(b);
  });
});
