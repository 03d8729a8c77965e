/**
 * Test harness: the real regional subgraphs (fresh SQLite databases, seeded) and the cross-region
 * subgraph pointed at their URLs. A region that fails to start is left out and pointed at a closed
 * port, so tests run against whichever regions work (tests needing a region's data skip).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RegionName } from '../../../schema/contract/errors';
import { TEST_CROSSREGION_KEY, TEST_TRUSTED_KEYS } from '../../kit/auth/testing-keys';
import { operationLimitsOf, subgraphLimitsOf } from '../../kit/limits/operation-limits';
import type { RegionDefinition } from '../../kit/region';
import { startTestSubgraph, type TestSubgraph } from '../../kit/testing';
import { tianjin } from '../../tianjin/src/region';
import { yangtze } from '../../yangtze/src/region';
import { zhejiang } from '../../zhejiang/src/region';
import { DEFAULT_MAX_EXPORTS, DEFAULT_REGION_CONNECTIONS, REGIONS, type CrossRegionConfig } from './config';
import type { RegionCall } from './region-client';
import { startCrossRegion, type RunningCrossRegion } from './server';

const REGION_DEFINITIONS: Record<RegionName, RegionDefinition> = { tianjin, yangtze, zhejiang };

export interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

export interface CrossRegionUnderTest {
  url: string;
  /** Every directory call the cross-region subgraph made, in order. */
  calls: RegionCall[];
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLAnswer<T>>;
  close(): Promise<void>;
}

/** Starts the regions that exist and start; the others are reported, not thrown. */
export async function startRegions(names: readonly RegionName[] = REGIONS): Promise<{ running: Partial<Record<RegionName, TestSubgraph>>; failed: Partial<Record<RegionName, string>> }> {
  const running: Partial<Record<RegionName, TestSubgraph>> = {};
  const failed: Partial<Record<RegionName, string>> = {};
  for (const name of names) {
    try {
      running[name] = await startTestSubgraph(REGION_DEFINITIONS[name]);
    } catch (error) {
      failed[name] = error instanceof Error ? error.message : String(error);
    }
  }
  return { running, failed };
}

/** A URL nothing listens on: calls to it are refused at once. */
export async function closedUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/graphql`;
}

/** A server that accepts requests and never answers: a region that hangs. */
export async function hangingUrl(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer(() => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The layer signs its calls to the regions with the test processes' key (kit/auth/testing-keys.ts) and trusts the test gateway's. */
export async function startCrossRegionAt(urls: Partial<Record<RegionName, string>>, options: { regionTimeoutMs?: number; exportBatch?: number; maxExports?: number } = {}): Promise<CrossRegionUnderTest> {
  const regionUrls = {} as Record<RegionName, string>;
  for (const region of REGIONS) regionUrls[region] = urls[region] ?? (await closedUrl());
  const config: CrossRegionConfig = {
    host: '127.0.0.1',
    port: 0,
    regionUrls,
    regionTimeoutMs: options.regionTimeoutMs ?? 3000,
    regionConnections: DEFAULT_REGION_CONNECTIONS,
    maxExports: options.maxExports ?? DEFAULT_MAX_EXPORTS,
    logLevel: 'error',
    mode: 'development',
    identityKeys: { signing: TEST_CROSSREGION_KEY, trusted: { gateway: TEST_TRUSTED_KEYS.gateway! } },
    limits: subgraphLimitsOf(operationLimitsOf({}, [])),
  };
  const calls: RegionCall[] = [];
  const running: RunningCrossRegion = await startCrossRegion(config, { onRegionCall: (call) => calls.push(call), exportBatch: options.exportBatch });
  return {
    url: running.url,
    calls,
    async query(query, variables) {
      const response = await fetch(running.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      return (await response.json()) as never;
    },
    close: () => running.close(),
  };
}
