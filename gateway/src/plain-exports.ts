/**
 * @apollo/federation-internals re-exports its modules with TypeScript's `__exportStar`, which
 * defines every export as a getter. @apollo/gateway calls through them in its hottest loops (result
 * shaping calls `isNonNullType`, `isListType`, `assert`… for every value of every answer): 5 % of
 * the gateway's CPU on the benchmark's W1 with in-memory subgraphs (`--profile a`). Without them,
 * shaping a W1-shaped answer takes half the time (`npm run bench:shaping`, bench/README.md).
 *
 * `makeExportsPlain` reads each getter once and puts a plain object with the same values in the
 * module's place in require's cache, so that the modules loaded afterwards read data properties.
 * Only those: hence `consumer`, which must not be loaded yet. The values are the same objects; the
 * library assigns none of them after loading (its only assignments are enum objects, at load time).
 */
import { createRequire } from 'node:module';

export type PlainExportsResult = { flattened: number; skipped?: never } | { flattened?: never; skipped: string };

/** `specifier` as `consumer` resolves it, made plain before `consumer` loads. */
export function makeExportsPlain(specifier: string, consumer: string): PlainExportsResult {
  const consumerPath = require.resolve(consumer);
  if (require.cache[consumerPath]) return { skipped: `${consumer} was loaded first` };
  const load = createRequire(consumerPath);
  const id = load.resolve(specifier);
  const exports = load(id) as Record<string, unknown>;
  const cached = require.cache[id];
  if (!cached || cached.exports !== exports) return { skipped: `${specifier} is not a CommonJS module in require's cache` };
  const plain: Record<string, unknown> = {};
  let flattened = 0;
  for (const key of Object.keys(exports)) {
    if (Object.getOwnPropertyDescriptor(exports, key)?.get) flattened++;
    plain[key] = exports[key];
  }
  // Kept so that `import` interop (`__esModule`) reads the module as it did.
  if ((exports as { __esModule?: boolean }).__esModule) Object.defineProperty(plain, '__esModule', { value: true });
  cached.exports = plain;
  return { flattened };
}
