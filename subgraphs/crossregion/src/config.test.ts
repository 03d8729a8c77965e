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
    });
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
