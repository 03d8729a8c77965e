/**
 * Merges a subgraph's reply into the response tree in place, as @apollo/gateway's deepMerge does:
 * objects key by key, lists of the same length element by element, anything else replaced. The
 * reply's objects become part of the tree (nothing is copied), so each reply is parsed once and
 * walked once.
 */
export function mergeInto(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const key in source) {
    const value = source[key];
    if (value === undefined) continue;
    // `__proto__` is an own data key in parsed JSON; assigning it would set the prototype instead.
    const existing = key === '__proto__' ? (Object.prototype.hasOwnProperty.call(target, key) ? target[key] : undefined) : target[key];
    if (existing !== null && typeof existing === 'object' && value !== null && typeof value === 'object') {
      if (!Array.isArray(value)) {
        if (!Array.isArray(existing)) {
          mergeInto(existing as Record<string, unknown>, value as Record<string, unknown>);
          continue;
        }
      } else if (Array.isArray(existing) && existing.length === value.length) {
        for (let i = 0; i < value.length; i++) {
          const from = value[i];
          const into = existing[i];
          if (into !== null && typeof into === 'object' && !Array.isArray(into) && from !== null && typeof from === 'object' && !Array.isArray(from)) mergeInto(into, from);
          else existing[i] = from;
        }
        continue;
      }
    }
    if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    else target[key] = value;
  }
}
