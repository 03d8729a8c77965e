/**
 * Starts the whole system as separate processes — the three regional subgraphs, the cross-region
 * subgraph and the gateway — waits until each answers /health, and stops them again. Used by
 * `npm start` and by the end-to-end tests (which pass free ports and a scratch data directory).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { gatewayNodeArgs } from '../gateway/src/heap-budget';
import { generateIdentityKeyEnv, identityKeyEnvFor } from '../subgraphs/kit/auth/identity-keys';
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
  /** Node options for every process (`--cpu-prof`, which NODE_OPTIONS does not allow). */
  nodeArgs?: string[];
  /** Where the gateway and the cross-region layer call a subgraph, when not at its own port on 127.0.0.1 (a proxy). */
  subgraphUrls?: Partial<Record<SubgraphEntry['name'], string>>;
}

export interface RunningSystem {
  gatewayUrl: string;
  urls: Record<ProcessName, string>;
  logs(name: ProcessName): string;
  /** Sends the signal (SIGTERM: a graceful stop) and waits for the exit; the exit code, null if a signal ended it. */
  stop(name: ProcessName, signal?: NodeJS.Signals): Promise<number | null>;
  start(name: ProcessName): Promise<void>;
  pid(name: ProcessName): number | undefined;
  /** One more gateway process over the same subgraphs, on a free port: replicas behind a load balancer. */
  startGatewayReplica(env?: NodeJS.ProcessEnv): Promise<GatewayReplica>;
  /** One more process of a region over the same database, on a free port (its events shared through REDIS_URL). */
  startRegionReplica(name: SubgraphEntry['name'], env?: NodeJS.ProcessEnv): Promise<GatewayReplica>;
  stopAll(): Promise<void>;
}

export interface GatewayReplica {
  url: string;
  pid: number | undefined;
  logs(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Holds a free loopback port open until `release` is called. */
function reservePort(): Promise<{ port: number; release: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      resolve({ port, release: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });
}

export async function freePort(): Promise<number> {
  const reserved = await reservePort();
  await reserved.release();
  return reserved.port;
}

/** `count` distinct ports: each is held open until all are chosen, or the kernel may hand one out twice. */
export async function distinctFreePorts(count: number): Promise<number[]> {
  const reserved = [];
  for (let i = 0; i < count; i++) reserved.push(await reservePort());
  await Promise.all(reserved.map((r) => r.release()));
  return reserved.map((r) => r.port);
}

export async function freePorts(): Promise<Record<ProcessName, number>> {
  const names: ProcessName[] = [...SUBGRAPHS.map((s) => s.name), 'gateway'];
  const ports = await distinctFreePorts(names.length);
  return Object.fromEntries(names.map((name, i) => [name, ports[i]!])) as Record<ProcessName, number>;
}

export const DEFAULT_PORTS: Record<ProcessName, number> = {
  ...(Object.fromEntries(SUBGRAPHS.map((s) => [s.name, s.defaultPort])) as Record<SubgraphEntry['name'], number>),
  gateway: 4000,
};

export async function waitForHealth(url: string, child: ChildProcess, name: string, timeoutMs = 60_000): Promise<void> {
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

/** Sends the signal (SIGKILL after 10 s) and waits for the exit; the exit code, null if a signal ended it. */
export function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    child.kill(signal);
  });
}

export async function startSystem(options: SystemOptions): Promise<RunningSystem> {
  const { ports } = options;
  const url = (name: ProcessName) => `http://127.0.0.1:${ports[name]}/graphql`;
  const urls = Object.fromEntries(Object.keys(ports).map((n) => [n, url(n as ProcessName)])) as Record<ProcessName, string>;
  const env: NodeJS.ProcessEnv = {
    // The gateway and the cross-region layer sign the identity they forward, the subgraphs verify it:
    // without configured keys, each run gets its own pairs, known only to its processes.
    ...generateIdentityKeyEnv(),
    ...process.env,
    APOLLO_TELEMETRY_DISABLED: '1',
    COOPGRAPH_DATA_DIR: options.dataDir,
    GATEWAY_PORT: String(ports.gateway),
    ...Object.fromEntries(SUBGRAPHS.flatMap((s) => [[`${s.name.toUpperCase()}_PORT`, String(ports[s.name])], [`${s.name.toUpperCase()}_URL`, options.subgraphUrls?.[s.name] ?? url(s.name)]])),
    ...options.env,
  };
  // By process name, or by a gateway replica's own key.
  const children = new Map<string, ChildProcess>();
  const logs = new Map<string, string[]>();
  const mains: Record<ProcessName, string> = {
    ...(Object.fromEntries(SUBGRAPHS.map((s) => [s.name, s.main])) as Record<SubgraphEntry['name'], string>),
    gateway: 'dist/gateway/src/main.js',
  };

  /** Spawns a process under `key` (a process name, or a replica's) and waits until it answers /health. */
  const launch = async (key: string, main: string, graphqlUrl: string, extraEnv: NodeJS.ProcessEnv = {}) => {
    // The gateway gets its heap budget (gateway/src/heap-budget.ts) as production starts it.
    const budget = main === mains.gateway ? gatewayNodeArgs({ ...env, ...extraEnv }) : [];
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...budget, path.join(ROOT, main)], {
      cwd: ROOT,
      // Each process gets its own signing key and no other's (a gateway replica is the gateway).
      env: identityKeyEnvFor(main === mains.gateway ? 'gateway' : key, { ...env, ...extraEnv }),
      stdio: options.output === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = logs.get(key) ?? [];
    logs.set(key, lines);
    child.stdout?.on('data', (d: Buffer) => lines.push(d.toString()));
    child.stderr?.on('data', (d: Buffer) => lines.push(d.toString()));
    children.set(key, child);
    try {
      await waitForHealth(graphqlUrl.replace(/\/graphql$/, '/health'), child, key);
    } catch (error) {
      child.kill('SIGKILL');
      throw new Error(`${(error as Error).message}\n${lines.join('')}`);
    }
  };
  const start = (name: ProcessName) => launch(name, mains[name], url(name));
  const stop = async (key: string, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> => {
    const child = children.get(key);
    return child ? stopChild(child, signal) : null;
  };
  let replicas = 0;
  const replica = async (name: ProcessName, main: string, portVariable: string, extraEnv: NodeJS.ProcessEnv): Promise<GatewayReplica> => {
    const key = `${name}-replica-${++replicas}`;
    const port = await freePort();
    const replicaUrl = `http://127.0.0.1:${port}/graphql`;
    await launch(key, main, replicaUrl, { ...extraEnv, [portVariable]: String(port) });
    return { url: replicaUrl, pid: children.get(key)?.pid, logs: () => (logs.get(key) ?? []).join(''), stop: (signal) => stop(key, signal) };
  };

  const system: RunningSystem = {
    gatewayUrl: url('gateway'),
    urls,
    logs: (name) => (logs.get(name) ?? []).join(''),
    stop,
    start,
    pid: (name) => children.get(name)?.pid,
    async startGatewayReplica(extraEnv = {}) {
      return replica('gateway', mains.gateway, 'GATEWAY_PORT', extraEnv);
    },
    async startRegionReplica(name, extraEnv = {}) {
      return replica(name, mains[name], `${name.toUpperCase()}_PORT`, extraEnv);
    },
    stopAll: async () => {
      await Promise.all([...children.keys()].map((key) => stop(key)));
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
