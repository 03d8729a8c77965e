/**
 * Writes the next migration of a region for one dialect: runs the existing migrations on a scratch
 * database, diffs it against the entities, and writes the difference as a migration class, then
 * relists the dialect's index. Usage: node dist/subgraphs/kit/cli/create-migration.js <region> <sqlite|postgresql|mysql>
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import type { Migrator } from '@mikro-orm/migrations';
import type { Dialect } from '../database';
import { ormOptions } from '../orm';
import { loadRegion } from './regions';
import { createScratchDatabase } from './scratch-database';

async function main() {
  const [regionName, dialect] = process.argv.slice(2) as [string, Dialect];
  if (!regionName || !['sqlite', 'postgresql', 'mysql'].includes(dialect)) {
    process.stderr.write('usage: create-migration <region> <sqlite|postgresql|mysql>\n');
    process.exit(2);
  }
  const region = loadRegion(regionName);
  const dir = path.resolve(__dirname.replace(`${path.sep}dist${path.sep}`, path.sep), `../../${regionName}/src/migrations/${dialect}`);
  const scratch = await createScratchDatabase(dialect, 'migration');
  try {
    const options = await ormOptions(region, scratch.url);
    const orm = await MikroORM.init({ ...options, migrations: { ...options.migrations, path: dir, pathTs: dir, emit: 'ts', fileName: (ts: string) => `Migration${ts}` } } as never);
    const migrator = orm.getMigrator() as Migrator;
    await migrator.up();
    const result = await migrator.createMigration(dir);
    await orm.close(true);
    if (!result.diff.up.length) {
      process.stdout.write(`${regionName}/${dialect}: entities and migrations agree, nothing written\n`);
      return;
    }
    const names = fs.readdirSync(dir).filter((f) => /^Migration\d+\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, '')).sort();
    const index = [
      "import type { MigrationObject } from '@mikro-orm/core';",
      ...names.map((n) => `import { ${n} } from './${n}';`),
      '',
      `export const ${dialect}: MigrationObject[] = [${names.map((n) => `{ name: '${n}', class: ${n} }`).join(', ')}];`,
      '',
    ].join('\n');
    fs.writeFileSync(path.join(dir, 'index.ts'), index);
    process.stdout.write(`${regionName}/${dialect}: wrote ${result.fileName}\n`);
  } finally {
    await scratch.drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
