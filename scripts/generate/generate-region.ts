/**
 * Fills one region's database with its share of the universe: the database is opened as the region
 * opens it (migrations up, the sample dataset seeded when empty), rows an earlier run generated are
 * removed, then firms and projects are loaded in bulk, chunk by chunk, and the tables analysed.
 */
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { rebuildProjectTally } from '../../subgraphs/kit/directory/project-tally';
import type { RegionName } from '../../schema/contract/errors';
import { dialectOf } from '../../subgraphs/kit/database';
import { openDatabase } from '../../subgraphs/kit/orm';
import type { RegionDefinition } from '../../subgraphs/kit/region';
import { tianjin } from '../../subgraphs/tianjin/src/region';
import { yangtze } from '../../subgraphs/yangtze/src/region';
import { zhejiang } from '../../subgraphs/zhejiang/src/region';
import { BulkLoader } from './bulk-loader';
import { Progress } from './progress';
import { FirmRecords, GENERATED_KEY_PREFIX, GENERATED_SOURCE_PREFIX, generatedSource } from './records';
import type { GenerationContext, RegionRows } from './region-rows';
import { tianjinRows } from './regions/tianjin';
import { yangtzeRows } from './regions/yangtze';
import { zhejiangRows } from './regions/zhejiang';
import type { Universe } from './universe';

export interface RegionReport {
  region: RegionName;
  firms: number;
  projects: number;
  rows: number;
  seconds: number;
  byTable: Record<string, number>;
  /** Firms left out because the region already records another firm under their credit code. */
  skipped: number;
  notes: string[];
}

const DEFINITIONS: Record<RegionName, RegionDefinition> = { tianjin, yangtze, zhejiang };

const DIRECTORY_TABLES = ['dir_firm', 'dir_firm_gram', 'dir_firm_shared', 'dir_firm_chain', 'dir_project', 'dir_project_party', 'dir_scope_member'];

async function rowsFor(region: RegionName, em: EntityManager): Promise<{ rows: RegionRows; notes: string[] }> {
  if (region === 'tianjin') return { rows: tianjinRows, notes: [] };
  if (region === 'zhejiang') return { rows: zhejiangRows(), notes: [] };
  // Conference projects are the Yangtze region's only project records, in schemas that have them.
  const conference = em.getMetadata().find('ConferenceProject') !== undefined && (await em.getKnex().schema.hasTable('conference_project'));
  return { rows: yangtzeRows(conference), notes: conference ? [] : ['no conference_project table in this schema: Yangtze projects not generated'] };
}

/** Removes what an earlier run generated: directory rows by source, native rows by key. */
export async function removeGenerated(em: EntityManager, rows: RegionRows): Promise<void> {
  const knex = em.getKnex();
  const source = `${GENERATED_SOURCE_PREFIX}%`;
  await knex('dir_scope_member').whereIn('uscc', knex('dir_firm').select('uscc').where('source', 'like', source)).delete();
  await knex('dir_project_party').whereIn('project_id', knex('dir_project').select('id').where('source', 'like', source)).delete();
  await knex('dir_project').where('source', 'like', source).delete();
  await knex('dir_firm_chain').where('source', 'like', source).delete();
  for (const index of ['dir_firm_gram', 'dir_firm_shared']) await knex(index).whereIn('uscc', knex('dir_firm').select('uscc').where('source', 'like', source)).delete();
  await knex('dir_firm').where('source', 'like', source).delete();
  for (const table of [...rows.nativeTables].reverse()) await knex(table).where('key', 'like', `${GENERATED_KEY_PREFIX}%`).delete();
}

/**
 * Fresh statistics after a bulk load, on PostgreSQL and MariaDB. Not on SQLite: its statistics
 * count NULLs as one value, so a mostly-NULL indexed column (firm.parent_uscc) looks unselective
 * and lookups by it become table scans (277,000 firms: 380 ms against 1 ms, bench/); without
 * statistics SQLite trusts its indexes.
 */
async function analyse(em: EntityManager, url: string, tables: string[]): Promise<void> {
  const knex = em.getKnex();
  const dialect = dialectOf(url);
  if (dialect === 'mysql') await knex.raw(`analyze table ${tables.map((t) => `\`${t}\``).join(', ')}`);
  else if (dialect === 'postgresql') await knex.raw('analyze');
}

export async function generateRegion(
  universe: Universe,
  region: RegionName,
  databaseUrl: string,
  options: { chunkRows: number; log: (line: string) => void },
): Promise<RegionReport> {
  const orm = await openDatabase(DEFINITIONS[region], databaseUrl, { seed: true });
  try {
    const em = orm.em.fork() as unknown as EntityManager;
    // A bulk load that fails is simply run again: SQLite need not wait for the disk on every commit.
    if (dialectOf(databaseUrl) === 'sqlite') await em.getKnex().raw('pragma synchronous = off');
    const { rows, notes } = await rowsFor(region, em);
    await removeGenerated(em, rows);

    // Firms whose code the region already uses for another firm (its sample data) are left out of it.
    const existing = new Set(((await em.getKnex()('dir_firm').select('uscc')) as Array<{ uscc: string }>).map((r) => r.uscc));
    const excluded = new Set<number>();
    for (let i = 0; i < universe.presence.length; i++) if (universe.isIn(i, region) && existing.has(universe.uscc(i))) excluded.add(i);
    const members = universe.firmsOf(region, excluded);
    const empty = new Int32Array(0);
    const membersOf = (r: RegionName) => (r === region ? members : empty);

    // Every project's parties are known before any firm is written: they give each firm its cooperationCount.
    const counts = new Int32Array(universe.presence.length);
    const projectCount = universe.options.projects;
    let projects = 0;
    if (rows.writesProjects) {
      for (let j = 0; j < projectCount; j++) {
        const p = universe.project(j, membersOf);
        if (p?.region !== region) continue;
        projects++;
        for (const i of p.parties) counts[i]!++;
      }
    }

    const loader = new BulkLoader(em);
    const progress = new Progress(region, options.log);
    const ctx: GenerationContext = {
      universe,
      seed: universe.options.seed,
      source: generatedSource(universe.options.seed),
      records: new FirmRecords(universe, region),
      cooperationCount: (i) => counts[i]!,
      sink: loader,
    };
    for (let n = 0; n < members.length; n++) {
      rows.firm(ctx, members[n]!);
      if (loader.pending >= options.chunkRows) {
        await loader.flush();
        progress.report('firms', n + 1, members.length, loader.total);
      }
    }
    await loader.flush();
    progress.report('firms', members.length, members.length, loader.total, true);

    let written = 0;
    if (rows.writesProjects) {
      for (let j = 0; j < projectCount; j++) {
        const p = universe.project(j, membersOf);
        if (p?.region !== region) continue;
        rows.project(ctx, p);
        written++;
        if (loader.pending >= options.chunkRows) {
          await loader.flush();
          progress.report('projects', written, projects, loader.total);
        }
      }
      await loader.flush();
      progress.report('projects', written, projects, loader.total, true);
    }

    await em.transactional((tx) => rebuildProjectTally(tx.getTransactionContext<Knex.Transaction>()!));
    await analyse(em, databaseUrl, [...DIRECTORY_TABLES, ...rows.nativeTables]);
    return {
      region,
      firms: members.length,
      projects: written,
      rows: loader.total,
      seconds: progress.seconds,
      byTable: Object.fromEntries(loader.written),
      skipped: excluded.size,
      notes,
    };
  } finally {
    await orm.close(true);
  }
}
