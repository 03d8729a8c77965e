import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ALIAS_PREFIX, DEFER_LABEL_PREFIX, clientResponseName, pickOperation, prepareOperation } from './prepare-operation';

const prepare = (source: string, name?: string, requiresFields?: Set<string>) => {
  const result = prepareOperation(parse(source), name, requiresFields);
  if (result.error !== undefined) throw new Error(result.error);
  return result.value;
};

describe('prepareOperation', () => {
  it('inlines every fragment spread, keeping its directives, so no named fragment is left', () => {
    const prepared = prepare('query Q { a { ...F @include(if: $x) } } fragment F on A { b ...G } fragment G on A { c }');
    expect(print(prepared.operation)).toBe('query Q {\n  a {\n    ... on A @include(if: $x) {\n      b\n      ... on A {\n        c\n      }\n    }\n  }\n}');
    expect(prepared.document.definitions).toHaveLength(1);
  });

  it('labels every @defer with a label of its own, once per place a fragment is spread, and keeps the caller\'s label', () => {
    const prepared = prepare('{ a { ...F @defer(label: "mine") b { ... @defer { c } } } d { ...F @defer } } fragment F on A { x }');
    const labels = [...prepared.defers.values()];
    expect(labels.map((l) => l.callerLabel)).toEqual(['mine', undefined, undefined]);
    expect(new Set(labels.map((l) => l.label)).size).toBe(3);
    for (const { label } of labels) {
      expect(label.startsWith(DEFER_LABEL_PREFIX)).toBe(true);
      expect(print(prepared.operation)).toContain(`label: "${label}"`);
    }
    expect(print(prepared.operation)).not.toContain('"mine"');
  });

  it('keeps @defer(if:) for the planner and the shapes to decide', () => {
    expect(print(prepare('query ($d: Boolean!) { a { ... @defer(if: $d) { b } } }').operation)).toMatch(/@defer\(if: \$d, label: "__coopgraph_defer_0"\)/);
  });

  it('aliases a field that would merge with a @requires input of the same name but other arguments, and gives the client its name back', () => {
    const prepared = prepare('{ feed { comments(limit: 1) { id } other: comments(limit: 2) { id } title } }', undefined, new Set(['comments', 'title']));
    const feed = (prepared.operation.selectionSet.selections[0] as import('graphql').FieldNode).selectionSet!.selections as import('graphql').FieldNode[];
    expect(feed.map((f) => f.alias?.value)).toEqual([`${ALIAS_PREFIX}comments`, 'other', undefined]);
    expect(feed.map(clientResponseName)).toEqual(['comments', 'other', 'title']);
  });

  it('picks the operation as graphql-js does, and says why when it cannot', () => {
    const document = parse('query A { a } query B { b }');
    expect(pickOperation(document, 'B')).toMatchObject({ name: { value: 'B' } });
    expect(pickOperation(document, undefined)).toBe('Must provide operation name if query contains multiple operations.');
    expect(pickOperation(document, 'C')).toBe('Unknown operation named "C".');
  });
});
