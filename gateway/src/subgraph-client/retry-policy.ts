/**
 * Which failed subgraph calls are tried again, and after how long. Only queries are retried: a
 * mutation whose connection failed may already have been applied, so sending it again could write
 * twice — it fails instead, and the client decides (with its idempotency key).
 */
import { Kind, parse, type OperationTypeNode } from 'graphql';

export type OperationKind = `${OperationTypeNode}`;

export interface RetryPolicy {
  /** Further attempts after the first. */
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** How one attempt went: an answer (any status below 500), or why there was none. */
export type AttemptOutcome = 'ok' | 'status_5xx' | 'network' | 'timeout';

const kinds = new Map<string, OperationKind>();
const singles = new Map<string, OperationKind | null>();

const QUERY_PREFIX = '{"query":"';

/** The `query` string a body starts with, read up to its closing quote only. */
function leadingQuery(text: string): string | undefined {
  if (!text.startsWith(QUERY_PREFIX)) return undefined;
  for (let i = QUERY_PREFIX.length; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++; // a backslash escapes the next character
    else if (c === 34) {
      try {
        return JSON.parse(text.slice(QUERY_PREFIX.length - 1, i + 1)) as string;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The kind of a document's only operation; null when it is unreadable or holds several. */
function singleOperationKind(query: string): OperationKind | null {
  let kind = singles.get(query);
  if (kind !== undefined) return kind;
  try {
    const operations = parse(query, { noLocation: true }).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    kind = operations.length === 1 ? operations[0]!.operation : null;
  } catch {
    kind = null;
  }
  if (singles.size >= 2000) singles.clear();
  singles.set(query, kind);
  return kind;
}

/**
 * The kind of the operation in a subgraph request body. Anything that cannot be read as one query
 * counts as a mutation: never retried, never shared.
 */
export function operationKindOf(body: string | Buffer | undefined): OperationKind {
  if (body === undefined) return 'mutation';
  const text = body.toString();
  // The gateway's own fetches start with their query: when it holds one operation, its kind is
  // known without parsing the whole body (1,000 representations) on every fetch (bench/).
  const leading = leadingQuery(text);
  const single = leading === undefined ? undefined : singleOperationKind(leading);
  if (single) return single;
  let request: { query?: unknown; operationName?: unknown };
  try {
    request = JSON.parse(text);
  } catch {
    return 'mutation';
  }
  if (typeof request.query !== 'string') return 'mutation';
  const operationName = typeof request.operationName === 'string' ? request.operationName : undefined;
  const cacheKey = `${operationName ?? ''}\n${request.query}`;
  const known = kinds.get(cacheKey);
  if (known) return known;
  let kind: OperationKind = 'mutation';
  try {
    const operations = parse(request.query, { noLocation: true }).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    const chosen = operations.length === 1 ? operations[0] : operations.find((o) => operationName !== undefined && o.name?.value === operationName);
    if (chosen) kind = chosen.operation;
  } catch {
    // unreadable: stays a mutation
  }
  // The gateway sends the same few generated operations again and again; keep the answer for them.
  if (kinds.size >= 2000) kinds.clear();
  kinds.set(cacheKey, kind);
  return kind;
}

/** Whether attempt number `attempt` (1 = the first) that ended with `outcome` may be followed by another. */
export function shouldRetry(kind: OperationKind, outcome: AttemptOutcome, attempt: number, policy: RetryPolicy): boolean {
  if (kind !== 'query') return false;
  if (outcome === 'ok' || outcome === 'timeout') return false;
  return attempt <= policy.retries;
}

/** Exponential backoff with full jitter: a random wait up to base·2^(attempt-1), capped. */
export function backoffDelayMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(random() * ceiling);
}
