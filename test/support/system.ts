/**
 * End-to-end fixtures: the real system (every subgraph and the gateway as its own process, real
 * HTTP between them) on free ports and a scratch data directory, and a small GraphQL client.
 *
 * COOPGRAPH_E2E_BACKENDS chooses the regions' databases: `sqlite` (default) gives each region a
 * SQLite file in the scratch directory; `servers` gives each a fresh scratch database on its server
 * in the production topology (scripts/topology.ts: PostgreSQL, MariaDB, PostgreSQL), dropped again
 * when the system stops. `npm test` runs the end-to-end suite once each way.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createScratchDatabase, type ScratchDatabase } from '../../subgraphs/kit/cli/scratch-database';
import { freePorts, startSystem, type RunningSystem } from '../../scripts/system';
import { SERVER_TOPOLOGY } from '../../scripts/topology';

export interface TestSystem extends RunningSystem {
  dataDir: string;
}

export type E2eBackends = 'sqlite' | 'servers';

export function e2eBackends(env: NodeJS.ProcessEnv = process.env): E2eBackends {
  const value = env.COOPGRAPH_E2E_BACKENDS || 'sqlite';
  if (value !== 'sqlite' && value !== 'servers') throw new Error(`COOPGRAPH_E2E_BACKENDS must be sqlite or servers, got "${value}"`);
  return value;
}

/** Fresh databases on the servers for every region the caller did not give a database URL. */
async function serverDatabases(env: NodeJS.ProcessEnv): Promise<{ env: NodeJS.ProcessEnv; databases: ScratchDatabase[] }> {
  const databases: ScratchDatabase[] = [];
  const urls: NodeJS.ProcessEnv = {};
  try {
    for (const [region, dialect] of Object.entries(SERVER_TOPOLOGY)) {
      const variable = `${region.toUpperCase()}_DATABASE_URL`;
      if (env[variable]) continue;
      const database = await createScratchDatabase(dialect, `e2e_${region}`);
      databases.push(database);
      urls[variable] = database.url;
    }
  } catch (error) {
    await Promise.all(databases.map((d) => d.drop()));
    throw error;
  }
  return { env: urls, databases };
}

export async function startTestSystem(env: NodeJS.ProcessEnv = {}): Promise<TestSystem> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coopgraph-e2e-'));
  const backends = e2eBackends() === 'servers' ? await serverDatabases(env) : { env: {}, databases: [] };
  const dropAll = async () => {
    await Promise.all(backends.databases.map((d) => d.drop()));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  let system: RunningSystem;
  try {
    system = await startSystem({ dataDir, ports: await freePorts(), env: { LOG_LEVEL: 'warn', ...backends.env, ...env }, output: 'collect' });
  } catch (error) {
    await dropAll();
    throw error;
  }
  return {
    ...system,
    dataDir,
    async stopAll() {
      await system.stopAll();
      await dropAll();
    },
  };
}

export interface GraphQLResponse<T> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: GraphQLResponse<T>['errors'] };
  return { status: response.status, headers: response.headers, ...body };
}

/** The data of a response that must have no errors; fails with the errors otherwise. */
export async function data<T = Record<string, unknown>>(url: string, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<T> {
  const result = await graphql<T>(url, query, variables, headers);
  if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}
