/**
 * Where a plan node's fetches apply in the response tree: a Flatten path (`firms.nodes.@.zhejiang`)
 * leads from the current objects to the entities below, through lists at `@`. The walk is compiled
 * into nothing more than the path's steps; the response paths of the entities (for errors) and
 * their ancestors (for @fromContext arguments) are found only when needed.
 */
import type { ResponsePath } from '@apollo/query-planner';

export type ResponseObject = Record<string, unknown>;

const hasOwn = Object.prototype.hasOwnProperty;

/** The objects at `path` below `from` (an object or a list of them), lists flattened, nulls left out. */
export function objectsAt(from: ResponseObject | ResponseObject[], path: ResponsePath): ResponseObject[] {
  const found: ResponseObject[] = [];
  const walk = (value: unknown, at: number): void => {
    if (value === null || value === undefined) return;
    if (at === path.length) {
      if (Array.isArray(value)) {
        for (const item of value) if (item !== null && typeof item === 'object' && !Array.isArray(item)) found.push(item as ResponseObject);
      } else if (typeof value === 'object') found.push(value as ResponseObject);
      return;
    }
    const step = path[at]!;
    if (step === '@') {
      if (Array.isArray(value)) for (const item of value) walk(item, at + 1);
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) walk(item, at);
      return;
    }
    if (typeof value === 'object' && hasOwn.call(value, step)) walk((value as ResponseObject)[step as string], at + 1);
  };
  walk(from, 0);
  return found;
}

/**
 * For each object `objectsAt(root, path)` finds, in the same order: its response path (list
 * indexes filled in) and its ancestors from the root down to itself.
 */
export function placesAt(root: ResponseObject, path: ResponsePath): Array<{ path: Array<string | number>; ancestors: ResponseObject[] }> {
  const found: Array<{ path: Array<string | number>; ancestors: ResponseObject[] }> = [];
  const at: Array<string | number> = [];
  const ancestors: ResponseObject[] = [];
  const walk = (value: unknown, index: number): void => {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) {
      const listStep = index < path.length && path[index] === '@';
      value.forEach((item, i) => {
        at.push(i);
        walk(item, listStep ? index + 1 : index);
        at.pop();
      });
      return;
    }
    if (typeof value !== 'object') return;
    ancestors.push(value as ResponseObject);
    if (index === path.length) found.push({ path: at.slice(), ancestors: ancestors.slice() });
    else {
      const step = path[index]!;
      if (step !== '@' && hasOwn.call(value, step)) {
        at.push(step);
        walk((value as ResponseObject)[step as string], index + 1);
        at.pop();
      }
    }
    ancestors.pop();
  };
  walk(root, 0);
  return found;
}
