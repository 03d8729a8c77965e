/**
 * The Zhejiang relations as request-scoped DataLoaders: whatever number of records ask, each relation
 * costs one SQL statement per request. Region resolvers and contract views share them by name.
 */
import { LoadStrategy, type EntityClass, type FilterQuery } from '@mikro-orm/core';
import type DataLoader from 'dataloader';
import type { SubgraphContext } from '../../../kit/context';
import { groupFor, oneFor } from '../../../kit/rows-by-key';
import * as E from '../entities';

type Keyed = { key: string };
type Column<T> = keyof T & string;

/** The first record of `entity` whose `column` equals each key (null where none). */
export function firstBy<T extends Keyed>(ctx: SubgraphContext, entity: EntityClass<T>, column: Column<T> = 'key'): DataLoader<string, T | null> {
  return ctx.loader<string, T | null>(`${entity.name}.${column}:first`, async (keys) =>
    oneFor(keys, await ctx.em.find(entity, { [column]: { $in: [...keys] } } as FilterQuery<T>), (r) => String(r[column])),
  );
}

/** Every record of `entity` whose `column` equals each key, in `orderBy` order. */
export function allBy<T extends Keyed>(ctx: SubgraphContext, entity: EntityClass<T>, column: Column<T>, orderBy: Column<T> = 'key'): DataLoader<string, T[]> {
  return ctx.loader<string, T[]>(`${entity.name}.${column}:all`, async (keys) =>
    groupFor(keys, await ctx.em.find(entity, { [column]: { $in: [...keys] } } as FilterQuery<T>, { orderBy: { [orderBy]: 'asc' } as never }), (r) => String(r[column])),
  );
}

/** The records with these keys, in the order given; a key without a record is a data error. */
export async function byKeys<T extends Keyed>(ctx: SubgraphContext, entity: EntityClass<T>, keys: readonly string[]): Promise<T[]> {
  if (!keys.length) return [];
  const rows = await firstBy(ctx, entity).loadMany(keys);
  return rows.map((row, i) => {
    if (!row || row instanceof Error) throw row ?? new Error(`${entity.name} "${keys[i]}" is missing`);
    return row;
  });
}

/** The record with this key, which the data guarantees. */
export async function byKey<T extends Keyed>(ctx: SubgraphContext, entity: EntityClass<T>, key: string): Promise<T> {
  return (await byKeys(ctx, entity, [key]))[0]!;
}

/** The pairing each county belongs to, on either side. */
export function pairingOfCounty(ctx: SubgraphContext): DataLoader<string, E.Pairing | null> {
  return ctx.loader<string, E.Pairing | null>('Pairing.county', async (keys) => {
    const rows = await ctx.em.find(E.Pairing, { $or: [{ industrialCountyKey: { $in: [...keys] } }, { mountainCountyKey: { $in: [...keys] } }] });
    return keys.map((k) => rows.find((p) => p.industrialCountyKey === k || p.mountainCountyKey === k) ?? null);
  });
}

/** The county registered under each GB/T 2260 code (null where the report names none there). */
export function countyByArea(ctx: SubgraphContext): DataLoader<string, E.County | null> {
  return firstBy(ctx, E.County, 'areaCode');
}

/** The named firms of each project, through the link table joined in the same statement. */
export function firmsOfProject(ctx: SubgraphContext): DataLoader<string, E.Firm[]> {
  return ctx.loader<string, E.Firm[]>('Firm.project', async (keys) => {
    const links = await ctx.em.find(E.ProjectFirm, { project: { $in: [...keys] } }, { populate: ['firm'], strategy: LoadStrategy.JOINED, orderBy: { key: 'asc' } });
    return groupFor(keys, links, (l) => l.project.key).map((group) => group.map((l) => l.firm));
  });
}

/** The projects each firm takes part in, through the same link table. */
export function projectsOfFirm(ctx: SubgraphContext): DataLoader<string, E.Project[]> {
  return ctx.loader<string, E.Project[]>('Project.firm', async (keys) => {
    const links = await ctx.em.find(E.ProjectFirm, { firm: { $in: [...keys] } }, { populate: ['project'], strategy: LoadStrategy.JOINED, orderBy: { key: 'asc' } });
    return groupFor(keys, links, (l) => l.firm.key).map((group) => group.map((l) => l.project));
  });
}
