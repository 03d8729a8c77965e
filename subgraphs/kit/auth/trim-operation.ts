/**
 * A query that asks for fields its caller may not read is answered without them, as Apollo Router
 * does for @authenticated / @requiresScopes: each such field is removed from the document (with a
 * selection left empty by it, its parent too), the rest runs, and the answer carries an error for
 * each removed field with its path (`@` standing for the items of a list). The gateway trims before
 * planning, each subgraph before executing; writes are refused whole (decisions in rules.ts).
 */
import {
  GraphQLError,
  Kind,
  getNamedType,
  isListType,
  isNonNullType,
  print,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  isCompositeType,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { Identity } from './identity';
import { policyHolds } from './policies';
import { decide, RuleIndex, type Decision } from './rules';

/** Whether the caller may read `Type.field` returning `returnType` (the rules of both). */
export type FieldDecider = (parentType: string, field: FieldNode, returnType: string) => Decision;

export interface RemovedField {
  /** Response keys from the root, `@` for each list level. */
  path: string[];
  error: GraphQLError;
}

export type TrimResult =
  | { kind: 'whole' }
  | { kind: 'trimmed'; document: DocumentNode; operation: OperationDefinitionNode; removed: RemovedField[] }
  /** Nothing the caller may read is left (or it is a write): the first refusal, UNAUTHENTICATED first. */
  | { kind: 'refused'; error: GraphQLError };

function isListOutput(type: GraphQLOutputType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner);
}

/**
 * Walks the operation through its fragments and decides every field. Decisions depend on the field
 * and the caller, not on where the field is, so a removed node is removed wherever it is spread;
 * each place it is reached from gets its own error.
 */
export function trimOperation(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, decide: FieldDecider): TrimResult {
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const refused = new Set<FieldNode>();
  const removed: RemovedField[] = [];
  const errors: GraphQLError[] = [];

  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, path: string[], spreading: ReadonlySet<string>): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        const definition = 'getFields' in parent ? parent.getFields()[name] : undefined;
        if (!definition) continue;
        const key = selection.alias?.value ?? name;
        const returnType = getNamedType(definition.type);
        const decision = decide(parent.name, selection, returnType.name);
        if (!decision.ok) {
          refused.add(selection);
          errors.push(decision.error);
          removed.push({ path: [...path, key], error: decision.error });
          continue;
        }
        if (selection.selectionSet && isCompositeType(returnType)) {
          walk(selection.selectionSet, returnType, [...path, key, ...(isListOutput(definition.type) ? ['@'] : [])], spreading);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) walk(selection.selectionSet, type, path, spreading);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || spreading.has(fragment.name.value)) continue;
        const type = schema.getType(fragment.typeCondition.name.value);
        if (type && isCompositeType(type)) walk(fragment.selectionSet, type, path, new Set([...spreading, fragment.name.value]));
      }
    }
  };

  const root = schema.getRootType(operation.operation);
  if (!root) return { kind: 'whole' };
  walk(operation.selectionSet, root, [], new Set());
  if (!refused.size) return { kind: 'whole' };
  const firstRefusal = errors.find((e) => e.extensions.code === 'UNAUTHENTICATED') ?? errors[0]!;
  // Writes are refused whole; a query or a subscription (each of its events) is answered without what the caller may not read.
  if (operation.operation === 'mutation') return { kind: 'refused', error: firstRefusal };

  const trimmed = withoutFields(document, refused);
  const trimmedOperation = trimmed.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (d.name?.value ?? null) === (operation.name?.value ?? null),
  );
  if (!trimmedOperation || !trimmedOperation.selectionSet.selections.length) return { kind: 'refused', error: firstRefusal };
  return { kind: 'trimmed', document: trimmed, operation: trimmedOperation, removed };
}

/** The document without `fields`, without selections they leave empty, and without fragments no longer spread or left empty. */
function withoutFields(document: DocumentNode, fields: ReadonlySet<FieldNode>): DocumentNode {
  let current = visit(document, {
    Field: (node) => (fields.has(node) ? null : undefined),
  });
  // Emptied selections take their parent with them, which may empty another: repeat until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;
    const emptyFragments = new Set(
      current.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION && !d.selectionSet.selections.length ? [d.name.value] : [])),
    );
    const next: DocumentNode = visit(current, {
      FragmentDefinition: (node: FragmentDefinitionNode) => (emptyFragments.has(node.name.value) ? null : undefined),
      FragmentSpread: (node) => (emptyFragments.has(node.name.value) ? null : undefined),
      Field: { leave: (node) => (node.selectionSet && !node.selectionSet.selections.length ? null : undefined) },
      InlineFragment: { leave: (node) => (!node.selectionSet.selections.length ? null : undefined) },
    });
    if (print(next) !== print(current)) {
      changed = true;
      current = next;
    }
  }
  // Fragments no longer spread, and variables no longer used, would fail validation (NoUnusedFragments, NoUnusedVariables).
  const definitions = new Map(current.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const reached = new Set<string>();
  const usedBy = new Map<OperationDefinitionNode, Set<string>>();
  for (const operation of current.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
    const variables = new Set<string>();
    const pending: Array<OperationDefinitionNode | FragmentDefinitionNode> = [operation];
    const seen = new Set<string>();
    while (pending.length) {
      visit(pending.pop()!.selectionSet, {
        Variable: (node) => void variables.add(node.name.value),
        FragmentSpread: (node) => {
          const fragment = definitions.get(node.name.value);
          if (fragment && !seen.has(node.name.value)) {
            seen.add(node.name.value);
            reached.add(node.name.value);
            pending.push(fragment);
          }
        },
      });
    }
    usedBy.set(operation, variables);
  }
  return {
    ...current,
    definitions: current.definitions.flatMap((d): DefinitionNode[] => {
      if (d.kind === Kind.FRAGMENT_DEFINITION) return reached.has(d.name.value) ? [d] : [];
      if (d.kind !== Kind.OPERATION_DEFINITION) return [d];
      const used = usedBy.get(d)!;
      return [{ ...d, variableDefinitions: d.variableDefinitions?.filter((v) => used.has(v.variable.name.value) || d.directives?.length) }];
    }),
  };
}

/** The error a caller sees for a removed field: the refusal's, at the field's path, saying the rest was answered. */
export function removedFieldError(field: RemovedField): GraphQLError {
  return new GraphQLError(`${field.error.message} It was left out of the answer; the other fields were answered.`, {
    path: field.path,
    extensions: { ...field.error.extensions, removed: true },
  });
}

/** Decides each field of a query for `identity` by the rules of both the field and its type (queries carry no write input). */
export function fieldDecider(rules: RuleIndex, identity: Identity): FieldDecider {
  const holds = (policy: string) => policyHolds(policy, identity, undefined);
  return (parentType, field, returnType) => {
    for (const rule of rules.rulesFor(parentType, field.name.value, returnType)) {
      const decision = decide(rule, identity, `${parentType}.${field.name.value}`, holds);
      if (!decision.ok) return decision;
    }
    return { ok: true };
  };
}

/**
 * The same for a subgraph's own requests: a query is trimmed of the fields its caller may not read
 * before it executes (the resolvers' checks stay, for what is left), and the answer names each one
 * removed. A write is left to the resolvers, which refuse it.
 */
export function answerablePlugin<C extends { identity: Identity }>(schema: GraphQLSchema): ApolloServerPlugin<C> {
  const rules = RuleIndex.fromSdl(printSubgraphSchema(schema));
  return {
    async requestDidStart() {
      let removed: RemovedField[] = [];
      return {
        async didResolveOperation(context) {
          const { operation, document, contextValue } = context;
          if (!operation || operation.operation !== 'query' || rules.size === 0) return;
          const result = trimOperation(schema, document, operation, fieldDecider(rules, contextValue.identity));
          if (result.kind === 'refused') throw result.error;
          if (result.kind === 'trimmed') {
            removed = result.removed;
            const mutable = context as { document: DocumentNode; operation: OperationDefinitionNode };
            mutable.document = result.document;
            mutable.operation = result.operation;
          }
        },
        async willSendResponse({ response }) {
          if (!removed.length || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.errors = [...(result.errors ?? []), ...removed.map((field) => removedFieldError(field).toJSON())];
        },
      };
    },
  };
}
