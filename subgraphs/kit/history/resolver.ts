/**
 * The change history and freshness in a region's API: `changeHistory` and `freshness` on the
 * region's own root (Query.<region>), and `changes` on each of its record types. Built once in the
 * template for whatever the region defines; the history is for analysts and reporting jobs
 * (read:restricted), because the values before and after may be fields that are not public.
 */
import { Utils } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, getMetadataStorage, Int, Resolver, Root } from 'type-graphql';
import { Restricted } from '../auth/decorators';
import type { SubgraphContext } from '../context';
import type { RegionDefinition } from '../region';
import { changeHistory, changesOfRecords, freshnessOf } from './query';
import { recordTypesOf } from './record-types';
import { Change, ChangeConnection, ChangeHistoryFilter, RecordFreshnessView } from './types';

const WHO_READS = 'Analysts and reporting jobs only (read:restricted): the values may be fields that are not public.';
const RECORD_CHANGES = 20;

/** The class Query.<region> returns: the region's own root type. */
function regionRootType(region: RegionDefinition): Function {
  const query = getMetadataStorage().queries.find((q) => q.schemaName === region.name);
  if (!query) throw new Error(`the ${region.name} region has no Query.${region.name}`);
  return query.getReturnType() as Function;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
const built = new Map<RegionDefinition, Function[]>();

/** The region's history resolvers, made once: type-graphql keeps every resolver class it has seen. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function historyResolvers(region: RegionDefinition): Function[] {
  const known = built.get(region);
  if (known) return known;
  @Resolver(() => regionRootType(region))
  class RegionHistoryResolver {
    @FieldResolver(() => ChangeConnection, { description: `变更记录 — every write's changes in this region, newest first: who, when, which record, the fields before and after, and the source (mutation or imported file and row); filtered by record, author and time. ${WHO_READS}` })
    @Restricted()
    changeHistory(
      @Ctx() ctx: SubgraphContext,
      @Arg('filter', () => ChangeHistoryFilter, { nullable: true, description: '筛选 — which changes.' }) filter?: ChangeHistoryFilter | null,
      @Arg('first', () => Int, { defaultValue: 50, description: '数量 — changes a page, 1 to 200.' }) first = 50,
      @Arg('after', () => String, { nullable: true, description: '游标 — the previous page\'s endCursor.' }) after?: string | null,
    ): Promise<ChangeConnection> {
      return changeHistory(ctx.em, filter, first, after);
    }

    @FieldResolver(() => [RecordFreshnessView], { description: '数据新鲜度 — when each kind of record of this region last changed (by a write, an import or the sample data\'s seeding), most recent first. Public.' })
    freshness(@Ctx() ctx: SubgraphContext): Promise<RecordFreshnessView[]> {
      return freshnessOf(ctx.em);
    }
  }

  const objectTypes = getMetadataStorage().objectTypes;
  const recordTypes = recordTypesOf(region);
  const perType = region.entities
    .filter((entity) => objectTypes.some((t) => t.target === entity))
    .map((entity) => {
      const recordType = recordTypes.get(entity.name)!;
      @Resolver(() => entity)
      class RecordChangesResolver {
        @FieldResolver(() => [Change], { description: `变更记录 — this record's latest changes, newest first (at most \`first\`, 1 to ${RECORD_CHANGES}); the region's changeHistory pages through all of them. ${WHO_READS}` })
        @Restricted()
        changes(
          @Root() record: object,
          @Ctx() ctx: SubgraphContext,
          @Arg('first', () => Int, { defaultValue: 5, description: `数量 — at most this many, 1 to ${RECORD_CHANGES}.` }) first = 5,
        ): Promise<Change[]> {
          const limit = Math.min(Math.max(first, 1), RECORD_CHANGES);
          const meta = ctx.em.getMetadata().get(entity.name);
          const key = Utils.getPrimaryKeyHash(meta.primaryKeys.map((k) => String((record as Record<string, unknown>)[k])));
          return ctx.loader<string, Change[]>(`changes:${recordType}:${limit}`, (keys) => changesOfRecords(ctx.em, recordType, keys, limit)).load(key);
        }
      }
      return RecordChangesResolver;
    });
  const resolvers = [RegionHistoryResolver, ...perType];
  built.set(region, resolvers);
  return resolvers;
}
