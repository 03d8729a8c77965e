import { describe, expect, it } from 'vitest';
import { EXIT } from './exit-codes';
import { backoffMs, judge } from './retry';
import type { Exchange } from './transport';

const answer = (status: number, body: Extract<Exchange, { kind: 'answer' }>['body']): Exchange => ({ kind: 'answer', status, body, retryAfterMs: null });
const regionDown = { message: 'The yangtze region is unavailable', extensions: { code: 'REGION_UNAVAILABLE', region: 'YANGTZE' } };

describe('judging an answer', () => {
  it('uses a clean answer', () => {
    expect(judge(answer(200, { data: { a: 1 } }))).toEqual({ kind: 'use', data: { a: 1 }, regionGaps: [] });
  });

  it('retries network failures, 5xx and 429, with no partial answer to fall back on', () => {
    expect(judge({ kind: 'unreachable', message: 'ECONNREFUSED' })).toMatchObject({ kind: 'retry', fallback: null, reason: 'gateway unreachable: ECONNREFUSED' });
    expect(judge({ kind: 'unreadable', status: 502, retryAfterMs: null })).toMatchObject({ kind: 'retry', fallback: null });
    expect(judge({ kind: 'unreadable', status: 429, retryAfterMs: 2000 })).toMatchObject({ kind: 'retry', retryAfterMs: 2000 });
    expect(judge(answer(503, { errors: [{ message: 'down', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }))).toMatchObject({ kind: 'retry' });
  });

  it('retries a missing region, keeping the other regions\' data in case the retries run out', () => {
    const verdict = judge(answer(200, { data: { a: 1 }, errors: [regionDown] }));
    expect(verdict).toMatchObject({ kind: 'retry', fallback: { data: { a: 1 }, regionGaps: [{ code: 'REGION_UNAVAILABLE', region: 'YANGTZE' }] } });
    expect(judge(answer(200, { data: null, errors: [{ ...regionDown, extensions: { code: 'REGION_TIMEOUT', service: 'crossregion' } }] }))).toMatchObject({ kind: 'retry', fallback: null });
  });

  it('does not retry what the user or the query got wrong', () => {
    for (const code of ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'QUERY_TOO_COMPLEX']) {
      const verdict = judge(answer(code === 'GRAPHQL_VALIDATION_FAILED' ? 400 : 200, { data: null, errors: [{ message: 'no', extensions: { code } }, regionDown] }));
      expect(verdict).toMatchObject({ kind: 'fail', exit: EXIT.GRAPHQL, reason: `${code}: no` });
    }
    expect(judge({ kind: 'unreadable', status: 404, retryAfterMs: null })).toMatchObject({ kind: 'fail', exit: EXIT.GRAPHQL });
    expect(judge({ kind: 'unreadable', status: 301, retryAfterMs: null, location: 'https://coopgraph.example/graphql' })).toMatchObject({
      kind: 'fail',
      exit: EXIT.GRAPHQL,
      reason: expect.stringContaining('it redirects to https://coopgraph.example/graphql: give that address as the gateway'),
    });
  });
});

describe('backoff', () => {
  const policy = { retries: 5, baseMs: 500, maxMs: 30_000 };

  it('doubles from the base delay, jittered between half and all of it, up to the cap', () => {
    expect([0, 1, 2, 3].map((a) => backoffMs(a, policy, null, () => 1))).toEqual([500, 1000, 2000, 4000]);
    expect([0, 1, 2, 3].map((a) => backoffMs(a, policy, null, () => 0))).toEqual([250, 500, 1000, 2000]);
    expect(backoffMs(20, policy, null, () => 1)).toBe(30_000);
  });

  it('waits at least as long as Retry-After asks, within the cap', () => {
    expect(backoffMs(0, policy, 5000, () => 1)).toBe(5000);
    expect(backoffMs(0, policy, 3_600_000, () => 1)).toBe(30_000);
  });
});
