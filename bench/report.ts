/** The benchmark's results as markdown: the header (machine, load, data, method) and one table per kind of run. */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { ROOT } from '../scripts/system';
import type { GatewayId, GatewayUnderTest } from './gateways/catalog';
import type { EntitiesResult, ExportResult } from './export-and-entities';
import type { LoadResult } from './load';
import type { OverheadResult } from './overhead';
import type { Usage } from './processes';

export interface LoadRow {
  workload: string;
  gateway: GatewayId;
  result: LoadResult;
  usage: Usage;
  /** CPU ms of the measured part by process: the gateway, the subgraphs behind it, the load generator. */
  cpuMs?: Record<string, number>;
  /** req/s of each round, when the run had several (rounds.ts). */
  rounds?: number[];
}

export interface ExportRow {
  gateway: GatewayId;
  /** The measured export, run after a whole one as warm-up. */
  result: ExportResult;
  /** rows/s of that warm-up: the export a just-started gateway and subgraphs run first. */
  firstRowsPerSecond: number;
  usage: Usage;
  /** CPU ms of the measured export by process (the gateway, each subgraph, the reader): where its time went. */
  cpuMs?: Record<string, number>;
  /** rows/s of each round, when the run had several. */
  rounds?: number[];
}

export interface OverheadRow {
  gateway: GatewayId;
  result: OverheadResult;
  /** Overhead p50 of each round, when the run had several. */
  rounds?: number[];
}

export interface Machine {
  host: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  loadStart: number[];
  loadEnd?: number[];
  /** The code measured: the commit, marked when the tree had changes of its own. */
  code: string;
}

/** Read when the run starts: a commit made while it runs is not what it measured. */
function measuredCode(): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? ' with uncommitted changes' : ''}`;
  } catch {
    return 'not a git checkout';
  }
}

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    host: os.hostname(),
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    loadStart: os.loadavg(),
    code: measuredCode(),
  };
}

const BASELINE: GatewayId = 'b';

const fixed = (n: number, digits: number) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const ratio = (value: number, base: number | undefined) => (base && Number.isFinite(base) && base !== 0 ? ` (×${(value / base).toFixed(2)})` : '');
const cell = (value: number, base: number | undefined, digits: number) => `${fixed(value, digits)}${ratio(value, base)}`;
const loads = (l: number[] | undefined) => (l ? l.map((x) => x.toFixed(2)).join(' / ') : '—');

export function renderHeader(m: Machine, lines: string[]): string {
  return [
    `- **machine**: ${m.host} — ${m.cpu}, **${m.cores} cores**, ${m.memoryGiB} GiB RAM, ${m.os}, Node ${m.node}`,
    `- **load average** (1 / 5 / 15 min): at start ${loads(m.loadStart)}; at end ${loads(m.loadEnd)}`,
    ...lines.map((l) => `- ${l}`),
  ].join('\n');
}

export function renderGateways(gateways: readonly GatewayUnderTest[]): string {
  return gateways.map((g) => `- (${g.id}) ${g.label}`).join('\n');
}

/** Each round's figure after the mean, when there were several rounds. */
function byRound(rounds: readonly number[] | undefined, digits: number): string {
  return rounds && rounds.length > 1 ? ` [rounds: ${rounds.map((v) => fixed(v, digits)).join(', ')}]` : '';
}

/** One table for every load run: each figure with its ratio to gateway (b) in the same workload. */
export function renderLoadTable(rows: readonly LoadRow[]): string {
  const out = ['| workload | gateway | req/s | p50 ms | p95 ms | p99 ms | errors | peak RSS MB | CPU % (1 core = 100) | CPU ms / request |', '|---|---|---|---|---|---|---|---|---|---|'];
  const cpuPerRequest = (row: LoadRow) => (row.result.requests ? (row.usage.cpuPercent * 10 * row.usage.seconds) / row.result.requests : NaN);
  for (const row of rows) {
    const base = rows.find((r) => r.workload === row.workload && r.gateway === BASELINE);
    const r = row.result;
    out.push(
      `| ${row.workload} | (${row.gateway}) | ${cell(r.rps, base?.result.rps, 0)}${byRound(row.rounds, 0)} | ${cell(r.p50, base?.result.p50, 1)} | ${cell(r.p95, base?.result.p95, 1)} | ${cell(r.p99, base?.result.p99, 1)} | ${r.errors}${base ? ` (b: ${base.result.errors})` : ''} | ${cell(row.usage.peakRssMb, base?.usage.peakRssMb, 0)} | ${cell(row.usage.cpuPercent, base?.usage.cpuPercent, 0)} | ${cell(cpuPerRequest(row), base ? cpuPerRequest(base) : undefined, 1)} |`,
    );
  }
  return out.join('\n');
}

/**
 * Where the load runs' CPU went, by process, in ms a request, and for each workload what 3 × (b)'s
 * rate (the W1 target) leaves: on `cores` cores, cores / (3 × (b)'s req/s) seconds a request for all
 * processes together, the load generator's included, as they share the cores.
 */
export function renderLoadCpu(rows: readonly LoadRow[], cores: number): string {
  const measured = rows.flatMap((row) => (row.cpuMs && row.result.requests ? [{ row, cpuMs: row.cpuMs }] : []));
  if (!measured.length) return '_not measured_';
  const columns = processColumns(measured.map((m) => m.cpuMs));
  const out = [`| workload | gateway | ${columns.header} | at 3 × (b)'s rate, all may take ms |`, `|---|---|${columns.separator}---|`];
  for (const { row, cpuMs } of measured) {
    const base = rows.find((r) => r.workload === row.workload && r.gateway === BASELINE);
    const budget = base?.result.rps ? (cores * 1000) / (3 * base.result.rps) : undefined;
    out.push(`| ${row.workload} | (${row.gateway}) | ${columns.cells(cpuMs, row.result.requests, 2).text} | ${budget === undefined ? '—' : fixed(budget, 2)} |`);
  }
  return out.join('\n');
}

/**
 * The process columns of a CPU table (renderLoadCpu, renderExportCpu): one per process any measured
 * row names, in the order first met, then their sum.
 */
function processColumns(records: ReadonlyArray<Record<string, number>>) {
  const names = [...new Set(records.flatMap((r) => Object.keys(r)))];
  return {
    header: `${names.map((n) => `${n} ms`).join(' | ')} | all ms`,
    separator: `${names.map(() => '---|').join('')}---|`,
    /** A row's cells, each figure and the sum divided by `per`; a dash for a process the row lacks. `all` is the undivided sum. */
    cells(cpuMs: Record<string, number>, per: number, digits: number): { text: string; all: number } {
      const all = names.reduce((total, n) => total + (cpuMs[n] ?? 0), 0);
      const figures = names.map((n) => (cpuMs[n] === undefined ? '—' : fixed(cpuMs[n] / per, digits)));
      return { text: [...figures, fixed(all / per, digits)].join(' | '), all };
    },
  };
}

export function renderOverhead(rows: readonly OverheadRow[]): string {
  const out = ['| gateway | gateway p50 ms | subgraph chain p50 ms | **overhead p50 ms** | paired overhead p50 ms | gateway p95 ms | chain p95 ms | waves of subgraph calls | samples (failed) |', '|---|---|---|---|---|---|---|---|---|'];
  for (const { gateway, result: r, rounds } of rows) {
    const waves = r.waves.map((w) => w.map((c) => c.subgraph).join(' + ')).join(' → ');
    out.push(`| (${gateway}) | ${fixed(r.gatewayP50, 2)} | ${fixed(r.chainP50, 2)} | **${fixed(r.overheadP50, 2)}**${byRound(rounds, 2)} | ${fixed(r.pairedOverheadP50, 2)} | ${fixed(r.gatewayP95, 2)} | ${fixed(r.chainP95, 2)} | ${waves} | ${r.samples} (${r.failed}) |`);
  }
  return out.join('\n');
}

export function renderExport(rows: readonly ExportRow[]): string {
  const out = ['| gateway | rows | pages | seconds | rows/s | first export rows/s (warm-up) | peak RSS MB | CPU % | errors |', '|---|---|---|---|---|---|---|---|---|'];
  const base = rows.find((r) => r.gateway === BASELINE);
  for (const { gateway, result: r, firstRowsPerSecond, usage, rounds } of rows) {
    out.push(`| (${gateway}) | ${r.rows} | ${r.pages} | ${fixed(r.seconds, 1)} | ${cell(r.rowsPerSecond, base?.result.rowsPerSecond, 0)}${byRound(rounds, 0)} | ${fixed(firstRowsPerSecond, 0)} | ${cell(usage.peakRssMb, base?.usage.peakRssMb, 0)} | ${fixed(usage.cpuPercent, 0)} | ${r.errors}${r.failure ? ` (stopped at ${r.failure})` : ''} |`);
  }
  return out.join('\n');
}

/** The W4 target's rate, which the CPU a row may cost is worked out for. */
export const EXPORT_TARGET_ROWS_PER_SECOND = 50_000;

/**
 * Where each measured export's CPU went, by process, in ms and in µs a row, beside what the target
 * allows: at EXPORT_TARGET_ROWS_PER_SECOND on `cores` cores every process together may spend at
 * most cores / rate seconds of CPU a row, however well the work is spread over the cores.
 */
export function renderExportCpu(kinds: ReadonlyArray<{ label: string; rows: readonly ExportRow[] }>, cores: number): string {
  // Not `exports`: compiled to CommonJS, that name would hide the module's own exports.
  const measured = kinds.flatMap(({ label, rows }) => rows.flatMap((row) => (row.cpuMs ? [{ label, row, cpuMs: row.cpuMs }] : [])));
  if (!measured.length) return '_not measured_';
  const columns = processColumns(measured.map((m) => m.cpuMs));
  const budget = (cores * 1e6) / EXPORT_TARGET_ROWS_PER_SECOND;
  const out = [
    `At ${EXPORT_TARGET_ROWS_PER_SECOND.toLocaleString('en')} rows/s, ${cores} cores give every process together at most ${fixed(budget, 1)} µs of CPU a row.`,
    '',
    `| export | gateway | ${columns.header} | all µs a row |`,
    `|---|---|${columns.separator}---|`,
  ];
  for (const { label, row, cpuMs } of measured) {
    const { text, all } = columns.cells(cpuMs, 1, 0);
    out.push(`| ${label} | (${row.gateway}) | ${text} | ${row.result.rows ? fixed((all * 1000) / row.result.rows, 1) : '—'} |`);
  }
  return out.join('\n');
}

export function renderEntities(rows: readonly EntitiesResult[]): string {
  const out = ['| subgraph | representations | found | SQL statements | statements by table | at most one per table | median ms |', '|---|---|---|---|---|---|---|'];
  for (const r of rows) {
    const tables = Object.entries(r.byTable).map(([t, n]) => `${t} ${n}`).join(', ');
    out.push(`| ${r.region} | ${r.representations} | ${r.known} | ${r.statements} | ${tables} | ${Object.values(r.byTable).every((n) => n <= 1) ? 'yes' : 'no'} | ${fixed(r.ms, 1)} |`);
  }
  return out.join('\n');
}

export interface TargetCheck {
  target: string;
  figure: string;
  met: boolean;
}

export function renderTargets(checks: readonly TargetCheck[]): string {
  return ['| target | figure | met |', '|---|---|---|', ...checks.map((c) => `| ${c.target} | ${c.figure} | ${c.met ? 'yes' : '**no**'} |`)].join('\n');
}
