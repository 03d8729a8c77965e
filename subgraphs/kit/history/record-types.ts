/**
 * The record types a region's change history and freshness speak of: each native entity by its
 * GraphQL type name (ZhejiangProject), or the region's name and the class for a table the API does
 * not show as a type (ZhejiangProjectFirm). The directory, idempotency and history tables are
 * bookkeeping of writes, not records, and are left out.
 */
import type { EntityManager } from '@mikro-orm/knex';
import { getMetadataStorage } from 'type-graphql';
import type { RegionDefinition } from '../region';
import { RecordFreshness } from './entities';

/** Entity class name → record type. */
export function recordTypesOf(region: Pick<RegionDefinition, 'name' | 'entities'>): Map<string, string> {
  const objectTypes = getMetadataStorage().objectTypes;
  const prefix = region.name[0]!.toUpperCase() + region.name.slice(1);
  return new Map(region.entities.map((entity) => [entity.name, objectTypes.find((t) => t.target === entity)?.name ?? `${prefix}${entity.name}`]));
}

/**
 * One freshness row per record type, made at start where missing: the subscriber then only updates
 * rows, so concurrent first writes of a type never race to insert one.
 */
export async function ensureFreshnessRows(em: EntityManager, recordTypes: Iterable<string>): Promise<void> {
  const known = new Set((await em.find(RecordFreshness, {})).map((f) => f.kind));
  const missing = [...new Set(recordTypes)].filter((type) => !known.has(type));
  if (!missing.length) return;
  await em.createQueryBuilder(RecordFreshness).insert(missing.map((kind) => ({ kind, lastChangedAt: null }))).onConflict('kind').ignore().execute();
}
