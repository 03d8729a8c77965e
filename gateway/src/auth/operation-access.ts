/**
 * Walks an operation against the access rules of the supergraph (kit/auth/rules.ts) before anything
 * executes: every field selected — through fragments too — is checked for its own rule and its
 * return type's. The whole operation is refused on the first failure: UNAUTHENTICATED when a
 * signed-in caller would be needed, FORBIDDEN when the caller's role, scope or unit does not allow it.
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
  type FragmentDefinitionNode,
  type GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Identity } from '../../../subgraphs/kit/auth/identity';
import { policyHolds } from '../../../subgraphs/kit/auth/policies';
import { decide, type RuleIndex } from '../../../subgraphs/kit/auth/rules';

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

export function checkOperationAccess(request: OperationAccessRequest): GraphQLError | null {
  const { schema, rules, identity } = request;
  if (rules.size === 0) return null;
  const coerced = getVariableValues(schema, request.operation.variableDefinitions ?? [], request.variables ?? {});
  const failures: GraphQLError[] = [];
  for (const node of reachable(request.document, request.operation)) {
    const typeInfo = new TypeInfo(schema);
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        Field(field) {
          const parent = typeInfo.getParentType();
          const definition = typeInfo.getFieldDef();
          if (!parent || !definition) return;
          for (const rule of rules.rulesFor(parent.name, field.name.value, getNamedType(definition.type).name)) {
            // A policy may look at the write's input; with variables that do not coerce, execution refuses anyway.
            const input = rule.policies.length && coerced.coerced ? argumentsOf(definition, field, coerced.coerced).input : undefined;
            const decision = decide(rule, identity, `${parent.name}.${field.name.value}`, (policy) => policyHolds(policy, identity, input));
            if (!decision.ok) failures.push(decision.error);
          }
        },
      }),
    );
  }
  return failures.find((e) => e.extensions.code === 'UNAUTHENTICATED') ?? failures[0] ?? null;
}
