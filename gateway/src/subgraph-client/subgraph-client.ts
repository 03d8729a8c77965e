/**
 * The gateway's client for one subgraph, handed to RemoteGraphQLDataSource as its `fetcher`:
 *
 * - kept-alive connections (undici, subgraphs/kit/http/keep-alive-client.ts);
 * - one time budget per fetch (the subgraph's timeout), retries included;
 * - retries with backoff for queries only, never for mutations (retry-policy.ts);
 * - a circuit breaker that fails fast while the subgraph is down (circuit-breaker.ts);
 * - identical queries in flight at once sent once (in-flight.ts).
 */
import type { Fetcher, FetcherRequestInit } from '@apollo/utils.fetcher';
import { CircuitBreaker, type BreakerState } from './circuit-breaker';
import { InFlight } from './in-flight';
import { createKeepAliveClient, isTimeoutError, type HttpReply } from '../../../subgraphs/kit/http/keep-alive-client';
import { backoffDelayMs, operationKindOf, shouldRetry, type AttemptOutcome, type RetryPolicy } from './retry-policy';
import { ReplyResponse } from './reply-response';
import { subgraphUnavailable } from './unavailable';

/** What the client reports, for metrics, traces and logs. */
export interface SubgraphClientEvents {
  subgraphAttempt(event: { subgraph: string; attempt: number; outcome: AttemptOutcome; durationMs: number; error?: string }): void;
  subgraphRetry(event: { subgraph: string; attempt: number; delayMs: number }): void;
  /** A call refused at once because the breaker is open. */
  subgraphRejected(event: { subgraph: string }): void;
  /** A call that joined an identical one already in flight. */
  subgraphDeduplicated(event: { subgraph: string }): void;
  breakerState(event: { subgraph: string; state: BreakerState; previous: BreakerState }): void;
}

export interface SubgraphClientOptions {
  name: string;
  url: string;
  timeoutMs: number;
  retry: RetryPolicy;
  breaker: { failureThreshold: number; resetAfterMs: number };
  dedup: boolean;
  /** Kept-alive connections to the subgraph, at most. */
  maxSockets: number;
  idleTimeoutMs?: number;
  /**
   * Headers only part of whose value decides the answer, by lower-case name: deduplication keys on
   * what this returns (the signed identity header's identity, not its signing time).
   */
  headerKeyParts?: Record<string, (value: string) => string>;
  events?: Partial<SubgraphClientEvents>;
}

export interface SubgraphClient {
  name: string;
  fetcher: Fetcher;
  breaker: CircuitBreaker;
  readonly connectionsOpened: number;
  close(): Promise<void>;
}

// Headers that differ per incoming request but do not change the answer: two requests that differ
// only in these may share one subgraph call. Everything else (identity, signatures…) keeps them apart.
const PER_REQUEST_HEADERS = new Set(['x-request-id', 'traceparent', 'tracestate', 'baggage']);

export function dedupKey(url: string, init: FetcherRequestInit, headerKeyParts: SubgraphClientOptions['headerKeyParts'] = {}): string {
  const headers = Object.entries(init.headers ?? {})
    .map(([name, value]) => [name.toLowerCase(), value] as const)
    .filter(([name]) => !PER_REQUEST_HEADERS.has(name))
    .map(([name, value]) => [name, headerKeyParts[name]?.(value) ?? value] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([init.method ?? 'POST', url, headers, init.body?.toString() ?? '']);
}

function outcomeOf(error: unknown, signal: AbortSignal): AttemptOutcome {
  if (isTimeoutError(error) || (signal.aborted && isTimeoutError(signal.reason))) return 'timeout';
  return 'network';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createSubgraphClient(options: SubgraphClientOptions): SubgraphClient {
  const { name, events } = options;
  // undici's own headers/body timeouts at the subgraph's budget: a backstop behind each attempt's signal.
  const transport = createKeepAliveClient({ connectionsPerOrigin: options.maxSockets, idleTimeoutMs: options.idleTimeoutMs, timeoutMs: options.timeoutMs });
  const breaker = new CircuitBreaker({
    ...options.breaker,
    onStateChange: (state, previous) => events?.breakerState?.({ subgraph: name, state, previous }),
  });
  const inFlight = new InFlight<HttpReply>();

  /** One logical call: attempts within the time budget until an answer, a final failure or the breaker says no. */
  const call = async (url: string, init: FetcherRequestInit, retryable: boolean): Promise<HttpReply> => {
    const deadline = Date.now() + options.timeoutMs;
    for (let attempt = 1; ; attempt++) {
      const permit = breaker.acquire();
      if (!permit) {
        events?.subgraphRejected?.({ subgraph: name });
        throw subgraphUnavailable(name, 'breaker-open', !retryable);
      }
      const started = Date.now();
      const signal = AbortSignal.timeout(Math.max(1, deadline - started));
      let outcome: AttemptOutcome;
      let reply: HttpReply | undefined;
      let failure: string | undefined;
      try {
        reply = await transport.send(url, { method: init.method ?? 'POST', headers: init.headers ?? {}, body: init.body, signal });
        outcome = reply.status >= 500 ? 'status_5xx' : 'ok';
        if (outcome !== 'ok') failure = `HTTP ${reply.status}`;
      } catch (error) {
        outcome = outcomeOf(error, signal);
        failure = (error as Error).message;
      }
      events?.subgraphAttempt?.({ subgraph: name, attempt, outcome, durationMs: Date.now() - started, ...(failure ? { error: failure } : {}) });
      if (outcome === 'ok') {
        permit.success();
        return reply!;
      }
      permit.failure();
      const delayMs = backoffDelayMs(attempt, options.retry);
      const retry = retryable && shouldRetry('query', outcome, attempt, options.retry) && Date.now() + delayMs < deadline;
      if (!retry) throw subgraphUnavailable(name, outcome === 'timeout' ? 'timeout' : outcome === 'status_5xx' ? 'error' : 'unreachable', !retryable);
      events?.subgraphRetry?.({ subgraph: name, attempt, delayMs });
      await sleep(delayMs);
    }
  };

  const fetcher: Fetcher = async (url, init = {}) => {
    const isQuery = operationKindOf(init.body) === 'query';
    let reply: HttpReply;
    if (isQuery && options.dedup) {
      const result = await inFlight.run(dedupKey(url, init, options.headerKeyParts), () => call(url, init, true));
      if (result.shared) events?.subgraphDeduplicated?.({ subgraph: name });
      reply = result.value;
    } else {
      reply = await call(url, init, isQuery);
    }
    // Each caller gets its own Response over the shared, already-read body.
    return new ReplyResponse(reply, url);
  };

  return {
    name,
    fetcher,
    breaker,
    get connectionsOpened() {
      return transport.connectionsOpened;
    },
    close: () => transport.close(),
  };
}
