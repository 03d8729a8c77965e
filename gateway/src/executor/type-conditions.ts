/**
 * The type conditions the query plan writes into @requires inputs and rewrites (`... on T`),
 * decided against the supergraph schema: each condition compiled once to the set of type names
 * that satisfy it, so the check per object is one set lookup on its `__typename`.
 */
import { isAbstractType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';

/** The names of the types an object may have for `... on <condition>` to apply: the type, or its implementations and members. */
export function typesSatisfying(schema: GraphQLSchema, condition: string): ReadonlySet<string> {
  const names = new Set([condition]);
  const type = schema.getType(condition);
  if (!type || !isAbstractType(type)) return names;
  for (const candidate of Object.values(schema.getTypeMap())) {
    if ((isObjectType(candidate) || isInterfaceType(candidate)) && schema.isSubType(type, candidate)) names.add(candidate.name);
  }
  return names;
}

/** `(object) => boolean`: whether the condition applies to an object of the response tree; `unknown` when it has no `__typename`. */
export function typeConditionCheck(schema: GraphQLSchema, condition: string, unknown: boolean): (object: Record<string, unknown>) => boolean {
  const names = typesSatisfying(schema, condition);
  return (object) => {
    const typename = object.__typename;
    return typeof typename === 'string' ? names.has(typename) : unknown;
  };
}
