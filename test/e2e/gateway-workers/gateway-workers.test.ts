/**
 * Issue 30: GATEWAY_WORKERS runs the gateway as several processes on one port. Started as deployed
 * (the compiled entry, NODE_ENV=production): requests on fresh connections are answered, /metrics
 * adds every worker's counts up whichever worker is scraped, a worker killed is replaced and every
 * request after the primary has seen it die is answered, and SIGTERM stops every worker and the
 * primary with exit 0.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../../scripts/system';

const ROOT = path.resolve(__dirname, '../../..');
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

const workerPids = (primary: number) =>
  execFileSync('pgrep', ['-P', String(primary)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);

const requestsCounted = (metrics: string) =>
  [...metrics.matchAll(/^coopgraph_gateway_requests_total\{[^}]*operation="WorkerProbe"[^}]*\} (\d+)/gm)].reduce((sum, m) => sum + Number(m[1]), 0);

describe('GATEWAY_WORKERS=2', () => {
  let gateway: ChildProcess;
  let port: number;
  let log = '';
  beforeAll(async () => {
    port = await freePort();
    gateway = spawn(process.execPath, [path.join(ROOT, 'dist/gateway/src/main.js')], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        GATEWAY_WORKERS: '2',
        GATEWAY_PORT: String(port),
        RESPONSE_CACHE: 'false',
        LOG_LEVEL: 'info',
        ...Object.fromEntries(Object.entries(subgraphUrls).filter(([n]) => n !== 'gateway').map(([n, u]) => [`${n.toUpperCase()}_URL`, u])),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    gateway.stdout!.on('data', (c: Buffer) => (log += c.toString()));
    gateway.stderr!.on('data', (c: Buffer) => (log += c.toString()));
    for (let i = 0; i < 150 && (log.match(/"msg":"gateway listening"/g) ?? []).length < 2; i++) await pause(200);
  }, 60_000);
  afterAll(() => {
    if (gateway.exitCode === null) gateway.kill('SIGKILL');
  });

  it('starts two workers on one port behind a primary that serves nothing itself', () => {
    expect(log).toMatch(/"msg":"gateway workers started","workers":2/);
    expect((log.match(/"msg":"gateway listening"/g) ?? []).length).toBe(2);
    expect(workerPids(gateway.pid!)).toHaveLength(2);
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
    const [victim] = workerPids(gateway.pid!);
    process.kill(victim!, 'SIGKILL');
    // A connection the primary had just handed to the worker as it died is lost with it (node:cluster's
    // round-robin); from the moment the primary has seen the death, every connection goes to a live worker.
    for (let i = 0; i < 100 && !log.includes('gateway worker died'); i++) await pause(50);
    const answers: number[] = [];
    for (let i = 0; i < 10; i++) answers.push((await post(port, '{ firms(first: 1) { totalCount } }')).status);
    expect(answers).toEqual(Array(10).fill(200));
    // The new worker starts as the first did (seconds on a loaded machine).
    for (let i = 0; i < 300 && !(workerPids(gateway.pid!).length === 2 && (log.match(/"msg":"gateway listening"/g) ?? []).length === 3); i++) await pause(200);
    expect(log, log).toMatch(/"msg":"gateway worker died; starting another".*"signal":"SIGKILL"/);
    expect(workerPids(gateway.pid!)).not.toContain(victim);
    expect(workerPids(gateway.pid!)).toHaveLength(2);
  }, 180_000);

  it('stops every worker and then itself on SIGTERM, exit code 0', async () => {
    const workers = workerPids(gateway.pid!);
    const exited = new Promise<number | null>((resolve) => gateway.once('exit', (code) => resolve(code)));
    gateway.kill('SIGTERM');
    expect(await exited).toBe(0);
    for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow();
  });
});
