/**
 * The directory's indexes kept in step with its rows: the keyword grams (search-index.ts) and the
 * firms other regions may record (shared-firms.ts), and the project tally (project-tally.ts). A write
 * notes what it touched (`directoryChanges`) and `keepIndexes` brings the indexes up to date in the
 * write's own transaction, after its rows are flushed; the seeders' rows are indexed whole
 * (`indexAll`); the generator writes index rows beside the rows it loads (scripts/generate).
 */
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { rebuildProjectTally, refreshProjectTally, type TallyGroup } from './project-tally';
import { refreshGrams } from './search-index';
import { noteUnknownPeers } from './shared-firms';

/** What one write's transaction changed in the directory. */
export class DirectoryChanges {
  /** Firms whose row or links were created or changed. */
  readonly firms = new Set<string>();
  /** Firms the write created: another region may record them too. */
  readonly created = new Set<string>();
  /** Project groups (chain, area, status) a project entered or left. */
  readonly projectGroups: TallyGroup[] = [];
}

const changes = new WeakMap<EntityManager, DirectoryChanges>();

/** The changes noted so far in this entity manager's transaction. */
export function directoryChanges(em: EntityManager): DirectoryChanges {
  let noted = changes.get(em);
  if (!noted) changes.set(em, (noted = new DirectoryChanges()));
  return noted;
}

/** The knex of the entity manager's transaction, or its plain knex outside one. */
export function knexOf(em: EntityManager): Knex {
  return (em.getTransactionContext<Knex.Transaction>() ?? em.getKnex()) as Knex;
}

/** Brings the indexes up to date with the changes noted in `em` (its rows already flushed). */
export async function keepIndexes(em: EntityManager): Promise<void> {
  const noted = changes.get(em);
  if (!noted) return;
  changes.delete(em);
  const knex = knexOf(em);
  await refreshGrams(knex, [...noted.firms]);
  await noteUnknownPeers(knex, [...noted.created]);
  await refreshProjectTally(knex, noted.projectGroups);
}

/** Indexes every firm of the directory (the seeded sample dataset, in its transaction). */
export async function indexAll(em: EntityManager): Promise<void> {
  const knex = knexOf(em);
  const usccs = ((await knex('dir_firm').select('uscc')) as Array<{ uscc: string }>).map((r) => r.uscc);
  for (let i = 0; i < usccs.length; i += 500) {
    await refreshGrams(knex, usccs.slice(i, i + 500));
    // The sample dataset of one region knows nothing of the others'.
    await noteUnknownPeers(knex, usccs.slice(i, i + 500));
  }
  await rebuildProjectTally(knex);
}

/**
 * Indexes the firms a database held before it had the index (the migration that made the table
 * leaves it empty): once, at start, when no firm is indexed yet.
 */
export async function indexIfUnindexed(em: EntityManager): Promise<void> {
  const knex = em.getKnex();
  const [indexed, firms, tallied, projects] = (await Promise.all([
    knex('dir_firm_gram').select('uscc').limit(1),
    knex('dir_firm').select('uscc').limit(1),
    knex('dir_project_tally').select('id').limit(1),
    knex('dir_project').select('id').limit(1),
  ])) as unknown[][];
  if (!indexed!.length && firms!.length) await em.transactional((tx) => indexAll(tx as EntityManager));
  else if (!tallied!.length && projects!.length) await em.transactional((tx) => rebuildProjectTally(knexOf(tx as EntityManager)));
}
