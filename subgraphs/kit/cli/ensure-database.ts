/**
 * Creates a region's database on its server when it does not exist yet (PostgreSQL or
 * MariaDB/MySQL), so `npm run start:servers` needs nothing prepared by hand. The region's own
 * migrations then create its tables on first start.
 */
import { dialectOf } from '../database';
import { serverStatement } from './scratch-database';

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** The server's URL and the database's name in a `postgresql://…/name` or `mariadb://…/name` URL. */
export function splitDatabaseUrl(databaseUrl: string): { serverUrl: string; name: string } {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!NAME.test(name)) throw new Error(`the database name in ${databaseUrl.replace(/\/\/[^@/]*@/, '//***@')} must be letters, digits and _ (got "${name}")`);
  url.pathname = '';
  url.search = '';
  return { serverUrl: url.toString().replace(/\/$/, ''), name };
}

/** Whether the database had to be created. SQLite files are created by the driver itself. */
export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  const dialect = dialectOf(databaseUrl);
  if (dialect === 'sqlite') return false;
  const { serverUrl, name } = splitDatabaseUrl(databaseUrl);
  if (dialect === 'postgresql') {
    const rows = await serverStatement(dialect, serverUrl, `select 1 from pg_database where datname = '${name}'`);
    if (rows.length > 0) return false;
    await serverStatement(dialect, serverUrl, `create database "${name}"`);
    return true;
  }
  const rows = await serverStatement(dialect, serverUrl, `select schema_name from information_schema.schemata where schema_name = '${name}'`);
  if (rows.length > 0) return false;
  await serverStatement(dialect, serverUrl, `create database if not exists \`${name}\` character set utf8mb4 collate utf8mb4_unicode_ci`);
  return true;
}
