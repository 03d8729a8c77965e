/**
 * One page of a list merged over regions: each region is asked, in parallel, for rows after its own
 * position; the k-way merge takes N; every edge's cursor holds each region's position after it.
 * A region that fails keeps the position it had, so a later page can still include it.
 *
 * A large page asks each region for its share, not for N+1 rows: of three regions' N+1 rows each, a
 * page used a third and the regions read, sent and parsed the rest for nothing (bench W4). Where a
 * region's share runs out before the page is full, that region alone is asked for the rest.
 *
 * The share follows the previous page's mix (carried in the cursor), not an even split: names sort
 * by their place name first (天津…, 杭州…), so a region's firms come in long runs, and an even share
 * ran out on nearly every page of such a run, costing a second round trip (bench W4's 200-row pages:
 * 1.03 region calls beyond the first round per page with even shares, 0.37 with the mix).
 */
import type { RegionName } from '../../../schema/contract/errors';
import { invariant } from '../../../schema/contract/invariant';
import { encodeCursor } from '../../kit/directory/cursor';
import type { FirmOverlap } from '../../kit/directory/overlap';
import { askRegions, type CrossRegionContext } from './context';
import { cursorScope, decodeCompositeCursor, encodeCompositeCursor, regionAfter, type CursorScope, type CursorState, type Mix } from './cursor';
import { mergePage, type Keyed, type MergedItem, type MergedPage } from './merge';
import type { RegionAnswer, RegionClient, RegionOrder } from './region-client';
import { PageInfo } from './types/connection';
import { regionEnum } from './types/region';

export interface RegionPage<R> {
  rows: R[];
  /** Present when the page was asked `withTotal`. */
  totalCount?: number;
  /** Of a firm page asked `withTotal`: its matches that other regions may record. */
  overlap?: FirmOverlap;
}

export interface PageRequest<R extends Keyed> {
  /** Names the list in its cursors, so a cursor of another list is refused. */
  list: string;
  regions: RegionName[];
  /** Everything that decides which rows match: hashed into the cursor. */
  filter: unknown;
  order: RegionOrder;
  first: number;
  after: string | null | undefined;
  /** The page's regions count their matches too (`totalCount` was selected): on the first call only. */
  withTotal: boolean;
  fetch: (client: RegionClient, after: string | null, first: number, withTotal: boolean) => Promise<RegionAnswer<RegionPage<R>>>;
  idOf: (row: R) => string;
  /** Rows equal on (sort key, id) in several regions are one item. */
  dedupe: boolean;
}

/** An edge of a merged page. Its cursor is encoded only when read: a long export selects nodes, not edges. */
export class MergedEdge<R> {
  private encoded?: string;

  constructor(
    private readonly scope: CursorScope,
    readonly item: MergedItem<R>,
    /** The page's mix: every cursor of a page carries the same. */
    private readonly mix: Mix,
  ) {}

  get cursor(): string {
    return (this.encoded ??= encodeCompositeCursor(this.scope, { positions: this.item.positions, mix: this.mix }));
  }

  /** The connection's edge for this item: the cursor still encoded only when read. */
  withNode<T>(node: T): { readonly cursor: string; node: T } {
    const edge = this;
    return {
      node,
      get cursor() {
        return edge.cursor;
      },
    };
  }
}

export interface MergedListPage<R> {
  edges: Array<MergedEdge<R>>;
  pageInfo: PageInfo;
  /** Each answering region's count of matching rows (0 when the page was fetched without totals). */
  counts: Array<{ region: RegionName; count: number; overlap?: FirmOverlap }>;
}

/** Pages up to this size ask every region for all of it: a second round trip would cost more than the rows. */
export const SMALL_PAGE = 50;
/** How much more than its share each region is first asked for. */
const SHARE_MARGIN = 1.5;
/** The least share a region is asked for, whatever the last page's mix: a region's run may start. */
const LEAST_SHARE = 0.05;
/**
 * A drained region is asked for enough rows to fill the page alone, so it never drains twice, and a
 * page needs at most a round per region and one more: this only guards the loop.
 */
const MAX_ROUNDS = 8;

/**
 * Rows each region is first asked for: N+1 for a small page or a single region, otherwise its share
 * with a margin: its part of the previous page's mix, or an even part on a first page.
 */
export function firstAsks(first: number, regions: readonly RegionName[], mix: Mix = {}): Array<{ region: RegionName; rows: number }> {
  const total = regions.reduce((sum, region) => sum + (mix[region] ?? 0), 0);
  return regions.map((region) => {
    if (regions.length <= 1 || first <= SMALL_PAGE) return { region, rows: first + 1 };
    const share = total ? Math.max((mix[region] ?? 0) / total, LEAST_SHARE) : 1 / regions.length;
    return { region, rows: Math.min(first + 1, Math.ceil(first * share * SHARE_MARGIN) + 1) };
  });
}

/** Each region's rows on a page; a firm that several regions record counts for each. */
export function mixOf<R>(items: ReadonlyArray<MergedItem<R>>): Mix {
  const mix: Mix = {};
  for (const item of items) for (const { region } of item.rows) mix[region] = (mix[region] ?? 0) + 1;
  return mix;
}

export async function mergedPage<R extends Keyed>(ctx: CrossRegionContext, request: PageRequest<R>): Promise<MergedListPage<R>> {
  const scope = cursorScope(request.list, request.order, request.filter, request.regions);
  const { positions: start, mix: lastMix }: CursorState = request.after ? decodeCompositeCursor(request.after, scope) : { positions: {}, mix: {} };
  const keyOf = (row: R) => ({ sortKey: row.sortKey, id: request.idOf(row) });
  const streams = new Map<RegionName, { rows: R[]; more: boolean }>();
  const counts = new Map<RegionName, { count: number; overlap?: FirmOverlap }>();
  const missing = new Set<RegionName>();
  const ask = async (asks: Array<{ region: RegionName; rows: number }>, withTotal: boolean) => {
    const wanted = new Map(asks.map((a) => [a.region, a.rows]));
    const answered = await askRegions(ctx, [...wanted.keys()], (client) => {
      const fetched = streams.get(client.region)?.rows.at(-1);
      const after = fetched ? encodeCursor(keyOf(fetched)) : regionAfter(start, client.region);
      return request.fetch(client, after, wanted.get(client.region)!, withTotal);
    });
    for (const { region, rows } of answered.answers) {
      const stream = streams.get(region) ?? { rows: [], more: false };
      stream.rows.push(...rows.rows);
      stream.more = rows.rows.length === wanted.get(region);
      streams.set(region, stream);
      if (withTotal) counts.set(region, { count: rows.totalCount ?? 0, overlap: rows.overlap });
    }
    // A region that fails in any round is left out of the whole page: it keeps its start position.
    for (const region of answered.missing) {
      missing.add(region);
      streams.delete(region);
    }
  };

  await ask(firstAsks(request.first, request.regions, lastMix), request.withTotal);
  let merged: MergedPage<R>;
  for (let round = 1; ; round++) {
    merged = mergePage(
      request.regions.filter((r) => streams.has(r)).map((region) => ({ region, ...streams.get(region)! })),
      { first: request.first, direction: request.order.direction, idOf: request.idOf, dedupe: request.dedupe, start },
    );
    if (!merged.drained.length) break;
    invariant(round < MAX_ROUNDS, `merged page of ${request.list} still unsettled after ${MAX_ROUNDS} rounds`);
    await ask(merged.drained, false);
  }
  const mix = mixOf(merged.items);
  const edges = merged.items.map((item) => new MergedEdge(scope, item, mix));
  return {
    edges,
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage: merged.hasNextPage,
      // An empty page after a cursor keeps that position: retrying it later can still find rows.
      endCursor: edges.at(-1)?.cursor ?? (request.after ? encodeCompositeCursor(scope, { positions: start, mix: lastMix }) : null),
      missingRegions: request.regions.filter((r) => missing.has(r)).map(regionEnum),
      answeredRegions: request.regions.filter((r) => !missing.has(r)),
    }),
    counts: request.regions.filter((r) => counts.has(r) && streams.has(r)).map((region) => ({ region, ...counts.get(region)! })),
  };
}
