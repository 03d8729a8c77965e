/**
 * Runs a region's real subgraph for a test: a fresh database of the given dialect (SQLite file by
 * default), migrated and seeded, served over HTTP on a free port. Nothing is mocked.
 */
import type { Identity } from './auth/identity';
import type { SigningKey } from './auth/identity-keys';
import { GRAPHQL_ROUTE, IDENTITY_HEADER, signIdentity } from './auth/signed-identity';
import { TEST_GATEWAY_KEY, TEST_TRUSTED_KEYS } from './auth/testing-keys';
import { DEFAULT_SQLITE_CACHE_MB } from './config';
import type { Dialect } from './database';
import { operationLimitsOf, subgraphLimitsOf } from './limits/operation-limits';
import { createScratchDatabase } from './cli/scratch-database';
import type { RegionDefinition } from './region';
import { startSubgraph, type RunningSubgraph } from './server';

export interface TestSubgraph extends RunningSubgraph {
  /** The gateway's signing key, whose public half the subgraph trusts: tests sign as the gateway with it. */
  gatewayKey: SigningKey;
  /** A request as the gateway sends it: anonymous, or `as` an identity in a signed header. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: { as?: Identity }): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>;
}

export async function startTestSubgraph(region: RegionDefinition, dialect: Dialect = 'sqlite'): Promise<TestSubgraph> {
  const scratch = await createScratchDatabase(dialect, region.name);
  const running = await startSubgraph(region, {
    region: region.name,
    host: '127.0.0.1',
    port: 0,
    databaseUrl: scratch.url,
    seed: true,
    mode: 'development',
    identityKeys: TEST_TRUSTED_KEYS,
    limits: subgraphLimitsOf(operationLimitsOf({}, [])),
    logLevel: 'warn',
    sqliteCacheMb: DEFAULT_SQLITE_CACHE_MB,
    eventChannelPrefix: `coopgraph-test:events:${region.name}:`,
  });
  return {
    ...running,
    gatewayKey: TEST_GATEWAY_KEY,
    async close() {
      await running.close();
      await scratch.drop();
    },
    async query(query, variables, options = {}) {
      const body = JSON.stringify({ query, variables });
      const identity: Record<string, string> = options.as ? { [IDENTITY_HEADER]: signIdentity(options.as, TEST_GATEWAY_KEY, { audience: region.name, route: GRAPHQL_ROUTE, content: body }) } : {};
      const response = await fetch(running.url, { method: 'POST', headers: { 'content-type': 'application/json', ...identity }, body });
      return (await response.json()) as never;
    },
  };
}
