/**
 * Rows arranged by a key: for a DataLoader's batch (one list or one row per key asked, in the
 * order asked) and anywhere else rows are grouped (a firm's links, a project's parties).
 */

/** Rows of each key, keys in the order they first appear. */
export function groupBy<K, R>(rows: readonly R[], keyOf: (row: R) => K): Map<K, R[]> {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Groups rows by a key in the order the loader asked for them (one list per key). */
export function groupFor<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const groups = groupBy(rows, keyOf);
  return keys.map((k) => groups.get(k) ?? []);
}

/** One row per key in the order the loader asked for them (null where none). */
export function oneFor<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): Array<R | null> {
  const byKey = new Map<K, R>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((k) => byKey.get(k) ?? null);
}
