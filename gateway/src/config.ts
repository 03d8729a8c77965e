/**
 * The gateway's configuration: one typed object with defaults, read from the environment and
 * validated at start; every problem is listed, none is guessed around.
 */
import path from 'node:path';
import { SUBGRAPHS, type SubgraphEntry } from '../../schema/subgraph-list';

export interface GatewayConfig {
  host: string;
  port: number;
  supergraphPath: string;
  /** Subgraph URL overrides by name; the supergraph's own URLs apply otherwise. */
  subgraphUrls: Partial<Record<SubgraphEntry['name'], string>>;
  /** production turns introspection, field suggestions and the explorer off. */
  mode: 'development' | 'production';
  bodyLimitBytes: number;
  subgraphTimeoutMs: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

export type GatewayConfigResult = { config: GatewayConfig; errors?: never } | { config?: never; errors: string[] };

/** One row per variable: the README's configuration table is generated from this list. */
export const GATEWAY_VARIABLES = [
  { name: 'GATEWAY_HOST', default: '127.0.0.1', description: 'Address the gateway listens on.' },
  { name: 'GATEWAY_PORT', default: '4000', description: 'Port of the gateway (GraphQL at /graphql, explorer at /).' },
  { name: 'SUPERGRAPH_PATH', default: 'schema/supergraph.graphql', description: 'Composed supergraph the gateway loads.' },
  { name: 'COOPGRAPH_MODE', default: 'development', description: 'production: no introspection, no field suggestions, no explorer.' },
  { name: 'GATEWAY_BODY_LIMIT_BYTES', default: '1048576', description: 'Largest request body accepted (413 above).' },
  { name: 'SUBGRAPH_TIMEOUT_MS', default: '10000', description: 'Timeout of one subgraph fetch.' },
  ...SUBGRAPHS.map((s) => ({ name: `${s.name.toUpperCase()}_URL`, default: `http://127.0.0.1:${s.defaultPort}/graphql`, description: `URL of the ${s.name} subgraph.` })),
  { name: 'LOG_LEVEL', default: 'info', description: 'debug, info, warn or error (JSON lines).' },
] as const;

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number, errors: string[], max = Number.MAX_SAFE_INTEGER): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > max) {
    errors.push(`${name} must be a whole number between 0 and ${max}, got "${text}"`);
    return fallback;
  }
  return value;
}

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env, root = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..')): GatewayConfigResult {
  const errors: string[] = [];
  const mode = env.COOPGRAPH_MODE ?? 'development';
  if (mode !== 'development' && mode !== 'production') errors.push(`COOPGRAPH_MODE must be development or production, got "${mode}"`);
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel)) errors.push(`LOG_LEVEL must be debug, info, warn or error, got "${logLevel}"`);
  const subgraphUrls: GatewayConfig['subgraphUrls'] = {};
  for (const s of SUBGRAPHS) {
    const url = env[`${s.name.toUpperCase()}_URL`];
    if (!url) continue;
    try {
      new URL(url);
      subgraphUrls[s.name] = url;
    } catch {
      errors.push(`${s.name.toUpperCase()}_URL must be a URL, got "${url}"`);
    }
  }
  const config: GatewayConfig = {
    host: env.GATEWAY_HOST ?? '127.0.0.1',
    port: positiveInt(env, 'GATEWAY_PORT', 4000, errors, 65535),
    supergraphPath: path.resolve(root, env.SUPERGRAPH_PATH ?? 'schema/supergraph.graphql'),
    subgraphUrls,
    mode: mode as GatewayConfig['mode'],
    bodyLimitBytes: positiveInt(env, 'GATEWAY_BODY_LIMIT_BYTES', 1024 * 1024, errors),
    subgraphTimeoutMs: positiveInt(env, 'SUBGRAPH_TIMEOUT_MS', 10_000, errors),
    logLevel: logLevel as GatewayConfig['logLevel'],
  };
  return errors.length ? { errors } : { config };
}
