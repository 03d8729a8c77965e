/**
 * The benchmark's own processes: a gateway (or the in-memory subgraphs) spawned with its
 * environment, ready once it answers a GraphQL request, and sampled from /proc while a workload
 * runs — resident memory every 100 ms (its peak) and CPU time (user + system, all threads).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../scripts/system';

export interface BenchProcess {
  name: string;
  pid: number;
  logs(): string;
  stop(): Promise<void>;
}

const CLOCK_TICKS_PER_SECOND = 100;

/** User + system CPU seconds the process has used, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start at field 3 (state).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

/**
 * CPU milliseconds each of several processes used between start() and stop(), by name, and, when
 * `self` names it, this process's own (the benchmark reading the answers it measures, on the same cores).
 */
export class CpuMeter {
  private before = new Map<string, number>();
  private selfBefore: NodeJS.CpuUsage | undefined;

  constructor(
    private readonly pids: ReadonlyMap<string, number>,
    private readonly self?: string,
  ) {}

  start(): void {
    this.before = new Map([...this.pids].map(([name, pid]) => [name, cpuSeconds(pid)]));
    this.selfBefore = process.cpuUsage();
  }

  stop(): Record<string, number> {
    const used: Record<string, number> = {};
    for (const [name, pid] of this.pids) {
      try {
        used[name] = (cpuSeconds(pid) - this.before.get(name)!) * 1000;
      } catch {
        // the process ended meanwhile: no figure for it, rather than none for the rest
      }
    }
    if (this.self) {
      const own = process.cpuUsage(this.selfBefore);
      used[this.self] = (own.user + own.system) / 1000;
    }
    return used;
  }
}

/** Resident set size in MB, from /proc/<pid>/status. */
export function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : 0;
}

export interface Usage {
  peakRssMb: number;
  /** Average CPU over the window, in % of one core. */
  cpuPercent: number;
  seconds: number;
}

/** Samples a process from start() to stop(). */
export class UsageSampler {
  private timer: NodeJS.Timeout | undefined;
  private peak = 0;
  private cpuStart = 0;
  private wallStart = 0n;

  constructor(private readonly pid: number) {}

  start(): void {
    this.peak = rssMb(this.pid);
    this.cpuStart = cpuSeconds(this.pid);
    this.wallStart = process.hrtime.bigint();
    this.timer = setInterval(() => {
      try {
        this.peak = Math.max(this.peak, rssMb(this.pid));
      } catch {
        // the process ended; stop() reports what was seen
      }
    }, 100);
  }

  stop(): Usage {
    clearInterval(this.timer);
    const seconds = Number(process.hrtime.bigint() - this.wallStart) / 1e9;
    this.peak = Math.max(this.peak, rssMb(this.pid));
    return { peakRssMb: this.peak, cpuPercent: ((cpuSeconds(this.pid) - this.cpuStart) / seconds) * 100, seconds };
  }
}

/** Waits until a GraphQL endpoint answers `{ __typename }` with 200. */
async function waitUntilAnswering(url: string, headers: Record<string, string>, child: ChildProcess, name: string, lines: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}:\n${lines.join('')}`);
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{"query":"{ __typename }"}', signal: AbortSignal.timeout(2000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} did not answer ${url} within ${timeoutMs} ms:\n${lines.join('')}`);
}

export interface LaunchOptions {
  args?: string[];
  env: NodeJS.ProcessEnv;
  /** Its GraphQL URL: ready once this answers. */
  url: string;
  /** Headers of the readiness request (a production gateway answers only callers it knows). */
  headers?: Record<string, string>;
  /** Options for node itself, e.g. --cpu-prof when profiling a gateway. */
  nodeArgs?: string[];
  timeoutMs?: number;
}

/** Spawns `node <script>` (relative to the repository root) and waits until it answers GraphQL. */
export async function launch(name: string, script: string, options: LaunchOptions): Promise<BenchProcess> {
  const { args = [], env, url, headers = {}, nodeArgs = [], timeoutMs = 300_000 } = options;
  const child = spawn(process.execPath, [...nodeArgs, path.join(ROOT, script), ...args], {
    cwd: ROOT,
    // Production settings for every process: graphql-js skips its development-only checks.
    env: { ...process.env, APOLLO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (d: Buffer) => {
    lines.push(d.toString());
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  try {
    await waitUntilAnswering(url, headers, child, name, lines, timeoutMs);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    name,
    pid: child.pid!,
    logs: () => lines.join(''),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Waits until the processes are idle (together below `percent` of one core over half a second),
 * at most `maxMs`: a load run leaves requests behind in the subgraphs when it stops, and the next
 * run must not pay for them.
 */
export async function waitUntilQuiet(pids: number[], percent = 10, maxMs = 120_000): Promise<number> {
  const started = Date.now();
  const total = () => pids.reduce((sum, pid) => {
    try {
      return sum + cpuSeconds(pid);
    } catch {
      return sum;
    }
  }, 0);
  while (Date.now() - started < maxMs) {
    const before = total();
    await new Promise((r) => setTimeout(r, 500));
    if (((total() - before) / 0.5) * 100 < percent) break;
  }
  return Date.now() - started;
}
