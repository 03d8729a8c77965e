/**
 * Runs a region's real subgraph for a test: a fresh database of the given dialect (SQLite file by
 * default), migrated and seeded, served over HTTP on a free port. Nothing is mocked.
 */
import type { Dialect } from './database';
import { createScratchDatabase } from './cli/scratch-database';
import type { RegionDefinition } from './region';
import { startSubgraph, type RunningSubgraph } from './server';

export interface TestSubgraph extends RunningSubgraph {
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>;
}

export async function startTestSubgraph(region: RegionDefinition, dialect: Dialect = 'sqlite'): Promise<TestSubgraph> {
  const scratch = await createScratchDatabase(dialect, region.name);
  const running = await startSubgraph(region, {
    region: region.name,
    host: '127.0.0.1',
    port: 0,
    databaseUrl: scratch.url,
    seed: true,
    gatewaySecret: undefined,
    logLevel: 'warn',
  });
  return {
    ...running,
    async close() {
      await running.close();
      await scratch.drop();
    },
    async query(query, variables) {
      const response = await fetch(running.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      return (await response.json()) as never;
    },
  };
}
