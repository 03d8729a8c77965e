/**
 * `__schema` and `__type` answered as @apollo/gateway answers them: by graphql-js over the API
 * schema (the one clients see, @defer included), with the request's variables. The document for
 * each introspection field is built once.
 */
import { executeSync, Kind, visit, type DocumentNode, type FieldNode, type GraphQLSchema, type VariableDefinitionNode } from 'graphql';

const documents = new WeakMap<FieldNode, DocumentNode>();

function documentFor(field: FieldNode, definitions: readonly VariableDefinitionNode[]): DocumentNode {
  let document = documents.get(field);
  if (document) return document;
  const used = new Set<string>();
  visit(field, { Variable: (variable) => void used.add(variable.name.value) });
  document = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: 'query' as never,
        variableDefinitions: definitions.filter((d) => used.has(d.variable.name.value)),
        selectionSet: { kind: Kind.SELECTION_SET, selections: [field] },
      },
    ],
  };
  documents.set(field, document);
  return document;
}

export function introspect(schema: GraphQLSchema, field: FieldNode, definitions: readonly VariableDefinitionNode[], variables: Record<string, unknown>): unknown {
  const result = executeSync({ schema, document: documentFor(field, definitions), variableValues: variables, rootValue: {} });
  return result.data?.[field.alias?.value ?? field.name.value] ?? null;
}
