/**
 * Batched lookups for the Tianjin relation fields: every call with the same entity and column in one
 * request goes into one DataLoader, so N parents cost one SQL statement per relation, never N.
 */
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { areaPrefix, isWithin } from '../../../../schema/contract/areas';
import type { SubgraphContext } from '../../../kit/context';
import { groupFor, oneFor } from '../../../kit/rows-by-key';

type Row = object;
const read = (row: Row, column: string) => (row as Record<string, unknown>)[column] as string;

/** The row whose `column` equals `value` (null for a null value or no row). */
export function oneBy<T extends Row>(ctx: SubgraphContext, entity: EntityClass<T>, column: string, value: string | null | undefined): Promise<T | null> {
  if (!value) return Promise.resolve(null);
  return ctx
    .loader<string, T | null>(`tianjin:${entity.name}.${column}:one`, async (values) =>
      oneFor(values, await ctx.em.find(entity, { [column]: { $in: [...values] } } as FilterQuery<T>), (r) => read(r, column)),
    )
    .load(value);
}

/** Every row whose `column` equals `value`, in key order. */
export function manyBy<T extends Row>(ctx: SubgraphContext, entity: EntityClass<T>, column: string, value: string | null | undefined): Promise<T[]> {
  if (!value) return Promise.resolve([]);
  return ctx
    .loader<string, T[]>(`tianjin:${entity.name}.${column}:many`, async (values) =>
      groupFor(values, await ctx.em.find(entity, { [column]: { $in: [...values] } } as FilterQuery<T>, { orderBy: { key: 'asc' } as never }), (r) => read(r, column)),
    )
    .load(value);
}

/** The rows with these keys, in the order given; keys with no row are dropped. */
export async function byKeys<T extends Row>(ctx: SubgraphContext, entity: EntityClass<T>, keys: readonly string[] | null | undefined): Promise<T[]> {
  const rows = await Promise.all((keys ?? []).map((k) => oneBy(ctx, entity, 'key', k)));
  return rows.filter((r): r is Awaited<T> => r !== null);
}

/** The whole (small) table once per request: for relations held in JSON lists, matched in memory. */
export function allOf<T extends Row>(ctx: SubgraphContext, entity: EntityClass<T>): Promise<T[]> {
  return ctx.loader<string, T[]>(`tianjin:${entity.name}:all`, async (keys) => {
    const rows = await ctx.em.find(entity, {}, { orderBy: { key: 'asc' } as never });
    return keys.map(() => rows);
  }).load('all');
}

/** Rows whose areaCode lies within the area (GB/T 2260, any level): one LIKE per distinct area prefix, one statement. */
export function withinArea<T extends Row & { areaCode?: string | null }>(ctx: SubgraphContext, entity: EntityClass<T>, areaCode: string): Promise<T[]> {
  return ctx
    .loader<string, T[]>(`tianjin:${entity.name}:withinArea`, async (codes) => {
      const prefixes = [...new Set(codes.map(areaPrefix))];
      const rows = await ctx.em.find(entity, { $or: prefixes.map((p) => ({ areaCode: { $like: `${p}%` } })) } as FilterQuery<T>, { orderBy: { key: 'asc' } as never });
      return codes.map((code) => rows.filter((r) => !!r.areaCode && isWithin(r.areaCode, code)));
    })
    .load(areaCode);
}
