import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compileContextRewrites, compileRewrites } from './rewrites';

const schema = buildSchema('type Query { a: Int } interface I { id: ID } type A implements I { id: ID x: Int } type B implements I { id: ID x: Int }');

describe('compileRewrites', () => {
  it('sets a value where the path and its type conditions match, through lists', () => {
    const rewrite = compileRewrites(schema, [{ kind: 'ValueSetter', path: ['items', '... on A', '__typename'], setValueTo: 'I' }])!;
    const value = { items: [{ __typename: 'A' }, { __typename: 'B' }, { other: 1 }] };
    rewrite(value);
    expect(value.items).toEqual([{ __typename: 'I' }, { __typename: 'B' }, { other: 1, __typename: 'I' }]);
  });

  it('renames a key', () => {
    const rewrite = compileRewrites(schema, [{ kind: 'KeyRenamer', path: ['... on I', 'x__alias'], renameKeyTo: 'x' }])!;
    const value: Record<string, unknown> = { __typename: 'B', x__alias: 3 };
    rewrite(value);
    expect(value.x).toBe(3);
    expect(JSON.parse(JSON.stringify(value))).toEqual({ __typename: 'B', x: 3 });
  });

  it('has nothing to do without rewrites', () => expect(compileRewrites(schema, [])).toBeUndefined());
});

describe('compileContextRewrites', () => {
  it('reads each @fromContext value from the entity\'s ancestors, the first matching alternative winning', () => {
    const [argument] = compileContextRewrites(schema, [
      { kind: 'KeyRenamer', path: ['..', '... on A', 'x'], renameKeyTo: 'contextualArgument_1_0' },
      { kind: 'KeyRenamer', path: ['..', '... on B', 'x'], renameKeyTo: 'contextualArgument_1_0' },
    ]);
    expect(argument!.variable).toBe('contextualArgument_1_0');
    const entity = { id: 'u' };
    expect(argument!.read([{}, { __typename: 'B', x: 7 }, entity])).toBe(7);
    expect(argument!.read([{}, { __typename: 'A', x: 1 }, entity])).toBe(1);
    expect(argument!.read([entity])).toBeNull();
  });
});
