/**
 * The gateway's configuration: one typed object with defaults, read from the environment and
 * validated at start; every problem is listed, none is guessed around.
 */
import os from 'node:os';
import path from 'node:path';
import { SUBGRAPHS, type SubgraphEntry } from '../../schema/subgraph-list';
import { ROLES, type Role } from '../../subgraphs/kit/auth/identity';
import { developmentKeyPath } from './auth/development-key';
import { loadIdentityKeys, type SigningKey } from '../../subgraphs/kit/auth/identity-keys';
import { modeOf, otlpEndpointOf } from '../../subgraphs/kit/config';
import { wholeNumber } from '../../subgraphs/kit/whole-number';
import { operationLimitsOf, type OperationLimits } from '../../subgraphs/kit/limits/operation-limits';
import { DEFAULT_CORS_ORIGINS, parseAllowedOrigins, type OriginRule } from './cors/allowed-origins';
import { DEFAULT_GATEWAY_HEAP_MB, gatewayHeapMb, MIN_GATEWAY_HEAP_MB } from './heap-budget';

export interface GatewayConfig {
  host: string;
  port: number;
  /** Gateway processes sharing the port (workers/): 1 runs the gateway in this process. */
  workers: number;
  supergraphPath: string;
  /** Subgraph URL overrides by name; the supergraph's own URLs apply otherwise. */
  subgraphUrls: Partial<Record<SubgraphEntry['name'], string>>;
  /** production turns introspection, field suggestions and the explorer off. */
  mode: 'development' | 'production';
  bodyLimitBytes: number;
  subgraphTimeoutMs: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Calls to subgraphs (subgraph-client/): time budget per subgraph, retries, breaker, pool, deduplication. */
  subgraphClient: {
    timeoutsMs: Record<SubgraphEntry['name'], number>;
    retries: number;
    retryBaseDelayMs: number;
    retryMaxDelayMs: number;
    breakerFailureThreshold: number;
    breakerResetMs: number;
    maxSockets: number;
    dedup: boolean;
  };
  /** The shared store (store/): Redis when a URL is given, process memory otherwise. */
  store: { redisUrl: string | undefined; redisKeyPrefix: string; redisCommandTimeoutMs: number; memoryMaxBytes: number };
  responseCache: { enabled: boolean };
  tracing: { otlpEndpoint: string | undefined; serviceName: string };
  /** Streams of subscriptions (subscriptions/): how many one connection and one caller may hold, and how often they are pinged. */
  subscriptions: { maxPerConnection: number; maxPerIdentity: number; keepAliveMs: number };
  /** How long shutdown waits for in-flight requests. */
  shutdownGraceMs: number;
  /** V8 old-space budget in MB, given to node by whoever starts the gateway (heap-budget.ts). */
  heapMb: number;
  /** Who is asking: JWT verification and the signed identity header forwarded to subgraphs. */
  auth: {
    /** HS256 secret (development). */
    jwtSecret?: string;
    /** The identity provider's JWKS (production). */
    jwksUrl?: string;
    issuer: string;
    audience: string;
    /** The gateway's Ed25519 key for the identity header it sends each subgraph; the subgraphs hold its public half. */
    signingKey?: SigningKey;
    /** Development only: the data folder's key file (auth/development-key.ts), whose tokens `coopgraph token` signs. */
    developmentKeyFile?: string;
  };
  /** Browser origins whose pages may call /graphql and the export (CORS_ORIGINS, plugins/use-cors.ts). */
  cors: { origins: OriginRule[] };
  introspection: boolean;
  fieldSuggestions: boolean;
  limits: OperationLimits;
  trustedDocuments: {
    mode: 'off' | 'enforce';
    manifestPath: string;
    /** Automatic persisted queries for callers allowed to send their own documents. */
    apq: boolean;
    /** Roles that may send documents outside the manifest when mode is enforce. */
    freeformRoles: Role[];
  };
}

export type { OperationLimits };

export type GatewayConfigResult = { config: GatewayConfig; errors?: never } | { config?: never; errors: string[] };

/** One row per variable: docs/configuration.md's table is kept to this list (config.test.ts). */
export const GATEWAY_VARIABLES = [
  { name: 'GATEWAY_HOST', default: '127.0.0.1', description: 'Address the gateway listens on.' },
  { name: 'GATEWAY_PORT', default: '4000', description: 'Port of the gateway (GraphQL at /graphql, explorer at /).' },
  { name: 'GATEWAY_WORKERS', default: '1', description: 'Gateway processes sharing the port, or auto (one per core); 1 runs the gateway in the one process. Without REDIS_URL each keeps its own persisted queries and response cache.' },
  { name: 'SUPERGRAPH_PATH', default: 'schema/supergraph.graphql', description: 'Composed supergraph the gateway loads; reloaded when the file changes or on SIGHUP.' },
  { name: 'COOPGRAPH_MODE', default: 'development', description: 'production: no introspection, no field suggestions, no explorer, trusted documents enforced, JWKS and signing key required (subgraphs: only signed requests served).' },
  { name: 'GATEWAY_BODY_LIMIT_BYTES', default: '1048576', description: 'Largest request body accepted (413 above).' },
  { name: 'SUBGRAPH_TIMEOUT_MS', default: '10000', description: 'Timeout of one subgraph fetch.' },
  ...SUBGRAPHS.map((s) => ({ name: `${s.name.toUpperCase()}_URL`, default: `http://127.0.0.1:${s.defaultPort}/graphql`, description: `URL of the ${s.name} subgraph.` })),
  { name: 'LOG_LEVEL', default: 'info', description: 'debug, info, warn or error (JSON lines).' },
  ...SUBGRAPHS.map((s) => ({ name: `${s.name.toUpperCase()}_SUBGRAPH_TIMEOUT_MS`, default: 'SUBGRAPH_TIMEOUT_MS', description: `Time budget of one fetch from the ${s.name} subgraph, retries included.` })),
  { name: 'SUBGRAPH_RETRIES', default: '2', description: 'Further attempts of a subgraph query after a connection failure or 5xx (mutations are never retried).' },
  { name: 'SUBGRAPH_RETRY_BASE_MS', default: '25', description: 'First retry waits up to this long (exponential backoff with jitter).' },
  { name: 'SUBGRAPH_RETRY_MAX_MS', default: '500', description: 'Longest wait between two attempts.' },
  { name: 'SUBGRAPH_BREAKER_FAILURES', default: '5', description: 'Consecutive failed fetches that open a subgraph\'s circuit breaker.' },
  { name: 'SUBGRAPH_BREAKER_RESET_MS', default: '5000', description: 'How long an open breaker fails fast before one probe is let through.' },
  { name: 'SUBGRAPH_MAX_SOCKETS', default: '64', description: 'Kept-alive connections per subgraph, at most.' },
  { name: 'SUBGRAPH_DEDUP', default: 'true', description: 'Send identical concurrent subgraph queries once.' },
  { name: 'REDIS_URL', default: '', description: 'redis:// URL of the store shared by gateway replicas (persisted queries, response cache); in process memory when unset.' },
  { name: 'REDIS_KEY_PREFIX', default: 'coopgraph:', description: 'Prefix of every key the gateway writes to Redis.' },
  { name: 'REDIS_TIMEOUT_MS', default: '1000', description: 'Longest wait for Redis (connect or command); a slow Redis costs cache hits, not requests.' },
  { name: 'STORE_MEMORY_MAX_MB', default: '64', description: 'Size of the in-memory store (least recently used entries evicted).' },
  { name: 'RESPONSE_CACHE', default: 'true', description: 'Cache whole query responses per caller for the least maxAge of the subgraphs\' cache hints.' },
  { name: 'OTEL_EXPORTER_OTLP_ENDPOINT', default: '', description: 'OTLP/HTTP endpoint for traces (spans go to <endpoint>/v1/traces); none exported when unset.' },
  { name: 'OTEL_SERVICE_NAME', default: 'coopgraph-gateway', description: 'service.name of the gateway\'s spans.' },
  { name: 'GATEWAY_HEAP_MB', default: String(DEFAULT_GATEWAY_HEAP_MB), description: `V8 old-space budget of the gateway process (node --max-old-space-size, passed by \`npm start\` and the bench; warned about at start when missing), ${MIN_GATEWAY_HEAP_MB} at least.` },
  { name: 'GATEWAY_SHUTDOWN_GRACE_MS', default: '10000', description: 'On SIGTERM, how long in-flight requests may take before their connections are closed.' },
  { name: 'SUBSCRIPTIONS_MAX_PER_CONNECTION', default: '20', description: 'Most subscription streams one graphql-ws connection may hold at once.' },
  { name: 'SUBSCRIPTIONS_MAX_PER_IDENTITY', default: '50', description: 'Most subscription streams one caller (a token\'s subject, or an address when anonymous) may hold on one gateway replica, over graphql-ws and SSE together.' },
  { name: 'SUBSCRIPTIONS_KEEPALIVE_MS', default: '15000', description: 'Heartbeat of subscription streams: a graphql-ws ping, an SSE comment line; also the gateway\'s pings to the subgraphs.' },
  { name: 'COOPGRAPH_JWT_SECRET', default: '', description: 'HS256 secret for bearer tokens, at least 32 characters (development only).' },
  { name: 'COOPGRAPH_DATA_DIR', default: 'data', description: 'The data folder: in development the gateway also accepts tokens signed with its development-token.key (kept there by `npm start`, used by `coopgraph token`).' },
  { name: 'COOPGRAPH_JWKS_URL', default: '', description: 'JWKS URL of the identity provider (required in production).' },
  { name: 'COOPGRAPH_JWT_ISSUER', default: 'coopgraph', description: 'Required `iss` of bearer tokens.' },
  { name: 'COOPGRAPH_JWT_AUDIENCE', default: 'coopgraph-api', description: 'Required `aud` of bearer tokens.' },
  { name: 'COOPGRAPH_GATEWAY_SIGNING_KEY', default: '', description: 'Ed25519 private key (PEM or base64 DER) the gateway signs the identity header to each subgraph with; the gateway\'s alone (generated per run by `npm start` and the tests; required in production; docs/security.md).' },
  { name: 'CORS_ORIGINS', default: `${DEFAULT_CORS_ORIGINS.development} in development, none in production`, description: 'Browser origins whose pages may call the API: a comma list of exact origins and patterns (https://*.example.cn, http://localhost:*), or none.' },
  { name: 'GATEWAY_INTROSPECTION', default: 'on in development', description: 'true or false: answer introspection queries.' },
  { name: 'GATEWAY_FIELD_SUGGESTIONS', default: 'on in development', description: 'true or false: "Did you mean" hints in validation errors.' },
  { name: 'GATEWAY_MAX_DEPTH', default: '12', description: 'Deepest field nesting of an operation.' },
  { name: 'GATEWAY_MAX_ALIASES', default: '30', description: 'Most aliases in an operation.' },
  { name: 'GATEWAY_MAX_DIRECTIVES', default: '10', description: 'Most directives in an operation.' },
  { name: 'GATEWAY_MAX_TOKENS', default: '4000', description: 'Most lexical tokens in a document (counted before parsing).' },
  { name: 'GATEWAY_MAX_PAGE_SIZE', default: '200', description: 'Largest `first` any list field may be asked for.' },
  { name: 'GATEWAY_COST_LIMIT', default: '5000', description: 'GraphQL Armor cost budget of one operation.' },
  { name: 'GATEWAY_REPORTING_COST_LIMIT', default: '50000', description: 'Cost budget of one operation of a reporting job.' },
  { name: 'GATEWAY_TRUSTED_DOCUMENTS', default: 'off in development, enforce in production', description: 'enforce: only operations in the manifest run, except for GATEWAY_FREEFORM_ROLES.' },
  { name: 'GATEWAY_TRUSTED_DOCUMENTS_MANIFEST', default: 'gateway/trusted-documents/manifest.json', description: 'The registered operations (Apollo persisted-query manifest).' },
  { name: 'GATEWAY_APQ', default: 'true', description: 'Automatic persisted queries for callers that may send their own documents.' },
  { name: 'GATEWAY_FREEFORM_ROLES', default: 'analyst,reporting', description: 'Roles that may send documents outside the manifest when trusted documents are enforced.' },
] as const;

/** GATEWAY_WORKERS: a count, or `auto` for one per core the process may use. */
function workersOf(env: NodeJS.ProcessEnv, errors: string[]): number {
  if (env.GATEWAY_WORKERS === 'auto') return os.availableParallelism();
  const workers = positiveInt(env, 'GATEWAY_WORKERS', 1, errors, 64);
  if (workers < 1) errors.push('GATEWAY_WORKERS must be auto or a count from 1 to 64, got "0"');
  return workers;
}

const positiveInt = wholeNumber;

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean, errors: string[]): boolean {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  if (text !== 'true' && text !== 'false') errors.push(`${name} must be true or false, got "${text}"`);
  return text === 'true';
}

/** The data folder, as `npm start` and the regions read it. */
export function dataDirOf(env: NodeJS.ProcessEnv, root: string): string {
  return path.resolve(root, env.COOPGRAPH_DATA_DIR || 'data');
}

function authConfig(env: NodeJS.ProcessEnv, production: boolean, dataDir: string, errors: string[]): GatewayConfig['auth'] {
  const jwtSecret = env.COOPGRAPH_JWT_SECRET || undefined;
  const jwksUrl = env.COOPGRAPH_JWKS_URL || undefined;
  if (jwtSecret && jwtSecret.length < 32) errors.push('COOPGRAPH_JWT_SECRET must be at least 32 characters');
  if (jwtSecret && jwksUrl) errors.push('set COOPGRAPH_JWT_SECRET (development) or COOPGRAPH_JWKS_URL (production), not both');
  if (jwksUrl && !/^https?:\/\//.test(jwksUrl)) errors.push(`COOPGRAPH_JWKS_URL must be an http(s) URL, got "${jwksUrl}"`);
  const { signing: signingKey } = loadIdentityKeys(env, { signs: 'gateway', trusts: [] }, production, errors);
  if (production) {
    if (!jwksUrl) errors.push('COOPGRAPH_JWKS_URL is required in production mode');
    if (jwtSecret) errors.push('COOPGRAPH_JWT_SECRET (HS256) is for development; production verifies tokens with COOPGRAPH_JWKS_URL');
  }
  return {
    jwtSecret,
    jwksUrl,
    signingKey,
    issuer: env.COOPGRAPH_JWT_ISSUER || 'coopgraph',
    audience: env.COOPGRAPH_JWT_AUDIENCE || 'coopgraph-api',
    // Production never accepts a key lying in a folder.
    ...(production ? {} : { developmentKeyFile: developmentKeyPath(dataDir) }),
  };
}

function trustedDocumentsConfig(env: NodeJS.ProcessEnv, production: boolean, root: string, errors: string[]): GatewayConfig['trustedDocuments'] {
  const mode = env.GATEWAY_TRUSTED_DOCUMENTS || (production ? 'enforce' : 'off');
  if (mode !== 'off' && mode !== 'enforce') errors.push(`GATEWAY_TRUSTED_DOCUMENTS must be off or enforce, got "${mode}"`);
  const roles = (env.GATEWAY_FREEFORM_ROLES ?? 'analyst,reporting').split(',').map((r) => r.trim()).filter(Boolean);
  const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length) errors.push(`GATEWAY_FREEFORM_ROLES has unknown roles: ${unknown.join(', ')} (known: ${ROLES.join(', ')})`);
  return {
    mode: mode as 'off' | 'enforce',
    manifestPath: path.resolve(root, env.GATEWAY_TRUSTED_DOCUMENTS_MANIFEST ?? 'gateway/trusted-documents/manifest.json'),
    apq: flag(env, 'GATEWAY_APQ', true, errors),
    freeformRoles: roles as Role[],
  };
}

function corsConfig(env: NodeJS.ProcessEnv, production: boolean, errors: string[]): GatewayConfig['cors'] {
  const parsed = parseAllowedOrigins(env.CORS_ORIGINS || DEFAULT_CORS_ORIGINS[production ? 'production' : 'development']);
  if (parsed.errors) errors.push(...parsed.errors);
  return { origins: parsed.rules ?? [] };
}

function subgraphClientConfig(env: NodeJS.ProcessEnv, errors: string[]): GatewayConfig['subgraphClient'] {
  const fallback = positiveInt(env, 'SUBGRAPH_TIMEOUT_MS', 10_000, [], Number.MAX_SAFE_INTEGER);
  const timeoutsMs = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, positiveInt(env, `${s.name.toUpperCase()}_SUBGRAPH_TIMEOUT_MS`, fallback, errors)])) as GatewayConfig['subgraphClient']['timeoutsMs'];
  for (const [name, ms] of Object.entries(timeoutsMs)) if (ms < 1) errors.push(`the ${name} subgraph timeout must be at least 1 ms`);
  const retryBaseDelayMs = positiveInt(env, 'SUBGRAPH_RETRY_BASE_MS', 25, errors);
  const retryMaxDelayMs = positiveInt(env, 'SUBGRAPH_RETRY_MAX_MS', 500, errors);
  if (retryMaxDelayMs < retryBaseDelayMs) errors.push(`SUBGRAPH_RETRY_MAX_MS (${retryMaxDelayMs}) must not be below SUBGRAPH_RETRY_BASE_MS (${retryBaseDelayMs})`);
  const breakerFailureThreshold = positiveInt(env, 'SUBGRAPH_BREAKER_FAILURES', 5, errors);
  if (breakerFailureThreshold < 1) errors.push('SUBGRAPH_BREAKER_FAILURES must be at least 1');
  const maxSockets = positiveInt(env, 'SUBGRAPH_MAX_SOCKETS', 64, errors);
  if (maxSockets < 1) errors.push('SUBGRAPH_MAX_SOCKETS must be at least 1');
  return {
    timeoutsMs,
    retries: positiveInt(env, 'SUBGRAPH_RETRIES', 2, errors, 10),
    retryBaseDelayMs,
    retryMaxDelayMs,
    breakerFailureThreshold,
    breakerResetMs: positiveInt(env, 'SUBGRAPH_BREAKER_RESET_MS', 5000, errors),
    maxSockets,
    dedup: flag(env, 'SUBGRAPH_DEDUP', true, errors),
  };
}

function storeConfig(env: NodeJS.ProcessEnv, errors: string[]): GatewayConfig['store'] {
  const redisUrl = env.REDIS_URL || undefined;
  if (redisUrl && !/^rediss?:\/\/[^/]/.test(redisUrl)) errors.push(`REDIS_URL must be a redis:// or rediss:// URL, got "${redisUrl.replace(/\/\/[^@/]*@/, '//***@')}"`);
  const memoryMaxMb = positiveInt(env, 'STORE_MEMORY_MAX_MB', 64, errors, 1_000_000);
  if (memoryMaxMb < 1) errors.push('STORE_MEMORY_MAX_MB must be at least 1');
  const redisCommandTimeoutMs = positiveInt(env, 'REDIS_TIMEOUT_MS', 1000, errors);
  if (redisCommandTimeoutMs < 1) errors.push('REDIS_TIMEOUT_MS must be at least 1');
  return { redisUrl, redisKeyPrefix: env.REDIS_KEY_PREFIX ?? 'coopgraph:', redisCommandTimeoutMs, memoryMaxBytes: memoryMaxMb * 1024 * 1024 };
}

function heapMbOf(env: NodeJS.ProcessEnv, errors: string[]): number {
  const budget = gatewayHeapMb(env);
  if (budget.error !== undefined) {
    errors.push(budget.error);
    return DEFAULT_GATEWAY_HEAP_MB;
  }
  return budget.mb;
}

function tracingConfig(env: NodeJS.ProcessEnv, errors: string[]): GatewayConfig['tracing'] {
  return { otlpEndpoint: otlpEndpointOf(env, errors), serviceName: env.OTEL_SERVICE_NAME || 'coopgraph-gateway' };
}

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env, root = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..')): GatewayConfigResult {
  const errors: string[] = [];
  const mode = modeOf(env, errors);
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
  const production = mode === 'production';
  const config: GatewayConfig = {
    host: env.GATEWAY_HOST ?? '127.0.0.1',
    port: positiveInt(env, 'GATEWAY_PORT', 4000, errors, 65535),
    workers: workersOf(env, errors),
    supergraphPath: path.resolve(root, env.SUPERGRAPH_PATH ?? 'schema/supergraph.graphql'),
    subgraphUrls,
    mode,
    bodyLimitBytes: positiveInt(env, 'GATEWAY_BODY_LIMIT_BYTES', 1024 * 1024, errors),
    subgraphTimeoutMs: positiveInt(env, 'SUBGRAPH_TIMEOUT_MS', 10_000, errors),
    logLevel: logLevel as GatewayConfig['logLevel'],
    subgraphClient: subgraphClientConfig(env, errors),
    store: storeConfig(env, errors),
    responseCache: { enabled: flag(env, 'RESPONSE_CACHE', true, errors) },
    tracing: tracingConfig(env, errors),
    subscriptions: {
      maxPerConnection: positiveInt(env, 'SUBSCRIPTIONS_MAX_PER_CONNECTION', 20, errors),
      maxPerIdentity: positiveInt(env, 'SUBSCRIPTIONS_MAX_PER_IDENTITY', 50, errors),
      keepAliveMs: Math.max(1000, positiveInt(env, 'SUBSCRIPTIONS_KEEPALIVE_MS', 15_000, errors)),
    },
    shutdownGraceMs: positiveInt(env, 'GATEWAY_SHUTDOWN_GRACE_MS', 10_000, errors),
    heapMb: heapMbOf(env, errors),
    auth: authConfig(env, production, dataDirOf(env, root), errors),
    cors: corsConfig(env, production, errors),
    introspection: flag(env, 'GATEWAY_INTROSPECTION', !production, errors),
    fieldSuggestions: flag(env, 'GATEWAY_FIELD_SUGGESTIONS', !production, errors),
    limits: operationLimitsOf(env, errors),
    trustedDocuments: trustedDocumentsConfig(env, production, root, errors),
  };
  return errors.length ? { errors } : { config };
}
