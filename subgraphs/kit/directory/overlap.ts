/**
 * What a region says of its matches that other regions may record (shared-firms.ts), so that the
 * cross-region layer counts a merged list exactly without every key (crossregion/src/distinct-total.ts).
 *
 * Without a filter every firm a region records matches, so the region only counts its shared firms
 * by their set of peers (`groups`): the cross-region layer knows from those which were already
 * counted by an earlier region. With a filter a firm may match in one region and not another, so
 * the region lists its matching shared firms (`keys`): a small set, the firms several regions record.
 * Firms whose peers are unknown are always listed, and then looked up in every region (`matches`).
 */
import type { Knex } from '@mikro-orm/knex';
import { Field, Int, ObjectType, Directive, ID } from 'type-graphql';
import { firmFilter, planFilter, type PlannedFilter } from './query';
import { UNKNOWN_PEERS } from './shared-firms';
import type { DirectoryFilter } from './types';

@ObjectType('DirectorySharedGroup', { simpleResolvers: true, description: 'internal: how many matching firms other regions record, by those regions' })
@Directive('@shareable')
@Directive('@inaccessible')
export class SharedGroup {
  @Field(() => String) peers!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('DirectorySharedKey', { simpleResolvers: true, description: 'internal: a matching firm other regions may record' })
@Directive('@shareable')
@Directive('@inaccessible')
export class SharedKey {
  @Field(() => ID) uscc!: string;
  /** The other regions that record it, comma-separated; '?' when not known; null when none does. */
  @Field(() => String, { nullable: true }) peers!: string | null;
}

@ObjectType('DirectoryFirmOverlap', { simpleResolvers: true, description: 'internal: the matches of a firm page that other regions may record' })
@Directive('@shareable')
@Directive('@inaccessible')
export class FirmOverlap {
  @Field(() => [SharedGroup]) groups!: SharedGroup[];
  @Field(() => [SharedKey]) keys!: SharedKey[];
}

/** No part of the filter is set: every firm matches. */
export function isEmptyFilter(filter: DirectoryFilter): boolean {
  return Object.entries(filter).every(([name, value]) => name === 'grams' || value == null || (Array.isArray(value) && !value.length));
}

type Row = Record<string, unknown>;
const key = (r: Row): SharedKey => ({ uscc: String(r.uscc), peers: r.peers == null ? null : String(r.peers) });

export async function firmOverlap(knex: Knex, filter: PlannedFilter): Promise<FirmOverlap> {
  if (isEmptyFilter(filter)) {
    const [groups, unknown] = (await Promise.all([
      knex('dir_firm_shared').select('peers').count({ n: '*' }).whereNot('peers', UNKNOWN_PEERS).groupBy('peers'),
      knex('dir_firm_shared').select('uscc', 'peers').where('peers', UNKNOWN_PEERS).orderBy('uscc'),
    ])) as [Row[], Row[]];
    return { groups: groups.map((g) => ({ peers: String(g.peers), count: Number(g.n) })), keys: unknown.map(key) };
  }
  const qb = knex('dir_firm as f').join('dir_firm_shared as s', 's.uscc', 'f.uscc').select('f.uscc', 's.peers').orderBy('f.uscc');
  firmFilter(knex, qb, filter);
  return { groups: [], keys: ((await qb) as Row[]).map(key) };
}

/** Which of `usccs` match the filter here, each with its peers (null when no other region records it). */
export async function firmMatches(knex: Knex, filter: DirectoryFilter, usccs: readonly string[]): Promise<SharedKey[]> {
  if (!usccs.length) return [];
  const qb = knex('dir_firm as f').leftJoin('dir_firm_shared as s', 's.uscc', 'f.uscc').select('f.uscc', 's.peers').whereIn('f.uscc', usccs).orderBy('f.uscc');
  firmFilter(knex, qb, await planFilter(knex, filter));
  return ((await qb) as Row[]).map(key);
}
