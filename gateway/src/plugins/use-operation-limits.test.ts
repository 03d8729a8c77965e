import { describe, expect, it } from 'vitest';
import { loadGatewayConfig } from '../config';
import { countTokens, fixFor } from './use-operation-limits';

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

describe('how to get under a limit', () => {
  const limits = loadGatewayConfig({}).config!.limits;

  it('tells a caller over the standard cost budget what to trim, and of the reporting budget', () => {
    const fix = fixFor('cost', 'analyst', limits);
    expect(fix).toMatch(/fewer fields or fewer nested levels, a smaller `first`.*split the operation/);
    expect(fix).toContain(`reporting jobs (role reporting, \`coopgraph report\`) have a budget of ${limits.reportingCostLimit}`);
  });

  it('does not send a reporting job to the budget it already has', () => {
    expect(fixFor('cost', 'reporting', limits)).not.toMatch(/reporting/);
  });

  it.each(['depth', 'aliases', 'directives', 'tokens'])('says what to do about %s', (limit) => {
    expect(fixFor(limit, 'anonymous', limits)).not.toBe(fixFor('complexity', 'anonymous', limits));
  });
});
