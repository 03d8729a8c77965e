/**
 * The undici keep-alive client against a real node:http peer on a free port that counts the TCP
 * connections it accepts and the ones that close.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createKeepAliveClient, isTimeoutError, type KeepAliveClient, type KeepAliveClientOptions } from './keep-alive-client';

interface Peer {
  url: string;
  opened: number;
  closed: number;
  /** Most requests in progress at once. */
  busiest: number;
}

async function startPeer(delayMs = 0, answer = (res: http.ServerResponse) => res.writeHead(200, { 'content-type': 'application/json', 'x-peer': 'a' }).end('{"data":{"ok":true}}')): Promise<Peer> {
  const peer = { opened: 0, closed: 0, busiest: 0 };
  let busy = 0;
  const server = http.createServer((req, res) => {
    busy += 1;
    peer.busiest = Math.max(peer.busiest, busy);
    req.resume();
    req.on('end', () =>
      setTimeout(() => {
        busy -= 1;
        answer(res);
      }, delayMs),
    );
  });
  server.on('connection', (socket) => {
    peer.opened += 1;
    socket.on('close', () => (peer.closed += 1));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanup.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return Object.assign(peer, { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql?x=1` });
}

let cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

function client(options: Partial<KeepAliveClientOptions> = {}): KeepAliveClient {
  const c = createKeepAliveClient({ connectionsPerOrigin: 4, timeoutMs: 2000, ...options });
  cleanup.push(() => c.close());
  return c;
}

const post = (signal: AbortSignal = AbortSignal.timeout(2000)) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ok}"}', signal });
const failureOf = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const turn = () => new Promise((r) => setImmediate(r));

describe('the keep-alive HTTP client', () => {
  it('sends sequential calls over one kept-alive connection, and hands on the answer without hop-by-hop headers', async () => {
    const peer = await startPeer();
    const c = client();
    const first = await c.send(peer.url, post());
    // undici gives a connection back one event-loop turn after its answer ends (so a peer that
    // closes despite keep-alive is noticed first); calls of separate requests come that much apart.
    await turn();
    const second = await c.send(peer.url, post());
    // Node stamps `date` per second, so two answers may straddle a second boundary.
    const withoutDate = (reply: typeof first) => ({ ...reply, headers: reply.headers.filter(([name]) => name !== 'date') });
    expect(withoutDate(first)).toEqual(withoutDate(second));
    expect(first.status).toBe(200);
    expect(first.body).toBe('{"data":{"ok":true}}');
    expect(first.headers).toContainEqual(['x-peer', 'a']);
    expect(first.headers.map(([name]) => name)).not.toContain('connection');
    expect(first.headers.map(([name]) => name)).not.toContain('keep-alive');
    expect(peer.opened).toBe(1);
    expect(c.connectionsOpened).toBe(1);
  });

  it('reuses its connections for calls back to back in one turn too: 20 calls, at most 2 connections', async () => {
    const peer = await startPeer();
    const c = client();
    for (let i = 0; i < 20; i++) expect((await c.send(peer.url, post())).status).toBe(200);
    expect(peer.opened).toBeLessThanOrEqual(2);
  });

  it('opens at most connectionsPerOrigin connections to one origin, queueing the rest', async () => {
    const peer = await startPeer(50);
    const c = client({ connectionsPerOrigin: 2 });
    const replies = await Promise.all(Array.from({ length: 6 }, () => c.send(peer.url, post())));
    expect(replies.every((r) => r.status === 200)).toBe(true);
    expect(peer.opened).toBe(2);
    expect(peer.busiest).toBe(2);
  });

  it('closes a connection left idle for idleTimeoutMs, and opens a new one for the next call', async () => {
    const peer = await startPeer();
    const c = client({ idleTimeoutMs: 100 });
    await c.send(peer.url, post());
    await sleep(400);
    expect(peer.closed).toBe(1);
    await c.send(peer.url, post());
    expect(peer.opened).toBe(2);
  });

  it('gives up when the caller\'s signal times out, with a timeout error', async () => {
    const peer = await startPeer(1000);
    const c = client();
    const started = Date.now();
    const error = await failureOf(c.send(peer.url, post(AbortSignal.timeout(100))));
    expect(Date.now() - started).toBeLessThan(800);
    expect(isTimeoutError(error)).toBe(true);
  });

  it('gives up after timeoutMs without headers even when the caller\'s signal is longer', async () => {
    const peer = await startPeer(1500);
    const c = client({ timeoutMs: 200 });
    const error = await failureOf(c.send(peer.url, post(AbortSignal.timeout(5000))));
    expect(isTimeoutError(error)).toBe(true);
    expect((error as { code?: string }).code).toBe('UND_ERR_HEADERS_TIMEOUT');
  });

  it('fails with a connection error, not a timeout, when nothing listens', async () => {
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    await new Promise((resolve) => server.close(resolve));
    const error = await failureOf(client().send(url, post()));
    expect((error as { code?: string }).code).toBe('ECONNREFUSED');
    expect(isTimeoutError(error)).toBe(false);
  });

  it('closes its connections on close()', async () => {
    const peer = await startPeer();
    const c = createKeepAliveClient({ connectionsPerOrigin: 4, timeoutMs: 2000 });
    await c.send(peer.url, post());
    await c.close();
    await sleep(50);
    expect(peer.closed).toBe(1);
  });
});
