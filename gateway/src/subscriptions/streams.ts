/**
 * What both streaming transports (graphql-ws, SSE) share: a subscription runs through Apollo Server
 * like any operation — trusted documents, limits, authorization (fields the caller may not read are
 * trimmed from the document once, and named in an error on every event) — and the executor hands
 * back its events (executor/execute-subscription.ts). Here each stream is counted against the
 * caller's limit, ends with TOKEN_EXPIRED when the token it was opened with expires, and with
 * SHUTTING_DOWN when the gateway stops; every event's errors are formatted as an answer's are.
 */
import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GatewayExecutionResult } from '@apollo/server-gateway-interface';
import type { FormattedExecutionResult, GraphQLError, GraphQLFormattedError } from 'graphql';
import { decodeJwt } from 'jose';
import { CoopError } from '../../../schema/contract/errors';
import { ANONYMOUS, type Identity } from '../../../subgraphs/kit/auth/identity';
import { pushQueue } from '../../../subgraphs/kit/subscriptions/push-queue';
import type { GatewayContext } from '../context';
import { formatPartError, type FormatError } from '../incremental/format-part';
import type { GatewayPlugin } from '../plugin';

export interface StreamRequest {
  query?: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
  extensions?: Record<string, unknown> | null;
}

export interface Caller {
  /** The Authorization value: the request's header (SSE), or connection_init's `authorization` (graphql-ws). */
  authorization: string | undefined;
  /** The peer's address: anonymous callers are counted by it. */
  address: string | undefined;
  requestId?: string;
  /** Headers the operation is run with (CSRF prevention, content type…). */
  headers?: Record<string, string>;
}

export type Opened =
  /** Not a subscription, or refused: one answer, as over HTTP. */
  | { kind: 'result'; result: FormattedExecutionResult }
  /** The events, until the subgraph ends the stream, `return()` is called, the token expires or the gateway stops; an end for a reason is a last event of errors. */
  | { kind: 'stream'; events: AsyncIterableIterator<FormattedExecutionResult> };

export interface StreamLimits {
  maxPerIdentity: number;
}

const identityKey = (identity: Identity, address: string | undefined) => (identity.role === 'anonymous' ? `address:${address ?? 'unknown'}` : `subject:${identity.subject}`);

/** When the token expires, in ms since the epoch; undefined for no token or none stated. */
function tokenExpiry(authorization: string | undefined): number | undefined {
  const token = /^Bearer (\S+)$/.exec(authorization?.trim() ?? '')?.[1];
  if (!token) return undefined;
  try {
    const exp = decodeJwt(token).exp;
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

export class Streams {
  private readonly perIdentity = new Map<string, number>();
  private readonly open = new Set<(error: GraphQLError) => void>();
  private closing = false;

  constructor(
    private readonly options: {
      apollo: ApolloServer<GatewayContext>;
      plugins: readonly GatewayPlugin[];
      formatError: FormatError;
      limits: StreamLimits;
    },
  ) {}

  /** Streams open now, on every transport. */
  get size(): number {
    return this.open.size;
  }

  async start(request: StreamRequest, caller: Caller): Promise<Opened> {
    if (this.closing) return { kind: 'result', result: { errors: [formatPartError(CoopError.shuttingDown(), this.options.formatError)] } };
    const context: GatewayContext = { requestId: caller.requestId ?? randomUUID(), identity: ANONYMOUS, subscription: {} };
    // The plugins read what they need of a request from its headers (the token, the request id).
    const headers: Record<string, string> = { ...(caller.authorization ? { authorization: caller.authorization } : {}), 'x-request-id': context.requestId };
    const req = { headers, socket: { remoteAddress: caller.address } } as unknown as IncomingMessage;
    for (const plugin of this.options.plugins) await plugin.extendContext?.(req, context);
    const httpHeaders = new HeaderMap(Object.entries({ 'content-type': 'application/json', ...caller.headers, ...headers }));
    const response = await this.options.apollo.executeOperation(
      {
        query: request.query,
        variables: request.variables ?? undefined,
        operationName: request.operationName ?? undefined,
        extensions: request.extensions ?? undefined,
        http: { method: 'POST', headers: httpHeaders, search: '', body: {} },
      },
      { contextValue: context },
    );
    const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
    const events = context.subscription?.events;
    if (!events) return { kind: 'result', result: result as FormattedExecutionResult };

    const key = identityKey(context.identity, caller.address);
    const held = this.perIdentity.get(key) ?? 0;
    if (held >= this.options.limits.maxPerIdentity) {
      return { kind: 'result', result: { errors: [formatPartError(CoopError.tooManyStreams('perIdentity', this.options.limits.maxPerIdentity), this.options.formatError)] } };
    }
    this.perIdentity.set(key, held + 1);
    // Errors Apollo Server's plugins put on the answer (fields removed for this caller): on every event.
    const standing = (result.errors ?? []) as GraphQLFormattedError[];
    return { kind: 'stream', events: this.track(events, context, key, tokenExpiry(caller.authorization), standing) };
  }

  /** Ends every stream with SHUTTING_DOWN, and refuses new ones. */
  shutDown(): void {
    this.closing = true;
    for (const end of [...this.open]) end(CoopError.shuttingDown());
  }

  private track(events: AsyncIterable<GatewayExecutionResult>, context: GatewayContext, key: string, expiresAt: number | undefined, standing: GraphQLFormattedError[]): AsyncIterableIterator<FormattedExecutionResult> {
    const upstream = events[Symbol.asyncIterator]();
    let expiry: NodeJS.Timeout | undefined;
    // A stream ends with its reason as a last event of errors (graphql-ws sends `error` only before the first event).
    const end = (error: unknown) => {
      queue.push({ errors: [formatPartError(error instanceof Error && 'extensions' in error ? (error as GraphQLError) : CoopError.upstreamEnded(), this.options.formatError)] });
      queue.end();
    };
    const queue = pushQueue<FormattedExecutionResult>(() => {
      clearTimeout(expiry);
      this.open.delete(end);
      const held = (this.perIdentity.get(key) ?? 1) - 1;
      if (held > 0) this.perIdentity.set(key, held);
      else this.perIdentity.delete(key);
      void upstream.return?.();
    });
    this.open.add(end);
    if (expiresAt !== undefined) {
      // setTimeout holds at most 2^31-1 ms; a token valid for longer is checked again then.
      const arm = () => {
        const left = expiresAt - Date.now();
        expiry = left <= 0 ? undefined : setTimeout(arm, Math.min(left, 2 ** 31 - 1));
        if (left <= 0) end(CoopError.tokenExpired());
      };
      arm();
    }
    void (async () => {
      try {
        for (;;) {
          const next = await upstream.next();
          if (next.done) break;
          queue.push(this.format(next.value, context, standing));
        }
        queue.end();
      } catch (error) {
        end(error);
      }
    })();
    return queue;
  }

  private format(event: GatewayExecutionResult, context: GatewayContext, standing: GraphQLFormattedError[]): FormattedExecutionResult {
    const errors = [...(event.errors ?? []).map((e) => formatPartError(e as GraphQLError, this.options.formatError)), ...standing];
    const formatted: FormattedExecutionResult = { data: (event.data ?? null) as Record<string, unknown> | null, ...(errors.length ? { errors } : {}), ...(event.extensions ? { extensions: event.extensions } : {}) };
    for (const plugin of this.options.plugins) plugin.willSendEvent?.(formatted as Parameters<NonNullable<GatewayPlugin['willSendEvent']>>[0], context);
    return formatted;
  }
}
