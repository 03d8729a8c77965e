/**
 * Opens a region's database: MikroORM on the driver the URL names, migrations of that dialect run
 * up, and the sample dataset seeded into an empty database in one transaction.
 */
import { MikroORM, type Options } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Migrator } from '@mikro-orm/migrations';
import { DEFAULT_SQLITE_CACHE_MB } from './config';
import { dialectOf, driverOptions } from './database';
import { DIRECTORY_ENTITIES, DirectoryScope } from './directory/entities';
import { HISTORY_ENTITIES } from './history/entities';
import { ensureFreshnessRows, recordTypesOf } from './history/record-types';
import { ChangeHistorySubscriber } from './history/subscriber';
import { DIRECTORY_INDEX_ENTITIES } from './directory/index-entities';
import { indexAll, indexIfUnindexed } from './directory/upkeep';
import type { RegionDefinition } from './region';
import type { StatementCounter } from './statements';
import { WRITE_ENTITIES } from './writes/idempotency';

/**
 * How long a statement waits for a lock another process holds on the SQLite file. The driver is
 * synchronous, so the wait holds the region's event loop: short enough for that, long enough for a
 * backup's or a maintenance job's brief lock.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 2000;

/** A raw SQLite connection as knex's pool creates it (libsql's Database). */
interface SqliteConnection {
  exec(sql: string): unknown;
}

/** `sqliteCacheMb`: the page cache every SQLite connection is opened with (SubgraphConfig). */
export async function ormOptions(region: RegionDefinition, databaseUrl: string, counter?: StatementCounter, sqliteCacheMb = DEFAULT_SQLITE_CACHE_MB): Promise<Options> {
  const dialect = dialectOf(databaseUrl);
  // On the pool's connection itself, so a connection the pool opens again gets it too.
  const sqlitePool = {
    afterCreate(connection: SqliteConnection, done: (error: Error | null, connection: SqliteConnection) => void) {
      try {
        connection.exec(`pragma cache_size = -${sqliteCacheMb * 1024}`);
        // A file another process holds locked (a backup, a maintenance job) makes a statement wait for
        // it up to this long, instead of failing at once with SQLITE_BUSY.
        connection.exec(`pragma busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
        done(null, connection);
      } catch (error) {
        done(error as Error, connection);
      }
    },
  };
  return {
    ...(await driverOptions(databaseUrl)),
    entities: [...region.entities, ...DIRECTORY_ENTITIES, ...DIRECTORY_INDEX_ENTITIES, ...WRITE_ENTITIES, ...HISTORY_ENTITIES],
    // Every write's change history and freshness, in its own transaction (kit/history).
    subscribers: [new ChangeHistorySubscriber(recordTypesOf(region))],
    extensions: [Migrator],
    migrations: {
      migrationsList: region.migrations[dialect],
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      tableName: 'mikro_orm_migrations',
      silent: true,
    },
    discovery: { disableDynamicFileAccess: true },
    ...(counter ? { onQuery: counter.onQuery } : {}),
    debug: false,
    allowGlobalContext: false,
    pool: dialect === 'sqlite' ? sqlitePool : { min: 0, max: 10 },
  } as Options;
}

export async function openDatabase(region: RegionDefinition, databaseUrl: string, options: { seed: boolean; counter?: StatementCounter; sqliteCacheMb?: number }): Promise<MikroORM> {
  const orm = await MikroORM.init(await ormOptions(region, databaseUrl, options.counter, options.sqliteCacheMb));
  await orm.getMigrator().up();
  await ensureFreshnessRows(orm.em.fork() as unknown as EntityManager, recordTypesOf(region).values());
  if (options.seed) {
    const em = orm.em.fork() as unknown as EntityManager;
    if ((await em.count(DirectoryScope, {})) === 0) {
      await em.transactional(async (tx) => {
        await region.seed(tx);
        await indexAll(tx);
      });
    }
  }
  await indexIfUnindexed(orm.em.fork() as unknown as EntityManager);
  return orm;
}
