/**
 * Starts the whole system as separate processes — the three regional subgraphs, the cross-region
 * subgraph and the gateway — waits until each answers /health, and stops them again. Used by
 * `npm start` and by the end-to-end tests (which pass free ports and a scratch data directory).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { SUBGRAPHS, type SubgraphEntry } from '../schema/subgraph-list';

export const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');

export type ProcessName = SubgraphEntry['name'] | 'gateway';

export interface SystemOptions {
  dataDir: string;
  ports: Record<ProcessName, number>;
  /** Extra environment for every process (database URLs, secrets, timeouts…). */
  env?: NodeJS.ProcessEnv;
  /** Where child output goes: inherited (start) or collected (tests). */
  output?: 'inherit' | 'collect';
}

export interface RunningSystem {
  gatewayUrl: string;
  urls: Record<ProcessName, string>;
  logs(name: ProcessName): string;
  stop(name: ProcessName): Promise<void>;
  start(name: ProcessName): Promise<void>;
  stopAll(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function freePorts(): Promise<Record<ProcessName, number>> {
  const names: ProcessName[] = [...SUBGRAPHS.map((s) => s.name), 'gateway'];
  const ports = {} as Record<ProcessName, number>;
  for (const name of names) ports[name] = await freePort();
  return ports;
}

export const DEFAULT_PORTS: Record<ProcessName, number> = {
  ...(Object.fromEntries(SUBGRAPHS.map((s) => [s.name, s.defaultPort])) as Record<SubgraphEntry['name'], number>),
  gateway: 4000,
};

async function waitForHealth(url: string, child: ChildProcess, name: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} before it was healthy`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} did not answer ${url} within ${timeoutMs} ms`);
}

export async function startSystem(options: SystemOptions): Promise<RunningSystem> {
  const { ports } = options;
  const url = (name: ProcessName) => `http://127.0.0.1:${ports[name]}/graphql`;
  const urls = Object.fromEntries(Object.keys(ports).map((n) => [n, url(n as ProcessName)])) as Record<ProcessName, string>;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    APOLLO_TELEMETRY_DISABLED: '1',
    COOPGRAPH_DATA_DIR: options.dataDir,
    GATEWAY_PORT: String(ports.gateway),
    ...Object.fromEntries(SUBGRAPHS.flatMap((s) => [[`${s.name.toUpperCase()}_PORT`, String(ports[s.name])], [`${s.name.toUpperCase()}_URL`, url(s.name)]])),
    ...options.env,
  };
  const children = new Map<ProcessName, ChildProcess>();
  const logs = new Map<ProcessName, string[]>();
  const mains: Record<ProcessName, string> = {
    ...(Object.fromEntries(SUBGRAPHS.map((s) => [s.name, s.main])) as Record<SubgraphEntry['name'], string>),
    gateway: 'dist/gateway/src/main.js',
  };

  const start = async (name: ProcessName) => {
    const child = spawn(process.execPath, [path.join(ROOT, mains[name])], {
      cwd: ROOT,
      env,
      stdio: options.output === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = logs.get(name) ?? [];
    logs.set(name, lines);
    child.stdout?.on('data', (d: Buffer) => lines.push(d.toString()));
    child.stderr?.on('data', (d: Buffer) => lines.push(d.toString()));
    children.set(name, child);
    try {
      await waitForHealth(url(name).replace(/\/graphql$/, '/health'), child, name);
    } catch (error) {
      child.kill('SIGKILL');
      throw new Error(`${(error as Error).message}\n${lines.join('')}`);
    }
  };
  const stop = async (name: ProcessName) => {
    const child = children.get(name);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  };

  const system: RunningSystem = {
    gatewayUrl: url('gateway'),
    urls,
    logs: (name) => (logs.get(name) ?? []).join(''),
    stop,
    start,
    stopAll: async () => {
      await Promise.all([...children.keys()].map(stop));
    },
  };
  try {
    // Regions first (each seeds its own database), then the layer that reads them, then the gateway.
    await Promise.all(SUBGRAPHS.filter((s) => s.name !== 'crossregion').map((s) => start(s.name)));
    await start('crossregion');
    await start('gateway');
  } catch (error) {
    await system.stopAll();
    throw error;
  }
  return system;
}
