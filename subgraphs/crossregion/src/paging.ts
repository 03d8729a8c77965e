/**
 * One page of a list merged over regions: each region is asked, in parallel, for rows after its own
 * position; the k-way merge takes N; every edge's cursor holds each region's position after it.
 * A region that fails keeps the position it had, so a later page can still include it.
 *
 * A large page asks each region for its share, not for N+1 rows: of three regions' N+1 rows each, a
 * page used a third and the regions read, sent and parsed the rest for nothing (bench W4). Where a
 * region's share runs out before the page is full, that region alone is asked for the rest.
 */
import type { RegionName } from '../../../schema/contract/errors';
import { invariant } from '../../../schema/contract/invariant';
import { encodeCursor } from '../../kit/directory/cursor';
import { askRegions, type CrossRegionContext } from './context';
import { decodeCompositeCursor, encodeCompositeCursor, filterHash, regionAfter, type CursorScope } from './cursor';
import { mergePage, type Keyed, type MergedItem, type MergedPage } from './merge';
import type { RegionAnswer, RegionClient, RegionOrder } from './region-client';
import { PageInfo } from './types/connection';
import { regionEnum } from './types/region';

export interface RegionPage<R> {
  rows: R[];
  /** Present when the page was asked `withTotal`. */
  totalCount?: number;
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
  ) {}

  get cursor(): string {
    return (this.encoded ??= encodeCompositeCursor(this.scope, this.item.positions));
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
  counts: Array<{ region: RegionName; count: number }>;
}

/** Pages up to this size ask every region for all of it: a second round trip would cost more than the rows. */
export const SMALL_PAGE = 50;
/** How much more than an even share each region is first asked for. */
const SHARE_MARGIN = 1.5;
/**
 * A drained region is asked for enough rows to fill the page alone, so it never drains twice, and a
 * page needs at most a round per region and one more: this only guards the loop.
 */
const MAX_ROUNDS = 8;

/** Rows a region is first asked for: N+1 for a small page or a single region, otherwise its share with a margin. */
export function firstAsk(first: number, regions: number): number {
  if (regions <= 1 || first <= SMALL_PAGE) return first + 1;
  return Math.min(first + 1, Math.ceil((first * SHARE_MARGIN) / regions) + 1);
}

export async function mergedPage<R extends Keyed>(ctx: CrossRegionContext, request: PageRequest<R>): Promise<MergedListPage<R>> {
  const scope: CursorScope = { list: request.list, order: `${request.order.field}:${request.order.direction}`, filter: filterHash({ filter: request.filter, regions: request.regions }) };
  const start = request.after ? decodeCompositeCursor(request.after, scope) : {};
  const keyOf = (row: R) => ({ sortKey: row.sortKey, id: request.idOf(row) });
  const streams = new Map<RegionName, { rows: R[]; more: boolean }>();
  const counts = new Map<RegionName, number>();
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
      if (withTotal) counts.set(region, rows.totalCount ?? 0);
    }
    // A region that fails in any round is left out of the whole page: it keeps its start position.
    for (const region of answered.missing) {
      missing.add(region);
      streams.delete(region);
    }
  };

  await ask(request.regions.map((region) => ({ region, rows: firstAsk(request.first, request.regions.length) })), request.withTotal);
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
  const edges = merged.items.map((item) => new MergedEdge(scope, item));
  return {
    edges,
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage: merged.hasNextPage,
      // An empty page after a cursor keeps that position: retrying it later can still find rows.
      endCursor: edges.at(-1)?.cursor ?? (request.after ? encodeCompositeCursor(scope, start) : null),
      missingRegions: request.regions.filter((r) => missing.has(r)).map(regionEnum),
    }),
    counts: request.regions.filter((r) => counts.has(r) && streams.has(r)).map((region) => ({ region, count: counts.get(region)! })),
  };
}
