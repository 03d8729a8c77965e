import { describe, expect, it } from 'vitest';
import { compareRanked, isCandidate, scoreCandidate, SCORE_WEIGHTS } from './scoring';

const target = { chainCode: 'POWER_BATTERY', linkCode: 'MATERIALS', areaCode: '120116' };

describe('matchmaking score', () => {
  it('is 1 for a firm in the chain and link, in the same county, with a long cooperation history — nearly', () => {
    const s = scoreCandidate({ chains: [{ chainCode: 'POWER_BATTERY', linkCode: 'MATERIALS' }], cooperationCount: 9, areaCodes: ['120116'] }, target);
    expect(s).toMatchObject({ chainMatch: 1, linkMatch: 1, cooperationHistory: 0.9, proximity: 1, areaDistance: 0 });
    expect(s.total).toBeCloseTo(SCORE_WEIGHTS.chainMatch + SCORE_WEIGHTS.linkMatch + SCORE_WEIGHTS.cooperationHistory * 0.9 + SCORE_WEIGHTS.proximity, 4);
  });

  it('ranks the link in another chain, and the chain with its link unstated, lower', () => {
    const otherChain = scoreCandidate({ chains: [{ chainCode: 'NEW_MATERIALS', linkCode: 'MATERIALS' }], cooperationCount: 0, areaCodes: [] }, target);
    expect(otherChain).toMatchObject({ chainMatch: 0, linkMatch: 0.5, proximity: 0, areaDistance: null });
    const unstated = scoreCandidate({ chains: [{ chainCode: 'POWER_BATTERY', linkCode: '' }], cooperationCount: 0, areaCodes: [] }, target);
    expect(unstated).toMatchObject({ chainMatch: 1, linkMatch: 0.25 });
    const neither = scoreCandidate({ chains: [{ chainCode: 'NEV', linkCode: 'PRODUCTION' }], cooperationCount: 5, areaCodes: ['120116'] }, target);
    expect(isCandidate(neither)).toBe(false);
    expect(isCandidate(otherChain) && isCandidate(unstated)).toBe(true);
  });

  it('measures proximity through the GB/T 2260 tree from the nearest of the firm\'s areas', () => {
    const facts = (areaCodes: string[]) => ({ chains: [{ chainCode: 'POWER_BATTERY', linkCode: 'MATERIALS' }], cooperationCount: 0, areaCodes });
    expect(scoreCandidate(facts(['120101']), target).areaDistance).toBe(2); // another Tianjin district
    expect(scoreCandidate(facts(['331023']), target)).toMatchObject({ areaDistance: 6, proximity: 0 }); // a Zhejiang county
    expect(scoreCandidate(facts(['331023', '120116']), target).proximity).toBe(1);
  });

  it('keeps every part and the total within 0..1', () => {
    const s = scoreCandidate({ chains: [], cooperationCount: 1_000_000, areaCodes: ['650000'] }, target);
    for (const v of [s.chainMatch, s.linkMatch, s.cooperationHistory, s.proximity, s.total]) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
    expect(Object.values(SCORE_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('orders by total, then cooperation history, then name and code', () => {
    const parts = (total: number) => ({ chainMatch: 1, linkMatch: 1, cooperationHistory: 0, proximity: 0, total, areaDistance: null });
    const list = [
      { score: parts(0.5), cooperationCount: 0, sortKey: 'b', uscc: '2' },
      { score: parts(0.5), cooperationCount: 3, sortKey: 'z', uscc: '9' },
      { score: parts(0.9), cooperationCount: 0, sortKey: 'z', uscc: '8' },
      { score: parts(0.5), cooperationCount: 0, sortKey: 'a', uscc: '1' },
    ];
    expect(list.sort(compareRanked).map((r) => r.uscc)).toEqual(['8', '9', '1', '2']);
  });
});
