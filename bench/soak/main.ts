/**
 * `npm run soak -- --minutes N`: the whole system under a steady mix of queries for a bounded time,
 * on loopback only, to see whether memory levels off and nothing starts failing. Prints every
 * process's resident set at the start and the end (and the highest sampled, every 5 s), the
 * requests and errors by kind, and latency p50/p99. The figures in docs/operations.md come from it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePorts, startSystem, type ProcessName, type RunningSystem } from '../../scripts/system';
import { SUBGRAPHS } from '../../schema/subgraph-list';
import { quantile } from '../load';
import { rssMb } from '../processes';
import { parseSoakOptions, SOAK_USAGE } from './options';

/**
 * What the callers send, in turn: merged cross-region lists (never cached, every region asked),
 * region lists and search (cached once asked), and a page size that varies, so answers keep
 * missing the response cache and entries keep arriving and expiring.
 */
const MIX: Array<(n: number) => { query: string; variables?: Record<string, unknown> }> = [
  (n) => ({ query: 'query Chain($first: Int!) { firms(filter: { chainCode: "POWER_BATTERY" }, first: $first) { totalCount nodes { uscc name regions tianjin { memberships { alliance { name } } } zhejiang { firm { name } } } } }', variables: { first: 1 + (n % 50) } }),
  () => ({ query: '{ yangtze { zones { name isFounder adminArea { code name } } } }' }),
  () => ({ query: '{ zhejiang { counties { name } } }' }),
  () => ({ query: '{ tianjin { parks { key } alliances { key } } }' }),
  (n) => ({ query: 'query Search($first: Int!) { firms(filter: { keyword: "电池" }, first: $first) { nodes { uscc name area { code fullName } } } }', variables: { first: 1 + (n % 20) } }),
];

interface Tally {
  requests: number;
  latencies: number[];
  errors: { status: number; graphql: number; network: number };
  firstError: string | null;
}

async function caller(url: string, deadline: number, tally: Tally, counter: { next: number }): Promise<void> {
  while (Date.now() < deadline) {
    const n = counter.next++;
    const body = JSON.stringify(MIX[n % MIX.length]!(n));
    const started = performance.now();
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(30_000) });
      const text = await response.text();
      tally.latencies.push(performance.now() - started);
      if (response.status !== 200) {
        tally.errors.status++;
        tally.firstError ??= `${response.status} ${text.slice(0, 300)}`;
      } else if (text.includes('"errors":')) {
        tally.errors.graphql++;
        tally.firstError ??= text.slice(0, 300);
      }
    } catch (error) {
      tally.errors.network++;
      tally.firstError ??= (error as Error).message;
    }
    tally.requests++;
  }
}

function memory(system: RunningSystem, names: ProcessName[]): Record<string, number> {
  return Object.fromEntries(names.map((name) => [name, rssMb(system.pid(name)!)]));
}

async function main() {
  const parsed = parseSoakOptions(process.argv.slice(2));
  if (parsed.errors) {
    process.stderr.write(`${parsed.errors.join('\n')}\n\n${SOAK_USAGE}\n`);
    process.exit(2);
  }
  const { minutes, connections } = parsed.options;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coopgraph-soak-'));
  const system = await startSystem({ dataDir, ports: await freePorts(), env: { LOG_LEVEL: 'error', NODE_ENV: 'production' }, output: 'collect' });
  const names: ProcessName[] = ['gateway', ...SUBGRAPHS.map((s) => s.name)];
  try {
    const start = memory(system, names);
    const peak = { ...start };
    const sampler = setInterval(() => {
      for (const [name, mb] of Object.entries(memory(system, names))) peak[name] = Math.max(peak[name]!, mb);
    }, 5000);
    const tally: Tally = { requests: 0, latencies: [], errors: { status: 0, graphql: 0, network: 0 }, firstError: null };
    const began = Date.now();
    const deadline = began + minutes * 60_000;
    const progress = setInterval(() => process.stdout.write(`  ${Math.round((Date.now() - began) / 1000)} s: ${tally.requests} requests, gateway ${memory(system, ['gateway']).gateway!.toFixed(0)} MB\n`), 30_000);
    process.stdout.write(`soak: ${minutes} min, ${connections} callers, gateway ${system.gatewayUrl}\n`);
    const counter = { next: 0 };
    await Promise.all(Array.from({ length: connections }, () => caller(system.gatewayUrl, deadline, tally, counter)));
    clearInterval(progress);
    clearInterval(sampler);
    const end = memory(system, names);
    for (const [name, mb] of Object.entries(end)) peak[name] = Math.max(peak[name]!, mb);
    const seconds = (Date.now() - began) / 1000;
    const sorted = Float64Array.from(tally.latencies).sort();
    const lines = [
      '',
      `node ${process.version}, ${os.cpus().length} cores, ${minutes} min, ${connections} callers`,
      '',
      '| process | RSS at start MB | highest MB | RSS at end MB |',
      '|---|---|---|---|',
      ...names.map((name) => `| ${name} | ${start[name]!.toFixed(0)} | ${peak[name]!.toFixed(0)} | ${end[name]!.toFixed(0)} |`),
      '',
      `requests ${tally.requests} (${(tally.requests / seconds).toFixed(0)}/s), errors: HTTP status ${tally.errors.status}, GraphQL ${tally.errors.graphql}, network ${tally.errors.network}`,
      `latency p50 ${quantile(sorted, 0.5).toFixed(1)} ms, p99 ${quantile(sorted, 0.99).toFixed(1)} ms`,
      ...(tally.firstError ? [`first error: ${tally.firstError}`] : []),
      '',
    ];
    process.stdout.write(lines.join('\n'));
  } finally {
    await system.stopAll();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
