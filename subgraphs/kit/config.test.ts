import { describe, expect, it } from 'vitest';
import { TEST_IDENTITY_KEY_ENV } from './auth/testing-keys';
import { DEFAULT_SQLITE_CACHE_MB, loadSubgraphConfig } from './config';

describe('a region subgraph\'s configuration', () => {
  it('defaults to its own port, a SQLite file under ./data, seeding, and a 128 MB SQLite page cache', () => {
    const { config } = loadSubgraphConfig('yangtze', { COOPGRAPH_DATA_DIR: '/srv/coopgraph' });
    expect(config).toMatchObject({ region: 'yangtze', port: 4102, databaseUrl: 'sqlite:/srv/coopgraph/yangtze.sqlite', seed: true, sqliteCacheMb: DEFAULT_SQLITE_CACHE_MB });
    expect(DEFAULT_SQLITE_CACHE_MB).toBe(128);
  });

  it('reads every setting under the region\'s own prefix', () => {
    const { config } = loadSubgraphConfig('tianjin', { TIANJIN_PORT: '5101', TIANJIN_SEED: 'false', TIANJIN_SQLITE_CACHE_MB: '16', YANGTZE_SQLITE_CACHE_MB: '999' });
    expect(config).toMatchObject({ port: 5101, seed: false, sqliteCacheMb: 16 });
  });

  it('in production, needs the public keys of both signers and takes only signed requests', () => {
    expect(loadSubgraphConfig('yangtze', { COOPGRAPH_MODE: 'production' }).errors).toEqual([
      'COOPGRAPH_GATEWAY_PUBLIC_KEY is required in production mode (the public key identity headers from the gateway are verified with)',
      'COOPGRAPH_CROSSREGION_PUBLIC_KEY is required in production mode (the public key identity headers from the crossregion are verified with)',
    ]);
    const { config } = loadSubgraphConfig('yangtze', { COOPGRAPH_MODE: 'production', ...TEST_IDENTITY_KEY_ENV, GATEWAY_MAX_ALIASES: '10' });
    expect(config).toMatchObject({ mode: 'production', identityKeys: { gateway: { type: 'public' }, crossregion: { type: 'public' } }, limits: { maxAliases: 110 } });
  });

  it('lists every problem at once', () => {
    const { errors } = loadSubgraphConfig('zhejiang', { ZHEJIANG_PORT: 'x', ZHEJIANG_DATABASE_URL: 'oracle://db', ZHEJIANG_SEED: 'yes', ZHEJIANG_SQLITE_CACHE_MB: '1', LOG_LEVEL: 'loud' });
    expect(errors).toHaveLength(5);
    expect(errors!.join('\n')).toMatch(/ZHEJIANG_PORT.*\n.*ZHEJIANG_DATABASE_URL.*\n.*ZHEJIANG_SEED.*\n.*ZHEJIANG_SQLITE_CACHE_MB.*\n.*LOG_LEVEL/);
  });
});
