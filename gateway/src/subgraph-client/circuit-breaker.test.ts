import { describe, expect, it } from 'vitest';
import { CircuitBreaker, type BreakerState } from './circuit-breaker';

function breaker(threshold = 3, resetAfterMs = 1000) {
  let time = 0;
  const changes: Array<[BreakerState, BreakerState]> = [];
  const b = new CircuitBreaker({ failureThreshold: threshold, resetAfterMs, now: () => time, onStateChange: (s, p) => changes.push([p, s]) });
  return { b, changes, advance: (ms: number) => (time += ms) };
}

const fail = (b: CircuitBreaker) => b.acquire()!.failure();
const succeed = (b: CircuitBreaker) => b.acquire()!.success();

describe('the circuit breaker', () => {
  it('opens after the threshold of consecutive failures and then fails fast', () => {
    const { b, changes } = breaker(3);
    fail(b);
    fail(b);
    expect(b.state).toBe('closed');
    fail(b);
    expect(b.state).toBe('open');
    expect(b.acquire()).toBeUndefined();
    expect(changes).toEqual([['closed', 'open']]);
  });

  it('counts only consecutive failures: a success in between starts again', () => {
    const { b } = breaker(3);
    fail(b);
    fail(b);
    succeed(b);
    fail(b);
    fail(b);
    expect(b.state).toBe('closed');
  });

  it('lets exactly one probe through after the reset period, and closes when it succeeds', () => {
    const { b, changes, advance } = breaker(1, 1000);
    fail(b);
    advance(999);
    expect(b.acquire()).toBeUndefined();
    advance(1);
    const probe = b.acquire()!;
    expect(probe.probe).toBe(true);
    expect(b.state).toBe('half-open');
    expect(b.acquire()).toBeUndefined();
    probe.success();
    expect(b.state).toBe('closed');
    expect(b.acquire()?.probe).toBe(false);
    expect(changes).toEqual([
      ['closed', 'open'],
      ['open', 'half-open'],
      ['half-open', 'closed'],
    ]);
  });

  it('opens again for a full period when the probe fails', () => {
    const { b, advance } = breaker(1, 1000);
    fail(b);
    advance(1000);
    b.acquire()!.failure();
    expect(b.state).toBe('open');
    advance(500);
    expect(b.acquire()).toBeUndefined();
    advance(500);
    expect(b.acquire()?.probe).toBe(true);
  });

  it('ignores late outcomes of calls that went out before it opened', () => {
    const { b } = breaker(2);
    const slow = b.acquire()!;
    fail(b);
    fail(b);
    expect(b.state).toBe('open');
    slow.success();
    expect(b.state).toBe('open');
  });

  it('counts a permit once however often it is reported', () => {
    const { b } = breaker(2);
    const permit = b.acquire()!;
    permit.failure();
    permit.failure();
    expect(b.state).toBe('closed');
  });
});
