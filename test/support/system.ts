/**
 * End-to-end fixtures: the real system (every subgraph and the gateway as its own process, real
 * HTTP between them) on free ports and a scratch data directory, and a small GraphQL client.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePorts, startSystem, type RunningSystem } from '../../scripts/system';

export interface TestSystem extends RunningSystem {
  dataDir: string;
}

export async function startTestSystem(env: NodeJS.ProcessEnv = {}): Promise<TestSystem> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coopgraph-e2e-'));
  const system = await startSystem({ dataDir, ports: await freePorts(), env: { LOG_LEVEL: 'warn', ...env }, output: 'collect' });
  return {
    ...system,
    dataDir,
    async stopAll() {
      await system.stopAll();
      fs.rmSync(dataDir, { recursive: true, force: true });
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
