/**
 * Chooses the MikroORM driver from the database URL, so one region runs unchanged on an embedded
 * SQLite file, PostgreSQL or MariaDB/MySQL.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Options } from '@mikro-orm/core';

export type Dialect = 'sqlite' | 'postgresql' | 'mysql';

export function dialectOf(url: string): Dialect {
  if (url.startsWith('sqlite:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgresql';
  return 'mysql';
}

export async function driverOptions(url: string): Promise<Partial<Options>> {
  const dialect = dialectOf(url);
  if (dialect === 'sqlite') {
    const file = url.slice('sqlite:'.length);
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const { LibSqlDriver } = await import('@mikro-orm/libsql');
    return { driver: LibSqlDriver, dbName: file };
  }
  if (dialect === 'postgresql') {
    const { PostgreSqlDriver } = await import('@mikro-orm/postgresql');
    return { driver: PostgreSqlDriver, clientUrl: url.replace(/^postgres:/, 'postgresql:') };
  }
  const { MariaDbDriver } = await import('@mikro-orm/mariadb');
  return { driver: MariaDbDriver, clientUrl: url.replace(/^mysql:/, 'mariadb:') };
}
