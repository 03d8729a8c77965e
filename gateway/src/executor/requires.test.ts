import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compileRequires } from './requires';

const schema = buildSchema('type Query { a: Int } interface Node { id: ID! } type Book implements Node { id: ID! isbn: String } type Film implements Node { id: ID! }');

describe('compileRequires', () => {
  const build = compileRequires(schema, [
    { kind: 'InlineFragment', typeCondition: 'Node', selections: [{ kind: 'Field', name: '__typename' }, { kind: 'Field', name: 'id' }] },
    { kind: 'InlineFragment', typeCondition: 'Book', selections: [{ kind: 'Field', name: 'isbn' }, { kind: 'Field', name: 'authors', selections: [{ kind: 'Field', name: 'name' }] }] },
  ]);

  it('reads the keys and inputs out of an entity, by its type, leaving the rest', () => {
    expect(build({ __typename: 'Book', id: '1', isbn: 'x', title: 'T', authors: [{ name: 'A', age: 3 }, null] })).toEqual({ __typename: 'Book', id: '1', isbn: 'x', authors: [{ name: 'A' }, null] });
    expect(build({ __typename: 'Film', id: '2', isbn: 'no' })).toEqual({ __typename: 'Film', id: '2' });
  });

  it('builds no representation for an entity that lacks an input', () => {
    const plain = compileRequires(schema, [{ kind: 'Field', name: '__typename' }, { kind: 'Field', name: 'id' }]);
    expect(plain({ __typename: 'Film' })).toBeNull();
    // An object without __typename matches no type condition.
    expect(build({ id: '1' })).toEqual({});
  });
});
