/**
 * A circuit breaker for one subgraph. Closed: calls go out, consecutive failures are counted. After
 * `failureThreshold` of them it opens: calls fail at once, without touching the network, so a dead
 * region costs its callers microseconds instead of a timeout each. After `resetAfterMs` one probe is
 * let through (half-open): its success closes the breaker, its failure opens it for another period.
 */
export type BreakerState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  failureThreshold: number;
  resetAfterMs: number;
  now?: () => number;
  onStateChange?: (state: BreakerState, previous: BreakerState) => void;
}

/** Leave to make one call; report its outcome exactly once. */
export interface BreakerPermit {
  probe: boolean;
  success(): void;
  failure(): void;
}

export class CircuitBreaker {
  private current: BreakerState = 'closed';
  private failures = 0;
  private openedAt = 0;
  private probeOut = false;
  private readonly now: () => number;

  constructor(private readonly options: CircuitBreakerOptions) {
    this.now = options.now ?? Date.now;
  }

  get state(): BreakerState {
    return this.current;
  }

  /** A permit for one call, or undefined while the breaker is open (or its one probe is out). */
  acquire(): BreakerPermit | undefined {
    if (this.current === 'open') {
      if (this.now() - this.openedAt < this.options.resetAfterMs) return undefined;
      this.transition('half-open');
    }
    if (this.current === 'half-open') {
      if (this.probeOut) return undefined;
      this.probeOut = true;
      return this.permit(true);
    }
    return this.permit(false);
  }

  private permit(probe: boolean): BreakerPermit {
    let settled = false;
    const settle = (ok: boolean) => {
      if (settled) return;
      settled = true;
      if (probe) {
        this.probeOut = false;
        if (ok) this.close();
        else this.open();
        return;
      }
      // A call that went out while closed: its outcome counts only while still closed; calls
      // already in flight when the breaker opened say nothing new.
      if (this.current !== 'closed') return;
      if (ok) {
        this.failures = 0;
        return;
      }
      this.failures += 1;
      if (this.failures >= this.options.failureThreshold) this.open();
    };
    return { probe, success: () => settle(true), failure: () => settle(false) };
  }

  private open() {
    this.openedAt = this.now();
    this.transition('open');
  }

  private close() {
    this.failures = 0;
    this.transition('closed');
  }

  private transition(next: BreakerState) {
    const previous = this.current;
    this.current = next;
    if (previous !== next) this.options.onStateChange?.(next, previous);
  }
}
