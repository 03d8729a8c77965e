/**
 * A region's directory cursor: the (sort key, id) of the last row a caller consumed. Opaque to
 * clients; the cross-region layer wraps one per region into its own cursor.
 */
import { CoopError } from '../../../schema/contract/errors';

export interface KeysetPosition {
  sortKey: string;
  id: string;
}

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.sortKey, position.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): KeysetPosition {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      return { sortKey: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the user error below
  }
  throw CoopError.badInput(field, 'The cursor is not one this API issued; pass `pageInfo.endCursor` from the previous page unchanged.', 'INVALID_CURSOR');
}

/** Amounts sort as fixed-width digit strings so the merge order and SQL numeric order agree. */
export function amountSortKey(amountKey: number): string {
  return String(Math.round(amountKey + 1)).padStart(17, '0');
}

export function amountFromSortKey(sortKey: string): number {
  return Number(sortKey) - 1;
}

/**
 * Names sort by UTF-16 code unit, as 4 hex digits each: ASCII, so every collation orders it the same
 * way. Cut at NAME_KEY_UNITS units so that (name_key, id) fits MariaDB's 3072-byte index limit;
 * longer names tie on the key and are ordered by id, identically in SQL and in the merge.
 */
export const NAME_KEY_UNITS = 160;

export function nameSortKey(name: string): string {
  let key = '';
  for (let i = 0; i < name.length && i < NAME_KEY_UNITS; i++) key += name.charCodeAt(i).toString(16).padStart(4, '0');
  return key;
}
