/**
 * HTTP over kept-alive connections (an undici Agent), shared by the gateway's subgraph client and
 * the cross-region layer's calls to the regions: no TCP handshake per call, at most
 * `connectionsPerOrigin` connections to each origin, idle ones closed after `idleTimeoutMs` — well
 * before the peer's own keep-alive timeout (65 s on our servers, see serve.ts), so a call is never
 * written to a socket the peer is closing.
 *
 * The caller's AbortSignal bounds each call (its time budget); `timeoutMs` also bounds the wait for
 * the headers and between body chunks, so no call outlives the budget even if a caller's signal is
 * longer. Answers are read whole (deduplicated callers share one), except by `stream`, whose body
 * is read as it comes (a bulk export).
 */
import { Agent, errors } from 'undici';

export interface HttpRequest {
  method: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  signal: AbortSignal;
}

export interface HttpReply {
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  body: string;
}

/** An answer whose body is read chunk by chunk; it must be read to its end or destroyed. */
export interface HttpStream {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: AsyncIterable<Buffer> & { text(): Promise<string>; destroy(error?: Error): void };
}

export interface KeepAliveClient {
  send(url: string, request: HttpRequest): Promise<HttpReply>;
  /** Like send, but the body arrives as it is written; `timeoutMs` bounds each wait for a chunk. */
  stream(url: string, request: HttpRequest): Promise<HttpStream>;
  /** Connections opened so far (a keep-alive pool opens few). */
  readonly connectionsOpened: number;
  /** Lets calls in flight finish, then closes every connection. */
  close(): Promise<void>;
}

export interface KeepAliveClientOptions {
  connectionsPerOrigin: number;
  /** How long an idle connection is kept; DEFAULT_IDLE_TIMEOUT_MS unless given. */
  idleTimeoutMs?: number;
  /** Longest wait for the headers, and between two body chunks. */
  timeoutMs: number;
}

/** Idle connections closed after 4 s: far below our servers' 65 s, and above a busy caller's gaps. */
export const DEFAULT_IDLE_TIMEOUT_MS = 4000;

// Connection-level headers describe the hop to this process, not the answer it hands on.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length']);

/** Whether a call failed for lack of time: its signal's timeout, or undici's own headers/body timeout. */
export function isTimeoutError(error: unknown): boolean {
  return error instanceof errors.HeadersTimeoutError || error instanceof errors.BodyTimeoutError || (error as { name?: unknown } | null)?.name === 'TimeoutError';
}

export function createKeepAliveClient(options: KeepAliveClientOptions): KeepAliveClient {
  const idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  const agent = new Agent({
    connections: options.connectionsPerOrigin,
    keepAliveTimeout: idleTimeoutMs,
    // A peer's Keep-Alive hint may shorten the idle time, never lengthen it past ours.
    keepAliveMaxTimeout: idleTimeoutMs,
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
  });
  let connectionsOpened = 0;
  agent.on('connect', () => (connectionsOpened += 1));
  const dispatch = (url: string, request: HttpRequest) => {
    const target = new URL(url);
    return agent.request({ origin: target.origin, path: `${target.pathname}${target.search}`, method: request.method, headers: request.headers, body: request.body, signal: request.signal });
  };

  return {
    get connectionsOpened() {
      return connectionsOpened;
    },
    async send(url, request) {
      const response = await dispatch(url, request);
      // Read to the end even when unused: only a drained response gives its connection back.
      const body = await response.body.text();
      const headers: Array<[string, string]> = [];
      for (const [name, value] of Object.entries(response.headers)) {
        if (value === undefined || HOP_BY_HOP.has(name)) continue;
        for (const v of Array.isArray(value) ? value : [value]) headers.push([name, v]);
      }
      return { status: response.statusCode, statusText: response.statusText, headers, body };
    },
    async stream(url, request) {
      const response = await dispatch(url, request);
      return { status: response.statusCode, headers: response.headers, body: response.body };
    },
    close: () => agent.close(),
  };
}
