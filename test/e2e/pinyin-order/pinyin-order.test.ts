/**
 * Issue 27: names in pinyin order (NAME_PINYIN). Each region pages its directory by its pinyin key
 * and the cross-region merge compares the same keys, so the merged firm list read page by page with
 * cursors, through the gateway, is exactly an unpaginated pinyin sort of every firm of the three
 * regions — computed here from the names alone, credit code breaking ties.
 */
import { describe, expect, inject, it } from 'vitest';
import { pinyinSortKey } from '../../../subgraphs/kit/directory/pinyin-key';
import { data, graphql } from '../../support/system';

const gateway = inject('gatewayUrl');

type Firm = { uscc: string; name: string; regions: string[] };
type Page<N> = { edges: Array<{ cursor: string; node: N }>; pageInfo: { hasNextPage: boolean; endCursor: string | null; missingRegions: string[] } };

async function pages<N>(field: 'firms' | 'cooperationProjects', selection: string, orderBy: string, first: number): Promise<{ nodes: N[]; pages: number }> {
  const nodes: N[] = [];
  let after: string | null = null;
  for (let pages = 1; ; pages++) {
    const result: Record<string, Page<N>> = await data(gateway, `query($first: Int!, $after: String) { ${field}(orderBy: ${orderBy}, first: $first, after: $after) { edges { cursor node { ${selection} } } pageInfo { hasNextPage endCursor missingRegions } } }`, { first, after });
    const page = result[field]!;
    expect(page.pageInfo.missingRegions).toEqual([]);
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return { nodes, pages };
    after = page.pageInfo.endCursor;
    expect(pages).toBeLessThan(200);
  }
}

/** The pinyin sort of `items`, done here: by the key of each name, then by id. */
function pinyinSort<T>(items: T[], name: (t: T) => string, id: (t: T) => string): T[] {
  const keyed = items.map((item) => ({ item, key: pinyinSortKey(name(item)), id: id(item) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return keyed.map((k) => k.item);
}

describe('firms in pinyin order across the three regions', () => {
  it('page by page with cursors equals an unpaginated pinyin sort of every firm', async () => {
    // Every firm, in code point order, in one page: what the pinyin sort is computed from.
    const all = await pages<Firm>('firms', 'uscc name regions', '{ field: NAME }', 200);
    expect(all.pages).toBe(1);
    expect([...new Set(all.nodes.flatMap((f) => f.regions))].sort()).toEqual(['TIANJIN', 'YANGTZE', 'ZHEJIANG']);
    const expected = pinyinSort(all.nodes, (f) => f.name, (f) => f.uscc).map((f) => f.uscc);
    // Pinyin order is not code point order on these names: the comparison below can fail.
    expect(expected).not.toEqual(all.nodes.map((f) => f.uscc));

    for (const first of [7, 50]) {
      const paged = await pages<Firm>('firms', 'uscc name regions', '{ field: NAME_PINYIN, direction: ASC }', first);
      expect(paged.pages).toBe(Math.ceil(all.nodes.length / first));
      expect(paged.nodes.map((f) => f.uscc)).toEqual(expected);
    }
    const descending = await pages<Firm>('firms', 'uscc', '{ field: NAME_PINYIN, direction: DESC }', 9);
    expect(descending.nodes.map((f) => f.uscc)).toEqual([...expected].reverse());
  });

  it('orders a chain\'s firms and the projects by pinyin too', async () => {
    // The chain with the most firms.
    const { industryChains } = await data<{ industryChains: Array<{ code: string; firms: { totalCount: number } }> }>(gateway, '{ industryChains { code firms(first: 1) { totalCount } } }');
    const largest = industryChains.reduce((a, b) => (b.firms.totalCount > a.firms.totalCount ? b : a));
    const { industryChain } = await data<{ industryChain: { firms: { nodes: Firm[] } } }>(
      gateway,
      'query($code: ID!) { industryChain(code: $code) { firms(orderBy: { field: NAME_PINYIN }, first: 200) { nodes { uscc name regions } } } }',
      { code: largest.code },
    );
    const chainFirms = industryChain.firms.nodes;
    expect(chainFirms).toHaveLength(largest.firms.totalCount);
    expect(chainFirms.length).toBeGreaterThan(5);
    expect(chainFirms.map((f) => f.uscc)).toEqual(pinyinSort(chainFirms, (f) => f.name, (f) => f.uscc).map((f) => f.uscc));

    type Project = { id: string; title: string };
    const projects = await pages<Project>('cooperationProjects', 'id title', '{ field: NAME_PINYIN, direction: ASC }', 6);
    expect(projects.nodes.length).toBeGreaterThan(6);
    expect(projects.nodes.map((p) => p.id)).toEqual(pinyinSort(projects.nodes, (p) => p.title, (p) => p.id).map((p) => p.id));
  });

  it('refuses a cursor of the code point order, which holds other keys', async () => {
    const { firms } = await data<{ firms: Page<Firm> }>(gateway, '{ firms(orderBy: { field: NAME }, first: 3) { edges { cursor node { uscc } } pageInfo { hasNextPage endCursor missingRegions } } }');
    const answer = await graphql(gateway, 'query($a: String) { firms(orderBy: { field: NAME_PINYIN }, first: 3, after: $a) { nodes { uscc } } }', { a: firms.pageInfo.endCursor });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'INVALID_CURSOR' });
  });
});
