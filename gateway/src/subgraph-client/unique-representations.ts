/**
 * @apollo/gateway sends an `_entities` fetch one representation per place an entity appears: W1 of
 * the benchmark asked yangtze for 115 representations of 41 firms and crossregion for 23 of 9
 * chains. The subgraph is asked for each distinct representation once and the answer is spread
 * back over the places, each its own copy (Apollo merges later fetches into what it is given).
 */
import type { GraphQLFormattedError } from 'graphql';

export interface UniqueRepresentations {
  unique: unknown[];
  /** For each original representation, the index of its distinct one in `unique`. */
  slots: number[];
}

/** The distinct representations, or null when there is nothing to save. */
export function uniqueRepresentations(representations: unknown): UniqueRepresentations | null {
  if (!Array.isArray(representations) || representations.length < 2) return null;
  const unique: unknown[] = [];
  const indexOf = new Map<string, number>();
  const slots = representations.map((representation) => {
    const key = JSON.stringify(representation);
    let slot = indexOf.get(key);
    if (slot === undefined) {
      slot = unique.push(representation) - 1;
      indexOf.set(key, slot);
    }
    return slot;
  });
  return unique.length < representations.length ? { unique, slots } : null;
}

/**
 * A deep copy of parsed JSON. Faster than structuredClone on the small objects an answer holds
 * (its serializer showed as 5 % of the gateway's CPU on W1 in the benchmark's profile).
 */
function copyJson(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyJson);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = copyJson((value as Record<string, unknown>)[key]);
  return copy;
}

interface EntitiesResponse {
  data?: Record<string, unknown> | null;
  errors?: ReadonlyArray<GraphQLFormattedError>;
}

/** The answer as if every original representation had been sent: entities and error paths spread back. */
export function spreadEntities<R extends EntitiesResponse>(response: R, { slots }: UniqueRepresentations): R {
  const entities = response.data?._entities;
  const spread: R = { ...response };
  if (Array.isArray(entities)) {
    const given = new Uint8Array(entities.length);
    spread.data = {
      ...response.data,
      _entities: slots.map((slot) => {
        const entity = entities[slot];
        if (!given[slot]) {
          given[slot] = 1;
          return entity;
        }
        return copyJson(entity);
      }),
    };
  }
  if (response.errors) {
    // Only an answer with errors needs each distinct representation's places.
    const placesOf = new Map<number, number[]>();
    slots.forEach((slot, place) => {
      const places = placesOf.get(slot);
      if (places) places.push(place);
      else placesOf.set(slot, [place]);
    });
    spread.errors = response.errors.flatMap((error) => {
      const [root, slot, ...rest] = error.path ?? [];
      if (root !== '_entities' || typeof slot !== 'number') return [error];
      return (placesOf.get(slot) ?? [slot]).map((place) => ({ ...error, path: ['_entities', place, ...rest] }));
    });
  }
  return spread;
}
