/**
 * Walks an operation against the access rules of the supergraph (kit/auth/rules.ts) before anything
 * executes: every field selected — through fragments too — is checked for its own rule and its
 * return type's. A write is refused whole on the first failure: UNAUTHENTICATED when a signed-in
 * caller would be needed, FORBIDDEN when the caller's role, scope or unit does not allow it. A query
 * is answered without the fields the caller may not read (kit/auth/trim-operation.ts), and refused
 * only when none is left.
 */
import {
  Kind,
  TypeInfo,
  getArgumentValues,
  getNamedType,
  getVariableValues,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type FragmentDefinitionNode,
  type GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Identity } from '../../../subgraphs/kit/auth/identity';
import { policyHolds } from '../../../subgraphs/kit/auth/policies';
import { decide, type AccessRule, type RuleIndex } from '../../../subgraphs/kit/auth/rules';
import { fieldDecider, trimOperation, type TrimResult } from '../../../subgraphs/kit/auth/trim-operation';

export interface OperationAccessRequest {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown> | undefined;
  rules: RuleIndex;
  identity: Identity;
}

/** The operation and every fragment it reaches, directly or through other fragments. */
function reachable(document: DocumentNode, operation: OperationDefinitionNode): Array<OperationDefinitionNode | FragmentDefinitionNode> {
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const seen = new Set<string>();
  const nodes: Array<OperationDefinitionNode | FragmentDefinitionNode> = [operation];
  for (let i = 0; i < nodes.length; i++) {
    visit(nodes[i]!, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !seen.has(fragment.name.value)) {
          seen.add(fragment.name.value);
          nodes.push(fragment);
        }
      },
    });
  }
  return nodes;
}

function argumentsOf(...args: Parameters<typeof getArgumentValues>): Record<string, unknown> {
  try {
    return getArgumentValues(...args);
  } catch {
    return {};
  }
}

/** A rule that applies to one selected field: what the walk finds, the same for every request of a document. */
interface Guard {
  rule: AccessRule;
  coordinate: string;
  field: FieldNode;
  definition: GraphQLField<unknown, unknown>;
}

// Apollo Server hands every request of the same query text the same parsed document: the walk is
// done once per operation (and rule index), only the decisions are made per request.
const guardCache = new WeakMap<RuleIndex, WeakMap<OperationDefinitionNode, Guard[]>>();

function guardsOf(schema: GraphQLSchema, rules: RuleIndex, document: DocumentNode, operation: OperationDefinitionNode): Guard[] {
  let byOperation = guardCache.get(rules);
  if (!byOperation) guardCache.set(rules, (byOperation = new WeakMap()));
  const cached = byOperation.get(operation);
  if (cached) return cached;
  const guards: Guard[] = [];
  for (const node of reachable(document, operation)) {
    const typeInfo = new TypeInfo(schema);
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        Field(field) {
          const parent = typeInfo.getParentType();
          const definition = typeInfo.getFieldDef();
          if (!parent || !definition) return;
          for (const rule of rules.rulesFor(parent.name, field.name.value, getNamedType(definition.type).name)) {
            guards.push({ rule, coordinate: `${parent.name}.${field.name.value}`, field, definition });
          }
        },
      }),
    );
  }
  byOperation.set(operation, guards);
  return guards;
}

export function checkOperationAccess(request: OperationAccessRequest): GraphQLError | null {
  const { schema, rules, identity } = request;
  if (rules.size === 0) return null;
  const guards = guardsOf(schema, rules, request.document, request.operation);
  if (guards.length === 0) return null;
  // Variables are coerced only when a policy looks at a write's input.
  const coerced = guards.some((g) => g.rule.policies.length)
    ? getVariableValues(schema, request.operation.variableDefinitions ?? [], request.variables ?? {}).coerced
    : undefined;
  const failures: GraphQLError[] = [];
  for (const { rule, coordinate, field, definition } of guards) {
    // A policy may look at the write's input; with variables that do not coerce, execution refuses anyway.
    const input = rule.policies.length && coerced ? argumentsOf(definition, field, coerced).input : undefined;
    const decision = decide(rule, identity, coordinate, (policy) => policyHolds(policy, identity, input));
    if (!decision.ok) failures.push(decision.error);
  }
  return failures.find((e) => e.extensions.code === 'UNAUTHENTICATED') ?? failures[0] ?? null;
}

/**
 * What of a query the caller may have: all of it, all but some fields (the document without them,
 * and each removed field's path and refusal), or nothing. The walk over the document happens only
 * when a rule of the operation fails for this caller.
 */
export function answerableOperation(request: Omit<OperationAccessRequest, 'variables'>): TrimResult {
  const { schema, rules, identity } = request;
  if (rules.size === 0) return { kind: 'whole' };
  const guards = guardsOf(schema, rules, request.document, request.operation);
  // Queries carry no write input: a policy is decided on the identity alone.
  const holds = (policy: string) => policyHolds(policy, identity, undefined);
  if (guards.every(({ rule, coordinate }) => decide(rule, identity, coordinate, holds).ok)) return { kind: 'whole' };
  return trimOperation(schema, request.document, request.operation, fieldDecider(rules, identity));
}
