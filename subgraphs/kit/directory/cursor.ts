/**
 * A region's directory cursor: the (sort key, id) of the last row a caller consumed. Opaque to
 * clients; the cross-region layer wraps one per region into its own cursor.
 */
// The cursor's wire format is part of the region contract; the kit serves it from there.
export { decodeCursor, encodeCursor, type KeysetPosition } from '../../../schema/contract/directory-cursor';

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
