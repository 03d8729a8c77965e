import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ROOT_CONTEXT, context, trace, TraceFlags } from '@opentelemetry/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type Identity } from '../../kit/auth/identity';
import { GRAPHQL_ROUTE, IDENTITY_HEADER, verifyIdentity } from '../../kit/auth/signed-identity';
import { TEST_CROSSREGION_KEY, TEST_TRUSTED_KEYS } from '../../kit/auth/testing-keys';
import { createKeepAliveClient } from '../../kit/http/keep-alive-client';
import { startTracing } from '../../kit/tracing';
import { RegionClient, type RegionCall, type RegionTransport } from './region-client';

describe('a call to a region', () => {
  let server: http.Server;
  let url: string;
  let connections = 0;
  const seen: http.IncomingHttpHeaders[] = [];
  const bodies: string[] = [];
  const calls: RegionCall[] = [];
  let transport: RegionTransport & { close(): Promise<void> };
  const client = (options: { requestId?: string; vouch?: { identity: Identity; key: typeof TEST_CROSSREGION_KEY }; url?: string; timeoutMs?: number } = {}) =>
    new RegionClient({ region: 'tianjin', url, timeoutMs: 1000, requestId: 'r-0', transport, ...options });

  beforeAll(async () => {
    server = http.createServer(async (req, res) => {
      seen.push(req.headers);
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      bodies.push(Buffer.concat(chunks).toString());
      if (req.headers['x-request-id'] === 'slow') return void setTimeout(() => res.writeHead(200).end('{}'), 1000);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { directoryFirmMatches: [] } }));
    });
    server.on('connection', () => (connections += 1));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const regions = createKeepAliveClient({ connectionsPerOrigin: 4, timeoutMs: 1000 });
    const tracing = startTracing({ otlpEndpoint: undefined, serviceName: 'coopgraph-crossregion-test' });
    transport = {
      http: regions,
      tracing,
      onCall: (call) => calls.push(call),
      close: async () => {
        await regions.close();
        await tracing.shutdown();
      },
    };
  });
  afterAll(async () => {
    await transport?.close();
    server.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('vouches for the caller with the layer\'s own key, for that region and that request; for an editor only as anonymous', async () => {
    const heard = () => verifyIdentity(seen.at(-1)![IDENTITY_HEADER], TEST_TRUSTED_KEYS, { audience: 'tianjin', route: GRAPHQL_ROUTE, content: bodies.at(-1)! });
    const analyst: Identity = { role: 'analyst', subject: 'a-1' };
    expect(await client({ requestId: 'r-1', vouch: { identity: analyst, key: TEST_CROSSREGION_KEY } }).firmMatches({}, ['91330000000000000X'])).toEqual({ rows: [] });
    expect(seen.at(-1)).toMatchObject({ 'x-request-id': 'r-1' });
    expect(heard()).toEqual({ identity: analyst, signer: 'crossregion' });
    // The layer reads for its callers and never writes: it vouches for no editor.
    await client({ vouch: { identity: { role: 'editor', subject: 'e-1', region: 'tianjin', unit: { kind: 'alliance', key: 'shuangtan-alliance' } }, key: TEST_CROSSREGION_KEY } }).firmMatches({}, ['91330000000000000X']);
    expect(heard()).toEqual({ identity: ANONYMOUS, signer: 'crossregion' });
  });

  it('sends none when it has no key to sign with', async () => {
    await client({ requestId: 'r-2' }).firmMatches({}, ['91330000000000000X']);
    expect(seen.at(-1)![IDENTITY_HEADER]).toBeUndefined();
  });

  it('continues the caller\'s trace: the region gets a traceparent of the same trace, from a span of its own', async () => {
    const traceId = 'a'.repeat(31) + '1';
    const parent = trace.setSpanContext(ROOT_CONTEXT, { traceId, spanId: 'b'.repeat(16), traceFlags: TraceFlags.SAMPLED });
    await context.with(parent, () => client().firmMatches({}, ['91330000000000000X']));
    const traceparent = String(seen.at(-1)!.traceparent);
    expect(traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-0[01]$`));
    expect(traceparent.split('-')[2]).not.toBe('b'.repeat(16));
  });

  it('reuses one kept-alive connection across requests\' clients', async () => {
    const before = connections;
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setImmediate(r));
      expect(await client({ requestId: `k-${i}` }).firmMatches({}, ['91330000000000000X'])).toEqual({ rows: [] });
    }
    expect(connections - before).toBeLessThanOrEqual(1);
  });

  it('reports each call once it has ended, with its outcome: ok, timeout or unreachable', async () => {
    calls.length = 0;
    await client().firmMatches({}, ['91330000000000000X']);
    expect(await client({ requestId: 'slow', timeoutMs: 100 }).firmMatches({}, ['91330000000000000X'])).toMatchObject({ error: { region: 'tianjin', detail: 'timeout' } });
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/graphql`;
    await new Promise((resolve) => closed.close(resolve));
    expect(await client({ url: closedUrl }).firmMatches({}, ['91330000000000000X'])).toMatchObject({ error: { region: 'tianjin', detail: 'unreachable' } });
    expect(calls.map(({ region, operation, outcome }) => ({ region, operation, outcome }))).toEqual([
      { region: 'tianjin', operation: 'directoryFirmMatches', outcome: 'ok' },
      { region: 'tianjin', operation: 'directoryFirmMatches', outcome: 'timeout' },
      { region: 'tianjin', operation: 'directoryFirmMatches', outcome: 'unreachable' },
    ]);
    expect(calls[1]!.durationMs).toBeGreaterThanOrEqual(90);
    expect(calls[1]!.durationMs).toBeLessThan(900);
  });
});
