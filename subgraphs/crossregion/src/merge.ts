/**
 * The k-way merge of a page: each region answered up to N+1 rows after its own cursor, sorted by
 * (sort key, id) in the query's direction; the merge repeatedly takes the smallest head. Sort keys
 * and ids are ASCII, so JavaScript's string order is the order every region's database used.
 * With `dedupe`, heads equal on (sort key, id) in several regions are one item (one firm that
 * several regions record): they are consumed together.
 */
import type { RegionName } from '../../../schema/contract/errors';
import type { Positions } from './cursor';

export type Direction = 'ASC' | 'DESC';

export interface Keyed {
  sortKey: string;
}

export interface RegionStream<R> {
  region: RegionName;
  rows: readonly R[];
}

export interface MergedItem<R> {
  /** The item's row in each region that holds it, in stream order. */
  rows: Array<{ region: RegionName; row: R }>;
  /** Every region's position once this item is consumed: the cursor of this edge. */
  positions: Positions;
}

export interface MergedPage<R> {
  items: Array<MergedItem<R>>;
  /** Positions after the page: regions that gave nothing keep the position they started from. */
  positions: Positions;
  /** Some region still holds a row that was fetched but not consumed. */
  hasNextPage: boolean;
}

/** Code-unit order: the order of ASCII keys in every dialect. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Order of two (sort key, id) pairs in a direction; DESC reverses both parts. */
export function compareKeys(a: { sortKey: string; id: string }, b: { sortKey: string; id: string }, direction: Direction): number {
  const order = compareText(a.sortKey, b.sortKey) || compareText(a.id, b.id);
  return direction === 'ASC' ? order : -order;
}

export function mergePage<R extends Keyed>(
  streams: ReadonlyArray<RegionStream<R>>,
  options: { first: number; direction: Direction; idOf: (row: R) => string; dedupe: boolean; start?: Positions },
): MergedPage<R> {
  const { first, direction, idOf, dedupe } = options;
  const heads = streams.map(() => 0);
  const positions: Positions = { ...(options.start ?? {}) };
  const items: Array<MergedItem<R>> = [];
  const keyOf = (row: R) => ({ sortKey: row.sortKey, id: idOf(row) });

  while (items.length < first) {
    let best = -1;
    for (let s = 0; s < streams.length; s++) {
      const row = streams[s]!.rows[heads[s]!];
      if (row === undefined) continue;
      if (best < 0 || compareKeys(keyOf(row), keyOf(streams[best]!.rows[heads[best]!]!), direction) < 0) best = s;
    }
    if (best < 0) break;
    const bestKey = keyOf(streams[best]!.rows[heads[best]!]!);
    const rows: MergedItem<R>['rows'] = [];
    for (let s = 0; s < streams.length; s++) {
      const row = streams[s]!.rows[heads[s]!];
      if (row === undefined) continue;
      if (s !== best && !(dedupe && compareKeys(keyOf(row), bestKey, direction) === 0)) continue;
      rows.push({ region: streams[s]!.region, row });
      positions[streams[s]!.region] = keyOf(row);
      heads[s]!++;
    }
    items.push({ rows, positions: { ...positions } });
  }

  const hasNextPage = streams.some((stream, s) => heads[s]! < stream.rows.length);
  return { items, positions, hasNextPage };
}
