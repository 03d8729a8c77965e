/**
 * The directory protocol's cursor, part of the region contract (schema/region-contract.md): the
 * (sort key, id) of the last row a caller consumed, as base64url of the JSON pair. The cross-region
 * layer builds one from a row it merged, so every region must read this format.
 */
import { CoopError } from './errors';

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
