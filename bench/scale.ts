/**
 * Workload W6 (`npm run bench -- --workloads W6`): the cost of the issue-28 queries as a region
 * grows. For each size (10,000 and 100,000 firms; 1,000,000 with --scale-1m) the data is generated,
 * the system started (its own gateway, response cache off, anonymous caller), each query run 3 times
 * as warm-up and 20 times measured one after another; the table holds the medians, each query's
 * ratio largest / smallest size, and every process's peak RSS while its size was measured.
 * `--dialect postgresql|mariadb` runs the same on scratch databases of the local server.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createScratchDatabase, type ScratchDatabase } from '../subgraphs/kit/cli/scratch-database';
import { freePorts, ROOT, startSystem, type RunningSystem } from '../scripts/system';
import { generate } from '../scripts/generate/main';
import { UsageSampler } from './processes';

export const SCALE_QUERIES: Array<{ name: string; query: string; variables?: (picks: ScalePicks) => Record<string, unknown> }> = [
  { name: 'first page of `firms` with `totalCount`', query: '{ firms(first: 20) { totalCount nodes { uscc name } } }' },
  { name: 'the same without `totalCount`', query: '{ firms(first: 20) { nodes { uscc name } } }' },
  { name: 'page 50 with `totalCount`', query: 'query($a: String) { firms(first: 20, after: $a) { totalCount nodes { uscc name } } }', variables: (p) => ({ a: p.page50 }) },
  { name: 'keyword 機器人 (either script), with count', query: '{ firms(first: 20, filter: { keyword: "機器人" }) { totalCount nodes { uscc name } } }' },
  { name: 'chain filter POWER_BATTERY, with count', query: '{ firms(first: 20, filter: { chainCode: "POWER_BATTERY" }) { totalCount nodes { uscc name } } }' },
  { name: 'firm 360', query: 'query($u: ID!) { firm(uscc: $u) { uscc name originalNames regions area { code fullName } presence { region name kind source } chains { chain { code } link { code } region } } }', variables: (p) => ({ u: p.firm }) },
  { name: 'aggregates (projects by region and chain)', query: '{ aggregates(entity: PROJECT, groupBy: [REGION, CHAIN]) { rows { region chainCode count amountYuan } totals { count amountYuan } } }' },
];

interface ScalePicks {
  page50: string;
  firm: string;
}

const PROCESSES = ['gateway', 'crossregion', 'tianjin', 'yangtze', 'zhejiang'] as const;
const WARMUP = 3;
const MEASURED = 20;

async function post(url: string, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
  if (!body.data || body.errors?.length) throw new Error(`${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return body.data;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** The cursor after 49 pages of 20, and a firm several regions record. */
async function pick(url: string): Promise<ScalePicks> {
  let after: string | null = null;
  for (let i = 0; i < 49; i++) after = (await post(url, 'query($a: String) { firms(first: 20, after: $a) { pageInfo { endCursor } } }', { a: after })).firms.pageInfo.endCursor;
  const firms = (await post(url, '{ firms(first: 200, filter: { chainCode: "POWER_BATTERY" }) { nodes { uscc regions } } }')).firms.nodes as Array<{ uscc: string; regions: string[] }>;
  return { page50: after!, firm: (firms.find((f) => f.regions.length > 1) ?? firms[0]!).uscc };
}

export interface ScaleSize {
  firms: number;
  medians: number[];
  peakRssMb: Record<string, number>;
}

async function measureSize(firms: number, dialect: 'sqlite' | 'postgresql' | 'mariadb', seed: number, log: (line: string) => void): Promise<ScaleSize> {
  const dataDir = path.join(ROOT, 'bench/.tmp', `scale-${dialect}-${firms}-${seed}`);
  fs.mkdirSync(dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, COOPGRAPH_DATA_DIR: dataDir };
  const scratch: ScratchDatabase[] = [];
  let system: RunningSystem | undefined;
  try {
    if (dialect !== 'sqlite') {
      for (const region of ['tianjin', 'yangtze', 'zhejiang']) {
        const db = await createScratchDatabase(dialect === 'mariadb' ? 'mysql' : 'postgresql', `w6_${region}`);
        scratch.push(db);
        env[`${region.toUpperCase()}_DATABASE_URL`] = db.url;
      }
    }
    // SQLite: each region's file in COOPGRAPH_DATA_DIR.
    const marker = path.join(dataDir, 'generated');
    if (dialect !== 'sqlite' || !fs.existsSync(marker)) {
      await generate({ firms, seed, projects: Math.round(firms * 0.6), regions: ['tianjin', 'yangtze', 'zhejiang'], sharedShare: 0.1, chunkRows: 20_000 }, env, (line) => (log(line), true));
      fs.writeFileSync(marker, new Date().toISOString());
    }
    const databases = Object.fromEntries(['TIANJIN', 'YANGTZE', 'ZHEJIANG'].flatMap((r) => (env[`${r}_DATABASE_URL`] ? [[`${r}_DATABASE_URL`, env[`${r}_DATABASE_URL`]]] : [])));
    system = await startSystem({
      dataDir,
      ports: await freePorts(),
      env: { ...databases, RESPONSE_CACHE: 'false', LOG_LEVEL: 'error', TIANJIN_SEED: 'false', YANGTZE_SEED: 'false', ZHEJIANG_SEED: 'false' },
      output: 'collect',
    });
    const running = system;
    const samplers = PROCESSES.flatMap((name) => {
      const pid = running.pid(name);
      return pid === undefined ? [] : [[name, new UsageSampler(pid)] as const];
    });
    const picks = await pick(system.gatewayUrl);
    for (const [, sampler] of samplers) sampler.start();
    const medians: number[] = [];
    for (const q of SCALE_QUERIES) {
      const variables = q.variables?.(picks) ?? {};
      const times: number[] = [];
      for (let i = 0; i < WARMUP + MEASURED; i++) {
        const started = performance.now();
        await post(system.gatewayUrl, q.query, variables);
        if (i >= WARMUP) times.push(performance.now() - started);
      }
      medians.push(median(times));
      log(`  ${firms.toLocaleString('en')} firms · ${q.name}: ${median(times).toFixed(1)} ms`);
    }
    const peakRssMb = Object.fromEntries(samplers.map(([name, sampler]) => [name, sampler.stop().peakRssMb]));
    return { firms, medians, peakRssMb };
  } finally {
    await system?.stopAll();
    for (const db of scratch) await db.drop();
  }
}

export function renderScale(sizes: ScaleSize[], dialect: string): string {
  const first = sizes[0]!;
  const last = sizes.at(-1)!;
  const ratio = `${last.firms / 1000}k / ${first.firms / 1000}k`;
  const head = `| query | ${sizes.map((s) => `${s.firms.toLocaleString('en')} firms (ms)`).join(' | ')} | ratio ${ratio} |`;
  const rule = `|---|${sizes.map(() => '---|').join('')}---|`;
  const rows = SCALE_QUERIES.map((q, i) => `| ${q.name} | ${sizes.map((s) => s.medians[i]!.toFixed(1)).join(' | ')} | ${(last.medians[i]! / first.medians[i]!).toFixed(2)} |`);
  const rssHead = `| process | ${sizes.map((s) => `${s.firms.toLocaleString('en')} firms (MB)`).join(' | ')} | ratio ${ratio} |`;
  const rssRows = PROCESSES.map((p) => `| ${p} | ${sizes.map((s) => (s.peakRssMb[p] ?? NaN).toFixed(0)).join(' | ')} | ${((last.peakRssMb[p] ?? NaN) / (first.peakRssMb[p] ?? NaN)).toFixed(2)} |`);
  return [`### W6 on ${dialect}: median of ${MEASURED} requests each (after ${WARMUP} warm-up), gateway response cache off`, '', head, rule, ...rows, '', '#### Peak RSS of every process while its size was measured', '', rssHead, rule, ...rssRows, ''].join('\n');
}

export async function runScale(options: { sizes: number[]; dialect: 'sqlite' | 'postgresql' | 'mariadb'; seed: number; save: boolean }, log: (line: string) => void): Promise<string> {
  const sizes: ScaleSize[] = [];
  for (const firms of options.sizes) sizes.push(await measureSize(firms, options.dialect, options.seed, log));
  const text = renderScale(sizes, options.dialect);
  log(text);
  if (options.save) {
    const file = path.join(ROOT, 'bench/results', `scale-${new Date().toISOString().slice(0, 10)}-${options.dialect}.md`);
    fs.appendFileSync(file, `${text}\n`);
    log(`saved ${path.relative(ROOT, file)}`);
  }
  return text;
}
