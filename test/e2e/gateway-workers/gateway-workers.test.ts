/**
 * Issue 30: GATEWAY_WORKERS runs the gateway as several processes on one port. Started as deployed
 * (the compiled entry, NODE_ENV=production): requests on fresh connections are answered, /metrics
 * adds every worker's counts up whichever worker is scraped, a worker killed is replaced and every
 * request after the primary has seen it die is answered, and SIGTERM stops every worker and the
 * primary with exit 0.
 */
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startGatewayProcess, type GatewayProcess } from '../../support/gateway-process';

const subgraphUrls = inject('subgraphUrls');
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One request on a connection of its own, so the primary deals it to any worker. */
function post(port: number, query: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.setTimeout(20_000, () => req.destroy(new Error('no answer within 20 s')));
    req.end(JSON.stringify({ query }));
  });
}

function get(port: number, route: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: route, agent: false }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const workerPids = (primary: number) =>
  execFileSync('pgrep', ['-P', String(primary)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);

const requestsCounted = (metrics: string) =>
  [...metrics.matchAll(/^coopgraph_gateway_requests_total\{[^}]*operation="WorkerProbe"[^}]*\} (\d+)/gm)].reduce((sum, m) => sum + Number(m[1]), 0);

describe('GATEWAY_WORKERS=2', () => {
  let gateway: GatewayProcess;
  let port: number;
  const log = () => gateway.stdout() + gateway.stderr();
  const listening = () => (log().match(/"msg":"gateway listening"/g) ?? []).length;
  beforeAll(async () => {
    gateway = await startGatewayProcess(subgraphUrls, { NODE_ENV: 'production', GATEWAY_WORKERS: '2', RESPONSE_CACHE: 'false', LOG_LEVEL: 'info' });
    port = Number(new URL(gateway.url).port);
    // Healthy once one worker listens; the second starts alongside.
    for (let i = 0; i < 150 && listening() < 2; i++) await pause(200);
  }, 60_000);
  afterAll(async () => {
    if (isAlive(gateway.pid)) await gateway.stop('SIGKILL');
  });

  it('starts two workers on one port behind a primary that serves nothing itself', () => {
    expect(log()).toMatch(/"msg":"gateway workers started","workers":2/);
    expect(listening()).toBe(2);
    expect(workerPids(gateway.pid)).toHaveLength(2);
  });

  it('answers on every connection and counts every request once in /metrics, whichever worker is scraped', async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, () => post(port, 'query WorkerProbe { firms(first: 1) { totalCount } }')));
    expect(answers.map((a) => a.status)).toEqual(Array(40).fill(200));
    expect(answers.every((a) => !JSON.parse(a.body).errors)).toBe(true);
    // Several scrapes on fresh connections reach both workers; each answers for the whole gateway.
    const scrapes = await Promise.all(Array.from({ length: 6 }, () => get(port, '/metrics')));
    for (const metrics of scrapes) expect(requestsCounted(metrics)).toBe(40);
  });

  it('replaces a worker that dies, and answers every request once the primary has seen it die', async () => {
    const [victim] = workerPids(gateway.pid);
    process.kill(victim!, 'SIGKILL');
    // A connection the primary had just handed to the worker as it died is lost with it (node:cluster's
    // round-robin); from the moment the primary has seen the death, every connection goes to a live worker.
    for (let i = 0; i < 100 && !log().includes('gateway worker died'); i++) await pause(50);
    const answers: number[] = [];
    for (let i = 0; i < 10; i++) answers.push((await post(port, '{ firms(first: 1) { totalCount } }')).status);
    expect(answers).toEqual(Array(10).fill(200));
    // The new worker starts as the first did (seconds on a loaded machine).
    for (let i = 0; i < 300 && !(workerPids(gateway.pid).length === 2 && listening() === 3); i++) await pause(200);
    expect(log(), log()).toMatch(/"msg":"gateway worker died; starting another".*"signal":"SIGKILL"/);
    expect(workerPids(gateway.pid)).not.toContain(victim);
    expect(workerPids(gateway.pid)).toHaveLength(2);
  }, 180_000);

  it('stops every worker and then itself on SIGTERM, exit code 0', async () => {
    const workers = workerPids(gateway.pid);
    expect(await gateway.stop('SIGTERM')).toBe(0);
    for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow();
  });
});
