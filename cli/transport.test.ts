import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestParts, retryAfterMs, send, type GraphQLRequest } from './transport';

const request: GraphQLRequest = { url: '', query: '{ a }', variables: { after: null }, operationName: 'Q', token: 'eyJ.report.job', timeoutMs: 1000, requestId: 'report-1-p1-a1' };

describe('the request', () => {
  it('carries the reporting job\'s token as a bearer token, and a request id', () => {
    const parts = requestParts(request);
    expect(parts.headers).toMatchObject({ authorization: 'Bearer eyJ.report.job', 'x-request-id': 'report-1-p1-a1', 'content-type': 'application/json' });
    expect(JSON.parse(parts.body)).toEqual({ query: '{ a }', variables: { after: null }, operationName: 'Q' });
    expect(requestParts({ ...request, token: null }).headers).not.toHaveProperty('authorization');
  });

  it('reads Retry-After in seconds or as a date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4000)).toBe(6000);
    expect(retryAfterMs('soon')).toBeNull();
    expect(retryAfterMs(null)).toBeNull();
  });
});

describe('sending', () => {
  // A bare HTTP server stands for what sits between the exporter and the gateway: a proxy that
  // answers HTML, or a socket that never answers.
  let server: http.Server;
  let other: http.Server;
  let base = '';
  let otherBase = '';
  const received: Array<{ body: unknown; authorization?: string; requestId?: string | string[]; socket: number }> = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/proxy') {
        res.writeHead(502, { 'content-type': 'text/html', 'retry-after': '2' }).end('<html>Bad Gateway</html>');
      } else if (req.url === '/silent') {
        // never answers
      } else if (req.url === '/cut') {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' }).write('{"data":');
        setTimeout(() => res.socket?.destroy(), 20);
      } else if (req.url === '/stalls') {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' }).write('{"data":');
      } else if (req.url === '/moved-here') {
        res.writeHead(308, { location: '/graphql' }).end();
      } else if (req.url === '/moved-away') {
        res.writeHead(307, { location: `${otherBase}/graphql` }).end();
      } else if (req.url === '/slowly-moved-to-silence') {
        setTimeout(() => res.writeHead(308, { location: '/silent' }).end(), 400);
      } else if (req.url === '/loop') {
        res.writeHead(308, { location: '/loop' }).end();
      } else if (req.url === '/permanent') {
        res.writeHead(301, { location: '/graphql', 'content-type': 'text/html' }).end('<html>Moved</html>');
      } else if (req.url === '/graphql') {
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString()));
        req.on('end', () => {
          received.push({ body: JSON.parse(body), authorization: req.headers.authorization, requestId: req.headers['x-request-id'], socket: req.socket.remotePort! });
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { a: '企业' } }));
        });
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Another origin: the same handler on another port.
    other = http.createServer((req, res) => server.emit('request', req, res));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    otherBase = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    for (const s of [server, other]) {
      s.closeAllConnections();
      s.close();
    }
  });

  it('tells an answer that is not GraphQL, a timeout and a refused connection apart', async () => {
    expect(await send({ ...request, url: `${base}/proxy` })).toEqual({ kind: 'unreadable', status: 502, retryAfterMs: 2000 });
    expect(await send({ ...request, url: `${base}/silent`, timeoutMs: 200 })).toEqual({ kind: 'unreachable', message: 'no answer within 200 ms' });
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await send({ ...request, url: `http://127.0.0.1:${port}/graphql` })).toEqual({ kind: 'unreachable', message: 'ECONNREFUSED' });
  });

  it('sends the operation and reads the answer, page after page on one kept-alive connection', async () => {
    const first = await send({ ...request, url: `${base}/graphql` });
    const second = await send({ ...request, url: `${base}/graphql`, requestId: 'report-1-p2-a1' });
    expect(first).toEqual({ kind: 'answer', status: 200, body: { data: { a: '企业' } }, retryAfterMs: null });
    expect(second.kind).toBe('answer');
    expect(received.map((r) => r.requestId)).toEqual(['report-1-p1-a1', 'report-1-p2-a1']);
    expect(received[0]).toMatchObject({ body: { query: '{ a }', variables: { after: null }, operationName: 'Q' }, authorization: 'Bearer eyJ.report.job' });
    expect(received[1]!.socket).toBe(received[0]!.socket);
  });

  it('tells an answer cut off or stalled midway from one that never came', async () => {
    expect(await send({ ...request, url: `${base}/cut` })).toEqual({ kind: 'unreachable', message: expect.stringMatching(/^the answer broke off: /) });
    expect(await send({ ...request, url: `${base}/stalls`, timeoutMs: 200 })).toEqual({ kind: 'unreachable', message: 'the answer broke off: no answer within 200 ms' });
    expect(await send({ ...request, url: 'ftp://127.0.0.1/graphql' })).toEqual({ kind: 'unreachable', message: 'not an http(s) URL: ftp://127.0.0.1/graphql' });
  });

  it('follows 307 and 308 with the same request, and keeps the token only within the gateway\'s origin', async () => {
    received.length = 0;
    expect(await send({ ...request, url: `${base}/moved-here` })).toMatchObject({ kind: 'answer', status: 200 });
    expect(await send({ ...request, url: `${base}/moved-away`, requestId: 'report-1-p2-a1' })).toMatchObject({ kind: 'answer', status: 200 });
    expect(received).toHaveLength(2);
    expect(received[0]).toMatchObject({ body: { query: '{ a }', variables: { after: null }, operationName: 'Q' }, authorization: 'Bearer eyJ.report.job' });
    expect(received[1]).toMatchObject({ body: { query: '{ a }' }, requestId: 'report-1-p2-a1' });
    expect(received[1]!.authorization).toBeUndefined();
  });

  it('returns a redirect it does not follow with where it points, and counts redirects against the timeout', async () => {
    received.length = 0;
    expect(await send({ ...request, url: `${base}/permanent` })).toEqual({ kind: 'unreadable', status: 301, retryAfterMs: null, location: `${base}/graphql` });
    expect(await send({ ...request, url: `${base}/loop` })).toEqual({ kind: 'unreadable', status: 308, retryAfterMs: null, location: `${base}/loop` });
    expect(received).toHaveLength(0);
    // 400 ms to the redirect, then silence: the 500 ms budget is spent at 500, not at 900.
    const started = Date.now();
    expect(await send({ ...request, url: `${base}/slowly-moved-to-silence`, timeoutMs: 500 })).toEqual({ kind: 'unreachable', message: 'no answer within 500 ms' });
    expect(Date.now() - started).toBeLessThan(800);
  });
});
