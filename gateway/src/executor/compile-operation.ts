/**
 * Everything the executor needs for one operation, built once and kept beside its plan: the
 * prepared operation (prepare-operation.ts), the query plan, the plan compiled into steps
 * (compile-plan.ts), and the response shapes (compile-shape.ts), one set per combination of the
 * operation's condition variables, compiled the first time a request brings that combination.
 */
import type { QueryPlan, QueryPlanner } from '@apollo/query-planner';
import { operationFromDocument, type Schema } from '@apollo/federation-internals';
import type { GraphQLDataSource } from '@apollo/gateway';
import { GraphQLError, Kind, type SelectionNode, type GraphQLCompositeType, type GraphQLObjectType, type GraphQLSchema, type VariableDefinitionNode } from 'graphql';
import { conditionValues, conditionVariables, isIncluded } from './conditions';
import { ShapeCompiler, type Completer, type ObjectShape } from './compile-shape';
import { compilePlanNode, compileSubscription, type CompiledSubscription, type Step } from './compile-plan';
import { deferPositions, type DeferPosition } from './defer-positions';
import { prepareOperation, type DeferLabel, type PreparedOperation } from './prepare-operation';

/** The shapes of one combination of condition values. */
export interface OperationShapes {
  /** The whole response, deferred fragments shaped in place (a client that takes no multipart answer). */
  whole(): ObjectShape;
  /** The primary part: deferred fragments left out and recorded as targets. */
  primary(): ObjectShape;
  /** A deferred part's data on one target object. */
  deferred(label: string): Completer;
}

export interface CompiledOperation {
  prepared: PreparedOperation;
  plan: QueryPlan;
  kind: 'query' | 'mutation' | 'subscription';
  rootType: GraphQLObjectType;
  /** The root step of a query or mutation. */
  step: Step;
  subscription: CompiledSubscription | undefined;
  variableDefinitions: readonly VariableDefinitionNode[];
  conditionNames: string[];
  defers: ReadonlyMap<string, DeferLabel>;
  /** Root fields the plan fetches nothing for (@apollo/query-planner plans nothing where no subgraph can answer). */
  unanswerable: string[];
  shapes(key: string): OperationShapes;
}

export interface OperationCompiler {
  /** The API schema as clients see it (@defer included): shapes and variables are checked against it. */
  apiSchema: GraphQLSchema;
  /** Federation's API schema, which the query planner takes operations in. */
  federationApiSchema: Schema;
  /** The supergraph schema: type conditions in @requires inputs and rewrites may name @inaccessible types. */
  supergraphSchema: GraphQLSchema;
  planner: QueryPlanner;
  services: ReadonlyMap<string, GraphQLDataSource>;
  /** Field names @requires inputs use: a client's field of that name with arguments is aliased (prepare-operation.ts). */
  requiresFields: ReadonlySet<string>;
}

function rootFields(selections: readonly SelectionNode[]): string[] {
  return selections.flatMap((selection) => {
    if (!isIncluded(selection.directives, new Map())) return [];
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    return selection.kind === Kind.INLINE_FRAGMENT ? rootFields(selection.selectionSet.selections) : [];
  });
}

export type CompiledOperationResult = { value: CompiledOperation; errors?: never } | { value?: never; errors: GraphQLError[] };

export function compileOperation(compiler: OperationCompiler, document: Parameters<typeof prepareOperation>[0], operationName: string | null | undefined): CompiledOperationResult {
  const prepared = prepareOperation(document, operationName, compiler.requiresFields);
  if (prepared.error !== undefined) return { errors: [new GraphQLError(prepared.error, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } })] };
  const { operation } = prepared.value;
  const rootType = compiler.apiSchema.getRootType(operation.operation);
  if (!rootType) return { errors: [new GraphQLError(`The schema has no ${operation.operation} type.`, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })] };
  const plan = compiler.planner.buildQueryPlan(operationFromDocument(compiler.federationApiSchema, prepared.value.document, { validate: false }));
  const planCompiler = { schema: compiler.supergraphSchema, services: compiler.services };
  const root = plan.node;
  const subscription = root?.kind === 'Subscription' ? compileSubscription(root, planCompiler) : undefined;
  const step = root && root.kind !== 'Subscription' ? compilePlanNode(root, planCompiler) : async () => {};
  const conditionNames = conditionVariables(operation);
  // An empty plan answers only __typename and introspection; any other root field (literal @skip and
  // @include applied: a variable would have put a Condition in the plan) has no subgraph to come from.
  const unanswerable = root ? [] : rootFields(operation.selectionSet.selections).filter((name) => !['__typename', '__schema', '__type'].includes(name));
  let positions: Map<string, DeferPosition> | undefined;
  const byKey = new Map<string, OperationShapes>();

  const shapesFor = (key: string): OperationShapes => {
    const conditions = conditionValues(conditionNames, key);
    const inline = new ShapeCompiler({ schema: compiler.apiSchema, conditions, defers: 'inline' });
    const split = new ShapeCompiler({ schema: compiler.apiSchema, conditions, defers: 'split' });
    let whole: ObjectShape | undefined;
    let primary: ObjectShape | undefined;
    const deferred = new Map<string, Completer>();
    return {
      whole: () => (whole ??= inline.objectShape(rootType, operation.selectionSet.selections)),
      primary: () => (primary ??= split.objectShape(rootType, operation.selectionSet.selections)),
      deferred: (label) => {
        let completer = deferred.get(label);
        if (!completer) {
          positions ??= deferPositions(operation, compiler.apiSchema, rootType);
          const position = positions.get(label);
          if (!position) throw new Error(`The plan defers a part labelled "${label}" that the operation does not have.`);
          completer = split.completer(position.parentType as GraphQLCompositeType, [position.fragment], position.parentType.name);
          deferred.set(label, completer);
        }
        return completer;
      },
    };
  };

  return {
    value: {
      prepared: prepared.value,
      plan,
      kind: operation.operation as CompiledOperation['kind'],
      rootType,
      step,
      subscription,
      variableDefinitions: operation.variableDefinitions ?? [],
      conditionNames,
      defers: prepared.value.defers,
      unanswerable,
      shapes(key) {
        let shapes = byKey.get(key);
        if (!shapes) byKey.set(key, (shapes = shapesFor(key)));
        return shapes;
      },
    },
  };
}
