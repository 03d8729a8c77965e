/**
 * The Cache-Control header a subgraph answers with: what the gateway's response cache reads
 * (gateway/src/plugins/use-response-cache.ts).
 *
 * The policy follows Apollo's cache-control rules (@cacheControl on types and fields, the default
 * max age on root fields and on fields returning an object type without a hint), but is read from
 * the operation and the schema once per document, not computed in every field resolver: Apollo's
 * plugin wraps every resolver to do it, and on long lists that was about a sixth of a region's CPU
 * (bench W4). The one resolver that sets a hint at run time is @apollo/subgraph's `_entities`: each
 * representation's type restricts it, which is read here from the request's representations. Every
 * other field's policy follows from the operation. The walk counts every field the operation names,
 * also those a null or empty parent would leave unresolved, and every type a fragment may meet: it
 * can only be stricter than Apollo's, never looser.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  Kind,
  type ConstDirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export interface CachePolicy {
  /** Seconds; 0 is not cacheable. */
  maxAge: number;
  scope: 'PUBLIC' | 'PRIVATE';
}

/** An operation's policy but for the `_entities` field's own, which depends on the representations. */
export interface OperationCachePolicy {
  /** Undefined when no field restricts it (only `_entities`, say). */
  maxAge?: number;
  scope: CachePolicy['scope'];
  /** Present when the operation asks `_entities`: the variable holding its representations, if one does. */
  entities?: { variable?: string };
}

interface Hint {
  maxAge?: number;
  scope?: 'PUBLIC' | 'PRIVATE';
  inheritMaxAge?: boolean;
}

const UNCACHEABLE = 'no-store';

function hintOf(directives: readonly ConstDirectiveNode[] | undefined): Hint | undefined {
  const directive = directives?.find((d) => d.name.value === 'cacheControl');
  if (!directive) return undefined;
  const argument = (name: string) => directive.arguments?.find((a) => a.name.value === name)?.value;
  const scopeValue = argument('scope');
  const scope = scopeValue?.kind === Kind.ENUM && (scopeValue.value === 'PUBLIC' || scopeValue.value === 'PRIVATE') ? scopeValue.value : undefined;
  const inherit = argument('inheritMaxAge');
  if (inherit?.kind === Kind.BOOLEAN && inherit.value) return { inheritMaxAge: true, scope };
  const maxAge = argument('maxAge');
  return { maxAge: maxAge?.kind === Kind.INT ? Number(maxAge.value) : undefined, scope };
}

function typeHint(type: GraphQLNamedType): Hint {
  return hintOf(type.astNode?.directives) ?? type.extensionASTNodes.map((node) => hintOf(node.directives)).find(Boolean) ?? {};
}

/** Whether any type or field of the schema carries a @cacheControl hint. */
export function hasCacheHints(schema: GraphQLSchema): boolean {
  return Object.values(schema.getTypeMap()).some((type) => {
    if (!isObjectType(type) && !isInterfaceType(type) && !isUnionType(type)) return false;
    if (Object.keys(typeHint(type)).length) return true;
    return !isUnionType(type) && Object.values(type.getFields()).some((field) => hintOf(field.astNode?.directives));
  });
}

/** The policy of one field as Apollo's plugin computes it (plugin/cacheControl willResolveField). */
function fieldPolicy(field: GraphQLField<unknown, unknown>, isRoot: boolean, defaultMaxAge: number): Hint {
  const target = getNamedType(field.type);
  const policy: Hint = {};
  let inheritMaxAge = false;
  if (isCompositeType(target)) {
    const hint = typeHint(target);
    Object.assign(policy, defined(hint));
    inheritMaxAge = !!hint.inheritMaxAge;
  }
  const hint = hintOf(field.astNode?.directives) ?? {};
  if (hint.inheritMaxAge && policy.maxAge === undefined) {
    inheritMaxAge = true;
    if (hint.scope) policy.scope = hint.scope;
  } else {
    Object.assign(policy, defined({ maxAge: hint.maxAge, scope: hint.scope }));
  }
  if (policy.maxAge === undefined && ((isCompositeType(target) && !inheritMaxAge) || isRoot)) policy.maxAge = defaultMaxAge;
  return policy;
}

function defined(hint: Hint): Hint {
  return Object.fromEntries(Object.entries({ maxAge: hint.maxAge, scope: hint.scope }).filter(([, v]) => v !== undefined));
}

/** The stricter of two policies: the lesser max age (either, where one has none), PRIVATE over PUBLIC. */
function stricter(a: Hint, b: Hint): Hint {
  const maxAge = a.maxAge === undefined ? b.maxAge : b.maxAge === undefined ? a.maxAge : Math.min(a.maxAge, b.maxAge);
  return defined({ maxAge, scope: a.scope === 'PRIVATE' || b.scope === 'PRIVATE' ? 'PRIVATE' : (a.scope ?? b.scope) });
}

/**
 * The `_entities` field's policy for some representations, as @apollo/subgraph's resolver sets it:
 * restricted by the hint of each representation's type, the default where none has a max age.
 */
export function entitiesCachePolicy(schema: GraphQLSchema, representations: unknown, defaultMaxAge: number): Required<Pick<Hint, 'maxAge'>> & Hint {
  let policy: Hint = {};
  const typenames = new Set(Array.isArray(representations) ? representations.map((r) => (r as { __typename?: unknown } | null)?.__typename) : []);
  for (const typename of typenames) {
    const type = typeof typename === 'string' ? schema.getType(typename) : undefined;
    policy = stricter(policy, type && (isObjectType(type) || isInterfaceType(type)) ? typeHint(type) : {});
  }
  return { maxAge: policy.maxAge ?? defaultMaxAge, scope: policy.scope };
}

/** The policy of an operation: the strictest of every field it names (`_entities` apart). */
export function operationCachePolicy(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, defaultMaxAge: number): OperationCachePolicy {
  const root = schema.getRootType(operation.operation);
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  let policy: Hint = {};
  let entities = false;
  const restrict = (hint: Hint) => (policy = stricter(policy, hint));
  const visit = (parent: GraphQLCompositeType, selections: SelectionSetNode, isRoot: boolean, seen: Set<string>) => {
    // A field of an abstract type is resolved on one of its object types: each is counted.
    const objects = isAbstractType(parent) ? schema.getPossibleTypes(parent) : [parent];
    for (const selection of selections.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) {
          // __schema and __type are root fields returning objects without hints: the default.
          if (isRoot && selection.name.value !== '__typename') restrict({ maxAge: defaultMaxAge });
          continue;
        }
        for (const object of objects) {
          const field = isUnionType(object) ? undefined : object.getFields()[selection.name.value];
          if (!field) continue;
          if (isRoot && selection.name.value === '_entities') entities = true;
          else restrict(fieldPolicy(field, isRoot, defaultMaxAge));
          const target = getNamedType(field.type);
          if (selection.selectionSet && isCompositeType(target)) visit(target, selection.selectionSet, false, seen);
        }
      } else {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        if (!fragment || (selection.kind === Kind.FRAGMENT_SPREAD && seen.has(selection.name.value))) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
        if (!condition || !isCompositeType(condition)) continue;
        visit(condition, fragment.selectionSet, isRoot, selection.kind === Kind.FRAGMENT_SPREAD ? new Set([...seen, selection.name.value]) : seen);
      }
    }
  };
  if (root) visit(root, operation.selectionSet, true, new Set());
  const maxAge = policy.maxAge;
  const scope: CachePolicy['scope'] = policy.scope === 'PRIVATE' ? 'PRIVATE' : 'PUBLIC';
  if (!entities) return { maxAge, scope };
  const field = operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD && s.name.value === '_entities');
  const argument = field?.kind === Kind.FIELD ? field.arguments?.find((a) => a.name.value === 'representations')?.value : undefined;
  return { maxAge, scope, entities: { variable: argument?.kind === Kind.VARIABLE ? argument.name.value : undefined } };
}

export function cachePolicyPlugins<C extends BaseContext>(schema: GraphQLSchema, defaultMaxAge: number): Array<ApolloServerPlugin<C>> {
  const hinted = hasCacheHints(schema);
  // Apollo re-uses the parsed document of a query it has seen: the policy is worked out once per document and operation.
  const policies = new WeakMap<DocumentNode, Map<OperationDefinitionNode, OperationCachePolicy>>();
  const policyOf = (document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): CachePolicy => {
    if (!hinted) return { maxAge: defaultMaxAge, scope: 'PUBLIC' };
    let byOperation = policies.get(document);
    if (!byOperation) policies.set(document, (byOperation = new Map()));
    let policy = byOperation.get(operation);
    if (!policy) byOperation.set(operation, (policy = operationCachePolicy(schema, document, operation, defaultMaxAge)));
    if (!policy.entities) return { maxAge: policy.maxAge ?? 0, scope: policy.scope };
    const { variable } = policy.entities;
    const both = stricter(policy, entitiesCachePolicy(schema, variable ? variables?.[variable] : undefined, defaultMaxAge));
    return { maxAge: both.maxAge!, scope: both.scope === 'PRIVATE' ? 'PRIVATE' : 'PUBLIC' };
  };
  return [
    ApolloServerPluginCacheControlDisabled(),
    {
      async requestDidStart() {
        return {
          async willSendResponse({ document, operation, request, response }) {
            const ok = operation?.operation === 'query' && document && response.body.kind === 'single' && !response.body.singleResult.errors && response.body.singleResult.data != null;
            const policy = ok ? policyOf(document, operation, request.variables) : undefined;
            response.http.headers.set('cache-control', policy && policy.maxAge > 0 ? `max-age=${policy.maxAge}, ${policy.scope.toLowerCase()}` : UNCACHEABLE);
          },
        };
      },
    },
  ];
}
