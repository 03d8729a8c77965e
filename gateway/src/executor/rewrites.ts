/**
 * The plan's data rewrites, compiled once per fetch: `inputRewrites` change a representation before
 * it is sent, `outputRewrites` a reply before it is merged (a ValueSetter sets a value, a
 * KeyRenamer moves one; paths may pass `... on T` conditions, decided by `__typename` against the
 * supergraph schema, applying where an object has none), and `contextRewrites` read the values of
 * @fromContext arguments from an entity's ancestors (`..` steps up one object).
 */
import type { GraphQLSchema } from 'graphql';
import type { FetchDataKeyRenamer, FetchDataRewrite } from '@apollo/query-planner';
import { typeConditionCheck } from './type-conditions';

export type Rewrite = (value: Record<string, unknown>) => void;

const FRAGMENT = '... on ';

type PathStep = { field: string } | { applies: (object: Record<string, unknown>) => boolean };

function compilePath(schema: GraphQLSchema, path: readonly string[]): PathStep[] {
  return path.map((element) => (element.startsWith(FRAGMENT) ? { applies: typeConditionCheck(schema, element.slice(FRAGMENT.length), true) } : { field: element }));
}

function defineOwn(object: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

function applyAt(steps: readonly PathStep[], at: number, value: unknown, apply: (object: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) applyAt(steps, at, item, apply);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const object = value as Record<string, unknown>;
  if (at === steps.length) return apply(object);
  const step = steps[at]!;
  if ('field' in step) applyAt(steps, at + 1, Object.prototype.hasOwnProperty.call(object, step.field) ? object[step.field] : undefined, apply);
  else if (step.applies(object)) applyAt(steps, at + 1, object, apply);
}

export function compileRewrites(schema: GraphQLSchema, rewrites: readonly FetchDataRewrite[] | undefined): Rewrite | undefined {
  if (!rewrites?.length) return undefined;
  const compiled = rewrites.flatMap((rewrite): Rewrite[] => {
    if (rewrite.path.length === 0) return [];
    const steps = compilePath(schema, rewrite.path.slice(0, -1));
    const last = rewrite.path[rewrite.path.length - 1]!;
    if (rewrite.kind === 'ValueSetter') return [(value) => applyAt(steps, 0, value, (object) => defineOwn(object, last, rewrite.setValueTo))];
    return [
      (value) =>
        applyAt(steps, 0, value, (object) => {
          const moved = Object.prototype.hasOwnProperty.call(object, last) ? object[last] : undefined;
          if (!moved) return;
          defineOwn(object, rewrite.renameKeyTo, moved);
          object[last] = undefined;
        }),
    ];
  });
  return (value) => {
    for (const rewrite of compiled) rewrite(value);
  };
}

/** One @fromContext argument: the variable it fills and how to read its value from an entity's ancestors (nearest last). */
export interface ContextArgument {
  variable: string;
  read(ancestors: readonly Record<string, unknown>[]): unknown;
}

export function compileContextRewrites(schema: GraphQLSchema, rewrites: readonly FetchDataKeyRenamer[] | undefined): ContextArgument[] {
  const byVariable = new Map<string, Array<(ancestors: readonly Record<string, unknown>[]) => unknown>>();
  for (const rewrite of rewrites ?? []) {
    const up = rewrite.path.findIndex((element) => element !== '..');
    const levels = up < 0 ? rewrite.path.length : up;
    const steps = compilePath(schema, rewrite.path.slice(levels));
    const read = (ancestors: readonly Record<string, unknown>[]): unknown => {
      let value: unknown = ancestors[ancestors.length - 1 - levels];
      for (const step of steps) {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
        const object = value as Record<string, unknown>;
        if ('field' in step) value = Object.prototype.hasOwnProperty.call(object, step.field) ? object[step.field] : undefined;
        else if (!step.applies(object)) return undefined;
      }
      return value;
    };
    const readers = byVariable.get(rewrite.renameKeyTo);
    if (readers) readers.push(read);
    else byVariable.set(rewrite.renameKeyTo, [read]);
  }
  // Several rewrites for one variable are alternatives by type (`... on A`, `... on B`): the first that finds a value wins.
  return [...byVariable].map(([variable, readers]) => ({
    variable,
    read: (ancestors) => {
      for (const read of readers) {
        const value = read(ancestors);
        if (value !== undefined) return value;
      }
      return null;
    },
  }));
}
