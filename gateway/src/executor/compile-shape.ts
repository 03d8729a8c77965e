/**
 * Shaping: from what the plan fetched (each subgraph's reply merged into one tree, with the keys,
 * `__typename`s and @requires inputs the plan needed) to the response the operation asks for —
 * its fields in its order, its aliases, `__typename`, type conditions on the runtime type, only
 * what the API schema shows, leaf values checked, and nulls propagated from a non-null field to
 * the nearest nullable parent with an error at the path where the null appeared.
 *
 * A shape is compiled once per operation, per combination of its condition variables, per part
 * (the primary part, each deferred fragment, or the whole): for each runtime type it meets, the
 * fields are collected (fragments applied, @skip/@include decided) into an array of steps, each
 * with its value's completer. Shaping a response then walks only the data, never the selections
 * or the schema. Shapes for abstract types are compiled per runtime type the first time one
 * appears, and kept.
 *
 * The semantics follow @apollo/gateway's `computeResponse`, which clients of this gateway relied on:
 * a subgraph value null where the schema says non-null nulls the parent, an unknown (or
 * @inaccessible) `__typename` nulls the object with an error, and an `__typename` that names an
 * interface (an @interfaceObject whose type could not be resolved) nulls the object.
 */
import {
  GraphQLError,
  isAbstractType,
  isCompositeType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionNode,
} from 'graphql';
import { deferLabel, isIncluded, type ConditionValues } from './conditions';
import { leafCheck } from './leaf-values';
import { clientResponseName } from './prepare-operation';

/** A completer's result: the value is null and its error was already recorded (no second error for it). */
export const ERRORED_NULL: unique symbol = Symbol('errored null');
/** A completer's result: a null where the schema forbids one; the parent must become null too. */
export const INVALID: unique symbol = Symbol('invalid');

/** A deferred fragment met while shaping: the object it applies to, and where that object is in the response. */
export interface DeferTarget {
  label: string;
  input: Record<string, unknown>;
  path: Array<string | number>;
}

/** Per shaping: the response path so far, the errors found, and where deferred fragments apply. */
export interface ShapeContext {
  path: Array<string | number>;
  errors: GraphQLError[];
  /** Set only when the shape splits off deferred fragments. */
  targets: DeferTarget[] | undefined;
  /** Answers a `__schema` or `__type` field (introspection, from the API schema). */
  introspect(field: FieldNode): unknown;
}

export type Completer = (input: unknown, context: ShapeContext) => unknown;
/** Shapes one object: the output object, or INVALID when a non-null field of it is null. */
export type ObjectShape = (input: Record<string, unknown>, context: ShapeContext) => Record<string, unknown> | typeof INVALID;

export interface ShapeOptions {
  schema: GraphQLSchema;
  conditions: ConditionValues;
  /** 'split': a fragment deferred under `conditions` is left out and recorded as a target; 'inline': it is shaped in place. */
  defers: 'split' | 'inline';
}

const STEP_FIELD = 0;
const STEP_TYPENAME = 1;
const STEP_INTROSPECTION = 2;

interface Step {
  kind: typeof STEP_FIELD | typeof STEP_TYPENAME | typeof STEP_INTROSPECTION;
  /** The response name the client asked for. */
  key: string;
  /** Where the fetched value is in the response tree (an alias of ours, or `key`). */
  source: string;
  /** The key is also a property of Object.prototype (`constructor`…): read and write it as an own property only. */
  guarded: boolean;
  complete: Completer | undefined;
  node: FieldNode;
}

const hasOwn = Object.prototype.hasOwnProperty;

function pathDescription(context: ShapeContext, parentType: string): string {
  const last = context.path[context.path.length - 1];
  return typeof last === 'number' ? `array element at index ${last}` : `field ${parentType}.${String(last)}`;
}

function shapeError(message: string, context: ShapeContext): void {
  context.errors.push(new GraphQLError(message, { path: context.path.slice(), extensions: { code: 'INTERNAL_SERVER_ERROR' } }));
}

/** Whether a fragment with type condition `condition` applies to an object whose runtime type is `runtime`. */
export function conditionApplies(schema: GraphQLSchema, condition: GraphQLCompositeType | undefined, runtime: GraphQLCompositeType): boolean {
  if (!condition || condition === runtime) return true;
  // An interface can be a runtime type here: an @interfaceObject's answer whose concrete type is unknown.
  return isAbstractType(condition) && schema.isSubType(condition, runtime as GraphQLObjectType | GraphQLInterfaceType);
}

export class ShapeCompiler {
  constructor(private readonly options: ShapeOptions) {}

  /** The shape of an object of runtime type `type` for `selections` (each a selection whose parent type is that object's position type). */
  objectShape(type: GraphQLCompositeType, selections: readonly SelectionNode[]): ObjectShape {
    const { schema, conditions } = this.options;
    const byKey = new Map<string, FieldNode[]>();
    const deferred: string[] = [];
    const collect = (nodes: readonly SelectionNode[]) => {
      for (const node of nodes) {
        if (!isIncluded(node.directives, conditions)) continue;
        if (node.kind === Kind.FIELD) {
          const key = clientResponseName(node);
          const same = byKey.get(key);
          if (same) same.push(node);
          else byKey.set(key, [node]);
        } else if (node.kind === Kind.INLINE_FRAGMENT) {
          const condition = node.typeCondition ? (schema.getType(node.typeCondition.name.value) as GraphQLCompositeType | undefined) : undefined;
          if (node.typeCondition && !condition) continue;
          if (!conditionApplies(schema, condition, type)) continue;
          const label = this.options.defers === 'split' ? deferLabel(node.directives, conditions) : undefined;
          if (label !== undefined) deferred.push(label);
          else collect(node.selectionSet.selections);
        }
        // Fragment spreads were inlined when the operation was prepared (prepare-operation.ts).
      }
    };
    collect(selections);

    const fields = 'getFields' in type ? (type.getFields() as Record<string, GraphQLField<unknown, unknown>>) : {};
    const isRoot = type === schema.getQueryType();
    const steps: Step[] = [];
    for (const [key, nodes] of byKey) {
      const node = nodes[0]!;
      const name = node.name.value;
      const source = node.alias?.value ?? name;
      const guarded = key in Object.prototype || source in Object.prototype;
      if (name === '__typename') {
        steps.push({ kind: STEP_TYPENAME, key, source, guarded, complete: undefined, node });
        continue;
      }
      if (isRoot && (name === '__schema' || name === '__type')) {
        steps.push({ kind: STEP_INTROSPECTION, key, source, guarded, complete: undefined, node });
        continue;
      }
      const field = fields[name];
      // A field of an interface asked under a type condition that does not apply here never reaches this
      // point; one the runtime type lacks (impossible in a valid operation) is left out.
      if (!field) continue;
      const subselections = nodes.flatMap((n) => n.selectionSet?.selections ?? []);
      steps.push({ kind: STEP_FIELD, key, source, guarded, complete: this.completer(field.type, subselections, type.name), node });
    }

    const runtimeName = type.name;
    const typenameIsObject = isObjectType(type);
    const targets = deferred.length > 0 ? deferred : undefined;
    return (input, context) => {
      const output: Record<string, unknown> = {};
      if (targets && context.targets) for (const label of targets) context.targets.push({ label, input, path: context.path.slice() });
      for (let i = 0; i < steps.length; i++) {
        const step = steps[i]!;
        let value: unknown;
        if (step.kind === STEP_FIELD) {
          const raw = step.guarded ? (hasOwn.call(input, step.source) ? input[step.source] : undefined) : input[step.source];
          context.path.push(step.key);
          value = step.complete!(raw === undefined ? null : raw, context);
          context.path.pop();
          if (value === INVALID) return INVALID;
          if (value === ERRORED_NULL) value = null;
        } else if (step.kind === STEP_TYPENAME) {
          // The runtime type's name; an interface here (an @interfaceObject's own answer) cannot be one.
          if (!typenameIsObject) return INVALID;
          value = runtimeName;
        } else {
          value = context.introspect(step.node);
        }
        if (step.guarded) Object.defineProperty(output, step.key, { value, enumerable: true, writable: true, configurable: true });
        else output[step.key] = value;
      }
      return output;
    };
  }

  /** The completer of a value of `type` whose composite parts select `selections`; `parentType` names the field's parent in errors. */
  completer(type: GraphQLOutputType, selections: readonly SelectionNode[], parentType: string): Completer {
    if (isNonNullType(type)) {
      const inner = this.completer(type.ofType, selections, parentType);
      return (input, context) => {
        const value = inner(input, context);
        if (value === null) {
          shapeError(`Cannot return null for non-nullable ${pathDescription(context, parentType)}.`, context);
          return INVALID;
        }
        return value === ERRORED_NULL ? INVALID : value;
      };
    }
    if (isListType(type)) {
      const item = this.completer(type.ofType, selections, parentType);
      return (input, context) => {
        if (input === null) return null;
        if (!Array.isArray(input)) {
          shapeError(`Invalid non-list value found for ${pathDescription(context, parentType)}.`, context);
          return ERRORED_NULL;
        }
        const mark = context.targets?.length;
        const output = new Array<unknown>(input.length);
        let invalid = false;
        for (let i = 0; i < input.length; i++) {
          context.path.push(i);
          const raw = input[i];
          const value = item(raw === undefined ? null : raw, context);
          context.path.pop();
          if (value === INVALID) invalid = true;
          else output[i] = value === ERRORED_NULL ? null : value;
        }
        if (!invalid) return output;
        if (mark !== undefined) context.targets!.length = mark;
        return ERRORED_NULL;
      };
    }
    if (isLeafType(type)) {
      const valid = leafCheck(type);
      return (input, context) => {
        if (input === null || valid(input)) return input;
        shapeError(`Invalid value found for ${pathDescription(context, parentType)}.`, context);
        return ERRORED_NULL;
      };
    }
    if (isCompositeType(type)) return this.compositeCompleter(type, selections, parentType);
    throw new Error(`Unexpected output type ${String(type)}`);
  }

  private compositeCompleter(type: GraphQLCompositeType, selections: readonly SelectionNode[], parentType: string): Completer {
    const { schema } = this.options;
    const shapes = new Map<string, ObjectShape | null>();
    let staticShape: ObjectShape | undefined;
    const shapeFor = (typename: unknown): ObjectShape | null => {
      if (typename === undefined || typename === null) return (staticShape ??= this.objectShape(type, selections));
      let shape = shapes.get(typename as string);
      if (shape === undefined) {
        const runtime = typeof typename === 'string' ? schema.getType(typename) : undefined;
        // Unknown to the API schema (or @inaccessible): never shown.
        shape = runtime && isCompositeType(runtime) ? this.objectShape(runtime, selections) : null;
        shapes.set(typename as string, shape);
      }
      return shape;
    };
    return (input, context) => {
      if (input === null) return null;
      if (typeof input !== 'object' || Array.isArray(input)) {
        shapeError(`Invalid non-object value found for ${pathDescription(context, parentType)}.`, context);
        return ERRORED_NULL;
      }
      const shape = shapeFor((input as Record<string, unknown>).__typename);
      if (!shape) {
        // The type's name is not shown: it may be @inaccessible.
        shapeError(`Invalid __typename found for object at ${pathDescription(context, parentType)}.`, context);
        return ERRORED_NULL;
      }
      const mark = context.targets?.length;
      const output = shape(input as Record<string, unknown>, context);
      if (output !== INVALID) return output;
      if (mark !== undefined) context.targets!.length = mark;
      return ERRORED_NULL;
    };
  }
}
