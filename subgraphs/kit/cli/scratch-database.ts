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

/** Runs one administrative statement on the server at `serverUrl` itself (not in a database of ours); its rows, if any. */
export async function serverStatement(dialect: 'postgresql' | 'mysql', serverUrl: string, sql: string): Promise<Array<Record<string, unknown>>> {
  if (dialect === 'postgresql') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Client } = require('pg') as { Client: new (config: { connectionString: string }) => { connect(): Promise<void>; query(sql: string): Promise<{ rows?: Array<Record<string, unknown>> }>; end(): Promise<void> } };
    const client = new Client({ connectionString: `${serverUrl.replace(/^postgres:/, 'postgresql:')}/postgres` });
    await client.connect();
    try {
      return (await client.query(sql)).rows ?? [];
    } finally {
      await client.end();
    }
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mariadb = require('mariadb') as { createConnection(config: { host: string; port: number; user: string; password?: string }): Promise<{ query(sql: string): Promise<unknown>; end(): Promise<void> }> };
  const url = new URL(serverUrl);
  const connection = await mariadb.createConnection({ host: url.hostname, port: Number(url.port || 3306), user: decodeURIComponent(url.username || 'root'), password: decodeURIComponent(url.password) });
  try {
    const rows = await connection.query(sql);
    return Array.isArray(rows) ? (rows as Array<Record<string, unknown>>) : [];
  } finally {
    await connection.end();
  }
}

async function adminStatement(dialect: 'postgresql' | 'mysql', sql: string): Promise<void> {
  await serverStatement(dialect, SERVER_URLS[dialect], sql);
}

export async function createScratchDatabase(dialect: Dialect, label: string): Promise<ScratchDatabase> {
  const name = `coopgraph_${label}_${randomBytes(4).toString('hex')}`;
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coopgraph-'));
    return { url: `sqlite:${path.join(dir, `${name}.sqlite`)}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  await adminStatement(dialect, dialect === 'postgresql' ? `create database "${name}"` : `create database \`${name}\` character set utf8mb4 collate utf8mb4_unicode_ci`);
  return {
    url: `${dialect === 'postgresql' ? SERVER_URLS.postgresql : SERVER_URLS.mysql}/${name}`,
    drop: () => adminStatement(dialect, dialect === 'postgresql' ? `drop database if exists "${name}" with (force)` : `drop database if exists \`${name}\``),
  };
}
