/**
 * Issue 3: a merged list across the three regions, read page by page with cursors, is exactly the
 * unpaginated order — no firm twice, none missing — while its rows come from three databases.
 */
import { describe, expect, inject, it } from 'vitest';
import { data } from '../../support/system';

const gateway = inject('gatewayUrl');

type Page<N> = { totalCount: number; edges: Array<{ cursor: string; node: N }>; pageInfo: { hasNextPage: boolean; endCursor: string | null; missingRegions: string[] } };

async function allPages<N>(field: 'firms' | 'cooperationProjects', selection: string, orderBy: string, first: number): Promise<{ nodes: N[]; pages: number }> {
  const nodes: N[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const result: Record<string, Page<N>> = await data(gateway, `query($first: Int!, $after: String) { ${field}(orderBy: ${orderBy}, first: $first, after: $after) { totalCount edges { cursor node { ${selection} } } pageInfo { hasNextPage endCursor missingRegions } } }`, { first, after });
    const page = result[field]!;
    expect(page.pageInfo.missingRegions).toEqual([]);
    nodes.push(...page.edges.map((e) => e.node));
    pages++;
    if (!page.pageInfo.hasNextPage) return { nodes, pages };
    after = page.pageInfo.endCursor;
    expect(pages).toBeLessThan(100);
  }
}

describe('merged cross-region lists', () => {
  it.each([
    ['firms by name', 'firms', 'uscc name regions', '{ field: NAME, direction: ASC }'],
    ['firms by name, descending', 'firms', 'uscc name regions', '{ field: NAME, direction: DESC }'],
    ['projects, largest amount first', 'cooperationProjects', 'id title region amount { yuan }', '{ field: AMOUNT, direction: DESC }'],
  ] as const)('pages %s exactly like the unpaginated order', async (_name, field, selection, orderBy) => {
    const whole = await allPages<Record<string, any>>(field, selection, orderBy, 200);
    expect(whole.pages).toBe(1);
    const key = field === 'firms' ? 'uscc' : 'id';
    const regions = new Set(whole.nodes.flatMap((n) => n.regions ?? [n.region]));
    if (field === 'firms') expect([...regions].sort()).toEqual(['TIANJIN', 'YANGTZE', 'ZHEJIANG']);

    for (const first of [1, 4, 7]) {
      const paged = await allPages<Record<string, any>>(field, selection, orderBy, first);
      expect(paged.nodes.map((n) => n[key])).toEqual(whole.nodes.map((n) => n[key]));
      expect(paged.pages).toBe(Math.ceil(whole.nodes.length / first));
    }
    expect(new Set(whole.nodes.map((n) => n[key])).size).toBe(whole.nodes.length);
  });

  it('reports the total across regions and orders amounts in yuan, largest first', async () => {
    const { cooperationProjects } = await data<{ cooperationProjects: { totalCount: number; nodes: Array<{ title: string; amount: { yuan: number | null; stated: string | null } }> } }>(
      gateway,
      '{ cooperationProjects(orderBy: { field: AMOUNT, direction: DESC }, first: 3) { totalCount nodes { title amount { yuan stated } } } }',
    );
    // 环龙 phase 1: 15亿元 output a year (004); 10家化工企业 matchmaking: over 10亿元 (004); 金西盟: 6亿元 (001).
    expect(cooperationProjects.nodes.map((n) => [n.amount.stated, n.amount.yuan])).toEqual([['15亿元', 1_500_000_000], ['10亿元', 1_000_000_000], ['6亿元', 600_000_000]]);
    expect(cooperationProjects.totalCount).toBeGreaterThan(20);
  });
});
