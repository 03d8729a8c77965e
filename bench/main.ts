/**
 * `npm run bench`: every workload against (a) our gateway as configured for production, (b) plain
 * @apollo/gateway on @apollo/server, (c) the @graphql-hive/gateway runtime and (d) that runtime
 * with router-runtime's Rust planner — in one run, on the same machine, subgraphs, data and
 * queries. Load comes from a separate process (autocannon, load.ts) at a fixed concurrency and
 * duration after a warm-up; each gateway is its own process, sampled for peak RSS and CPU.
 * Results go to bench/results/<date>-<host>.md and the console.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withEnforcedSecurityFeatures } from '../gateway/src/plugins/use-auth';
import { identityFromJson } from '../subgraphs/kit/auth/identity';
import { generateIdentityKeyEnv, loadIdentityKeys } from '../subgraphs/kit/auth/identity-keys';
import { GRAPHQL_ROUTE, IDENTITY_HEADER, identityPartOf, signIdentity } from '../subgraphs/kit/auth/signed-identity';
import { distinctFreePorts, freePort, freePorts, ROOT, startSystem, type RunningSystem } from '../scripts/system';
import { generate } from '../scripts/generate/main';
import type { RegionReport } from '../scripts/generate/generate-region';
import { entitiesBatch, exportChain, exportStream, type EntitiesResult, type ExportResult } from './export-and-entities';
import { GATEWAYS, supergraphFor, type GatewayUnderTest } from './gateways/catalog';
import { startIdentityProvider } from './identity-provider';
import type { LoadConfig, LoadResult } from './load';
import { BENCH_USAGE, parseBenchOptions, type BenchOptions } from './options';
import { measureOverhead, startRecordingProxies, type RecordedCall } from './overhead';
import { CpuMeter, launch, UsageSampler, waitUntilQuiet, type BenchProcess, type Usage } from './processes';
import {
  EXPORT_TARGET_ROWS_PER_SECOND,
  machine,
  renderEntities,
  renderExport,
  renderExportCpu,
  renderGateways,
  renderHeader,
  renderLoadCpu,
  renderLoadTable,
  renderOverhead,
  renderTargets,
  type ExportRow,
  type LoadRow,
  type OverheadRow,
  type TargetCheck,
} from './report';
import { checkOperations, pickArguments, W1, W2, W3, type Picks } from './workloads';
import { runScale } from './scale';
import { combineExportRows, combineLoadRows, combineOverheadRows, roundOrder } from './rounds';

const TMP = path.join(ROOT, 'bench/.tmp');
const log = (line: string) => process.stdout.write(`${line}\n`);
const SUBGRAPH_NAMES = ['crossregion', 'tianjin', 'yangtze', 'zhejiang'] as const;

async function postJson(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Record<string, any>> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
  if (!body.data || body.errors?.length) throw new Error(`${url}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return body.data;
}

/** Generates the data unless this directory already holds the same firms and seed. */
async function prepareData(options: BenchOptions, dataDir: string, env: NodeJS.ProcessEnv): Promise<RegionReport[] | string> {
  const marker = path.join(dataDir, 'generated.json');
  const wanted = { firms: options.firms, seed: options.seed, databases: ['TIANJIN', 'YANGTZE', 'ZHEJIANG'].map((r) => env[`${r}_DATABASE_URL`] ?? 'sqlite') };
  if (!options.regenerate && fs.existsSync(marker) && JSON.stringify(JSON.parse(fs.readFileSync(marker, 'utf8')).wanted) === JSON.stringify(wanted)) {
    return `reused (generated earlier: ${fs.readFileSync(marker, 'utf8').trim()})`;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const reports = await generate({ firms: options.firms, seed: options.seed, projects: Math.round(options.firms * 0.6), regions: ['tianjin', 'yangtze', 'zhejiang'], sharedShare: 0.1, chunkRows: 20_000 }, env, log);
  fs.writeFileSync(marker, JSON.stringify({ wanted, reports: reports.map((r) => ({ region: r.region, firms: r.firms, projects: r.projects, rows: r.rows, seconds: Math.round(r.seconds) })) }));
  return reports;
}

/**
 * One load run from its own process; the gateway is sampled while the measured part runs, and the
 * CPU of the gateway, of `behind` (the subgraphs it calls) and of the load process is read around it.
 */
function runLoad(config: LoadConfig, pid: number, behind: ReadonlyArray<[string, number]>): Promise<{ result: LoadResult; usage: Usage; cpuMs: Record<string, number> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/bench/load.js'), JSON.stringify(config)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const sampler = new UsageSampler(pid);
    const cpu = new CpuMeter(new Map([['gateway', pid], ...behind, ...(child.pid === undefined ? [] : [['autocannon', child.pid] as [string, number]])]));
    let buffered = '';
    let stderr = '';
    let usage: Usage | undefined;
    let cpuMs: Record<string, number> | undefined;
    let result: LoadResult | undefined;
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        if (line === 'measuring') {
          sampler.start();
          cpu.start();
        } else if (line.startsWith('{')) {
          usage = sampler.stop();
          cpuMs = cpu.stop();
          result = JSON.parse(line) as LoadResult;
        }
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => (result && usage && cpuMs ? resolve({ result, usage, cpuMs }) : reject(new Error(`load process exited with ${code}: ${stderr}`))));
  });
}

interface Run {
  options: BenchOptions;
  picks: Picks;
  /** Every identity key pair of the run, as environment variables. */
  identityKeys: Record<string, string>;
  jwksUrl: string;
  tokens: { analyst: string; reporting: string };
  subgraphUrls: Record<string, string>;
  supergraphs: { db: string; memory?: string; proxied?: string };
}

async function startGateway(run: Run, gateway: GatewayUnderTest, supergraphPath: string, subgraphUrls: Record<string, string>, profile: boolean): Promise<{ process: BenchProcess; url: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  const profileDir = path.join(TMP, 'profiles');
  if (profile) fs.mkdirSync(profileDir, { recursive: true });
  const env = gateway.env({ port, supergraphPath: gateway.id === 'a' ? supergraphPath : peerFile(supergraphPath), subgraphUrls, gatewaySigningKey: run.identityKeys.COOPGRAPH_GATEWAY_SIGNING_KEY!, jwksUrl: run.jwksUrl });
  const proc = await launch(`gateway (${gateway.id})`, gateway.script, {
    args: gateway.args,
    env,
    url,
    headers: headersFor(run.tokens.analyst),
    timeoutMs: 120_000,
    nodeArgs: [...gateway.nodeArgs(env), ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=gateway-${gateway.id}-${Date.now()}.cpuprofile`] : [])],
  });
  return { process: proc, url };
}

/** The supergraph file the peers load (see `write` in main). */
const peerFile = (file: string) => file.replace(/\.graphql$/, '.peers.graphql');

const headersFor = (token: string) => ({ 'content-type': 'application/json', authorization: `Bearer ${token}` });

/** W1's deep query costs more than an analyst's budget allows our gateway in production: it runs as a reporting job. */
function loadConfig(run: Run, url: string, query: string, variables: Record<string, unknown>, role: 'analyst' | 'reporting' = 'analyst'): LoadConfig {
  return {
    url,
    body: JSON.stringify({ query, variables }),
    headers: headersFor(run.tokens[role]),
    connections: run.options.connections,
    durationS: run.options.duration,
    warmupS: run.options.warmup,
    timeoutS: 30,
  };
}

/** What one W1 answer holds: proof it crossed every subgraph. */
function describeW1(data: Record<string, any>): string {
  const firms = data.firms.nodes as any[];
  const projects = firms.flatMap((f) => f.zhejiang?.projects ?? []);
  const partners = projects.flatMap((p) => p.firms ?? []);
  const chains = new Set(partners.map((p) => p.industryChain?.code).filter(Boolean));
  const chainFirms = partners.flatMap((p) => p.industryChain?.firms.nodes ?? []);
  const cooperations = firms.flatMap((f) => f.tianjin?.cooperations ?? []);
  return `${firms.length} firms → ${cooperations.length} Tianjin cooperations, ${projects.length} Zhejiang projects → ${partners.length} partner firms → ${chains.size} chains → ${chainFirms.length} chain firms (${chainFirms.filter((f) => f.yangtze?.organisation).length} with a Yangtze record)`;
}

async function main() {
  if (process.argv.includes('--help')) {
    process.stdout.write(`${BENCH_USAGE}\n`);
    return;
  }
  const parsed = parseBenchOptions(process.argv.slice(2));
  if (parsed.errors) {
    process.stderr.write(`${parsed.errors.map((e) => `error: ${e}`).join('\n')}\n\n${BENCH_USAGE}\n`);
    process.exit(2);
  }
  const options = parsed.options;
  if (options.workloads.includes('W6')) {
    await runScale({ sizes: options.scaleSizes, dialect: options.dialect, seed: options.seed, save: options.save }, log);
    if (options.workloads.length === 1) return;
  }
  checkOperations();
  const host = machine();
  const started = new Date();
  log(`machine: ${host.cpu}, ${host.cores} cores, load average ${host.loadStart.map((l) => l.toFixed(2)).join(' ')}`);

  const dataDir = path.join(TMP, `data-${options.firms}-${options.seed}`);
  const env: NodeJS.ProcessEnv = { ...process.env, COOPGRAPH_DATA_DIR: dataDir };
  const data = await prepareData(options, dataDir, env);

  const identityKeys = generateIdentityKeyEnv();
  const idp = await startIdentityProvider();
  const cleanup: Array<() => Promise<unknown>> = [() => idp.close()];
  let system: RunningSystem | undefined;
  try {
    system = await startSystem({
      dataDir,
      ports: await freePorts(),
      env: { COOPGRAPH_DATA_DIR: dataDir, ...identityKeys, LOG_LEVEL: 'error', NODE_ENV: 'production', TIANJIN_SEED: 'false', YANGTZE_SEED: 'false', ZHEJIANG_SEED: 'false' },
      output: 'collect',
    });
    const running = system;
    cleanup.push(() => running.stopAll());
    // The system's own (development) gateway is not benchmarked: the gateways under test start below.
    await system.stop('gateway');
    const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, running.urls[n]])) as Record<string, string>;
    const subgraphPidsByName = SUBGRAPH_NAMES.flatMap((n): Array<[string, number]> => {
      const pid = running.pid(n);
      return pid === undefined ? [] : [[n, pid]];
    });
    const subgraphPids = subgraphPidsByName.map(([, pid]) => pid);
    // Before every measurement the subgraphs finish what the previous one left them.
    const quiet = async (extra: number[] = []) => {
      const waited = await waitUntilQuiet([...subgraphPids, ...extra]);
      if (waited > 5000) log(`  (waited ${(waited / 1000).toFixed(0)} s for the subgraphs to finish earlier requests)`);
    };

    fs.mkdirSync(TMP, { recursive: true });
    const supergraph = fs.readFileSync(path.join(ROOT, 'schema/supergraph.graphql'), 'utf8');
    // Peers refuse a supergraph linking the authorization specs `for: SECURITY` (they do not enforce
    // them; (a) does): they load it with those links as plain metadata, as (a) does internally.
    const write = (name: string, urls: Record<string, string>) => {
      const file = path.join(TMP, name);
      fs.writeFileSync(file, supergraphFor(supergraph, urls));
      fs.writeFileSync(peerFile(file), withEnforcedSecurityFeatures(supergraphFor(supergraph, urls)));
      return file;
    };
    // Setup queries on a busy machine may meet a region timeout: a partial answer does for picking.
    const patient = async (url: string, q: string, v?: Record<string, unknown>) => {
      for (let attempt = 1; ; attempt++) {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q, variables: v }) });
        const body = (await response.json()) as { data?: Record<string, any> | null };
        if (body.data) return body.data;
        if (attempt === 5) throw new Error(`${url}: ${JSON.stringify(body).slice(0, 300)}`);
      }
    };
    const picks = await pickArguments(patient, subgraphUrls, options.exportRows);
    log(`picks: ${JSON.stringify(picks)}`);
    const run: Run = {
      options,
      picks,
      identityKeys,
      jwksUrl: idp.jwksUrl,
      tokens: { analyst: await idp.token('analyst'), reporting: await idp.token('reporting') },
      subgraphUrls,
      supergraphs: { db: write('supergraph-db.graphql', subgraphUrls) },
    };

    let memoryUrls: Record<string, string> | undefined;
    let memoryPid: number | undefined;
    if (options.workloads.includes('W1m')) {
      const free = await distinctFreePorts(SUBGRAPH_NAMES.length);
      const ports = Object.fromEntries(SUBGRAPH_NAMES.map((n, i) => [n, free[i]!]));
      memoryUrls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, `http://127.0.0.1:${ports[n]}/graphql`]));
      const memory = await launch('memory subgraphs', 'dist/bench/memory-subgraphs/main.js', { env: { ...env, BENCH_MEMORY_PORTS: JSON.stringify(ports) }, url: memoryUrls.tianjin!, timeoutMs: 900_000 });
      cleanup.push(() => memory.stop());
      memoryPid = memory.pid;
      log(memory.logs().trim());
      run.supergraphs.memory = write('supergraph-memory.graphql', memoryUrls);
    }
    const proxies = options.workloads.includes('W2') ? await startRecordingProxies(subgraphUrls) : undefined;
    if (proxies) {
      cleanup.push(() => proxies.close());
      run.supergraphs.proxied = write('supergraph-proxied.graphql', proxies.urls);
    }

    const loadRows: LoadRow[] = [];
    const exportRows: ExportRow[] = [];
    const streamRows: ExportRow[] = [];
    const overheadRows: OverheadRow[] = [];
    let w1Answer = '';
    const gateways = GATEWAYS.filter((g) => options.gateways.includes(g.id));
    const w1Variables = { chain: picks.w1.chain, area: picks.w1.area };
    const analyst = headersFor(run.tokens.analyst);
    const reporting = headersFor(run.tokens.reporting);

    for (let round = 0; round < options.rounds; round++) {
      if (options.rounds > 1) log(`round ${round + 1} of ${options.rounds}`);
      for (const gateway of roundOrder(gateways, round)) {
        const profile = options.profile.includes(gateway.id);
        // W2's subgraph calls, recorded once through the proxies.
        let recorded: RecordedCall[] = [];
        if (proxies) {
          const g = await startGateway(run, gateway, run.supergraphs.proxied!, proxies.urls, false);
          try {
            for (let i = 0; i < 3; i++) await postJson(g.url, W2, picks.w2, analyst);
            proxies.take();
            proxies.recording = true;
            await postJson(g.url, W2, picks.w2, analyst);
            proxies.recording = false;
            recorded = proxies.take();
          } finally {
            await g.process.stop();
          }
        }

        const g = await startGateway(run, gateway, run.supergraphs.db, subgraphUrls, profile);
        try {
          log(`(${gateway.id}) ${gateway.label}: ${g.url}`);
          if (options.workloads.includes('W1')) {
            // Warm-up, and what the answer holds (for the record); a failure here shows up in the load run.
            const answer = await postJson(g.url, W1, w1Variables, reporting).catch(() => undefined);
            if (answer) w1Answer ||= describeW1(answer);
            await quiet([g.process.pid]);
            const measured = await runLoad(loadConfig(run, g.url, W1, w1Variables, 'reporting'), g.process.pid, subgraphPidsByName);
            loadRows.push({ workload: 'W1 deep query (databases)', gateway: gateway.id, ...measured });
            log(`  W1: ${measured.result.rps.toFixed(1)} req/s, p50 ${measured.result.p50.toFixed(1)} ms, errors ${measured.result.errors}${measured.result.firstError ? ` (${measured.result.firstError.slice(0, 200)})` : ''}`);
          }
          if (options.workloads.includes('W2')) {
            await quiet([g.process.pid]);
            const measured = await runLoad(loadConfig(run, g.url, W2, picks.w2), g.process.pid, subgraphPidsByName);
            loadRows.push({ workload: 'W2 firm 360', gateway: gateway.id, ...measured });
            log(`  W2: ${measured.result.rps.toFixed(1)} req/s, p50 ${measured.result.p50.toFixed(1)} ms, errors ${measured.result.errors}`);
            const gatewayKey = loadIdentityKeys(identityKeys, { signs: 'gateway', trusts: [] }, true, []).signing!;
            const fresh = ({ headers, subgraph, body }: RecordedCall) => {
              const header = headers[IDENTITY_HEADER];
              if (!header) return headers;
              const identity = identityFromJson(JSON.parse(Buffer.from(identityPartOf(header), 'base64url').toString('utf8')));
              return identity ? { ...headers, [IDENTITY_HEADER]: signIdentity(identity, gatewayKey, { audience: subgraph, route: GRAPHQL_ROUTE, content: body }) } : headers;
            };
            await quiet([g.process.pid]);
            const overhead = await measureOverhead(g.url, JSON.stringify({ query: W2, variables: picks.w2 }), analyst, recorded, options.overheadSamples, fresh);
            overheadRows.push({ gateway: gateway.id, result: overhead });
            log(`  W2 overhead: gateway p50 ${overhead.gatewayP50.toFixed(2)} ms − chain p50 ${overhead.chainP50.toFixed(2)} ms = ${overhead.overheadP50.toFixed(2)} ms`);
          }
          if (options.workloads.includes('W3')) {
            await quiet([g.process.pid]);
            const measured = await runLoad(loadConfig(run, g.url, W3, picks.w3), g.process.pid, subgraphPidsByName);
            loadRows.push({ workload: 'W3 merged list page', gateway: gateway.id, ...measured });
            log(`  W3: ${measured.result.rps.toFixed(1)} req/s, p50 ${measured.result.p50.toFixed(1)} ms, errors ${measured.result.errors}`);
          }
          if (options.workloads.includes('W4')) {
            /**
             * One export of the W4 chain on a quiet machine, the gateway sampled meanwhile, after a
             * whole one as warm-up (as the load runs exclude theirs): a just-started process runs its
             * first export through code the JIT has not compiled yet. The warm-up's rate is kept too.
             */
            const measureExport = async (label: string, into: ExportRow[], run: () => Promise<ExportResult>) => {
              await quiet([g.process.pid]);
              const first = await run();
              await quiet([g.process.pid]);
              const sampler = new UsageSampler(g.process.pid);
              const cpu = new CpuMeter(new Map([['gateway', g.process.pid], ...subgraphPidsByName]), 'reader');
              sampler.start();
              cpu.start();
              const result = await run();
              const cpuMs = cpu.stop();
              into.push({ gateway: gateway.id, result, firstRowsPerSecond: first.rowsPerSecond, usage: sampler.stop(), cpuMs });
              log(`  ${label}: ${result.rows} rows in ${result.seconds.toFixed(1)} s = ${result.rowsPerSecond.toFixed(0)} rows/s (first export ${first.rowsPerSecond.toFixed(0)} rows/s)${result.failure ? ` — stopped: ${result.failure}` : ''}`);
            };
            await measureExport('W4', exportRows, () => exportChain(g.url, reporting, picks.w4.chain));
            // The same chain as one stream: a route of this gateway only, so the peers have no figure.
            if (gateway.id === 'a') await measureExport('W4 streamed', streamRows, () => exportStream(g.url.replace(/\/graphql$/, '/export/firms'), reporting, picks.w4.chain));
          }
        } finally {
          await g.process.stop();
        }

        if (memoryUrls && run.supergraphs.memory) {
          const m = await startGateway(run, gateway, run.supergraphs.memory, memoryUrls, profile);
          try {
            await postJson(m.url, W1, w1Variables, reporting).catch(() => undefined);
            await quiet([m.process.pid, ...(memoryPid ? [memoryPid] : [])]);
            const measured = await runLoad(loadConfig(run, m.url, W1, w1Variables, 'reporting'), m.process.pid, memoryPid === undefined ? [] : [['memory subgraphs', memoryPid]]);
            loadRows.push({ workload: 'W1 deep query (in-memory subgraphs)', gateway: gateway.id, ...measured });
            log(`  W1 (memory): ${measured.result.rps.toFixed(1)} req/s, p50 ${measured.result.p50.toFixed(1)} ms, errors ${measured.result.errors}`);
          } finally {
            await m.process.stop();
          }
        }
      }
    }

    const entities: EntitiesResult[] = [];
    if (options.workloads.includes('W5')) {
      for (const region of ['tianjin', 'yangtze', 'zhejiang']) {
        const url = subgraphUrls[region]!;
        const page = await postJson(url, 'query { directoryFirms(filter: {}, order: { field: "NAME", direction: "ASC" }, first: 1000) { rows { uscc } } }');
        const usccs = (page.directoryFirms.rows as Array<{ uscc: string }>).map((r) => r.uscc);
        entities.push(await entitiesBatch(region, url, usccs, 5));
        log(`  W5 ${region}: ${entities.at(-1)!.statements} statements, ${entities.at(-1)!.ms.toFixed(1)} ms`);
      }
    }

    host.loadEnd = os.loadavg();
    const markdown = render(options, host, started, data, picks, w1Answer, gateways, combineLoadRows(loadRows), combineOverheadRows(overheadRows), combineExportRows(exportRows), combineExportRows(streamRows), entities);
    log(`\n${markdown}`);
    if (options.save) {
      const stamp = started.toISOString().slice(0, 16).replace(':', '');
      const file = path.join(ROOT, 'bench/results', `${stamp}-${host.host}.md`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, markdown);
      log(`written to ${path.relative(ROOT, file)}`);
    }
  } finally {
    for (const step of cleanup.reverse()) await step().catch(() => undefined);
  }
}

function targets(loadRows: LoadRow[], overheadRows: OverheadRow[], exportRows: ExportRow[], streamRows: ExportRow[], entities: EntitiesResult[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const workload of ['W1 deep query (databases)', 'W1 deep query (in-memory subgraphs)']) {
    const rps = (id: string) => loadRows.find((r) => r.workload === workload && r.gateway === id)?.result.rps;
    const [a, b, c] = [rps('a'), rps('b'), rps('c')];
    if (a === undefined || b === undefined) continue;
    checks.push({ target: `${workload}: (a) ≥ 3 × (b)`, figure: `${a.toFixed(1)} vs 3 × ${b.toFixed(1)} = ${(3 * b).toFixed(1)} req/s (×${(a / b).toFixed(2)})`, met: a >= 3 * b });
    if (c !== undefined) checks.push({ target: `${workload}: (a) ≥ (c)`, figure: `${a.toFixed(1)} vs ${c.toFixed(1)} req/s (×${(a / c).toFixed(2)})`, met: a >= c });
  }
  const overhead = overheadRows.find((r) => r.gateway === 'a')?.result;
  if (overhead) checks.push({ target: 'W2 gateway overhead p50 < 2 ms', figure: `${overhead.overheadP50.toFixed(2)} ms`, met: overhead.overheadP50 < 2 });
  for (const [how, rows] of [['GraphQL pages of 200', exportRows], ['streamed export', streamRows]] as const) {
    const exported = rows.find((r) => r.gateway === 'a');
    if (!exported) continue;
    checks.push({ target: `W4 (${how}) ≥ ${EXPORT_TARGET_ROWS_PER_SECOND.toLocaleString('en')} rows/s`, figure: `${exported.result.rowsPerSecond.toFixed(0)} rows/s${exported.result.failure ? ' (export did not finish)' : ''}`, met: exported.result.rowsPerSecond >= EXPORT_TARGET_ROWS_PER_SECOND && !exported.result.failure });
    checks.push({ target: `W4 (${how}) gateway RSS < 300 MB`, figure: `${exported.usage.peakRssMb.toFixed(0)} MB`, met: exported.usage.peakRssMb < 300 });
  }
  if (entities.length) {
    checks.push({
      target: 'W5 one SQL statement per entity type (table)',
      figure: entities.map((e) => `${e.region} ${e.statements} statements over ${Object.keys(e.byTable).length} tables`).join('; '),
      met: entities.every((e) => Object.values(e.byTable).every((n) => n <= 1)),
    });
  }
  return checks;
}

function render(
  options: BenchOptions,
  host: ReturnType<typeof machine>,
  started: Date,
  data: RegionReport[] | string,
  picks: Picks,
  w1Answer: string,
  gateways: GatewayUnderTest[],
  loadRows: LoadRow[],
  overheadRows: OverheadRow[],
  exportRows: ExportRow[],
  streamRows: ExportRow[],
  entities: EntitiesResult[],
): string {
  const dataLine =
    typeof data === 'string'
      ? `**data**: ${options.firms.toLocaleString('en')} generated firms, seed ${options.seed} — ${data}`
      : `**data**: ${options.firms.toLocaleString('en')} generated firms, seed ${options.seed} — ${data.map((r) => `${r.region} ${r.firms.toLocaleString('en')} firms / ${r.projects.toLocaleString('en')} projects`).join(', ')}`;
  const databases = ['TIANJIN', 'YANGTZE', 'ZHEJIANG'].map((r) => `${r.toLowerCase()} ${(process.env[`${r}_DATABASE_URL`] ?? 'sqlite').replace(/:\/\/.*/, '')}`).join(', ');
  const argv = process.argv.slice(2).join(' ');
  return [
    `# Benchmark — ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${host.host}`,
    '',
    renderHeader(host, [
      dataLine,
      `**databases**: ${databases}`,
      `**load**: autocannon in a separate process, **${options.connections} connections**, **${options.duration} s measured** after a ${options.warmup} s warm-up (excluded); every response checked (non-200, GraphQL errors, timeouts count as errors); callers carry a bearer token: an analyst for W2 and W3, a reporting job for W1 and W4 (W1's cost exceeds an analyst's budget in (a)); peers ignore it`,
      `**command**: \`npm run bench${argv ? ` -- ${argv}` : ''}\` at commit ${host.code}`,
      options.rounds > 1 ? `**rounds**: ${options.rounds}: every gateway measured in each, odd rounds in reverse order; each figure is the mean over the rounds (peak RSS the highest, errors the sum), each round's req/s or rows/s in brackets` : '',
      `**arguments from the data**: W1 chain ${picks.w1.chain} in area ${picks.w1.area}; W2 firm ${picks.w2.uscc} (${picks.w2.regions.join(', ')}); W3 chain ${picks.w3.chain}; W4 chain ${picks.w4.chain} (${picks.w4.firms.toLocaleString('en')} firm records)`,
      w1Answer ? `**W1 answer**: ${w1Answer}` : '',
    ].filter(Boolean)),
    '',
    '## Gateways',
    '',
    renderGateways(gateways),
    '',
    'Ratios in brackets are to (b) in the same workload. CPU is the gateway process only (user + system, all threads), 100 % = one core; peak RSS is the largest resident set sampled every 100 ms while the run was measured.',
    '',
    '## Load runs (W1, W2, W3)',
    '',
    renderLoadTable(loadRows),
    '',
    '## Load runs: where the CPU of a request went',
    '',
    'CPU (user + system) of each process during the measured part of a load run, per request: the gateway, the subgraphs behind it (the in-memory ones are one process), and autocannon. They share the machine\'s cores, so 3 × (b)\'s rate is reachable only if all of them together take at most cores / (3 × (b)\'s req/s) a request (last column).',
    '',
    renderLoadCpu(loadRows, host.cores),
    '',
    '## W2 gateway overhead (serial requests)',
    '',
    overheadRows.length ? renderOverhead(overheadRows) : '_not run_',
    '',
    '## W4 reporting export (every firm of one chain, 200 per page)',
    '',
    'Each export is measured after one whole export of the same chain as warm-up, whose rate is the "first export" column; peak RSS and CPU are of the measured one.',
    '',
    exportRows.length ? renderExport(exportRows) : '_not run_',
    '',
    '## W4 as one streamed export ((a) only: `GET /export/firms?chainCode=…`, NDJSON)',
    '',
    streamRows.length ? renderExport(streamRows) : '_not run_',
    '',
    '## W4: where the CPU of an export went',
    '',
    'CPU (user + system) of each process while the measured export ran: the gateway, the subgraphs, and the benchmark reading the answer.',
    '',
    renderExportCpu([{ label: 'GraphQL pages of 200', rows: exportRows }, { label: 'streamed', rows: streamRows }], host.cores),
    '',
    '## W5 `_entities` with 1,000 Firm representations, straight to each region',
    '',
    entities.length ? renderEntities(entities) : '_not run_',
    '',
    '## Targets (gateway (a))',
    '',
    renderTargets(targets(loadRows, overheadRows, exportRows, streamRows, entities)),
    '',
  ].join('\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
