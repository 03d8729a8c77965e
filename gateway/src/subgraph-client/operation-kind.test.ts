import { describe, expect, it } from 'vitest';
import { operationKindOf } from './retry-policy';

describe('operationKindOf on the gateway\'s own fetches', () => {
  it('reads the kind from the leading query alone, whatever follows it', () => {
    const representations = Array.from({ length: 1000 }, (_, i) => ({ __typename: 'Firm', uscc: String(i) }));
    const large = JSON.stringify({ query: 'query Sub__0($r:[_Any!]!){_entities(representations:$r){...on Firm{uscc}}}', variables: { r: representations } });
    expect(operationKindOf(large)).toBe('query');
    // Only the query string is read: what follows it is not parsed at all.
    expect(operationKindOf('{"query":"query A { a(x: \\"say \\\\\\"hi\\\\\\"\\") }","variables":{unreadable')).toBe('query');
    expect(operationKindOf(JSON.stringify({ query: 'mutation M { m }', variables: { a: 'query' } }))).toBe('mutation');
  });

  it('still decides by operationName when the document holds several operations', () => {
    const body = JSON.stringify({ query: 'query A { a } mutation B { b }', operationName: 'B' });
    expect(operationKindOf(body)).toBe('mutation');
    expect(operationKindOf(JSON.stringify({ query: 'query A { a } mutation B { b }', operationName: 'A' }))).toBe('query');
  });
});
