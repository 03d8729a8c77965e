/** The gateway's configuration: defaults, and a clear message for every bad value. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GATEWAY_VARIABLES, loadGatewayConfig } from './config';

const load = (env: NodeJS.ProcessEnv) => loadGatewayConfig(env, '/repo');

describe('the operations configuration', () => {
  it('has defaults for every setting', () => {
    const { config } = load({});
    expect(config?.subgraphClient).toEqual({
      timeoutsMs: { crossregion: 10_000, tianjin: 10_000, yangtze: 10_000, zhejiang: 10_000 },
      retries: 2,
      retryBaseDelayMs: 25,
      retryMaxDelayMs: 500,
      breakerFailureThreshold: 5,
      breakerResetMs: 5000,
      maxSockets: 64,
      dedup: true,
    });
    expect(config?.store).toEqual({ redisUrl: undefined, redisKeyPrefix: 'coopgraph:', redisCommandTimeoutMs: 1000, memoryMaxBytes: 64 * 1024 * 1024 });
    expect(config?.responseCache).toEqual({ enabled: true });
    expect(config?.tracing).toEqual({ otlpEndpoint: undefined, serviceName: 'coopgraph-gateway' });
    expect(config?.shutdownGraceMs).toBe(10_000);
  });

  it('takes per-subgraph timeouts over the common one', () => {
    const { config } = load({ SUBGRAPH_TIMEOUT_MS: '4000', CROSSREGION_SUBGRAPH_TIMEOUT_MS: '8000' });
    expect(config?.subgraphClient.timeoutsMs).toEqual({ crossregion: 8000, tianjin: 4000, yangtze: 4000, zhejiang: 4000 });
  });

  it('reads Redis, tracing and the switches', () => {
    const { config } = load({ REDIS_URL: 'redis://cache:6379/2', REDIS_KEY_PREFIX: 'cg:', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', RESPONSE_CACHE: 'false', SUBGRAPH_DEDUP: 'false' });
    expect(config?.store.redisUrl).toBe('redis://cache:6379/2');
    expect(config?.store.redisKeyPrefix).toBe('cg:');
    expect(config?.tracing.otlpEndpoint).toBe('http://collector:4318');
    expect(config?.responseCache.enabled).toBe(false);
    expect(config?.subgraphClient.dedup).toBe(false);
  });

  it('lists every bad value with its variable', () => {
    const { errors } = load({
      REDIS_URL: 'http://user:secret@cache:6379',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318',
      SUBGRAPH_RETRIES: 'many',
      SUBGRAPH_RETRY_BASE_MS: '900',
      SUBGRAPH_BREAKER_FAILURES: '0',
      TIANJIN_SUBGRAPH_TIMEOUT_MS: '-1',
      RESPONSE_CACHE: 'yes',
      GATEWAY_SHUTDOWN_GRACE_MS: '1.5',
      GATEWAY_HEAP_MB: '64',
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        'REDIS_URL must be a redis:// or rediss:// URL, got "http://***@cache:6379"',
        'OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL, got "collector:4318"',
        expect.stringMatching(/^SUBGRAPH_RETRIES must be a whole number between 0 and 10/),
        'SUBGRAPH_RETRY_MAX_MS (500) must not be below SUBGRAPH_RETRY_BASE_MS (900)',
        'SUBGRAPH_BREAKER_FAILURES must be at least 1',
        expect.stringMatching(/^TIANJIN_SUBGRAPH_TIMEOUT_MS must be a whole number/),
        'RESPONSE_CACHE must be true or false, got "yes"',
        expect.stringMatching(/^GATEWAY_SHUTDOWN_GRACE_MS must be a whole number/),
        'GATEWAY_HEAP_MB must be a whole number of MB from 192 to 65536, got "64"',
      ]),
    );
    expect(errors!.join('\n')).not.toContain('secret');
  });

  it('documents every variable it reads, in GATEWAY_VARIABLES and in the table of docs/configuration.md', () => {
    const documented = new Set(GATEWAY_VARIABLES.map((v) => v.name));
    const table = fs.readFileSync(path.resolve(__dirname, '../../docs/configuration.md'), 'utf8');
    for (const name of ['REDIS_URL', 'REDIS_KEY_PREFIX', 'REDIS_TIMEOUT_MS', 'STORE_MEMORY_MAX_MB', 'RESPONSE_CACHE', 'SUBGRAPH_RETRIES', 'SUBGRAPH_RETRY_BASE_MS', 'SUBGRAPH_RETRY_MAX_MS', 'SUBGRAPH_BREAKER_FAILURES', 'SUBGRAPH_BREAKER_RESET_MS', 'SUBGRAPH_MAX_SOCKETS', 'SUBGRAPH_DEDUP', 'TIANJIN_SUBGRAPH_TIMEOUT_MS', 'OTEL_EXPORTER_OTLP_ENDPOINT', 'OTEL_SERVICE_NAME', 'GATEWAY_SHUTDOWN_GRACE_MS', 'GATEWAY_HEAP_MB']) {
      expect(documented.has(name), name).toBe(true);
      expect(table, name).toMatch(new RegExp(`^\\| [^\\n]*\`${name.replace('TIANJIN_', '<SUBGRAPH>_')}\``, 'm'));
    }
  });
});
