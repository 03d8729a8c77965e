import { describe, expect, it } from 'vitest';
import { loadCrossRegionConfig } from './config';

describe('cross-region configuration', () => {
  it('defaults to port 4100, the regions on 4101-4103 and a 3 s region timeout', () => {
    expect(loadCrossRegionConfig({}).config).toEqual({
      host: '127.0.0.1',
      port: 4100,
      regionUrls: { tianjin: 'http://127.0.0.1:4101/graphql', yangtze: 'http://127.0.0.1:4102/graphql', zhejiang: 'http://127.0.0.1:4103/graphql' },
      regionTimeoutMs: 3000,
      logLevel: 'info',
    });
  });

  it('lists every problem at once', () => {
    const { errors } = loadCrossRegionConfig({ CROSSREGION_PORT: 'x', TIANJIN_URL: 'ftp://a', CROSSREGION_REGION_TIMEOUT_MS: '0', LOG_LEVEL: 'loud' });
    expect(errors).toHaveLength(4);
    expect(errors!.join('\n')).toMatch(/CROSSREGION_PORT.*\n.*TIANJIN_URL.*\n.*CROSSREGION_REGION_TIMEOUT_MS.*\n.*LOG_LEVEL/);
  });
});
