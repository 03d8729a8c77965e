/**
 * The representations an entity fetch sends (`_entities(representations:)`): for each entity in
 * the response tree, the plan's `requires` selection (its keys, `__typename`, and any @requires
 * inputs) read out of it. Compiled once per fetch into nested functions, so that building a
 * representation walks the entity only. As @apollo/gateway does, an entity that lacks one of the
 * inputs (its fetch failed) is not sent, and fragments apply by the entity's `__typename` against
 * the supergraph schema (inputs may name @inaccessible types; subgraphs know them).
 */
import type { GraphQLSchema } from 'graphql';
import type { QueryPlanSelectionNode } from '@apollo/query-planner';
import { mergeInto } from './merge';
import { typeConditionCheck } from './type-conditions';

/** Builds the representation of one entity, or null when the entity lacks an input. */
export type RepresentationBuilder = (entity: Record<string, unknown>) => Record<string, unknown> | null;

export function compileRequires(schema: GraphQLSchema, selections: readonly QueryPlanSelectionNode[]): RepresentationBuilder {
  type Part =
    | { kind: 'field'; key: string; sub: RepresentationBuilder | undefined }
    | { kind: 'fragment'; applies: (object: Record<string, unknown>) => boolean; sub: RepresentationBuilder };
  const parts: Part[] = selections.flatMap((selection): Part[] => {
    if (selection.kind === 'Field') {
      return [{ kind: 'field', key: selection.alias ?? selection.name, sub: selection.selections ? compileRequires(schema, selection.selections) : undefined }];
    }
    // A fragment without a type condition never appears in `requires` (@apollo/gateway skips one too).
    if (!selection.typeCondition) return [];
    return [{ kind: 'fragment', applies: typeConditionCheck(schema, selection.typeCondition, false), sub: compileRequires(schema, selection.selections) }];
  });
  const hasOwn = Object.prototype.hasOwnProperty;
  return (entity) => {
    const result: Record<string, unknown> = {};
    for (const part of parts) {
      if (part.kind === 'field') {
        if (!hasOwn.call(entity, part.key)) return null;
        const value = entity[part.key];
        if (value === undefined) return null;
        if (part.sub === undefined || value === null) result[part.key] = value;
        else if (Array.isArray(value)) result[part.key] = value.map((item) => (item !== null && typeof item === 'object' ? part.sub!(item as Record<string, unknown>) : item));
        else result[part.key] = part.sub(value as Record<string, unknown>);
      } else if (part.applies(entity)) {
        const inner = part.sub(entity);
        if (inner) mergeInto(result, inner);
      }
    }
    return result;
  };
}
