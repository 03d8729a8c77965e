/**
 * The key of a cached response: the operation (its document hash and name), its variables, WHO is
 * asking and the cache generation. The caller's identity is always part of it — two callers whose
 * roles or units could let them see different data never share an entry, whatever the cache hints'
 * scope says. The generation moves on every mutation, so a write through any replica retires every
 * entry stored before it.
 */
import { createHash } from 'node:crypto';

export interface CacheKeyParts {
  /** sha256 of the document (Apollo's requestContext.queryHash). */
  queryHash: string;
  operationName: string | null | undefined;
  variables: Record<string, unknown> | undefined;
  /** Everything that decides what the caller may see (role, subject, region, unit). */
  identity: unknown;
  generation: string;
}

/** JSON with object keys sorted, so equal values give equal text whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function responseCacheKey(parts: CacheKeyParts): string {
  const text = canonicalJson([parts.generation, parts.identity ?? null, parts.queryHash, parts.operationName ?? null, parts.variables ?? {}]);
  return createHash('sha256').update(text).digest('hex');
}
