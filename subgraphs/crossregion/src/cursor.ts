/**
 * The composite cursor of a merged list: opaque base64url JSON, versioned, carrying the order, a
 * hash of the query's filter and, per region, the (sort key, id) of the last row consumed from that
 * region. Each region's own cursor is rebuilt from that position (kit/directory/cursor.ts).
 * It also carries the page's mix, each region's rows on it, from which the next page sizes what it
 * asks of each region (paging.ts); a cursor without one (issued before) asks even shares.
 */
import { createHash } from 'node:crypto';
import { CoopError } from '../../../schema/contract/errors';
import type { RegionName } from '../../../schema/contract/errors';
import { encodeCursor, type KeysetPosition } from '../../kit/directory/cursor';
import { REGIONS } from './config';

export const CURSOR_VERSION = 1;

/** The last row consumed from each region; a region absent here starts from its beginning. */
export type Positions = Partial<Record<RegionName, KeysetPosition>>;

/** Rows each region gave the page a cursor comes from. */
export type Mix = Partial<Record<RegionName, number>>;

/** What a cursor says: where each region stands, and the mix of the page it ends. */
export interface CursorState {
  positions: Positions;
  mix: Mix;
}

/** What a cursor must match to be used again: the list, its order and its filter. */
export interface CursorScope {
  list: string;
  order: string;
  filter: string;
}

interface Encoded {
  v: number;
  l: string;
  o: string;
  f: string;
  p: Partial<Record<RegionName, [string, string]>>;
  m?: Mix;
}

/** A short, stable hash of a filter: the same filter in any key order hashes the same. */
export function filterHash(filter: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>)
          .filter(([, v]) => v !== undefined && v !== null)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([k, v]) => [k, canonical(v)]),
      );
    }
    return value;
  };
  return createHash('sha256').update(JSON.stringify(canonical(filter))).digest('base64url').slice(0, 16);
}

/**
 * The scope of a merged list's cursors. Pages (paging.ts) and the firm export (firm-export.ts) build
 * it here alike, so each continues from the other's cursors.
 */
export function cursorScope(list: string, order: { field: string; direction: string }, filter: unknown, regions: readonly RegionName[]): CursorScope {
  return { list, order: `${order.field}:${order.direction}`, filter: filterHash({ filter, regions }) };
}

export function encodeCompositeCursor(scope: CursorScope, { positions, mix }: CursorState): string {
  const p: Encoded['p'] = {};
  const m: Mix = {};
  for (const region of REGIONS) {
    const position = positions[region];
    if (position) p[region] = [position.sortKey, position.id];
    if (mix[region]) m[region] = mix[region];
  }
  const encoded: Encoded = { v: CURSOR_VERSION, l: scope.list, o: scope.order, f: scope.filter, p, m };
  return Buffer.from(JSON.stringify(encoded), 'utf8').toString('base64url');
}

const notOurs = (why: string) =>
  CoopError.badInput('after', `The cursor ${why}; pass \`pageInfo.endCursor\` (or an edge's cursor) from the same query unchanged.`, 'INVALID_CURSOR');

function isPosition(value: unknown): value is [string, string] {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string';
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** Decodes `after`; a cursor of another list, order or filter, or of another version, is BAD_USER_INPUT. */
export function decodeCompositeCursor(cursor: string, scope: CursorScope): CursorState {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw notOurs('is not one this API issued');
  }
  const encoded = parsed as Partial<Encoded> | null;
  if (!encoded || typeof encoded !== 'object' || typeof encoded.v !== 'number' || !encoded.p || typeof encoded.p !== 'object') {
    throw notOurs('is not one this API issued');
  }
  if (encoded.v !== CURSOR_VERSION) throw notOurs(`is of version ${encoded.v}, this API reads version ${CURSOR_VERSION}`);
  if (encoded.l !== scope.list) throw notOurs('belongs to another list');
  if (encoded.o !== scope.order) throw notOurs(`belongs to another order (${String(encoded.o)}, this query is ${scope.order})`);
  if (encoded.f !== scope.filter) throw notOurs('belongs to a query with another filter');
  const positions: Positions = {};
  for (const [region, value] of Object.entries(encoded.p)) {
    if (!REGIONS.includes(region as RegionName) || !isPosition(value)) throw notOurs('is not one this API issued');
    positions[region as RegionName] = { sortKey: value[0], id: value[1] };
  }
  const mix: Mix = {};
  if (encoded.m !== undefined) {
    if (!encoded.m || typeof encoded.m !== 'object') throw notOurs('is not one this API issued');
    for (const [region, rows] of Object.entries(encoded.m)) {
      if (!REGIONS.includes(region as RegionName) || !isCount(rows)) throw notOurs('is not one this API issued');
      mix[region as RegionName] = rows;
    }
  }
  return { positions, mix };
}

/** The region's own `after` for the next page: its last consumed row, or null to start. */
export function regionAfter(positions: Positions, region: RegionName): string | null {
  const position = positions[region];
  return position ? encodeCursor(position) : null;
}
