/**
 * Dotted paths of response keys (`presence.area.fullName`) into a GraphQL result. A path walks
 * through lists as if they were flat, the way a reader of the report thinks of them: the values at
 * `presence.region` are every presence's region.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function splitPath(path: string): string[] {
  return path === '' ? [] : path.split('.');
}

export interface PathValues {
  /** Every non-null value at the end of the path, lists flattened. */
  values: Json[];
  /** The path went through a list: the values are a list even when there is one or none. */
  crossedList: boolean;
}

export function valuesAt(root: Json | undefined, segments: readonly string[]): PathValues {
  let current: Json[] = root === undefined || root === null ? [] : [root];
  let crossedList = false;
  const flatten = (items: Json[]): Json[] =>
    items.flatMap((item) => {
      if (Array.isArray(item)) {
        crossedList = true;
        return flatten(item);
      }
      return item === null ? [] : [item];
    });
  current = flatten(current);
  for (const segment of segments) {
    const next: Json[] = [];
    for (const item of current) {
      if (item !== null && typeof item === 'object' && !Array.isArray(item) && segment in item) next.push(item[segment]!);
    }
    current = flatten(next);
  }
  return { values: current, crossedList };
}

/**
 * One copy of the object per element of every list along the path (an inner join: an object with
 * no element there gives no copy), each copy holding a single element at the path.
 */
export function explodeAt(root: JsonObject, segments: readonly string[]): JsonObject[] {
  const [head, ...rest] = segments;
  if (head === undefined) return [root];
  const value = root[head];
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? flattenDeep(value) : [value];
  return items.flatMap((item): JsonObject[] => {
    if (item === null) return [];
    if (rest.length === 0) return [{ ...root, [head]: item }];
    if (typeof item !== 'object' || Array.isArray(item)) return [];
    return explodeAt(item, rest).map((sub) => ({ ...root, [head]: sub }));
  });
}

function flattenDeep(items: Json[]): Json[] {
  return items.flatMap((item) => (Array.isArray(item) ? flattenDeep(item) : [item]));
}
