/**
 * A query plan compiled once into nested async steps: Sequence and Parallel run their children in
 * turn or together, Flatten moves to the entities at its path, Fetch runs a compiled fetch
 * (compile-fetch.ts), Condition picks its branch by a variable (@skip/@include/@defer(if:)), Defer
 * runs its primary part and hands each deferred block to the caller's scheduler, and a
 * Subscription's `rest` is an ordinary step, run once per event against that event's data
 * (`runPlanNode`).
 */
import type { GraphQLDataSource } from '@apollo/gateway';
import type { DeferredNode, PlanNode, ResponsePath, SubscriptionNode } from '@apollo/query-planner';
import type { GraphQLSchema } from 'graphql';
import { compileFetch, type FetchScope } from './compile-fetch';
import { objectsAt, type ResponseObject } from './response-tree';

/** A deferred block met while running: handed to the scheduler, which decides when it runs and where its part goes. */
export interface DeferredBlock {
  label: string | undefined;
  run(scope: FetchScope): Promise<void>;
}

/** What a step needs beyond the fetch scope: the values of the condition variables and where deferred blocks go. */
export interface StepScope extends FetchScope {
  conditions: Record<string, unknown>;
  /** Receives each deferred block once its Defer node's primary part is done. */
  defer(block: DeferredBlock, scope: StepScope): void;
}

export type Step = (scope: StepScope, data: ResponseObject | ResponseObject[], path: ResponsePath) => Promise<void>;

export interface CompiledSubscription {
  /** The subscription's own fetch (the subgraph's event stream), for the transport that serves subscriptions. */
  primary: SubscriptionNode['primary'];
  /** What the plan fetches for each event, run against the event's data. */
  rest: Step | undefined;
}

export interface PlanCompiler {
  schema: GraphQLSchema;
  services: ReadonlyMap<string, GraphQLDataSource>;
}

const nothing: Step = async () => {};

export function compilePlanNode(node: PlanNode | undefined, compiler: PlanCompiler): Step {
  if (!node) return nothing;
  switch (node.kind) {
    case 'Sequence': {
      const steps = node.nodes.map((n) => compilePlanNode(n, compiler));
      return async (scope, data, path) => {
        for (const step of steps) await step(scope, data, path);
      };
    }
    case 'Parallel': {
      const steps = node.nodes.map((n) => compilePlanNode(n, compiler));
      return async (scope, data, path) => {
        await Promise.all(steps.map((step) => step(scope, data, path)));
      };
    }
    case 'Flatten': {
      const inner = compilePlanNode(node.node, compiler);
      const flattenPath = node.path;
      return async (scope, data, path) => {
        const entities = objectsAt(data, flattenPath);
        if (entities.length === 0) return;
        await inner(scope, entities, path.length ? [...path, ...flattenPath] : flattenPath);
      };
    }
    case 'Fetch': {
      const fetch = compileFetch(node, compiler.schema, compiler.services);
      return (scope, data, path) => fetch(scope, Array.isArray(data) ? data : [data], path);
    }
    case 'Condition': {
      const ifClause = compilePlanNode(node.ifClause, compiler);
      const elseClause = compilePlanNode(node.elseClause, compiler);
      const variable = node.condition;
      return (scope, data, path) => (scope.conditions[variable] === true ? ifClause : elseClause)(scope, data, path);
    }
    case 'Defer': {
      const primary = compilePlanNode(node.primary.node, compiler);
      const blocks = node.deferred.map((deferred) => compileDeferred(deferred, compiler));
      return async (scope, data, path) => {
        await primary(scope, data, path);
        for (const block of blocks) scope.defer({ label: block.label, run: (blockScope) => block.step(blockScope as StepScope, data, path) }, scope);
      };
    }
  }
}

function compileDeferred(deferred: DeferredNode, compiler: PlanCompiler): { label: string | undefined; step: Step } {
  return { label: deferred.label, step: compilePlanNode(deferred.node, compiler) };
}

export function compileSubscription(node: SubscriptionNode, compiler: PlanCompiler): CompiledSubscription {
  return { primary: node.primary, rest: node.rest ? compilePlanNode(node.rest, compiler) : undefined };
}

/**
 * Runs a compiled plan node against `data` (a subscription event's data, for `rest`): fetches
 * merge into it in place. Errors go to `scope.errors`.
 */
export function runPlanNode(step: Step, scope: StepScope, data: ResponseObject): Promise<void> {
  return step(scope, data, []);
}
