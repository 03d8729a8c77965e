import { MikroORM } from '@mikro-orm/core';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createScratchDatabase } from './cli/scratch-database';
import { tianjin } from '../tianjin/src/region';
import { yangtze } from '../yangtze/src/region';
import { zhejiang } from '../zhejiang/src/region';
import type { Dialect } from './database';
import { openDatabase, ormOptions } from './orm';

// Every region's migrations, run up on an empty database of each dialect, must produce exactly the
// schema its entities describe: an entity change without its migration fails here.
describe.each([tianjin, yangtze, zhejiang])('$name migrations', (region) => {
  it.each<Dialect>(['sqlite', 'postgresql', 'mysql'])('are up to date on %s', async (dialect) => {
    const scratch = await createScratchDatabase(dialect, `mig_${region.name}`);
    try {
      const orm = await MikroORM.init(await ormOptions(region, scratch.url));
      try {
        await orm.getMigrator().up();
        expect(await orm.getMigrator().checkMigrationNeeded()).toBe(false);
        expect(await orm.schema.getUpdateSchemaSQL({ wrap: false })).toBe('');
      } finally {
        await orm.close(true);
      }
    } finally {
      await scratch.drop();
    }
  }, 60_000);
});

describe('a SQLite database', () => {
  it('is opened with the configured page cache, on the connection the queries use', async () => {
    const scratch = await createScratchDatabase('sqlite', 'cache');
    try {
      const orm = await openDatabase(tianjin, scratch.url, { seed: false, sqliteCacheMb: 7 });
      try {
        const [row] = await orm.em.getConnection().execute<Array<{ cache_size: number }>>('pragma cache_size');
        expect(row!.cache_size).toBe(-7 * 1024);
      } finally {
        await orm.close(true);
      }
    } finally {
      await scratch.drop();
    }
  });

  it('waits for a lock another process holds, instead of failing at once (busy timeout)', async () => {
    const scratch = await createScratchDatabase('sqlite', 'busy');
    try {
      const orm = await openDatabase(tianjin, scratch.url, { seed: false });
      try {
        // Another process holds the file locked for a moment (the driver is synchronous: a lock held
        // in this process could not be let go while a statement here waits).
        const holder = spawn(process.execPath, ['-e', `const D = require('libsql'); const db = new D(${JSON.stringify(scratch.url.slice('sqlite:'.length))}); db.exec('begin exclusive'); process.stdout.write('locked'); setTimeout(() => { db.exec('commit'); db.close(); }, 300);`], { stdio: ['ignore', 'pipe', 'inherit'] });
        await new Promise((resolve) => holder.stdout.once('data', resolve));
        await expect(orm.em.getConnection().execute('create table busy_probe (x integer)')).resolves.toBeDefined();
        await new Promise((resolve) => holder.once('exit', resolve));
      } finally {
        await orm.close(true);
      }
    } finally {
      await scratch.drop();
    }
  });
});
