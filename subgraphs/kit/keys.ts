/**
 * How many keys a request may name, and how many one SQL statement binds. A list of keys becomes
 * bound variables, and SQLite refuses a statement with more than 32,766 (PostgreSQL 65,535): past
 * that a request failed as an internal error, its SQL logged with every value. So a request names at
 * most MAX_KEYS_PER_REQUEST (BAD_USER_INPUT beyond), and a lookup of many keys is read a chunk at a time.
 */
import type { GraphQLError } from 'graphql';
import { CoopError } from '../../schema/contract/errors';

/** Keys one request may name in one list: the cross-region layer asks 1,000 at a time, a loader batches 5,000. */
export const MAX_KEYS_PER_REQUEST = 5000;
/** Keys one statement binds at most, so that even three lists in one statement stay far under every database's limit. */
export const MAX_KEYS_PER_STATEMENT = 1000;

/** The BAD_USER_INPUT of a list of more keys than one request may name, or null. */
export function tooManyKeys(keys: readonly unknown[] | null | undefined, field: string): GraphQLError | null {
  if (!keys || keys.length <= MAX_KEYS_PER_REQUEST) return null;
  return CoopError.badInput(field, `${field} names ${keys.length} keys; one request may name at most ${MAX_KEYS_PER_REQUEST}. Ask for the rest in further requests.`, 'TOO_MANY_KEYS');
}

/** Refuses a list of more keys than one request may name. */
export function checkKeyCount(keys: readonly unknown[] | null | undefined, field: string): void {
  const error = tooManyKeys(keys, field);
  if (error) throw error;
}

/**
 * `read` of each chunk of at most MAX_KEYS_PER_STATEMENT keys, one after another, the rows together;
 * `order`, where each chunk's rows come sorted, sorts the whole the same way.
 */
export async function inChunks<K, R>(keys: readonly K[], read: (chunk: K[]) => Promise<R[]>, order?: (a: R, b: R) => number): Promise<R[]> {
  if (keys.length <= MAX_KEYS_PER_STATEMENT) return read([...keys]);
  const rows: R[] = [];
  for (let start = 0; start < keys.length; start += MAX_KEYS_PER_STATEMENT) rows.push(...(await read(keys.slice(start, start + MAX_KEYS_PER_STATEMENT))));
  return order ? rows.sort(order) : rows;
}

/** Rows in the order of a text column, as `ORDER BY` it ascending reads them for the ASCII keys it is used on. */
export const byText = <R>(column: (row: R) => string) => (a: R, b: R) => (column(a) < column(b) ? -1 : column(a) > column(b) ? 1 : 0);
