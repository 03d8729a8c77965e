/**
 * One page of a list merged over regions: each region is asked, in parallel, for N+1 rows after its
 * own position; the k-way merge takes N; every edge's cursor holds each region's position after it.
 * A region that fails keeps the position it had, so a later page can still include it.
 */
import type { RegionName } from '../../../schema/contract/errors';
import { askRegions, type CrossRegionContext } from './context';
import { decodeCompositeCursor, encodeCompositeCursor, filterHash, regionAfter, type CursorScope } from './cursor';
import { mergePage, type Keyed, type MergedItem } from './merge';
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
  fetch: (client: RegionClient, after: string | null, first: number) => Promise<RegionAnswer<RegionPage<R>>>;
  idOf: (row: R) => string;
  /** Rows equal on (sort key, id) in several regions are one item. */
  dedupe: boolean;
}

export interface MergedListPage<R> {
  edges: Array<{ cursor: string; item: MergedItem<R> }>;
  pageInfo: PageInfo;
  /** Each answering region's count of matching rows (0 when the page was fetched without totals). */
  counts: Array<{ region: RegionName; count: number }>;
}

export async function mergedPage<R extends Keyed>(ctx: CrossRegionContext, request: PageRequest<R>): Promise<MergedListPage<R>> {
  const scope: CursorScope = { list: request.list, order: `${request.order.field}:${request.order.direction}`, filter: filterHash({ filter: request.filter, regions: request.regions }) };
  const start = request.after ? decodeCompositeCursor(request.after, scope) : {};
  const { answers, missing } = await askRegions(ctx, request.regions, (client) => request.fetch(client, regionAfter(start, client.region), request.first + 1));
  const merged = mergePage(
    answers.map((a) => ({ region: a.region, rows: a.rows.rows })),
    { first: request.first, direction: request.order.direction, idOf: request.idOf, dedupe: request.dedupe, start },
  );
  const edges = merged.items.map((item) => ({ cursor: encodeCompositeCursor(scope, item.positions), item }));
  return {
    edges,
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage: merged.hasNextPage,
      // An empty page after a cursor keeps that position: retrying it later can still find rows.
      endCursor: edges.at(-1)?.cursor ?? (request.after ? encodeCompositeCursor(scope, start) : null),
      missingRegions: missing.map(regionEnum),
    }),
    counts: answers.map((a) => ({ region: a.region, count: a.rows.totalCount ?? 0 })),
  };
}
