import { describe, expect, it } from 'vitest';
import { countTokens } from './use-operation-limits';

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
