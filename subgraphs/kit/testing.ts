/**
 * Runs a region's real subgraph for a test: a fresh database of the given dialect (SQLite file by
 * default), migrated and seeded, served over HTTP on a free port. Nothing is mocked.
 */
import { randomBytes } from 'node:crypto';
import type { Identity } from './auth/identity';
import { IDENTITY_HEADER, signIdentity } from './auth/signed-identity';
import { DEFAULT_SQLITE_CACHE_MB } from './config';
import type { Dialect } from './database';
import { createScratchDatabase } from './cli/scratch-database';
import type { RegionDefinition } from './region';
import { startSubgraph, type RunningSubgraph } from './server';

export interface TestSubgraph extends RunningSubgraph {
  /** The secret the subgraph verifies identity headers with, as the gateway would hold it. */
  gatewaySecret: string;
  /** A request as the gateway sends it: anonymous, or `as` an identity in a signed header. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: { as?: Identity }): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>;
}

/** One secret for every test subgraph of a process, as one deployment's regions share the gateway's. */
const gatewaySecret = randomBytes(32).toString('hex');

export async function startTestSubgraph(region: RegionDefinition, dialect: Dialect = 'sqlite'): Promise<TestSubgraph> {
  const scratch = await createScratchDatabase(dialect, region.name);
  const running = await startSubgraph(region, {
    region: region.name,
    host: '127.0.0.1',
    port: 0,
    databaseUrl: scratch.url,
    seed: true,
    gatewaySecret,
    logLevel: 'warn',
    sqliteCacheMb: DEFAULT_SQLITE_CACHE_MB,
    eventChannelPrefix: `coopgraph-test:events:${region.name}:`,
  });
  return {
    ...running,
    gatewaySecret,
    async close() {
      await running.close();
      await scratch.drop();
    },
    async query(query, variables, options = {}) {
      const identity: Record<string, string> = options.as ? { [IDENTITY_HEADER]: signIdentity(options.as, gatewaySecret) } : {};
      const response = await fetch(running.url, { method: 'POST', headers: { 'content-type': 'application/json', ...identity }, body: JSON.stringify({ query, variables }) });
      return (await response.json()) as never;
    },
  };
}
