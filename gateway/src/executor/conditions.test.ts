import { parse, type FieldNode, type InlineFragmentNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { conditionKey, conditionValues, conditionVariables, deferLabel, isIncluded } from './conditions';

const operation = parse('query ($a: Boolean!, $b: Boolean!, $c: Boolean) { x @skip(if: $a) y @include(if: true) ... @defer(if: $b, label: "l") { z } w @include(if: $a) }').definitions[0] as OperationDefinitionNode;
const [x, y, fragment] = operation.selectionSet.selections as [FieldNode, FieldNode, InlineFragmentNode];

describe('conditions', () => {
  it('lists the variables that decide a directive, each once, and keys their values', () => {
    const names = conditionVariables(operation);
    expect(names).toEqual(['a', 'b']);
    expect(conditionKey(names, { a: true, b: false, c: true })).toBe('10');
    expect(conditionValues(names, '10')).toEqual(new Map([['a', true], ['b', false]]));
  });

  it('decides @skip, @include and @defer(if:) under given values', () => {
    const on = conditionValues(['a', 'b'], '11');
    const off = conditionValues(['a', 'b'], '00');
    expect([isIncluded(x.directives, on), isIncluded(x.directives, off)]).toEqual([false, true]);
    expect(isIncluded(y.directives, off)).toBe(true);
    expect([deferLabel(fragment.directives, on), deferLabel(fragment.directives, off)]).toEqual(['l', undefined]);
  });
});
