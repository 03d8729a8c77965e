/**
 * The four gateways of the benchmark, each a process of its own on the same supergraph:
 * (a) ours as configured for production, (b) plain @apollo/gateway on @apollo/server (the
 * baseline), (c) the @graphql-hive/gateway runtime, (d) that runtime with router-runtime's planner.
 */

import { gatewayNodeArgs } from '../../gateway/src/heap-budget';

export type GatewayId = 'a' | 'b' | 'c' | 'd';

export interface GatewaySetup {
  port: number;
  /** The supergraph with every subgraph URL pointing where this run's subgraphs listen. */
  supergraphPath: string;
  subgraphUrls: Record<string, string>;
  /** COOPGRAPH_GATEWAY_SIGNING_KEY of the run: the subgraphs trust its public half. */
  gatewaySigningKey: string;
  jwksUrl: string;
}

export interface GatewayUnderTest {
  id: GatewayId;
  label: string;
  script: string;
  args: string[];
  env(setup: GatewaySetup): NodeJS.ProcessEnv;
  /** Options for node itself, as the gateway's own launcher gives them. */
  nodeArgs(env: NodeJS.ProcessEnv): string[];
}

const peerEnv = (setup: GatewaySetup): NodeJS.ProcessEnv => ({ BENCH_PORT: String(setup.port), BENCH_SUPERGRAPH: setup.supergraphPath });
// The peers run as their defaults start them: plain `node`.
const noNodeArgs = (): string[] => [];

export const GATEWAYS: GatewayUnderTest[] = [
  {
    id: 'a',
    label: 'coopgraph (production config)',
    script: 'dist/gateway/src/main.js',
    args: [],
    env: (setup) => ({
      GATEWAY_PORT: String(setup.port),
      SUPERGRAPH_PATH: setup.supergraphPath,
      ...Object.fromEntries(Object.entries(setup.subgraphUrls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url])),
      COOPGRAPH_MODE: 'production',
      COOPGRAPH_JWKS_URL: setup.jwksUrl,
      COOPGRAPH_GATEWAY_SIGNING_KEY: setup.gatewaySigningKey,
      // A cached response would measure the cache, not the gateway: every request here is answered in full.
      RESPONSE_CACHE: 'false',
      LOG_LEVEL: 'warn',
    }),
    // Its heap budget, as `npm start` gives it (gateway/src/heap-budget.ts).
    nodeArgs: (env) => gatewayNodeArgs({ ...process.env, ...env }),
  },
  { id: 'b', label: '@apollo/gateway + @apollo/server (defaults)', script: 'dist/bench/gateways/apollo-gateway.js', args: [], env: peerEnv, nodeArgs: noNodeArgs },
  { id: 'c', label: '@graphql-hive/gateway runtime', script: 'dist/bench/gateways/hive-gateway.js', args: [], env: peerEnv, nodeArgs: noNodeArgs },
  { id: 'd', label: '@graphql-hive/gateway + router-runtime (Rust planner)', script: 'dist/bench/gateways/hive-gateway.js', args: ['--router'], env: peerEnv, nodeArgs: noNodeArgs },
];

/** The supergraph with each subgraph's URL replaced: every gateway reads the same file. */
export function supergraphFor(sdl: string, urls: Record<string, string>): string {
  return sdl.replace(/@join__graph\(name: "([^"]+)", url: "[^"]+"\)/g, (whole, name: string) => (urls[name] ? `@join__graph(name: "${name}", url: "${urls[name]}")` : whole));
}
