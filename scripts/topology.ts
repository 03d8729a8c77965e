/**
 * The reference production topology, heterogeneous on purpose: each region on its own kind of
 * database server, as real regional systems differ — Tianjin on PostgreSQL, Yangtze on MariaDB,
 * Zhejiang on PostgreSQL. `npm run start:servers` runs it; the end-to-end suite runs on it with
 * COOPGRAPH_E2E_BACKENDS=servers.
 */
import { REGIONS, type RegionName } from '../schema/contract/regions';
import { ensureDatabase } from '../subgraphs/kit/cli/ensure-database';
import type { Dialect } from '../subgraphs/kit/database';

export const SERVER_TOPOLOGY = Object.fromEntries(REGIONS.map((r) => [r.name, r.serverDialect])) as Record<RegionName, Exclude<Dialect, 'sqlite'>>;

const LOCAL_SERVERS = { postgresql: 'postgresql://postgres@127.0.0.1:5432', mysql: 'mariadb://root@127.0.0.1:3306' };

/** Each region's database URL: `<REGION>_DATABASE_URL` when set, else `coopgraph_<region>` on the local server of its kind. */
export function serverDatabaseUrls(env: NodeJS.ProcessEnv = process.env): Record<RegionName, string> {
  return Object.fromEntries(
    Object.entries(SERVER_TOPOLOGY).map(([region, dialect]) => [region, env[`${region.toUpperCase()}_DATABASE_URL`] || `${LOCAL_SERVERS[dialect]}/coopgraph_${region}`]),
  ) as Record<RegionName, string>;
}

const redact = (url: string) => url.replace(/\/\/([^@/]*)@/, '//***@');

/**
 * Creates every region's database that does not exist yet and returns the environment that points
 * each region at its own; fails naming the region whose server cannot be reached.
 */
export async function prepareServerTopology(log: (line: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<NodeJS.ProcessEnv> {
  const urls = serverDatabaseUrls(env);
  for (const [region, url] of Object.entries(urls)) {
    try {
      const created = await ensureDatabase(url);
      log(`${region.padEnd(9)} ${redact(url)}${created ? '  (created)' : ''}`);
    } catch (error) {
      throw new Error(`${region}: cannot reach or create its database ${redact(url)}: ${(error as Error).message}`);
    }
  }
  return Object.fromEntries(Object.entries(urls).map(([region, url]) => [`${region.toUpperCase()}_DATABASE_URL`, url]));
}
