/**
 * Issue 3: chain gap analysis (补链) and matchmaking, with the reports' own examples (000): the Binhai
 * park cannot yet offer production land, and a downstream new-energy firm that needed a design
 * partner had one next door.
 */
import { describe, expect, inject, it } from 'vitest';
import { data } from '../../support/system';

const gateway = inject('gatewayUrl');

const GAPS = /* GraphQL */ `
  query Gaps($candidates: CandidateScope!) {
    scopes(keyword: "滨海-中关村") { id name }
    chainGapAnalysis(scopeId: "tianjin:park:binhai-zgc-science-park", chainCode: "NEW_ENERGY", candidates: $candidates, first: 3) {
      scope { name kind region }
      coverage
      links { link { code } covered firms { name } }
      missingLinks {
        link { code nameZh }
        statedGaps { note source }
        candidates { firm { name regions } score { chainMatch linkMatch cooperationHistory proximity total areaDistance } }
      }
    }
  }
`;

describe('chain gap analysis and matchmaking', () => {
  it('finds the park\'s covered and missing new-energy links, with the stated production-land gap', async () => {
    const result = await data<{ scopes: Array<{ id: string }>; chainGapAnalysis: any }>(gateway, GAPS, { candidates: 'OTHER_REGIONS' });
    expect(result.scopes.map((s) => s.id)).toContain('tianjin:park:binhai-zgc-science-park');
    const gaps = result.chainGapAnalysis;
    expect(gaps.scope).toEqual({ name: '天津滨海-中关村科技园', kind: 'PARK', region: 'TIANJIN' });
    // 000 states the park's chain "涉及设计、投资、生产、运维"; its firms and the alliance's invest, build and transmit.
    expect(gaps.links.filter((l: any) => l.covered).map((l: any) => l.link.code)).toEqual(['DESIGN', 'INVESTMENT', 'CONSTRUCTION', 'PRODUCTION', 'TRANSMISSION', 'OPERATIONS']);
    // Research is missing; production is stated both covered and a gap (no production land yet).
    expect(gaps.missingLinks.map((m: any) => m.link.code)).toEqual(['RND', 'PRODUCTION']);
    const production = gaps.missingLinks.find((m: any) => m.link.code === 'PRODUCTION');
    expect(production.statedGaps).toHaveLength(1);
    expect(production.statedGaps[0].note).toContain('不能提供企业生产用地');
    expect(production.statedGaps[0].source).toBe('000_7deada67eb8abbdc.txt');
    // Candidates from the other regions only, with every score part exposed and summing to the total.
    for (const missing of gaps.missingLinks) {
      for (const c of missing.candidates) {
        expect(c.firm.regions).not.toContain('TIANJIN');
        const s = c.score;
        expect(s.total).toBeCloseTo(0.3 * s.chainMatch + 0.4 * s.linkMatch + 0.15 * s.cooperationHistory + 0.15 * s.proximity, 3);
      }
    }
  });

  it('finds the design firm next door inside the park: 泰达工程设计, a member of the alliance founded there', async () => {
    const { chainGapAnalysis } = await data<{ chainGapAnalysis: any }>(gateway, GAPS, { candidates: 'ALL_REGIONS' });
    const design = chainGapAnalysis.links.find((l: any) => l.link.code === 'DESIGN');
    expect(design.covered).toBe(true);
    expect(design.firms.map((f: any) => f.name)).toEqual(['泰达工程设计有限公司']);
    // The missing research link is matched across every region, best first.
    const rnd = chainGapAnalysis.missingLinks.find((m: any) => m.link.code === 'RND');
    expect(rnd.candidates.length).toBeGreaterThan(0);
    const totals = rnd.candidates.map((c: any) => c.score.total);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    expect(rnd.candidates[0].score).toMatchObject({ chainMatch: 1, linkMatch: 1 });
  });
});
