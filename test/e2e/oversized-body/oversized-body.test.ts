/**
 * Issue 25, point 3: a body over the limit must not wedge its keep-alive connection. The answer
 * (413) went out with `connection: keep-alive` and the rest of the body unread, so the next request
 * on that connection was never answered: behind a pooling proxy one caller could hang others. Now a
 * server that answers before it has read the whole body says `connection: close` and closes, so the
 * caller (or its proxy) sends the next request on a fresh connection, where it is answered.
 *
 * A raw socket sends an oversized request and, right behind it on the same connection, a small
 * one — on the gateway, on a region's GraphQL port and on the region's export route.
 */
import net from 'node:net';
import { describe, expect, inject, it } from 'vitest';
import { graphql } from '../../support/system';

const gatewayUrl = inject('gatewayUrl');
const subgraphUrls = inject('subgraphUrls');

const SMALL = JSON.stringify({ query: '{ __typename }' });

function request(path: string, host: string, body: string): string {
  return `POST ${path} HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nApollo-Require-Preflight: true\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: keep-alive\r\n\r\n${body}`;
}

/**
 * Writes the oversized request and a small one behind it on one socket; resolves with what came
 * back and whether the server closed the socket (the test's own timeout stands for "wedged").
 */
function oversizedThenSmall(url: string, path: string, bytes: number): Promise<{ received: string; closedByServer: boolean }> {
  const { hostname, port, host } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    // The server may close while the rest of what was sent is still on its way: a reset after the answer.
    socket.on('error', (error: NodeJS.ErrnoException) => (['EPIPE', 'ECONNRESET'].includes(error.code ?? '') ? undefined : reject(error)));
    socket.on('close', () => resolve({ received, closedByServer: true }));
    socket.write(request(path, host, `{"query":"{ __typename }","padding":"${'x'.repeat(bytes)}"}`));
    socket.write(request('/graphql', host, SMALL));
    // Answered in full: both answers read, the connection kept open — also fine.
    socket.on('data', () => {
      if ((received.match(/HTTP\/1\.1 /g) ?? []).length === 2 && received.endsWith('}')) {
        socket.destroy();
        resolve({ received, closedByServer: false });
      }
    });
  });
}

async function expectNotWedged(url: string, path: string, bytes: number, refused = /^HTTP\/1\.1 413 /) {
  const { received, closedByServer } = await oversizedThenSmall(url, path, bytes);
  expect(received).toMatch(refused);
  if (closedByServer) {
    // Told to reconnect, and closed: a pooling client sends its next request on a new connection.
    expect(received.split('\r\n\r\n')[0]!.toLowerCase()).toContain('connection: close');
  } else {
    expect(received).toMatch(/HTTP\/1\.1 200 [^]*__typename/);
  }
  // The next request, as a pooling client sends it, is answered.
  const next = await graphql(url.replace(/\/[^/]*$/, '/graphql'), '{ __typename }');
  expect(next.status).toBe(200);
}

// A wedged connection is reset only after the server's keep-alive timeout (65 s): long before that, it is wedged.
describe('a body over the limit', { timeout: 20_000 }, () => {
  it('does not wedge its connection to the gateway', async () => {
    await expectNotWedged(gatewayUrl, '/graphql', 1024 * 1024 + 1);
  });

  it("does not wedge its connection to a region's GraphQL port", async () => {
    await expectNotWedged(subgraphUrls.tianjin!, '/graphql', 8 * 1024 * 1024 + 1);
  });

  it("does not wedge its connection to a region's export route", async () => {
    // The route reads the body its identity header is bound to, so an oversized one is refused as such.
    await expectNotWedged(subgraphUrls.yangtze!, '/directory/firms.ndjson', 1024 * 1024 + 1, /^HTTP\/1\.1 4(01|03|13) /);
  });
});
