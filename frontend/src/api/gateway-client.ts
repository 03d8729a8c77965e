/**
 * How a regional page calls the Coopgraph gateway, in one place:
 *
 * - POST of JSON to the gateway's /graphql, from the page's own origin: the gateway's CORS_ORIGINS
 *   must list that origin (the browser sends a preflight first, because of the JSON body and any
 *   Authorization header). A JSON body also satisfies the gateway's CSRF prevention; a GET would
 *   need the `apollo-require-preflight` header.
 * - Each operation is named by the sha256 the code generator gave it (`extensions.persistedQuery`),
 *   never by its text: the gateway runs it from its trusted-documents manifest, and in production
 *   runs nothing else.
 * - A token, where the page has one, goes in `Authorization: Bearer`; the gateway reads no cookies.
 *
 * - An operation with deferred fragments (@defer) is answered in parts: the client accepts
 *   `multipart/mixed;deferSpec=20220824`, hands back the first part at once, and `later` yields
 *   the data with each deferred part merged in as it arrives (incremental.ts).
 *
 * Results are a union, not throws: data (perhaps with errors, such as a region that did not
 * answer), or a failure the page shows as it is.
 */
import type { TypedDocumentString } from '../gql/graphql';
import { INCREMENTAL_ACCEPT, mergeAt, multipartBoundary, readParts, type Payload } from './incremental';

export interface ApiError {
  message: string;
  extensions?: { code?: string; region?: string; [key: string]: unknown };
}

/** The data once a deferred part is merged in, with that part's own errors (a region failing inside it). */
export interface LaterPart<T> {
  data: T;
  errors: readonly ApiError[];
  labels: readonly string[];
}

export type Answer<T> =
  | { data: T; errors: readonly ApiError[]; failure?: never; later?: AsyncIterable<LaterPart<T>> }
  | { data?: never; errors: readonly ApiError[]; failure: string; later?: never };

export interface GatewayClient {
  request<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables, signal?: AbortSignal): Promise<Answer<TResult>>;
}

export interface GatewayClientOptions {
  /** The gateway's GraphQL URL, e.g. https://api.coopgraph.example.cn/graphql. */
  url: string;
  /** The signed-in user's bearer token, if any, read at each request. */
  token?: () => string | undefined;
}

export function createGatewayClient(options: GatewayClientOptions): GatewayClient {
  return {
    async request(document, variables, signal) {
      const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
      if (!hash) throw new Error('This document has no persisted hash: run `npm run frontend:codegen`.');
      const token = options.token?.();
      let response: Response;
      try {
        response = await fetch(options.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: `${INCREMENTAL_ACCEPT}, application/graphql-response+json, application/json`,
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
          signal,
        });
      } catch (error) {
        if (signal?.aborted) throw error;
        // A browser tells the page no more than this: a gateway that is down and one that refuses
        // this origin (CORS) fail alike. The console names which.
        return { failure: `The API at ${options.url} could not be reached: the gateway is down, or its CORS_ORIGINS does not list this page's origin (${location.origin}).`, errors: [] };
      }
      const boundary = multipartBoundary(response.headers.get('content-type'));
      let parts: AsyncGenerator<Payload<ApiError>> | null = null;
      let body: Payload<ApiError> | undefined;
      try {
        if (boundary && response.body) {
          parts = readParts<ApiError>(response.body, boundary);
          body = (await parts.next()).value ?? undefined;
        } else body = (await response.json()) as Payload<ApiError>;
      } catch (error) {
        if (signal?.aborted) throw error;
        body = undefined;
      }
      if (!body) return { failure: `The API answered HTTP ${response.status} without a GraphQL answer.`, errors: [] };
      const errors = body.errors ?? [];
      if (body.data === undefined || body.data === null) return { failure: errors[0]?.message ?? `The API answered HTTP ${response.status} without data.`, errors };
      const data = body.data as never;
      return { data, errors, ...(parts && body.hasNext ? { later: laterParts(parts, data) } : {}) };
    },
  };
}

/** The data with each later part merged in, one yield per part, until the gateway says there is no more. */
async function* laterParts<T>(parts: AsyncGenerator<Payload<ApiError>>, primary: T): AsyncGenerator<LaterPart<T>> {
  let data = primary;
  for await (const part of parts) {
    const errors: ApiError[] = [...(part.errors ?? [])];
    const labels: string[] = [];
    for (const item of part.incremental ?? []) {
      if (item.data) data = mergeAt(data, item.path, item.data);
      errors.push(...(item.errors ?? []));
      if (item.label) labels.push(item.label);
    }
    yield { data, errors, labels };
    if (!part.hasNext) return;
  }
}

/** The gateway URL the page's server wrote into the page (server/), for the same build in every environment. */
export function configuredGraphqlUrl(doc: Document = document): string {
  const url = doc.querySelector<HTMLMetaElement>('meta[name="coopgraph-graphql-url"]')?.content;
  if (!url) throw new Error('The page has no <meta name="coopgraph-graphql-url">.');
  return url;
}
