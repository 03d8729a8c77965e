import { describe, expect, it } from 'vitest';
import { chainForLocalName } from '../../../../../schema/contract/chains';
import { evidenceProblems, placementProblems } from '../../../../kit/seed-evidence';
import * as D from '.';

const placed = [
  ...D.firms.map((f) => ({ key: f.key, names: [f.originalName, ...(f.shortName ? [f.shortName] : [])], chains: f.chains })),
  ...D.organisations.map((o) => ({ key: o.key, names: [o.originalName], chains: o.chains })),
];
const chainsOf = (key: string) => [...new Set((placed.find((r) => r.key === key)?.chains ?? []).map((c) => chainForLocalName(c.localChainName)!.code))];

describe('the Tianjin sample dataset', () => {
  it('quotes every piece of evidence from the report it cites', () => {
    expect(evidenceProblems({ ...D })).toEqual([]);
  });

  it('rests every chain placement on a sentence of its report that names the firm', () => {
    expect(placed.filter((r) => r.chains?.length).length).toBeGreaterThan(15);
    expect(placementProblems(placed)).toEqual([]);
  });

  it('does not place a battery alliance member in the battery chain for its membership alone', () => {
    expect(chainsOf('zhonghuan-semiconductor')).toEqual(['IC']);
    expect(chainsOf('deepinfar-ocean')).toEqual([]);
    expect(chainsOf('china-railway-academy')).toEqual([]);
    expect(chainsOf('lishen-battery')).toEqual(['POWER_BATTERY']);
    expect(placed.find((r) => r.key === 'lishen-battery')!.chains![0]!.basis).toBe('name');
  });

  it('puts a firm in every chain the reports put it in', () => {
    // 輸配電企業, met at the dual-carbon alliance's founding conference for a smart-energy group's need.
    expect(chainsOf('tgood-tianjin-branch')).toEqual(['ELECTRICAL_EQUIPMENT', 'NEW_ENERGY']);
    // 車聯網 leader, and the leader the South Station passage names for its new-energy vehicle chain.
    expect(chainsOf('jingwei-hirain')).toEqual(['CONNECTED_VEHICLES', 'NEV']);
  });
});
