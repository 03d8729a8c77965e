/**
 * An HTTP proxy in front of one subgraph, for scenarios where that subgraph is slow or failing:
 * each request is forwarded, and its answer held back `delayMs` (or replaced by a 503 while
 * `failing`). It records when it released each answer, on the test's own clock
 * (`performance.now()`), so a test can compare it with when a client received its parts.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface DelayingProxy {
  url: string;
  delayMs: number;
  failing: boolean;
  /** `performance.now()` of each answer released, in order. */
  released: number[];
  close(): Promise<void>;
}

export async function startDelayingProxy(target: string, delayMs: number): Promise<DelayingProxy> {
  const upstream = new URL(target);
  const proxy: DelayingProxy = {
    url: '',
    delayMs,
    failing: false,
    released: [],
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const forward = http.request(upstream, { method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host } }, (reply) => {
        const body: Buffer[] = [];
        reply.on('data', (chunk: Buffer) => body.push(chunk));
        reply.on('end', () => {
          setTimeout(() => {
            proxy.released.push(performance.now());
            if (proxy.failing) {
              res.writeHead(503, { 'content-type': 'text/plain' }).end('held down by the test proxy');
              return;
            }
            res.writeHead(reply.statusCode ?? 502, reply.headers).end(Buffer.concat(body));
          }, proxy.delayMs);
        });
      });
      forward.on('error', () => res.writeHead(502).end());
      forward.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${upstream.pathname}`;
  return proxy;
}
