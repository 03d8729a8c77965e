/**
 * Value objects built from static reference data (the chain taxonomy, the area table) are the same
 * for every request: built once per key, so a list of 1,000 firms shares them instead of building
 * 1,000 copies. Not frozen: @apollo/subgraph marks an entity it returns with its `__typename`.
 */
export function memoByKey<V extends object>(build: (key: string) => V | null): (key: string | null | undefined) => V | null {
  // Only found keys are kept: they are bounded by the reference data, unknown keys come from callers.
  const built = new Map<string, V>();
  return (key) => {
    if (!key) return null;
    const found = built.get(key);
    if (found) return found;
    const value = build(key);
    if (value) built.set(key, value);
    return value;
  };
}
