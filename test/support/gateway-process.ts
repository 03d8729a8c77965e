/**
 * One gateway process of its own (dist/gateway/src/main.js, as `npm start` runs it) over a running
 * system's subgraphs, on a free port, with settings of a test's own: for faults that concern the
 * gateway alone (its Redis, its body limit, its stderr) without starting a whole system.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { gatewayNodeArgs } from '../../gateway/src/heap-budget';
import { freePort, ROOT, stopChild, waitForHealth } from '../../scripts/system';
import { generateIdentityKeyEnv } from '../../subgraphs/kit/auth/identity-keys';

export interface GatewayProcess {
  url: string;
  pid: number;
  stdout(): string;
  stderr(): string;
  /** Sends the signal and waits for the exit; the exit code, null if a signal ended it. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function startGatewayProcess(subgraphUrls: Record<string, string>, env: NodeJS.ProcessEnv = {}): Promise<GatewayProcess> {
  const port = await freePort();
  const fullEnv: NodeJS.ProcessEnv = {
    ...process.env,
    APOLLO_TELEMETRY_DISABLED: '1',
    // A signing key of its own: the subgraphs take its callers as anonymous (signed by a key they do not know).
    COOPGRAPH_GATEWAY_SIGNING_KEY: generateIdentityKeyEnv().COOPGRAPH_GATEWAY_SIGNING_KEY,
    LOG_LEVEL: 'warn',
    ...Object.fromEntries(Object.entries(subgraphUrls).filter(([name]) => name !== 'gateway').map(([name, url]) => [`${name.toUpperCase()}_URL`, url])),
    ...env,
    GATEWAY_PORT: String(port),
  };
  const child = spawn(process.execPath, [...gatewayNodeArgs(fullEnv), path.join(ROOT, 'dist/gateway/src/main.js')], { cwd: ROOT, env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: string[] = [];
  const err: string[] = [];
  child.stdout.on('data', (d: Buffer) => out.push(d.toString()));
  child.stderr.on('data', (d: Buffer) => err.push(d.toString()));
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    await waitForHealth(url.replace(/\/graphql$/, '/health'), child, 'gateway');
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n${out.join('')}${err.join('')}`);
  }
  return {
    url,
    pid: child.pid!,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
    stop: (signal) => stopChild(child, signal),
  };
}

/** The lines of a process's output that are not one JSON object each (a stack trace, a bare message). */
export function nonJsonLines(output: string): string[] {
  return output.split('\n').filter((line) => {
    if (!line.trim()) return false;
    try {
      return typeof JSON.parse(line) !== 'object';
    } catch {
      return true;
    }
  });
}
