import { buildSchema, parse, type GraphQLObjectType, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { conditionValues } from './conditions';
import { INVALID, ShapeCompiler, type DeferTarget, type ShapeContext } from './compile-shape';

const schema = buildSchema(`
  type Query { shop: Shop items: [Item!] first: Item! strict: Strict }
  type Shop { name: String! owner: Person tags: [String!]! }
  type Person { name: String! age: Int }
  interface Item { id: ID! }
  type Book implements Item { id: ID! title: String! kind: Kind }
  type Film implements Item { id: ID! minutes: Float }
  type Strict { inner: Inner! }
  type Inner { value: String! }
  enum Kind { NOVEL POEM }
`);

function shape(query: string, input: Record<string, unknown>, options: { defers?: 'split' | 'inline'; values?: Record<string, boolean> } = {}) {
  const operation = parse(query).definitions[0] as OperationDefinitionNode;
  const compiler = new ShapeCompiler({ schema, conditions: new Map(Object.entries(options.values ?? {})), defers: options.defers ?? 'inline' });
  const context: ShapeContext = { path: [], errors: [], targets: options.defers === 'split' ? [] : undefined, introspect: () => 'introspected' };
  const data = compiler.objectShape(schema.getQueryType() as GraphQLObjectType, operation.selectionSet.selections)(input, context);
  return { data: data === INVALID ? null : data, errors: context.errors.map((e) => ({ message: e.message, path: e.path })), targets: context.targets as DeferTarget[] | undefined };
}

describe('ShapeCompiler', () => {
  it('answers the selection in order, under aliases, leaving out what only the plan needed', () => {
    const { data } = shape('{ s: shop { tags name } shop { owner { age } } }', { s: { name: 'A', tags: ['x'], __typename: 'Shop', id: 'key' }, shop: { owner: { age: 3, name: 'n', __typename: 'Person' } } });
    expect(JSON.stringify(data)).toBe('{"s":{"tags":["x"],"name":"A"},"shop":{"owner":{"age":3}}}');
  });

  it('merges the sub-selections of one response name asked in several places', () => {
    const { data } = shape('{ shop { owner { name } } ... on Query { shop { owner { age } name } } }', { shop: { name: 'A', owner: { name: 'P', age: 7 } } });
    expect(data).toEqual({ shop: { owner: { name: 'P', age: 7 }, name: 'A' } });
  });

  it('applies type conditions and __typename by each object\'s runtime type', () => {
    const { data, errors } = shape('{ items { __typename id ... on Book { title } ... on Film { minutes } } }', {
      items: [
        { __typename: 'Book', id: 1, title: 'T', minutes: 9 },
        { __typename: 'Film', id: '2', minutes: 1.5 },
      ],
    });
    expect(data).toEqual({ items: [{ __typename: 'Book', id: 1, title: 'T' }, { __typename: 'Film', id: '2', minutes: 1.5 }] });
    expect(errors).toEqual([]);
  });

  it('nulls an object whose __typename the schema does not show, with an error at its path', () => {
    const { data, errors } = shape('{ items { id } }', { items: [{ __typename: 'Secret', id: '1' }] });
    // The list's items are non-null: the list becomes null.
    expect(data).toEqual({ items: null });
    expect(errors).toEqual([{ message: 'Invalid __typename found for object at array element at index 0.', path: ['items', 0] }]);
  });

  it('propagates a null in a non-null field to the nearest nullable parent, with one error where the null was', () => {
    const { data, errors } = shape('{ strict { inner { value } } shop { name owner { name } } }', { strict: { inner: { value: null } }, shop: { name: 'A', owner: { name: null } } });
    expect(data).toEqual({ strict: null, shop: { name: 'A', owner: null } });
    expect(errors).toEqual([
      { message: 'Cannot return null for non-nullable field Inner.value.', path: ['strict', 'inner', 'value'] },
      { message: 'Cannot return null for non-nullable field Person.name.', path: ['shop', 'owner', 'name'] },
    ]);
  });

  it('nulls the whole answer when a non-null root field is null', () => {
    expect(shape('{ first { id } }', { first: null }).data).toBeNull();
  });

  it('checks leaf values: an enum value the schema lacks, an Int that is not one', () => {
    const { data, errors } = shape('{ items { ... on Book { kind } } shop { owner { age } } }', { items: [{ __typename: 'Book', kind: 'DRAMA' }], shop: { owner: { age: 1.5 } } });
    expect(data).toEqual({ items: [{ kind: null }], shop: { owner: { age: null } } });
    expect(errors.map((e) => e.path)).toEqual([['items', 0, 'kind'], ['shop', 'owner', 'age']]);
  });

  it('decides @skip and @include at compile time, for the values it is compiled for', () => {
    const query = 'query ($a: Boolean!) { shop { name @skip(if: $a) tags @include(if: $a) } }';
    const input = { shop: { name: 'A', tags: [] } };
    expect(shape(query, input, { values: { a: true } }).data).toEqual({ shop: { tags: [] } });
    expect(shape(query, input, { values: { a: false } }).data).toEqual({ shop: { name: 'A' } });
  });

  it('leaves deferred fragments out when splitting, and records where each applies', () => {
    const query = '{ items { id ... on Book @defer(label: "b") { title } } shop { ... @defer(label: "s") { name } } }';
    const input = { items: [{ __typename: 'Film', id: '1' }, { __typename: 'Book', id: '2', title: 'T' }], shop: { name: 'A' } };
    const split = shape(query, input, { defers: 'split' });
    expect(split.data).toEqual({ items: [{ id: '1' }, { id: '2' }], shop: {} });
    expect(split.targets!.map((t) => [t.label, t.path])).toEqual([
      ['b', ['items', 1]],
      ['s', ['shop']],
    ]);
    expect(shape(query, input).data).toEqual({ items: [{ id: '1' }, { id: '2', title: 'T' }], shop: { name: 'A' } });
  });

  it('drops the targets of an object that null propagation removed', () => {
    const split = shape('{ strict { inner { value ... @defer(label: "x") { value } } } }', { strict: { inner: { value: null } } }, { defers: 'split' });
    expect(split.data).toEqual({ strict: null });
    expect(split.targets).toEqual([]);
  });

  it('reads and writes a field named like an Object.prototype property as the object\'s own', () => {
    const prototypeSchema = buildSchema('type Query { constructor: String toString: String }');
    const operation = parse('{ constructor toString }').definitions[0] as OperationDefinitionNode;
    const compiler = new ShapeCompiler({ schema: prototypeSchema, conditions: new Map(), defers: 'inline' });
    const context: ShapeContext = { path: [], errors: [], targets: undefined, introspect: () => null };
    expect(compiler.objectShape(prototypeSchema.getQueryType()!, operation.selectionSet.selections)({ toString: 'x' }, context)).toEqual({ constructor: null, toString: 'x' });
  });
});

describe('conditionValues', () => {
  it('reads a key as the booleans it stands for', () => expect(conditionValues(['a'], '1').get('a')).toBe(true));
});
