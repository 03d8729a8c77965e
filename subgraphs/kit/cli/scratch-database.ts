/**
 * Fresh, empty databases for tools and tests: a temporary SQLite file, or a new database on the
 * local PostgreSQL / MariaDB server, dropped again afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Dialect } from '../database';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

export const SERVER_URLS = {
  postgresql: process.env.COOPGRAPH_TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432',
  mysql: process.env.COOPGRAPH_TEST_MARIADB_URL ?? 'mariadb://root@127.0.0.1:3306',
};

export async function createScratchDatabase(dialect: Dialect, label: string): Promise<ScratchDatabase> {
  const name = `coopgraph_${label}_${randomBytes(4).toString('hex')}`;
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coopgraph-'));
    return { url: `sqlite:${path.join(dir, `${name}.sqlite`)}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const knexModule = dialect === 'postgresql' ? await import('@mikro-orm/postgresql') : await import('@mikro-orm/mariadb');
  const { knex } = knexModule as unknown as { knex: (config: object) => { raw(sql: string): Promise<unknown>; destroy(): Promise<void> } };
  const admin = knex({ client: dialect === 'postgresql' ? 'pg' : 'mysql2', connection: dialect === 'postgresql' ? `${SERVER_URLS.postgresql}/postgres` : SERVER_URLS.mysql.replace(/^mariadb:/, 'mysql:') });
  try {
    await admin.raw(dialect === 'postgresql' ? `create database "${name}"` : `create database \`${name}\` character set utf8mb4 collate utf8mb4_unicode_ci`);
  } finally {
    await admin.destroy();
  }
  return {
    url: `${dialect === 'postgresql' ? SERVER_URLS.postgresql : SERVER_URLS.mysql}/${name}`,
    async drop() {
      const again = knex({ client: dialect === 'postgresql' ? 'pg' : 'mysql2', connection: dialect === 'postgresql' ? `${SERVER_URLS.postgresql}/postgres` : SERVER_URLS.mysql.replace(/^mariadb:/, 'mysql:') });
      try {
        await again.raw(dialect === 'postgresql' ? `drop database if exists "${name}" with (force)` : `drop database if exists \`${name}\``);
      } finally {
        await again.destroy();
      }
    },
  };
}
