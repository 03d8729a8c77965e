import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { countTokens, limitCheck, operationLimitsOf, subgraphLimitsOf } from './operation-limits';

describe('counting tokens before parsing', () => {
  it('counts punctuators, names and values, not comments or whitespace', () => {
    expect(countTokens('{ firms(first: 2) { totalCount } }', 100)).toBe(11);
    expect(countTokens('# a comment\n{   __typename   }', 100)).toBe(3);
  });

  it('stops just past the limit, however long the document', () => {
    expect(countTokens(`{ ${'a '.repeat(1_000_000)}}`, 50)).toBe(51);
  });

  it('leaves documents that do not lex to the parser', () => {
    expect(countTokens('{ "unterminated', 100)).toBeLessThan(100);
  });
});

describe('limits checked once per document', () => {
  const schema = buildSchema('type Query { firms(first: Int): [Firm] } type Firm { name: String, parent: Firm }');
  const limits = operationLimitsOf({}, []);
  const check = limitCheck({ gateway: { maxDepth: limits.maxDepth, maxAliases: limits.maxAliases, maxDirectives: limits.maxDirectives, maxCost: limits.costLimit }, subgraph: subgraphLimitsOf(limits) });
  const aliases = (n: number) => parse(`{ ${Array.from({ length: n }, (_, i) => `a${i}: firms(first: 1) { name }`).join(' ')} }`);

  it('names the limit an operation goes over, under each budget', () => {
    expect(check(schema, aliases(31), 'gateway')).toEqual({ limit: 'aliases', found: 31, max: 30 });
    // A subgraph leaves the room a plan needs (the cross-region layer's batched pages)…
    expect(check(schema, aliases(120), 'subgraph')).toBeNull();
    // …and no more.
    expect(check(schema, aliases(500), 'subgraph')).toEqual({ limit: 'aliases', found: 500, max: 130 });
    const deep = parse(`{ firms { ${'parent { '.repeat(20)}name${' }'.repeat(20)} } }`);
    expect(check(schema, deep, 'subgraph')).toMatchObject({ limit: 'depth', max: 16 });
  });

  it('reads the gateway\'s variables, and lists what is wrong', () => {
    const errors: string[] = [];
    expect(operationLimitsOf({ GATEWAY_MAX_DEPTH: '8', GATEWAY_MAX_ALIASES: 'many' }, errors)).toMatchObject({ maxDepth: 8, maxAliases: 30 });
    expect(errors).toEqual(['GATEWAY_MAX_ALIASES must be a whole number between 0 and 9007199254740991, got "many"']);
  });
});
