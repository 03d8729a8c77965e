import { describe, expect, it } from 'vitest';
import { loadCrossRegionConfig } from './config';

describe('cross-region configuration', () => {
  it('defaults to port 4100, the regions on 4101-4103, a 3 s region timeout, 16 connections to each region and two exports at once', () => {
    expect(loadCrossRegionConfig({}).config).toEqual({
      host: '127.0.0.1',
      port: 4100,
      regionUrls: { tianjin: 'http://127.0.0.1:4101/graphql', yangtze: 'http://127.0.0.1:4102/graphql', zhejiang: 'http://127.0.0.1:4103/graphql' },
      regionTimeoutMs: 3000,
      regionConnections: 16,
      maxExports: 2,
      logLevel: 'info',
      mode: 'development',
      identityKeys: { trusted: {} },
      // The gateway's limits with the room its plans need (kit/limits/operation-limits.ts).
      limits: { maxDepth: 16, maxAliases: 130, maxDirectives: 40, maxCost: 100_000 },
    });
  });

  it('in production, needs the gateway\'s public key and a signing key of its own', () => {
    expect(loadCrossRegionConfig({ COOPGRAPH_MODE: 'production' }).errors).toEqual([
      'COOPGRAPH_CROSSREGION_SIGNING_KEY is required in production mode (the Ed25519 key this process signs identity headers with)',
      'COOPGRAPH_GATEWAY_PUBLIC_KEY is required in production mode (the public key identity headers from the gateway are verified with)',
    ]);
  });

  it('exports traces to the same OTLP endpoint as the gateway when one is set', () => {
    expect(loadCrossRegionConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).config?.otlpEndpoint).toBe('http://collector:4318');
  });

  it('lists every problem at once', () => {
    const { errors } = loadCrossRegionConfig({
      CROSSREGION_PORT: 'x',
      TIANJIN_URL: 'ftp://a',
      CROSSREGION_REGION_TIMEOUT_MS: '0',
      CROSSREGION_REGION_CONNECTIONS: '0',
      CROSSREGION_MAX_EXPORTS: '65',
      LOG_LEVEL: 'loud',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318',
    });
    expect(errors).toHaveLength(7);
    expect(errors!.join('\n')).toMatch(/CROSSREGION_PORT.*\n.*TIANJIN_URL.*\n.*CROSSREGION_REGION_TIMEOUT_MS.*\n.*CROSSREGION_REGION_CONNECTIONS.*\n.*CROSSREGION_MAX_EXPORTS.*\n.*LOG_LEVEL.*\n.*OTEL_EXPORTER_OTLP_ENDPOINT/);
  });
});
