/**
 * The k-way merge of a page: each region answered some rows after its own cursor, sorted by
 * (sort key, id) in the query's direction; the merge repeatedly takes the smallest head. A region
 * that may hold more rows than it gave (`more`) bounds the merge: once its rows are used up, no
 * head can be taken, as its next row might come first. Sort keys
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
  /** The region may hold rows after these (it gave as many as it was asked for). */
  more?: boolean;
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
  /** Some region still holds a row that was fetched but not consumed, or may hold more. */
  hasNextPage: boolean;
  /**
   * Regions whose rows ran out while they may hold more, and how many rows of each it takes to go
   * on: `first - items + 1` when the page stopped short, 1 when the page is full but only their
   * next row can say whether there is a next page. Empty when the page is settled.
   */
  drained: Array<{ region: RegionName; rows: number }>;
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

  const isDrained = (s: number) => streams[s]!.more === true && heads[s] === streams[s]!.rows.length;
  let short = false;
  while (items.length < first) {
    if (streams.some((_, s) => isDrained(s))) {
      short = true;
      break;
    }
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

  const unconsumed = streams.some((stream, s) => heads[s]! < stream.rows.length);
  const unsettled = short || !unconsumed;
  const drained = unsettled ? streams.flatMap((stream, s) => (isDrained(s) ? [{ region: stream.region, rows: short ? first - items.length + 1 : 1 }] : [])) : [];
  return { items, positions, hasNextPage: unconsumed || streams.some((stream) => stream.more === true), drained };
}
