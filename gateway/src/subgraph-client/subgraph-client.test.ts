/**
 * The subgraph client against a real HTTP peer on a free port whose behaviour each test sets:
 * answering, failing with 503, resetting connections, answering late, or not listening at all.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSubgraphClient, dedupKey, type SubgraphClient, type SubgraphClientOptions } from './subgraph-client';

type Behaviour = (req: http.IncomingMessage, res: http.ServerResponse, n: number) => void;

interface Peer {
  url: string;
  requests: Array<{ body: string; headers: http.IncomingHttpHeaders }>;
  connections: number;
  behave(b: Behaviour): void;
  close(): Promise<void>;
}

const answer: Behaviour = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'max-age=60, public' });
  res.end(JSON.stringify({ data: { ok: true } }));
};

async function startPeer(port = 0): Promise<Peer> {
  let behaviour: Behaviour = answer;
  const requests: Peer['requests'] = [];
  let connections = 0;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      requests.push({ body, headers: req.headers });
      behaviour(req, res, requests.length);
    });
  });
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    requests,
    get connections() {
      return connections;
    },
    behave: (b) => (behaviour = b),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const QUERY = JSON.stringify({ query: 'query Q__tianjin__0{tianjin{name}}', variables: {} });
const MUTATION = JSON.stringify({ query: 'mutation M__tianjin__0{tianjin{apply{key}}}', variables: {} });
const init = (body: string, headers: Record<string, string> = {}) => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

let cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

function client(url: string, overrides: Partial<SubgraphClientOptions> = {}): SubgraphClient & { log: string[] } {
  const log: string[] = [];
  const c = createSubgraphClient({
    name: 'tianjin',
    url,
    timeoutMs: 2000,
    retry: { retries: 2, baseDelayMs: 5, maxDelayMs: 20 },
    breaker: { failureThreshold: 3, resetAfterMs: 300 },
    dedup: true,
    maxSockets: 8,
    events: {
      subgraphAttempt: (e) => log.push(`attempt ${e.attempt} ${e.outcome}`),
      subgraphRetry: (e) => log.push(`retry ${e.attempt}`),
      subgraphRejected: () => log.push('rejected'),
      subgraphDeduplicated: () => log.push('deduplicated'),
      breakerState: (e) => log.push(`breaker ${e.previous}->${e.state}`),
    },
    ...overrides,
  });
  cleanup.push(() => c.close());
  return Object.assign(c, { log });
}

async function peer(): Promise<Peer> {
  const p = await startPeer();
  cleanup.push(() => p.close());
  return p;
}

const code = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'answered';
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code ?? (error as Error).message;
  }
};

describe('the subgraph client', () => {
  it('answers over one kept-alive connection, headers and body as the subgraph sent them', async () => {
    const p = await peer();
    const c = client(p.url);
    for (let i = 0; i < 20; i++) {
      // Each fetch in an event-loop turn of its own, as separate requests' fetches come: undici gives
      // a connection back one turn after its answer ends.
      await new Promise((r) => setImmediate(r));
      const response = await c.fetcher(p.url, init(QUERY, { 'x-request-id': `r${i}` }));
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('max-age=60, public');
      expect(await response.json()).toEqual({ data: { ok: true } });
    }
    expect(p.requests).toHaveLength(20);
    expect(p.requests[19]!.headers['x-request-id']).toBe('r19');
    expect(p.connections).toBe(1);
    expect(c.connectionsOpened).toBe(1);
  });

  it('retries a query that failed with 503 and answers', async () => {
    const p = await peer();
    p.behave((req, res, n) => (n <= 2 ? (res.writeHead(503), res.end()) : answer(req, res, n)));
    const c = client(p.url);
    const response = await c.fetcher(p.url, init(QUERY));
    expect(await response.json()).toEqual({ data: { ok: true } });
    expect(p.requests).toHaveLength(3);
    expect(c.log).toEqual(['attempt 1 status_5xx', 'retry 1', 'attempt 2 status_5xx', 'retry 2', 'attempt 3 ok']);
  });

  it('retries a query whose connection was reset', async () => {
    const p = await peer();
    p.behave((req, res, n) => (n === 1 ? req.socket.destroy() : answer(req, res, n)));
    const c = client(p.url);
    expect((await c.fetcher(p.url, init(QUERY))).status).toBe(200);
    expect(c.log).toEqual(['attempt 1 network', 'retry 1', 'attempt 2 ok']);
  });

  it('never retries a mutation: one request, whatever the failure', async () => {
    const p = await peer();
    const c = client(p.url);
    p.behave((_req, res) => (res.writeHead(503), res.end()));
    expect(await code(c.fetcher(p.url, init(MUTATION)))).toBe('REGION_UNAVAILABLE');
    expect(p.requests).toHaveLength(1);
    p.behave((req) => req.socket.destroy());
    expect(await code(c.fetcher(p.url, init(MUTATION)))).toBe('REGION_UNAVAILABLE');
    expect(p.requests).toHaveLength(2);
    expect(c.log.filter((l) => l.startsWith('retry'))).toEqual([]);
  });

  it('gives up when the time budget is spent, with REGION_TIMEOUT naming the region', async () => {
    const p = await peer();
    p.behave((req, res, n) => setTimeout(() => answer(req, res, n), 1000));
    const c = client(p.url, { timeoutMs: 150 });
    const started = Date.now();
    const error = (await c.fetcher(p.url, init(QUERY)).then(
      () => undefined,
      (e: unknown) => e,
    )) as { extensions: Record<string, unknown>; message: string };
    expect(Date.now() - started).toBeLessThan(900);
    expect(error.extensions).toMatchObject({ code: 'REGION_TIMEOUT', region: 'TIANJIN', serviceName: 'tianjin' });
    expect(error.message).not.toMatch(/127\.0\.0\.1/);
    expect(p.requests).toHaveLength(1);
  });

  it('opens the breaker after consecutive failures, fails fast while open, and closes after a successful probe', async () => {
    const p = await peer();
    p.behave((_req, res) => (res.writeHead(503), res.end()));
    const c = client(p.url, { retry: { retries: 0, baseDelayMs: 1, maxDelayMs: 1 } });
    for (let i = 0; i < 3; i++) expect(await code(c.fetcher(p.url, init(QUERY)))).toBe('REGION_UNAVAILABLE');
    expect(c.breaker.state).toBe('open');
    const sent = p.requests.length;
    const started = Date.now();
    expect(await code(c.fetcher(p.url, init(QUERY)))).toBe('REGION_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(50);
    expect(p.requests).toHaveLength(sent);
    expect(c.log).toContain('rejected');

    p.behave(answer);
    await new Promise((r) => setTimeout(r, 320));
    expect((await c.fetcher(p.url, init(QUERY))).status).toBe(200);
    expect(c.breaker.state).toBe('closed');
    expect(c.log.filter((l) => l.startsWith('breaker'))).toEqual(['breaker closed->open', 'breaker open->half-open', 'breaker half-open->closed']);
  });

  it('opens the breaker when nothing listens, and recovers when the subgraph comes back on its port', async () => {
    const p = await startPeer();
    const port = Number(new URL(p.url).port);
    await p.close();
    const c = client(p.url, { retry: { retries: 0, baseDelayMs: 1, maxDelayMs: 1 } });
    for (let i = 0; i < 3; i++) expect(await code(c.fetcher(p.url, init(QUERY)))).toBe('REGION_UNAVAILABLE');
    expect(c.breaker.state).toBe('open');
    const back = await startPeer(port);
    cleanup.push(() => back.close());
    await new Promise((r) => setTimeout(r, 320));
    expect((await c.fetcher(p.url, init(QUERY))).status).toBe(200);
    expect(c.breaker.state).toBe('closed');
  });

  it('sends identical concurrent queries once, and each caller reads the whole answer', async () => {
    const p = await peer();
    p.behave((req, res, n) => setTimeout(() => answer(req, res, n), 50));
    const c = client(p.url);
    const responses = await Promise.all(Array.from({ length: 5 }, (_, i) => c.fetcher(p.url, init(QUERY, { 'x-request-id': `r${i}`, traceparent: `00-${'1'.repeat(31)}${i}-${'2'.repeat(16)}-01` }))));
    expect(p.requests).toHaveLength(1);
    for (const r of responses) expect(await r.json()).toEqual({ data: { ok: true } });
    expect(c.log.filter((l) => l === 'deduplicated')).toHaveLength(4);
  });

  it('does not share calls across callers with different credentials, nor mutations at all', async () => {
    const p = await peer();
    p.behave((req, res, n) => setTimeout(() => answer(req, res, n), 50));
    const c = client(p.url);
    await Promise.all([c.fetcher(p.url, init(QUERY, { authorization: 'Bearer a' })), c.fetcher(p.url, init(QUERY, { authorization: 'Bearer b' }))]);
    expect(p.requests).toHaveLength(2);
    await Promise.all(Array.from({ length: 3 }, () => c.fetcher(p.url, init(MUTATION))));
    expect(p.requests).toHaveLength(5);
  });

  it('keys deduplication on what changes the answer, not on request ids or trace context', () => {
    const url = 'http://x/graphql';
    const a = dedupKey(url, init(QUERY, { 'x-request-id': 'a', traceparent: 't1' }));
    expect(dedupKey(url, init(QUERY, { 'X-Request-Id': 'b', traceparent: 't2' }))).toBe(a);
    expect(dedupKey(url, init(QUERY, { authorization: 'Bearer x' }))).not.toBe(a);
    expect(dedupKey(url, init(QUERY.replace('name', 'key')))).not.toBe(a);
    expect(dedupKey('http://y/graphql', init(QUERY))).not.toBe(a);
  });

  it('keys a header on the part that decides the answer when told which part that is', () => {
    const url = 'http://x/graphql';
    const parts = { 'x-coopgraph-identity': (v: string) => v.split('.')[0]! };
    const at = (time: number, who = 'analyst-a') => init(QUERY, { 'x-coopgraph-identity': `${who}.${time}.sig${time}` });
    expect(dedupKey(url, at(1), parts)).toBe(dedupKey(url, at(2), parts));
    expect(dedupKey(url, at(1), parts)).not.toBe(dedupKey(url, at(1, 'analyst-b'), parts));
    expect(dedupKey(url, at(1))).not.toBe(dedupKey(url, at(2)));
  });
});
