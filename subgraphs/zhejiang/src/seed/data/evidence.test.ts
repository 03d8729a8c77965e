import { describe, expect, it } from 'vitest';
import { chainForLocalName } from '../../../../../schema/contract/chains';
import { evidenceProblems, placementProblems } from '../../../../kit/seed-evidence';
import * as D from '.';

const placed = (D.firms as readonly D.ZjFirm[]).map((f) => ({ key: f.key, names: [f.originalName, ...(f.shortName ? [f.shortName] : [])], chains: f.chains }));
const chainsOf = (key: string) => [...new Set((placed.find((r) => r.key === key)?.chains ?? []).map((c) => chainForLocalName(c.localChainName)!.code))];

describe('the Zhejiang sample dataset', () => {
  it('quotes every piece of evidence from the report it cites', () => {
    expect(evidenceProblems({ ...D })).toEqual([]);
  });

  it('rests every chain placement on a sentence of its report that names the firm', () => {
    expect(placementProblems(placed)).toEqual([]);
  });

  it('files the firms the industrial-fabric passage names under that chain', () => {
    expect(chainsOf('jushi')).toEqual(['TEXTILES']);
    expect(chainsOf('xinfengming')).toEqual(['TEXTILES']);
    expect(placed.find((r) => r.key === 'jushi')!.chains![0]!.basis).toBe('passage');
  });

  it('keeps name-based guesses only where nothing better exists, and marks them', () => {
    const guesses = placed.flatMap((r) => (r.chains ?? []).filter((c) => c.basis === 'name').map(() => r.key));
    expect(guesses.sort()).toEqual(['kaili-new-energy', 'shuangcai-new-materials', 'yuheng-battery']);
  });
});
