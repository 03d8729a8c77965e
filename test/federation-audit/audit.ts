/**
 * Runs the Guild's federation gateway audit (src/, vendored unchanged; UPSTREAM.md) against the
 * project's gateway as it ships and against plain @apollo/gateway, in the same run, and fails when
 * ours passes fewer tests than plain or fails a test plain passes.
 *
 * Per suite: the audit's own server (src/index.ts, in this process) serves the suite's subgraphs
 * and its composed supergraph; each gateway is started on that supergraph file as its own process
 * on a free port; the suite's tests are sent to both (the two gateways side by side, each test in
 * turn) and judged as the audit's test.ts judges them: `data` exactly, `errors` only as present or
 * absent where the test says so. The audit's CLI is not used: it needs Node 22, kills whatever
 * holds the gateway's port, and runs one gateway at a time.
 *
 * Usage: node test/federation-audit/run.mjs [--gateways coopgraph,apollo] [--suites id,id] [--json FILE]
 */
import './polyfill.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { deepStrictEqual } from 'node:assert';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './src/index.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');

interface AuditTest {
  query: string;
  expected: { data?: unknown; errors?: boolean };
}

interface GatewayUnderTest {
  name: string;
  label: string;
  command(): { file: string; args: string[]; env: NodeJS.ProcessEnv };
}

/** The environment every gateway starts with: nothing from the caller's but what node needs. */
function baseEnv(): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SYSTEMROOT'];
  return { ...Object.fromEntries(keep.flatMap((k) => (process.env[k] ? [[k, process.env[k]]] : []))), APOLLO_TELEMETRY_DISABLED: '1' };
}

const GATEWAYS: Record<string, GatewayUnderTest> = {
  coopgraph: {
    name: 'coopgraph',
    label: 'coopgraph (as it ships)',
    // As production starts it (npm start, docs: node --max-old-space-size=<GATEWAY_HEAP_MB> --max-semi-space-size=16),
    // with every setting at its default.
    command: () => ({
      file: process.execPath,
      args: ['--max-old-space-size=512', '--max-semi-space-size=16', path.join(ROOT, 'dist/gateway/src/main.js')],
      env: { ...baseEnv(), LOG_LEVEL: 'warn', GATEWAY_SHUTDOWN_GRACE_MS: '500' },
    }),
  },
  apollo: {
    name: 'apollo',
    label: 'plain @apollo/gateway',
    command: () => ({ file: process.execPath, args: [path.join(HERE, 'apollo-plain.cjs')], env: { ...baseEnv(), PROJECT_ROOT: ROOT } }),
  },
};

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** GET from the audit's server; it answers 404 for a moment after it starts, while its suites load. */
async function auditGet(url: string): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(url);
      if (response.ok) return await response.text();
      if (attempt >= 120) throw new Error(`${url}: HTTP ${response.status}`);
    } catch (error) {
      if (attempt >= 120) throw error;
    }
    await sleep(250);
  }
}

/** The audit's test.ts, one test: POST the query, compare data exactly and errors as present/absent where the test says. */
async function runTest(graphqlUrl: string, test: AuditTest): Promise<string | undefined> {
  let response: { data?: unknown; errors?: unknown[] };
  try {
    const reply = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ query: test.query }),
      signal: AbortSignal.timeout(10_000),
    });
    response = (await reply.json()) as typeof response;
  } catch (error) {
    return `request failed: ${(error as Error).message}`;
  }
  const errorsOptional = typeof test.expected.errors !== 'boolean';
  const received = { data: response.data ?? null, errors: errorsOptional ? null : response.errors?.length ? true : false };
  const expected = { data: test.expected.data ?? null, errors: errorsOptional ? null : (test.expected.errors ?? false) };
  try {
    deepStrictEqual(received, expected);
    return undefined;
  } catch {
    return `expected ${JSON.stringify(expected)}\n      received ${JSON.stringify(received)}${response.errors ? `\n      errors ${JSON.stringify(response.errors)}` : ''}`;
  }
}

interface Started {
  url: string;
  child: ChildProcess;
  output: string[];
  exited: Promise<void>;
}

async function startGateway(gateway: GatewayUnderTest, supergraphPath: string, suite: string): Promise<Started> {
  const port = await freePort();
  const { file, args, env } = gateway.command();
  const child = spawn(file, args, { env: { ...env, SUPERGRAPH_PATH: supergraphPath, GATEWAY_HOST: '127.0.0.1', GATEWAY_PORT: String(port), AUDIT_SUITE: suite }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let gone = false;
  void exited.then(() => (gone = true));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (!gone && Date.now() < deadline) {
    try {
      const health = await fetch(`${base}/health`, { signal: AbortSignal.timeout(1000) });
      if (health.ok) {
        const ping = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ query: 'query ping { __typename }' }) });
        const body = (await ping.json()) as { data?: { __typename?: string } };
        if (body.data?.__typename === 'Query') break;
      }
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  return { url: `${base}/graphql`, child, output, exited };
}

async function stop(started: Started): Promise<void> {
  if (started.child.exitCode !== null || started.child.signalCode !== null) return;
  started.child.kill('SIGTERM');
  const killed = setTimeout(() => started.child.kill('SIGKILL'), 5000);
  await started.exited;
  clearTimeout(killed);
}

interface SuiteResult {
  suite: string;
  tests: number;
  /** Per gateway: for each test index, undefined when it passed, else why it failed. */
  failures: Record<string, Array<string | undefined>>;
  startupOutput: Record<string, string>;
}

async function main() {
  const gateways = (option('gateways') ?? 'coopgraph,apollo').split(',').map((name) => {
    const gateway = GATEWAYS[name];
    if (!gateway) throw new Error(`unknown gateway "${name}": ${Object.keys(GATEWAYS).join(', ')}`);
    return gateway;
  });
  if (gateways.some((g) => g.name === 'coopgraph') && !fs.existsSync(path.join(ROOT, 'dist/gateway/src/main.js'))) throw new Error('build the project first (npm run build): no dist/gateway/src/main.js');
  const auditPort = await freePort();
  const server = await serve(auditPort);
  const auditBase = `http://localhost:${auditPort}`;
  const all = JSON.parse(await auditGet(`${auditBase}/ids`)) as string[];
  const wanted = option('suites')?.split(',');
  const suites = wanted ? all.filter((id) => wanted.includes(id)) : all;
  if (wanted && suites.length !== wanted.length) throw new Error(`unknown suites: ${wanted.filter((w) => !all.includes(w)).join(', ')}`);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'coopgraph-federation-audit-'));
  const started = Date.now();
  console.log(`federation gateway audit: ${suites.length} suites, gateways ${gateways.map((g) => g.label).join(' and ')}`);

  const results: SuiteResult[] = [];
  for (const suite of suites) {
    const supergraphPath = path.join(scratch, `${suite}.graphql`);
    fs.writeFileSync(supergraphPath, await auditGet(`${auditBase}/${suite}/supergraph`));
    // Both gateways start at once (starting is what takes time), but the tests run against one,
    // then the other: some suites keep state in the audit's subgraphs (mutations), and each gateway
    // gets its own copy of the tests (the mutations suite draws a request id per copy), as a run of
    // the audit's CLI per gateway would.
    const running = await Promise.all(gateways.map((g) => startGateway(g, supergraphPath, suite)));
    const failures: SuiteResult['failures'] = {};
    const startupOutput: SuiteResult['startupOutput'] = {};
    let count = 0;
    for (const [i, gateway] of gateways.entries()) {
      const instance = running[i]!;
      const tests = JSON.parse(await auditGet(`${auditBase}/${suite}/tests`)) as AuditTest[];
      count = tests.length;
      const outcomes: Array<string | undefined> = [];
      for (const test of tests) outcomes.push(await runTest(instance.url, test));
      failures[gateway.name] = outcomes;
      startupOutput[gateway.name] = instance.output.join('');
    }
    await Promise.all(running.map(stop));
    const result = { suite, tests: count, failures, startupOutput };
    results.push(result);
    const cells = gateways.map((g) => `${g.name} ${failures[g.name]!.filter((f) => f === undefined).length}/${count}`).join('  ');
    const failed = gateways.flatMap((g) => failures[g.name]!.flatMap((f, i) => (f === undefined ? [] : [`${g.name}:${suite}_${i}`])));
    console.log(`  ${suite.padEnd(38)} ${cells}${failed.length ? `  FAIL ${failed.join(' ')}` : ''}`);
  }
  await server.close();
  fs.rmSync(scratch, { recursive: true, force: true });

  // Details of every failure, then the totals and the verdict.
  for (const result of results) {
    for (const gateway of gateways) {
      result.failures[gateway.name]!.forEach((why, i) => {
        if (why !== undefined) console.log(`\n  ${gateway.name} ${result.suite}_${i}: ${why}`);
      });
      if (result.failures[gateway.name]!.some((f) => f?.startsWith('request failed'))) console.log(`\n  ${gateway.name} ${result.suite} output:\n${result.startupOutput[gateway.name]!.slice(-2000)}`);
    }
  }
  const total = results.reduce((n, r) => n + r.tests, 0);
  const passed = Object.fromEntries(gateways.map((g) => [g.name, results.reduce((n, r) => n + r.failures[g.name]!.filter((f) => f === undefined).length, 0)]));
  console.log(`\nfederation audit (${Math.round((Date.now() - started) / 1000)} s): ${gateways.map((g) => `${g.label} ${passed[g.name]}/${total}`).join(', ')}`);
  const json = option('json');
  if (json) {
    const tests = results.flatMap((r) => Array.from({ length: r.tests }, (_, i) => ({ test: `${r.suite}_${i}`, ...Object.fromEntries(gateways.map((g) => [g.name, r.failures[g.name]![i] === undefined])) })));
    fs.writeFileSync(json, JSON.stringify({ total, passed, tests }, null, 2));
  }

  if (gateways.length === 2 && GATEWAYS.coopgraph && gateways.includes(GATEWAYS.coopgraph) && GATEWAYS.apollo && gateways.includes(GATEWAYS.apollo)) {
    const regressions = results.flatMap((r) => r.failures.coopgraph!.flatMap((f, i) => (f !== undefined && r.failures.apollo![i] === undefined ? [`${r.suite}_${i}`] : [])));
    const fixed = results.flatMap((r) => r.failures.coopgraph!.flatMap((f, i) => (f === undefined && r.failures.apollo![i] !== undefined ? [`${r.suite}_${i}`] : [])));
    if (fixed.length) console.log(`passes where plain @apollo/gateway fails: ${fixed.join(' ')}`);
    if (regressions.length || passed.coopgraph! < passed.apollo!) {
      console.log(`FAILED: the project's gateway fails what plain @apollo/gateway passes: ${regressions.join(' ') || `(${passed.coopgraph} < ${passed.apollo})`}`);
      process.exit(1);
    }
    console.log('OK: the project\'s gateway passes every test plain @apollo/gateway passes');
  }
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
