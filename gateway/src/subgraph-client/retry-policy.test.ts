import { describe, expect, it } from 'vitest';
import { backoffDelayMs, operationKindOf, shouldRetry, type AttemptOutcome } from './retry-policy';

const policy = { retries: 2, baseDelayMs: 100, maxDelayMs: 250 };
const body = (query: string, operationName?: string) => JSON.stringify({ query, variables: {}, operationName });

describe('operationKindOf', () => {
  it('reads the kind of the gateway\'s generated operations', () => {
    expect(operationKindOf(body('query Firms__tianjin__1($representations:[_Any!]!){_entities(representations:$representations){__typename}}'))).toBe('query');
    expect(operationKindOf(body('{ tianjin { name } }'))).toBe('query');
    expect(operationKindOf(body('mutation Apply__tianjin__0{tianjin{apply(key:"x"){key}}}'))).toBe('mutation');
    expect(operationKindOf(body('# comment\n  mutation { a }'))).toBe('mutation');
  });

  it('picks the named operation of a document with several', () => {
    const document = 'query A { a } mutation B { b }';
    expect(operationKindOf(body(document, 'A'))).toBe('query');
    expect(operationKindOf(body(document, 'B'))).toBe('mutation');
  });

  it('treats what it cannot read as a mutation, so it is never retried', () => {
    expect(operationKindOf(undefined)).toBe('mutation');
    expect(operationKindOf('not json')).toBe('mutation');
    expect(operationKindOf(JSON.stringify({ extensions: { persistedQuery: {} } }))).toBe('mutation');
    expect(operationKindOf(body('query {'))).toBe('mutation');
    expect(operationKindOf(body('query A { a } query B { b }'))).toBe('mutation');
  });
});

describe('shouldRetry', () => {
  const failures: AttemptOutcome[] = ['status_5xx', 'network'];

  it.each(failures)('retries a query after %s while attempts remain', (outcome) => {
    expect(shouldRetry('query', outcome, 1, policy)).toBe(true);
    expect(shouldRetry('query', outcome, 2, policy)).toBe(true);
    expect(shouldRetry('query', outcome, 3, policy)).toBe(false);
  });

  it.each([...failures, 'timeout', 'ok'] as AttemptOutcome[])('never retries a mutation (%s)', (outcome) => {
    for (let attempt = 1; attempt <= 5; attempt++) expect(shouldRetry('mutation', outcome, attempt, policy)).toBe(false);
    expect(shouldRetry('subscription', outcome, 1, policy)).toBe(false);
  });

  it('does not retry a timeout (the time budget is spent) nor an answer', () => {
    expect(shouldRetry('query', 'timeout', 1, policy)).toBe(false);
    expect(shouldRetry('query', 'ok', 1, policy)).toBe(false);
  });

  it('does not retry at all with zero retries', () => {
    expect(shouldRetry('query', 'network', 1, { ...policy, retries: 0 })).toBe(false);
  });
});

describe('backoffDelayMs', () => {
  it('grows exponentially up to the cap, scaled by the jitter', () => {
    expect([1, 2, 3, 4].map((a) => backoffDelayMs(a, policy, () => 1))).toEqual([100, 200, 250, 250]);
    expect(backoffDelayMs(2, policy, () => 0.5)).toBe(100);
    expect(backoffDelayMs(3, policy, () => 0)).toBe(0);
  });
});
