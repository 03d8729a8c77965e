import { describe, expect, it } from 'vitest';
import { acceptsIncremental } from './accepts-incremental';

describe('acceptsIncremental', () => {
  it('takes Apollo Client\'s and GraphiQL\'s Accept headers', () => {
    expect(acceptsIncremental('multipart/mixed;deferSpec=20220824,application/json')).toBe(true);
    expect(acceptsIncremental('application/graphql-response+json, application/json, multipart/mixed')).toBe(true);
    expect(acceptsIncremental('multipart/mixed; deferSpec="20220824"; q=0.5')).toBe(true);
  });

  it('refuses everything else: JSON only, another incremental format, a zero quality, no header', () => {
    expect(acceptsIncremental('application/json')).toBe(false);
    expect(acceptsIncremental('multipart/mixed;incrementalSpec=v0.2')).toBe(false);
    expect(acceptsIncremental('multipart/mixed;deferSpec=20220824;q=0')).toBe(false);
    expect(acceptsIncremental(undefined)).toBe(false);
  });
});
