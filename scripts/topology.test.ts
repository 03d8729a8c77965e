/** The server topology `npm run start:servers` prepares: each region on its own kind of server, its database created when missing. */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dialectOf } from '../subgraphs/kit/database';
import { SERVER_URLS, serverStatement } from '../subgraphs/kit/cli/scratch-database';
import { prepareServerTopology, serverDatabaseUrls, SERVER_TOPOLOGY } from './topology';

describe('the server topology', () => {
  it('puts Tianjin and Zhejiang on PostgreSQL and Yangtze on MariaDB by default', () => {
    const urls = serverDatabaseUrls({});
    expect(urls).toEqual({
      tianjin: 'postgresql://postgres@127.0.0.1:5432/coopgraph_tianjin',
      yangtze: 'mariadb://root@127.0.0.1:3306/coopgraph_yangtze',
      zhejiang: 'postgresql://postgres@127.0.0.1:5432/coopgraph_zhejiang',
    });
    for (const [region, url] of Object.entries(urls)) expect(dialectOf(url)).toBe(SERVER_TOPOLOGY[region as keyof typeof SERVER_TOPOLOGY]);
  });

  it('creates each missing database once and points every region at its own', async () => {
    const tag = randomBytes(3).toString('hex');
    const env = {
      TIANJIN_DATABASE_URL: `${SERVER_URLS.postgresql}/coopgraph_topo_tj_${tag}`,
      YANGTZE_DATABASE_URL: `${SERVER_URLS.mysql}/coopgraph_topo_yz_${tag}`,
      ZHEJIANG_DATABASE_URL: `${SERVER_URLS.postgresql}/coopgraph_topo_zj_${tag}`,
    };
    try {
      const first: string[] = [];
      expect(await prepareServerTopology((line) => first.push(line), env)).toEqual(env);
      expect(first.filter((l) => l.endsWith('(created)'))).toHaveLength(3);
      const second: string[] = [];
      await prepareServerTopology((line) => second.push(line), env);
      expect(second.filter((l) => l.endsWith('(created)'))).toHaveLength(0);
    } finally {
      await serverStatement('postgresql', SERVER_URLS.postgresql, `drop database if exists "coopgraph_topo_tj_${tag}" with (force)`);
      await serverStatement('postgresql', SERVER_URLS.postgresql, `drop database if exists "coopgraph_topo_zj_${tag}" with (force)`);
      await serverStatement('mysql', SERVER_URLS.mysql, `drop database if exists \`coopgraph_topo_yz_${tag}\``);
    }
  });

  it('names the region whose server cannot be reached', async () => {
    await expect(prepareServerTopology(() => {}, { TIANJIN_DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/coopgraph_tianjin' })).rejects.toThrow(/^tianjin: cannot reach or create its database postgresql:\/\/\*\*\*@127\.0\.0\.1:1\/coopgraph_tianjin/);
  });
});
