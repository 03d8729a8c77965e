import { describe, expect, it } from 'vitest';
import { spreadEntities, uniqueRepresentations } from './unique-representations';

const firm = (uscc: string) => ({ __typename: 'Firm', uscc });

describe('unique representations', () => {
  it('sends each distinct representation once and says where each original went', () => {
    const found = uniqueRepresentations([firm('A'), firm('B'), firm('A'), firm('C'), firm('B')]);
    expect(found).toEqual({ unique: [firm('A'), firm('B'), firm('C')], slots: [0, 1, 0, 2, 1] });
  });

  it('leaves a fetch alone when nothing repeats or there are no representations', () => {
    expect(uniqueRepresentations([firm('A'), firm('B')])).toBeNull();
    expect(uniqueRepresentations([firm('A')])).toBeNull();
    expect(uniqueRepresentations(undefined)).toBeNull();
  });

  it('spreads the answer back: one entity per original place, each its own object', () => {
    const unique = uniqueRepresentations([firm('A'), firm('B'), firm('A')])!;
    const answer = spreadEntities({ data: { _entities: [{ uscc: 'A', view: { n: 1, links: [{ code: 'x' }] } }, { uscc: 'B', view: null }] } }, unique);
    const entities = answer.data!._entities as Array<{ uscc: string; view: { n: number; links: Array<{ code: string }> } | null }>;
    expect(entities.map((e) => e.uscc)).toEqual(['A', 'B', 'A']);
    expect(entities[2]).toEqual(entities[0]);
    // Apollo merges later fetches into each place: a copy, so one place's merge stays its own.
    expect(entities[2]).not.toBe(entities[0]);
    expect(entities[2]!.view).not.toBe(entities[0]!.view);
    expect(entities[2]!.view!.links).not.toBe(entities[0]!.view!.links);
    expect(entities[2]!.view!.links[0]).not.toBe(entities[0]!.view!.links[0]);
    expect(entities[1]!.view).toBeNull();
  });

  it('puts an entity\'s error at every place it stands for, other errors as they were', () => {
    const unique = uniqueRepresentations([firm('A'), firm('B'), firm('A')])!;
    const answer = spreadEntities(
      {
        data: { _entities: [null, { uscc: 'B' }] },
        errors: [
          { message: 'A failed', path: ['_entities', 0, 'view'] },
          { message: 'whole request', path: undefined },
        ],
      },
      unique,
    );
    expect(answer.errors!.map((e) => [e.message, e.path])).toEqual([
      ['A failed', ['_entities', 0, 'view']],
      ['A failed', ['_entities', 2, 'view']],
      ['whole request', undefined],
    ]);
    expect(answer.data!._entities).toEqual([null, { uscc: 'B' }, null]);
  });
});
