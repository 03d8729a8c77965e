import { describe, expect, it } from 'vitest';
import { objectsAt, placesAt } from './response-tree';

describe('the response tree', () => {
  const a = { id: 'a' };
  const b = { id: 'b' };
  const c = { id: 'c' };
  const root = { firms: { nodes: [{ owner: a }, { owner: null }, { owner: b }] }, other: [{ owner: c }] };

  it('finds the objects at a Flatten path, through lists, without nulls', () => {
    expect(objectsAt(root, ['firms', 'nodes', '@', 'owner'])).toEqual([a, b]);
    expect(objectsAt([root, { firms: null }], ['firms', 'nodes'])).toEqual(root.firms.nodes);
  });

  it('gives the same objects\' response paths and ancestors, in the same order', () => {
    const places = placesAt(root, ['firms', 'nodes', '@', 'owner']);
    expect(places.map((p) => p.path)).toEqual([
      ['firms', 'nodes', 0, 'owner'],
      ['firms', 'nodes', 2, 'owner'],
    ]);
    expect(places[1]!.ancestors).toEqual([root, root.firms, root.firms.nodes[2], b]);
  });
});
