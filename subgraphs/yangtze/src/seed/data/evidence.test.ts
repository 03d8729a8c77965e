import { describe, expect, it } from 'vitest';
import { evidenceProblems, placementProblems } from '../../../../kit/seed-evidence';
import * as D from '.';

describe('the Yangtze sample dataset', () => {
  it('quotes every piece of evidence from the report it cites', () => {
    expect(evidenceProblems({ ...D })).toEqual([]);
  });

  it('rests every chain placement on a sentence of its report that names the firm', () => {
    const placed = D.ORGANISATIONS.map((o) => ({ key: o.key, names: [o.originalName], chains: o.chains }));
    expect(placed.every((r) => r.chains.length > 0)).toBe(true);
    expect(placementProblems(placed)).toEqual([]);
  });
});
