/**
 * The one registry of error codes the API returns in `extensions.code`. Every code a client can see
 * is listed here with what it means; the factories build the GraphQLError so that user errors never
 * carry a stack trace or internal detail.
 */
import { GraphQLError } from 'graphql';
import { regionEntry, type RegionName } from './regions';

export const ERROR_CODES = {
  BAD_USER_INPUT: 'An argument is invalid (credit code, area code, amount, date, page size...). `extensions.field` names it; when several fields of a write\'s input are, `extensions.fields` lists each.',
  NOT_FOUND: 'The requested entity does not exist in any region.',
  UNAUTHENTICATED: 'No valid token: missing, forged, expired or signed for another audience.',
  FORBIDDEN: 'The token is valid but its role or scope does not allow this field or write.',
  QUERY_TOO_COMPLEX: 'The operation exceeds a depth, alias, directive, token or cost limit; `extensions.limit` names it, the message says how to get under it.',
  PERSISTED_QUERY_NOT_FOUND: 'A persisted-query hash the server does not know; send the full document.',
  PERSISTED_QUERY_NOT_ALLOWED: 'Only registered (trusted) operations may run in this mode.',
  GRAPHQL_PARSE_FAILED: 'The document is not valid GraphQL syntax.',
  GRAPHQL_VALIDATION_FAILED: 'The document does not match the schema (unknown field, wrong argument type...).',
  OPERATION_RESOLUTION_FAILURE: 'The document holds several operations and `operationName` names none of them, or `operationName` names an operation the document does not hold (HTTP 400).',
  REGION_UNAVAILABLE: "A region's subgraph could not be reached or failed; `extensions.region` names it as the Region enum does (ZHEJIANG). Other regions' data is still returned.",
  REGION_TIMEOUT: "A region's subgraph did not answer within its timeout; `extensions.region` names it as the Region enum does (ZHEJIANG).",
  IDEMPOTENCY_KEY_REUSED: 'The idempotency key was already used with a different input.',
  TOO_MANY_EXPORTS: 'As many bulk exports are running as the cross-region layer allows (CROSSREGION_MAX_EXPORTS); HTTP 503 with Retry-After: start again later.',
  TOO_MANY_STREAMS: 'A subscription beyond the streams one connection or one caller may hold (SUBSCRIPTIONS_MAX_PER_CONNECTION, SUBSCRIPTIONS_MAX_PER_IDENTITY); `extensions.limit` names which. End a stream first.',
  TOKEN_EXPIRED: 'The token a subscription stream was opened with has expired: the stream ends with this error. Subscribe again with a fresh token.',
  SHUTTING_DOWN: 'The gateway is shutting down: the stream ends with this error (over WebSocket, close code 1001). Subscribe again: another replica, or this one restarted, takes it.',
  BAD_REQUEST: 'The HTTP request itself is unusable: not JSON, larger than the body limit (HTTP 413), or without the CSRF-prevention header.',
  INTERNAL_SERVER_ERROR: 'An unexpected failure; the response carries no detail, the server log has it with the request id.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * `extensions.writeOutcome` of a REGION_UNAVAILABLE or REGION_TIMEOUT answering a mutation: whether
 * the write may have been applied. A write whose answer was lost on the way may have been committed.
 */
export const WRITE_OUTCOMES = {
  UNKNOWN: 'The write was sent and no answer came back: it may have been applied. Retry it with the same idempotencyKey: a write is applied at most once, and the retry answers with its record (replayed: true when the first one had been applied).',
  NOT_APPLIED: 'The write was not sent (the region was already known to be down): nothing was applied.',
} as const;

export type WriteOutcome = keyof typeof WRITE_OUTCOMES;

const WRITE_OUTCOME_ADVICE: Record<WriteOutcome, string> = {
  UNKNOWN: ' The write may have been applied: retry it with the same idempotencyKey, which applies it at most once.',
  NOT_APPLIED: ' The write was not applied.',
};

export type { RegionName } from './regions';

/**
 * How a region is named on the wire, in `extensions.region` as in the API's `Region` enum
 * (pageInfo.missingRegions, Firm.regions): TIANJIN, YANGTZE, ZHEJIANG.
 */
export function regionOnWire(region: RegionName): string {
  return regionEntry(region).wire;
}

/** Why a region's part of an answer is missing. */
export type RegionFailureDetail = 'timeout' | 'unreachable' | 'error';

/** The code a region's failure is answered with (and counted under in the cross-region layer's metrics). */
export function regionFailureCode(detail: RegionFailureDetail): ErrorCode {
  return detail === 'timeout' ? 'REGION_TIMEOUT' : 'REGION_UNAVAILABLE';
}

/** Factories for the errors users can cause, one per situation, each with a stable code. */
export const CoopError = {
  badInput(field: string, message: string, reason?: string): GraphQLError {
    return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field, ...(reason ? { reason } : {}) } });
  },
  /**
   * Several bad fields of one input, named at once: `extensions.fields` lists each (field, message,
   * reason); `extensions.field` and `reason` are the first's, as a single bad field's are.
   */
  badInputs(failures: ReadonlyArray<{ field: string; message: string; reason?: string }>): GraphQLError {
    const [first] = failures;
    if (!first) throw new Error('badInputs needs a failure');
    if (failures.length === 1) return CoopError.badInput(first.field, first.message, first.reason);
    return new GraphQLError(`${failures.length} fields of the input are wrong: ${failures.map((f) => `${f.field}: ${f.message}`).join(' ')}`, {
      extensions: {
        code: 'BAD_USER_INPUT',
        field: first.field,
        ...(first.reason ? { reason: first.reason } : {}),
        fields: failures.map((f) => ({ field: f.field, message: f.message, ...(f.reason ? { reason: f.reason } : {}) })),
      },
    });
  },
  invalidUscc(field: string, input: string, why: string): GraphQLError {
    return CoopError.badInput(
      field,
      `"${input}" is not a valid unified social credit code (统一社会信用代码): ${why}. A code has 18 characters, the digits 0-9 and the letters A-Y except I, O, S, V and Z; the 18th is a check character computed from the first 17 (GB 32100-2015). ` +
        'Copy the code from the business licence (营业执照) or the National Enterprise Credit Information Publicity System (国家企业信用信息公示系统), or find the firm by name with firms(filter: { keyword: "…" }).',
      'INVALID_USCC',
    );
  },
  unknownArea(field: string, code: string): GraphQLError {
    return CoopError.badInput(
      field,
      `"${code}" is not a GB/T 2260 area code (行政区划代码). Use six digits for a province (120000), city (120100) or county (120116).`,
      'INVALID_AREA_CODE',
    );
  },
  unknownChain(field: string, code: string, known: string[]): GraphQLError {
    return CoopError.badInput(field, `"${code}" is not a canonical chain code. Known codes: ${known.join(', ')}.`, 'INVALID_CHAIN_CODE');
  },
  unauthenticated(reason: string): GraphQLError {
    return new GraphQLError(`Not signed in: ${reason}`, { extensions: { code: 'UNAUTHENTICATED' } });
  },
  forbidden(reason: string): GraphQLError {
    return new GraphQLError(`Not allowed: ${reason}`, { extensions: { code: 'FORBIDDEN' } });
  },
  /** `fix` says how to bring the operation under the limit. */
  queryTooComplex(limit: string, value: number, max: number, fix: string): GraphQLError {
    return new GraphQLError(`The operation exceeds the ${limit} limit (${limit} ${value}, limit ${max}). ${fix}`, { extensions: { code: 'QUERY_TOO_COMPLEX', limit } });
  },
  persistedQueryNotFound(): GraphQLError {
    return new GraphQLError('PersistedQueryNotFound', { extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
  },
  persistedQueryNotAllowed(): GraphQLError {
    return new GraphQLError('Only registered operations may run here; send the id (sha256) of an operation in the trusted-documents manifest.', { extensions: { code: 'PERSISTED_QUERY_NOT_ALLOWED' } });
  },
  /**
   * The document does not say which operation to run: several and no `operationName`, or an
   * `operationName` it does not hold. `names` are the document's named operations.
   */
  operationNotResolved(operationName: string | undefined, names: string[]): GraphQLError {
    const held = names.length ? `it holds ${names.join(', ')}` : 'it holds no named operation';
    return new GraphQLError(
      operationName === undefined
        ? `The document holds several operations: name the one to run in operationName (${held.replace(/^it holds /, '')}).`
        : `The document has no operation named "${operationName}": ${held}.`,
      { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } },
    );
  },
  badRequest(message: string): GraphQLError {
    return new GraphQLError(message, { extensions: { code: 'BAD_REQUEST' } });
  },
  tooManyExports(running: number, retryAfterSeconds: number): GraphQLError {
    return new GraphQLError(`${running} exports are running, as many as run at once; start this one again in ${retryAfterSeconds} s.`, { extensions: { code: 'TOO_MANY_EXPORTS' } });
  },
  tooManyStreams(limit: 'perConnection' | 'perIdentity', max: number): GraphQLError {
    const whose = limit === 'perConnection' ? 'this connection' : 'one caller';
    return new GraphQLError(`${whose === 'this connection' ? 'This connection holds' : 'You hold'} ${max} subscription streams, as many as ${whose} may; end one before starting another.`, { extensions: { code: 'TOO_MANY_STREAMS', limit } });
  },
  upstreamEnded(): GraphQLError {
    return new GraphQLError('The stream ended unexpectedly; subscribe again.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  },
  tokenExpired(): GraphQLError {
    return new GraphQLError('The token this stream was opened with has expired; subscribe again with a fresh token.', { extensions: { code: 'TOKEN_EXPIRED' } });
  },
  shuttingDown(): GraphQLError {
    return new GraphQLError('The gateway is shutting down; subscribe again to continue (another replica, or this one once restarted, takes the stream).', { extensions: { code: 'SHUTTING_DOWN' } });
  },
  idempotencyKeyReused(field: string): GraphQLError {
    return new GraphQLError('This idempotency key was already used for a different write; use a new key for a new write.', { extensions: { code: 'IDEMPOTENCY_KEY_REUSED', field } });
  },
  notFound(what: string, key: string): GraphQLError {
    return new GraphQLError(`${what} "${key}" was not found in any region.`, { extensions: { code: 'NOT_FOUND' } });
  },
  /** `writeOutcome`: the failure answers a write (WRITE_OUTCOMES), and whether it may have been applied. */
  regionUnavailable(region: RegionName, detail: RegionFailureDetail, writeOutcome?: WriteOutcome): GraphQLError {
    const code = regionFailureCode(detail);
    const what = detail === 'timeout' ? `The ${region} region did not answer in time` : `The ${region} region is unavailable`;
    return new GraphQLError(writeOutcome ? `${what}.${WRITE_OUTCOME_ADVICE[writeOutcome]}` : `${what}; the answer holds the other regions' data only.`, {
      extensions: { code, region: regionOnWire(region), ...(writeOutcome ? { writeOutcome } : {}) },
    });
  },
};
