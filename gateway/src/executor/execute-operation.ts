/**
 * One request through a compiled operation: variables checked (as @apollo/gateway checks them),
 * the plan's steps run against one response tree, and the response shaped. A client that takes
 * incremental delivery gets the primary part now and the deferred parts as a stream
 * (deferred-parts.ts); any other gets the whole answer at once, deferred blocks run to completion
 * first.
 */
import type { GatewayExecutionResult, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { getVariableValues, GraphQLError, type GraphQLSchema } from 'graphql';
import { conditionKey } from './conditions';
import type { CompiledOperation } from './compile-operation';
import type { DeferredBlock, StepScope } from './compile-plan';
import { ERRORED_NULL, INVALID, type DeferTarget, type ObjectShape, type ShapeContext } from './compile-shape';
import { DeferredParts, type IncrementalItem, type PartState, type SubsequentPart } from './deferred-parts';
import { introspect } from './introspection';
import type { ResponseObject } from './response-tree';

export interface ExecuteOptions {
  apiSchema: GraphQLSchema;
  /** The client takes a multipart answer with deferred parts. */
  incremental: boolean;
  /** Wraps the running of each deferred block (a span, a timer). */
  aroundDeferredPart<T>(label: string | undefined, run: () => Promise<T>): Promise<T>;
}

export interface ExecutionOutcome {
  result: GatewayExecutionResult;
  /** The deferred parts, when the answer is incremental. */
  subsequent?: AsyncIterable<SubsequentPart>;
}

/**
 * The errors of an answer: those of its fetches, and those found while shaping it (a null where
 * the schema says non-null, a value or `__typename` the API does not have). As from
 * @apollo/gateway, shaping errors are reported (under `extensions.valueCompletion`) only when no
 * fetch failed: a failed fetch leaves nulls behind that would otherwise be reported twice.
 */
export function withErrors(data: Record<string, unknown> | null, fetchErrors: GraphQLError[], shapeErrors: GraphQLError[]): GatewayExecutionResult {
  if (fetchErrors.length) return { data, errors: fetchErrors };
  if (shapeErrors.length) return { data, extensions: { valueCompletion: shapeErrors.map((e) => e.toJSON()) } };
  return { data };
}

export function shapeRoot(shape: ObjectShape, root: ResponseObject, context: ShapeContext): Record<string, unknown> | null {
  const data = shape(root, context);
  return data === INVALID ? null : data;
}

const isPrefix = (prefix: ReadonlyArray<string | number>, path: ReadonlyArray<string | number> | undefined) => !!path && prefix.length <= path.length && prefix.every((p, i) => path[i] === p);

export async function executeOperation(compiled: CompiledOperation, requestContext: GatewayGraphQLRequestContext, options: ExecuteOptions): Promise<ExecutionOutcome> {
  const variables = (requestContext.request.variables ?? {}) as Record<string, unknown>;
  let values = variables;
  if (compiled.variableDefinitions.length) {
    const coerced = getVariableValues(options.apiSchema, compiled.variableDefinitions, variables);
    if (coerced.errors) return { result: { errors: coerced.errors } };
    values = coerced.coerced;
  }
  if (compiled.unanswerable.length) {
    const fields = compiled.unanswerable.map((f) => `"${f}"`).join(', ');
    return { result: { data: null, errors: [new GraphQLError(`No subgraph of the supergraph can answer ${fields} as asked: the query planner found nothing to fetch.`, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })] } };
  }
  if (compiled.kind === 'subscription') {
    // Subscriptions are run by execute-subscription.ts for the streaming transports (subscriptions/).
    return { result: { errors: [new GraphQLError('A subscription is served over GraphQL over WebSocket (graphql-ws) or GraphQL over SSE at this path, not as a single HTTP request.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } })] } };
  }
  const shapes = compiled.shapes(conditionKey(compiled.conditionNames, values));
  const root: ResponseObject = {};
  const errors: GraphQLError[] = [];
  const introspectField: ShapeContext['introspect'] = (field) => introspect(options.apiSchema, field, compiled.variableDefinitions, values);
  const incremental = options.incremental && compiled.defers.size > 0;

  if (!incremental) {
    // Deferred blocks run to completion inside the one answer.
    const running: Promise<void>[] = [];
    const scope: StepScope = {
      requestContext,
      variables,
      root,
      errors,
      conditions: values,
      defer: (block: DeferredBlock, parent) => void running.push(block.run(parent)),
    };
    await compiled.step(scope, root, []);
    while (running.length) await Promise.all(running.splice(0));
    const context: ShapeContext = { path: [], errors: [], targets: undefined, introspect: introspectField };
    return { result: withErrors(shapeRoot(shapes.whole(), root, context), errors, context.errors) };
  }

  let primarySent!: () => void;
  const primary: PartState = { errors, sent: new Promise<void>((resolve) => (primarySent = resolve)) };
  const parts = new DeferredParts({
    around: options.aroundDeferredPart,
    shape: (label, targets, partErrors) => shapeDeferred(compiled, shapes, label, targets, partErrors, introspectField),
  });
  const scope: StepScope = {
    requestContext,
    variables,
    root,
    errors,
    conditions: values,
    defer: (block, blockScope) => parts.add(block, blockScope, primary),
  };
  await compiled.step(scope, root, []);
  const context: ShapeContext = { path: [], errors: [], targets: parts.targets, introspect: introspectField };
  const data = shapeRoot(shapes.primary(), root, context);
  primarySent();
  const result = withErrors(data, errors, context.errors);
  // Nothing deferred under these variables (@defer(if: false)), or nothing left to add to: one answer.
  if (!parts.started || data === null) return { result };
  return { result, subsequent: parts };
}

/** The items of deferred block `label`: its fragment shaped on each object it applies to, its errors on the item they concern. */
function shapeDeferred(
  compiled: CompiledOperation,
  shapes: ReturnType<CompiledOperation['shapes']>,
  label: string,
  targets: readonly DeferTarget[],
  fetchErrors: GraphQLError[],
  introspectField: ShapeContext['introspect'],
): IncrementalItem[] {
  const completer = shapes.deferred(label);
  const callerLabel = compiled.defers.get(label)?.callerLabel;
  const items: Array<IncrementalItem & { fetchErrors: GraphQLError[]; shapeErrors: GraphQLError[] }> = [];
  // Targets found while shaping this very part are nested parts' own: only those found before count.
  const found = targets.length;
  for (let i = 0; i < found; i++) {
    const target = targets[i]!;
    if (target.label !== label) continue;
    const context: ShapeContext = { path: target.path.slice(), errors: [], targets: targets as DeferTarget[], introspect: introspectField };
    const value = completer(target.input, context);
    const data = value === INVALID || value === ERRORED_NULL ? null : (value as Record<string, unknown> | null);
    items.push({ data, path: target.path, ...(callerLabel !== undefined ? { label: callerLabel } : {}), fetchErrors: [], shapeErrors: context.errors });
  }
  for (const error of fetchErrors) (items.find((item) => isPrefix(item.path, error.path)) ?? items[0])?.fetchErrors.push(error);
  return items.map(({ fetchErrors: own, shapeErrors, ...item }) => {
    const shaped = withErrors(item.data, own, shapeErrors);
    return { ...item, ...(shaped.errors ? { errors: [...shaped.errors] } : {}) };
  });
}
