/**
 * What to do with an answer: use it, try again later, or give up. Network failures, HTTP 5xx/429
 * and a region that did not answer (REGION_UNAVAILABLE, REGION_TIMEOUT) are transient; an answer
 * whose errors are the user's or the query's (BAD_USER_INPUT, GRAPHQL_VALIDATION_FAILED,
 * UNAUTHENTICATED…) is not, and retrying it would only repeat it.
 */
import { EXIT, type ExitCode } from './exit-codes';
import type { Json } from './row-path';
import type { Exchange, GraphQLFormattedError } from './transport';

export const REGION_CODES: ReadonlySet<string> = new Set(['REGION_UNAVAILABLE', 'REGION_TIMEOUT']);

export interface RegionGap {
  code: string;
  region: string;
  message: string;
  /** The page it happened on, once recorded. */
  page?: number;
}

export type Verdict =
  | { kind: 'use'; data: Json; regionGaps: RegionGap[] }
  /** `fallback`: the partial answer to use when the retries run out. */
  | { kind: 'retry'; reason: string; retryAfterMs: number | null; fallback: { data: Json; regionGaps: RegionGap[] } | null }
  | { kind: 'fail'; exit: ExitCode; reason: string; errors: GraphQLFormattedError[] };

const codeOf = (error: GraphQLFormattedError): string => (typeof error.extensions?.code === 'string' ? error.extensions.code : 'UNKNOWN');

function describe(errors: GraphQLFormattedError[]): string {
  return errors.map((e) => `${codeOf(e)}: ${e.message}`).join('; ');
}

export function judge(exchange: Exchange): Verdict {
  if (exchange.kind === 'unreachable') return { kind: 'retry', reason: `gateway unreachable: ${exchange.message}`, retryAfterMs: null, fallback: null };
  const transientStatus = exchange.status >= 500 || exchange.status === 429;
  if (exchange.kind === 'unreadable') {
    if (transientStatus) return { kind: 'retry', reason: `HTTP ${exchange.status} without a GraphQL answer`, retryAfterMs: exchange.retryAfterMs, fallback: null };
    // A redirect that was not followed (a 301 would turn the POST into a GET): say where it points.
    const moved = exchange.location ? `; it redirects to ${exchange.location}: give that address as the gateway (--gateway or COOPGRAPH_GATEWAY_URL)` : '';
    return { kind: 'fail', exit: EXIT.GRAPHQL, reason: `HTTP ${exchange.status} without a GraphQL answer${moved}`, errors: [] };
  }
  const errors = exchange.body.errors ?? [];
  const data = exchange.body.data ?? null;
  const regional = errors.filter((e) => REGION_CODES.has(codeOf(e)));
  const other = errors.filter((e) => !REGION_CODES.has(codeOf(e)));
  if (other.length) {
    if (transientStatus) return { kind: 'retry', reason: `HTTP ${exchange.status}: ${describe(other)}`, retryAfterMs: exchange.retryAfterMs, fallback: null };
    return { kind: 'fail', exit: EXIT.GRAPHQL, reason: describe(other), errors: other };
  }
  if (transientStatus) return { kind: 'retry', reason: `HTTP ${exchange.status}`, retryAfterMs: exchange.retryAfterMs, fallback: null };
  const regionGaps = regional.map((e) => ({ code: codeOf(e), region: typeof e.extensions?.region === 'string' ? e.extensions.region : typeof e.extensions?.service === 'string' ? e.extensions.service : 'unknown', message: e.message }));
  if (data === null) {
    if (regional.length) return { kind: 'retry', reason: describe(regional), retryAfterMs: exchange.retryAfterMs, fallback: null };
    return { kind: 'fail', exit: EXIT.GRAPHQL, reason: `HTTP ${exchange.status}: an answer without data or errors`, errors: [] };
  }
  if (regional.length) return { kind: 'retry', reason: describe(regional), retryAfterMs: exchange.retryAfterMs, fallback: { data, regionGaps } };
  return { kind: 'use', data, regionGaps: [] };
}

export interface BackoffPolicy {
  retries: number;
  baseMs: number;
  maxMs: number;
}

/** Exponential backoff with jitter: attempt 0 waits about baseMs, each next one about twice as long. */
export function backoffMs(attempt: number, policy: BackoffPolicy, retryAfter: number | null = null, random: () => number = Math.random): number {
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
  const jittered = exponential / 2 + (random() * exponential) / 2;
  return Math.round(Math.max(jittered, Math.min(retryAfter ?? 0, policy.maxMs)));
}
