/**
 * Issue 25, point 5: losing Redis while the gateway runs costs cache hits, not requests. A
 * redis-server of the test's own (a free port, nothing saved to disk) backs a gateway process; the
 * test registers automatic persisted queries, kills Redis with SIGKILL, and the gateway still
 * answers them — by hash (the documents it registered are also kept in its own memory) and on
 * registration — with no 500; a hash it never saw asks the client to resend the document
 * (PERSISTED_QUERY_NOT_FOUND), as APQ clients expect.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sha256 } from '../../../gateway/src/trusted-documents/manifest';
import { freePort } from '../../../scripts/system';
import { nonJsonLines, startGatewayProcess, type GatewayProcess } from '../../support/gateway-process';

const subgraphUrls = inject('subgraphUrls');

async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let attempt = 0; attempt < 100; attempt++) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (up) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`redis-server did not listen on ${port}`);
}

async function apq(url: string, query: string, withDocument: boolean) {
  const body = { ...(withDocument ? { query } : {}), extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } };
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ extensions?: { code?: string } }> } };
}

const codes = (answer: Awaited<ReturnType<typeof apq>>) => answer.body.errors?.map((e) => e.extensions?.code);

describe('APQ when Redis is lost', () => {
  let redis: ChildProcess;
  let gateway: GatewayProcess;
  beforeAll(async () => {
    const port = await freePort();
    redis = await startRedis(port);
    gateway = await startGatewayProcess(subgraphUrls, { REDIS_URL: `redis://127.0.0.1:${port}`, REDIS_KEY_PREFIX: `coopgraph-e2e-redis-loss-${process.pid}:`, REDIS_TIMEOUT_MS: '300' });
  });
  afterAll(async () => {
    await gateway?.stop();
    redis?.kill('SIGKILL');
  });

  const BEFORE = '{ yangtze { zones { name } } }';
  const AFTER = '{ zhejiang { counties { name } } }';

  it('registers and answers by hash while Redis is up', async () => {
    const registered = await apq(gateway.url, BEFORE, true);
    expect(registered.status).toBe(200);
    expect(registered.body.errors).toBeUndefined();
    const byHash = await apq(gateway.url, BEFORE, false);
    expect(byHash.body.data).toEqual(registered.body.data);
  });

  it('answers by hash, registers and asks for unknown documents after Redis is killed', async () => {
    const expected = (await apq(gateway.url, BEFORE, false)).body.data;
    redis.kill('SIGKILL');
    await new Promise((resolve) => redis.once('exit', resolve));

    const byHash = await apq(gateway.url, BEFORE, false);
    expect(byHash.status).toBe(200);
    expect(byHash.body.errors).toBeUndefined();
    expect(byHash.body.data).toEqual(expected);

    const unknown = await apq(gateway.url, AFTER, false);
    expect(unknown.status).toBe(200);
    expect(codes(unknown)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);

    const registered = await apq(gateway.url, AFTER, true);
    expect(registered.status).toBe(200);
    expect(registered.body.errors).toBeUndefined();
    const again = await apq(gateway.url, AFTER, false);
    expect(again.status).toBe(200);
    expect(again.body.data).toEqual(registered.body.data);

    // Plain queries still answered too (the response cache lost, not the request).
    const plain = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: BEFORE }) });
    expect(plain.status).toBe(200);
    expect(nonJsonLines(gateway.stderr())).toEqual([]);
  });
});
