/**
 * A subgraph's configuration: one typed object with defaults, read from the environment and
 * validated at start. Errors come back as a list, so a misconfigured process names every problem.
 */
import path from 'node:path';
import { REGIONS, type RegionName } from '../../schema/contract/regions';
import { loadIdentityKeys, type TrustedKeys } from './auth/identity-keys';
import { operationLimitsOf, subgraphLimitsOf, type LimitBudget } from './limits/operation-limits';

export interface SubgraphConfig {
  region: RegionName;
  host: string;
  port: number;
  /** sqlite:<file>, postgresql://…, mariadb://… or mysql://… */
  databaseUrl: string;
  /** Fill an empty database from the region's sample dataset on start. */
  seed: boolean;
  /** production: only requests the gateway (or the cross-region layer) signed are served, introspection off. */
  mode: Mode;
  /** Public keys of the signers whose identity headers this region accepts (auth/identity-keys.ts). */
  identityKeys: TrustedKeys;
  /** Operation limits: the gateway's (GATEWAY_MAX_…) with the room its plans need (limits/operation-limits.ts). */
  limits: LimitBudget;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** OTLP/HTTP collector for traces (kit/tracing.ts); none exported when unset. */
  otlpEndpoint?: string;
  /** SQLite's page cache, in MB (PRAGMA cache_size); unused on database servers. */
  sqliteCacheMb: number;
  /** Redis for the event bus (kit/subscriptions/event-bus.ts), shared by the region's replicas; in process when unset. */
  redisUrl?: string;
  /** Put before the event bus's channels: `<REDIS_KEY_PREFIX>events:<region>:`. */
  eventChannelPrefix: string;
}

/**
 * SQLite's own default is 2 MB: on the benchmark's 100,000 firms (a 77–96 MB file per region) nearly
 * every index seek then copies its page from the OS cache again. Reading Yangtze's 6,230 firms of a
 * chain in pages of 1,000 (DirectoryQueries.firms, CPU per firm, median of six runs): 27–29 µs with
 * 2 MB, 23 µs with 128 MB.
 */
export const DEFAULT_SQLITE_CACHE_MB = 128;

export const DEFAULT_PORTS = Object.fromEntries(REGIONS.map((r) => [r.name, r.defaultPort])) as Record<RegionName, number>;

export type ConfigResult<T> = { config: T; errors?: never } | { config?: never; errors: string[] };

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

export type Mode = 'development' | 'production';

/** COOPGRAPH_MODE: one variable for every process, so a production deployment is production throughout. */
export function modeOf(env: NodeJS.ProcessEnv, errors: string[]): Mode {
  const mode = env.COOPGRAPH_MODE || 'development';
  if (mode !== 'development' && mode !== 'production') errors.push(`COOPGRAPH_MODE must be development or production, got "${mode}"`);
  return mode === 'production' ? 'production' : 'development';
}

/**
 * OTEL_EXPORTER_OTLP_ENDPOINT: the same variable for every process (gateway, regions, cross-region
 * layer), so one setting traces the whole system.
 */
export function otlpEndpointOf(env: NodeJS.ProcessEnv, errors: string[]): string | undefined {
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT || undefined;
  if (endpoint && !/^https?:\/\/[^/]/.test(endpoint)) errors.push(`OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL, got "${endpoint}"`);
  return endpoint;
}

export function envPrefix(region: string): string {
  return region.toUpperCase();
}

/**
 * Reads `<REGION>_PORT`, `<REGION>_DATABASE_URL`, … then defaults. No unprefixed fallback: the start
 * script gives every process the same environment, and a bare PORT would send all three to one port.
 */
export function loadSubgraphConfig(region: RegionName, env: NodeJS.ProcessEnv = process.env): ConfigResult<SubgraphConfig> {
  const read = (name: string) => env[`${envPrefix(region)}_${name}`];
  const errors: string[] = [];

  const portText = read('PORT') ?? String(DEFAULT_PORTS[region]);
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) errors.push(`${envPrefix(region)}_PORT must be a port number, got "${portText}"`);

  const dataDir = env.COOPGRAPH_DATA_DIR ?? path.resolve(process.cwd(), 'data');
  const databaseUrl = read('DATABASE_URL') ?? `sqlite:${path.join(dataDir, `${region}.sqlite`)}`;
  if (!/^(sqlite:|postgres(ql)?:\/\/|mariadb:\/\/|mysql:\/\/)/.test(databaseUrl)) {
    errors.push(`${envPrefix(region)}_DATABASE_URL must start with sqlite:, postgresql://, mariadb:// or mysql://, got "${databaseUrl}"`);
  }

  const seedText = read('SEED') ?? 'true';
  if (!['true', 'false'].includes(seedText)) errors.push(`${envPrefix(region)}_SEED must be true or false, got "${seedText}"`);

  const cacheText = read('SQLITE_CACHE_MB') ?? String(DEFAULT_SQLITE_CACHE_MB);
  const sqliteCacheMb = Number(cacheText);
  if (!/^\d+$/.test(cacheText) || sqliteCacheMb < 2 || sqliteCacheMb > 65536) errors.push(`${envPrefix(region)}_SQLITE_CACHE_MB must be a whole number of megabytes from 2 to 65536, got "${cacheText}"`);

  const logLevel = (env.LOG_LEVEL ?? 'info') as SubgraphConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) errors.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  const otlpEndpoint = otlpEndpointOf(env, errors);
  const mode = modeOf(env, errors);
  const { trusted: identityKeys } = loadIdentityKeys(env, { trusts: ['gateway', 'crossregion'] }, mode === 'production', errors);
  const limits = subgraphLimitsOf(operationLimitsOf(env, errors));
  // The same REDIS_URL as the gateway's: one setting puts the whole system on one Redis.
  const redisUrl = env.REDIS_URL || undefined;
  if (redisUrl && !/^rediss?:\/\/[^/]/.test(redisUrl)) errors.push('REDIS_URL must be a redis:// or rediss:// URL');

  if (errors.length) return { errors };
  return {
    config: {
      region,
      host: read('HOST') ?? '127.0.0.1',
      port,
      databaseUrl,
      seed: seedText === 'true',
      mode,
      identityKeys,
      limits,
      logLevel,
      ...(otlpEndpoint ? { otlpEndpoint } : {}),
      sqliteCacheMb,
      ...(redisUrl ? { redisUrl } : {}),
      eventChannelPrefix: `${env.REDIS_KEY_PREFIX ?? 'coopgraph:'}events:${region}:`,
    },
  };
}
