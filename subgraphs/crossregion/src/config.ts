/**
 * The cross-region subgraph's configuration: one typed object with defaults, read from the
 * environment and validated at start. Errors come back as a list, like every subgraph's config.
 */
import { loadIdentityKeys, type IdentityKeys } from '../../kit/auth/identity-keys';
import { operationLimitsOf, subgraphLimitsOf, type LimitBudget } from '../../kit/limits/operation-limits';
import { DEFAULT_PORTS, modeOf, otlpEndpointOf, type ConfigResult, type Mode } from '../../kit/config';
import { REGION_NAMES, type RegionName } from '../../../schema/contract/regions';

/** Every region of the registry (schema/contract/regions.ts), in the order answers list them. */
export const REGIONS: readonly RegionName[] = REGION_NAMES;

export interface CrossRegionConfig {
  host: string;
  port: number;
  /** Each region's own subgraph endpoint, called directly (never through the gateway). */
  regionUrls: Record<RegionName, string>;
  /** How long one call to one region may take before that region counts as missing. */
  regionTimeoutMs: number;
  /** Kept-alive connections to each region, at most. */
  regionConnections: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** OTLP/HTTP collector for traces (kit/tracing.ts); none exported when unset. */
  otlpEndpoint?: string;
  /** production: only requests the gateway signed are served, introspection off. */
  mode: Mode;
  /** The gateway's public key (who is asking, who may run a bulk export), and this layer's own signing key for its calls to the regions. */
  identityKeys: IdentityKeys;
  /** Operation limits: the gateway's (GATEWAY_MAX_…) with the room its plans need (kit/limits/operation-limits.ts). */
  limits: LimitBudget;
  /** Firm exports running at once, at most; more are refused with TOO_MANY_EXPORTS. */
  maxExports: number;
}

export const DEFAULT_CROSSREGION_PORT = 4100;
export const DEFAULT_REGION_TIMEOUT_MS = 3000;
export const DEFAULT_REGION_CONNECTIONS = 16;
/**
 * One export keeps a stream and up to four completion calls open to each region and, on the
 * benchmark's two cores, already uses most of the machine: a third would slow every request.
 */
export const DEFAULT_MAX_EXPORTS = 2;
const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Reads CROSSREGION_PORT, CROSSREGION_HOST, <REGION>_URL, CROSSREGION_REGION_TIMEOUT_MS,
 * CROSSREGION_REGION_CONNECTIONS, CROSSREGION_MAX_EXPORTS, LOG_LEVEL, OTEL_EXPORTER_OTLP_ENDPOINT,
 * COOPGRAPH_MODE, COOPGRAPH_GATEWAY_PUBLIC_KEY and COOPGRAPH_CROSSREGION_SIGNING_KEY.
 */
export function loadCrossRegionConfig(env: NodeJS.ProcessEnv = process.env): ConfigResult<CrossRegionConfig> {
  const errors: string[] = [];

  const portText = env.CROSSREGION_PORT ?? String(DEFAULT_CROSSREGION_PORT);
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) errors.push(`CROSSREGION_PORT must be a port number, got "${portText}"`);

  const regionUrls = {} as Record<RegionName, string>;
  for (const region of REGIONS) {
    const name = `${region.toUpperCase()}_URL`;
    const url = env[name] ?? `http://127.0.0.1:${DEFAULT_PORTS[region]}/graphql`;
    if (!isHttpUrl(url)) errors.push(`${name} must be an http(s) URL of the ${region} subgraph, got "${url}"`);
    regionUrls[region] = url;
  }

  const timeoutText = env.CROSSREGION_REGION_TIMEOUT_MS ?? String(DEFAULT_REGION_TIMEOUT_MS);
  const regionTimeoutMs = Number(timeoutText);
  if (!/^\d+$/.test(timeoutText) || regionTimeoutMs < 1 || regionTimeoutMs > 60_000) {
    errors.push(`CROSSREGION_REGION_TIMEOUT_MS must be a whole number of milliseconds from 1 to 60000, got "${timeoutText}"`);
  }

  const connectionsText = env.CROSSREGION_REGION_CONNECTIONS ?? String(DEFAULT_REGION_CONNECTIONS);
  const regionConnections = Number(connectionsText);
  if (!/^\d+$/.test(connectionsText) || regionConnections < 1 || regionConnections > 1024) {
    errors.push(`CROSSREGION_REGION_CONNECTIONS must be a whole number from 1 to 1024, got "${connectionsText}"`);
  }

  const exportsText = env.CROSSREGION_MAX_EXPORTS ?? String(DEFAULT_MAX_EXPORTS);
  const maxExports = Number(exportsText);
  if (!/^\d+$/.test(exportsText) || maxExports < 1 || maxExports > 64) errors.push(`CROSSREGION_MAX_EXPORTS must be a whole number from 1 to 64, got "${exportsText}"`);

  const logLevel = (env.LOG_LEVEL ?? 'info') as CrossRegionConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) errors.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  const otlpEndpoint = otlpEndpointOf(env, errors);
  const mode = modeOf(env, errors);
  const identityKeys = loadIdentityKeys(env, { signs: 'crossregion', trusts: ['gateway'] }, mode === 'production', errors);
  const limits = subgraphLimitsOf(operationLimitsOf(env, errors));

  if (errors.length) return { errors };
  return { config: { host: env.CROSSREGION_HOST ?? '127.0.0.1', port, regionUrls, regionTimeoutMs, regionConnections, maxExports, logLevel, ...(otlpEndpoint ? { otlpEndpoint } : {}), mode, identityKeys, limits } };
}
