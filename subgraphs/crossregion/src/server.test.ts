/**
 * The cross-region subgraph against the real regional subgraphs (fresh SQLite databases, seeded),
 * over HTTP. Regions that do not exist or do not start are pointed at a closed port, and the tests
 * restrict themselves to the regions that run (see `live`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegionName } from '../../../schema/contract/errors';
import { sampleUscc } from '../../../schema/contract/uscc';
import type { TestSubgraph } from '../../kit/testing';
import { REGIONS } from './config';
import { closedUrl, hangingUrl, startCrossRegionAt, startRegions, type CrossRegionUnderTest, type GraphQLAnswer } from './testing';

let regions: Partial<Record<RegionName, TestSubgraph>> = {};
let cr: CrossRegionUnderTest;
const live = () => REGIONS.filter((r) => regions[r]);
const LIVE = () => live().map((r) => r.toUpperCase());
const has = (...names: RegionName[]) => names.every((n) => regions[n]);
/** Skips a test (at run time, once the regions have started) that needs a region's data. */
const needs = (ctx: { skip: (note?: string) => void }, ...names: RegionName[]) => {
  if (!has(...names)) ctx.skip(`needs the ${names.join(' and ')} region`);
};

beforeAll(async () => {
  const started = await startRegions();
  regions = started.running;
  if (Object.keys(started.failed).length) console.warn('regions left out of the cross-region tests:', started.failed);
  cr = await startCrossRegionAt(Object.fromEntries(live().map((r) => [r, regions[r]!.url])));
}, 180_000);

afterAll(async () => {
  await cr?.close();
  for (const r of live()) await regions[r]!.close();
});

function ok<T>(answer: GraphQLAnswer<T>): T {
  expect(answer.errors ?? []).toEqual([]);
  return answer.data!;
}

function decodeCursor(cursor: string): { v: number; p: Record<string, [string, string]> } {
  return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as never;
}

interface Page<N> {
  edges: Array<{ cursor: string; node: N }>;
  nodes: N[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null; missingRegions: string[] };
  totalCount?: number;
}

/** Every page of a list with page size `first`, following endCursor until hasNextPage is false. */
async function pageThrough<N>(client: CrossRegionUnderTest, field: string, args: string, selection: string, first: number, variables: Record<string, unknown> = {}): Promise<N[]> {
  const seen: N[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 500; guard++) {
    const answer: GraphQLAnswer<Record<string, Page<N>>> = await client.query(
      `query($first: Int, $after: String ${Object.keys(variables).map((v) => `, $${v}: ${variables[v] && typeof variables[v] === 'object' ? (field === 'firms' ? 'FirmFilter' : 'ProjectFilter') : 'String'}`).join('')}) {
        ${field}(${args} first: $first, after: $after) { edges { cursor node { ${selection} } } nodes { ${selection} } pageInfo { hasNextPage endCursor missingRegions } } }`,
      { first, after, ...variables },
    );
    const page = ok(answer)[field]!;
    expect(page.nodes).toEqual(page.edges.map((e) => e.node));
    expect(page.nodes.length).toBeLessThanOrEqual(first);
    seen.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return seen;
    expect(page.nodes).toHaveLength(first);
    after = page.pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}

describe('k-way merge pagination over the real regions', () => {
  for (const direction of ['ASC', 'DESC']) {
    it(`pages firms (${direction}) with first = 1, 2, 3 in exactly the unpaginated order`, async () => {
      const args = `orderBy: { direction: ${direction} }`;
      const whole = await pageThrough<{ uscc: string; name: string }>(cr, 'firms', args, 'uscc name', 200);
      const total = ok(await cr.query<{ firms: { totalCount: number } }>(`{ firms(${args}) { totalCount } }`)).firms.totalCount;
      expect(whole).toHaveLength(total);
      expect(new Set(whole.map((f) => f.uscc)).size).toBe(whole.length);
      const names = whole.map((f) => f.name);
      const sorted = [...names].sort();
      expect(names).toEqual(direction === 'ASC' ? sorted : sorted.reverse());
      for (const first of [1, 2, 3]) expect(await pageThrough(cr, 'firms', args, 'uscc name', first)).toEqual(whole);
    });
  }

  for (const order of ['{ field: AMOUNT, direction: DESC }', '{ field: DATE, direction: ASC }', '{ field: NAME, direction: DESC }', '{ field: NAME_PINYIN, direction: ASC }']) {
    it(`pages cooperation projects by ${order} with first = 1, 2, 3 in exactly the unpaginated order`, async () => {
      const args = `orderBy: ${order}`;
      const whole = await pageThrough<{ id: string; region: string }>(cr, 'cooperationProjects', args, 'id region amount { yuan } date { iso }', 200);
      const total = ok(await cr.query<{ cooperationProjects: { totalCount: number } }>(`{ cooperationProjects(${args}) { totalCount } }`)).cooperationProjects.totalCount;
      expect(whole).toHaveLength(total);
      expect(new Set(whole.map((p) => p.id)).size).toBe(whole.length);
      for (const first of [1, 2, 3]) expect(await pageThrough(cr, 'cooperationProjects', args, 'id region amount { yuan } date { iso }', first)).toEqual(whole);
    });
  }

  it('sorts projects by amount, largest first, those without an amount last', async () => {
    const { cooperationProjects } = ok(await cr.query<{ cooperationProjects: { nodes: Array<{ amount: { yuan: number } | null }> } }>('{ cooperationProjects(first: 200) { nodes { amount { yuan } } } }'));
    const amounts = cooperationProjects.nodes.map((p) => p.amount?.yuan ?? -1);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
  });

  it('pages a filtered list too, and resumes after any edge\'s cursor', async () => {
    const filter = { areaCode: '120000' };
    const whole = await pageThrough<{ uscc: string; area: { code: string } }>(cr, 'firms', 'filter: $filter', 'uscc area { code }', 200, { filter });
    for (const f of whole) expect(f.area.code.startsWith('12')).toBe(true);
    expect(await pageThrough(cr, 'firms', 'filter: $filter', 'uscc area { code }', 2, { filter })).toEqual(whole);
    if (whole.length < 3) return;
    const { firms } = ok(await cr.query<{ firms: Page<{ uscc: string }> }>('query($f: FirmFilter) { firms(filter: $f, first: 3) { edges { cursor node { uscc } } } }', { f: filter }));
    const { firms: rest } = ok(await cr.query<{ firms: Page<{ uscc: string }> }>('query($f: FirmFilter, $a: String) { firms(filter: $f, first: 2, after: $a) { nodes { uscc } } }', { f: filter, a: firms.edges[0]!.cursor }));
    expect(rest.nodes.map((n) => n.uscc)).toEqual(whole.slice(1, 3).map((f) => f.uscc));
  });

  it('refuses a cursor from another query with BAD_USER_INPUT on `after`', async () => {
    const { firms } = ok(await cr.query<{ firms: Page<unknown> }>('{ firms(first: 1) { pageInfo { endCursor } } }'));
    const other = await cr.query('query($a: String) { firms(first: 1, after: $a, filter: { keyword: "天津" }) { nodes { uscc } } }', { a: firms.pageInfo.endCursor });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'INVALID_CURSOR' });
    const projects = await cr.query('query($a: String) { cooperationProjects(first: 1, after: $a) { nodes { id } } }', { a: firms.pageInfo.endCursor });
    expect(projects.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('counts firms only when totalCount is asked for, exactly the firms the merged list holds, without fetching their keys', async () => {
    cr.calls.length = 0;
    ok(await cr.query('{ firms(first: 2) { nodes { uscc } } }'));
    expect(cr.calls.filter((c) => c.operation === 'directoryFirmMatches')).toEqual([]);
    expect(cr.calls.filter((c) => c.operation === 'directoryFirms')).toHaveLength(REGIONS.length);

    for (const filter of ['{}', '{ keyword: "天津" }', '{ chainCode: "POWER_BATTERY" }']) {
      cr.calls.length = 0;
      const { firms } = ok(await cr.query<{ firms: { totalCount: number } }>(`{ firms(first: 1, filter: ${filter}) { totalCount } }`));
      // Sample firms' peers are unknown: one look-up per region at most, for those alone.
      expect(cr.calls.filter((c) => c.operation === 'directoryFirmMatches').length).toBeLessThanOrEqual(live().length);
      const seen = new Set<string>();
      let after: string | null = null;
      do {
        const page: { firms: Page<{ uscc: string }> } = ok(await cr.query<{ firms: Page<{ uscc: string }> }>(`query($a: String) { firms(first: 200, after: $a, filter: ${filter}) { nodes { uscc } pageInfo { hasNextPage endCursor } } }`, { a: after }));
        for (const node of page.firms.nodes) seen.add(node.uscc);
        after = page.firms.pageInfo.hasNextPage ? page.firms.pageInfo.endCursor : null;
      } while (after);
      expect({ filter, totalCount: firms.totalCount }).toEqual({ filter, totalCount: seen.size });
    }
  });
});

describe('search in either script', () => {
  it('finds 天津力神電池股份有限公司 by 力神 and by 力神電池', async (ctx) => {
    needs(ctx, 'tianjin');
    for (const keyword of ['力神', '力神電池', '力神电池']) {
      const { firms } = ok(await cr.query<{ firms: { nodes: Array<{ name: string; originalNames: string[]; regions: string[] }> } }>(
        'query($k: String) { firms(filter: { keyword: $k }) { nodes { name originalNames regions } } }',
        { k: keyword },
      ));
      expect(firms.nodes.map((f) => f.name)).toContain('天津力神电池股份有限公司');
      expect(firms.nodes.find((f) => f.name === '天津力神电池股份有限公司')).toMatchObject({ originalNames: ['天津力神電池股份有限公司'], regions: ['TIANJIN'] });
    }
  });

  it('finds 天台县 among the scopes by 天臺', async (ctx) => {
    needs(ctx, 'zhejiang');
    const { scopes } = ok(await cr.query<{ scopes: Array<{ id: string; name: string; region: string; area: { fullName: string } }> }>('{ scopes(keyword: "天臺") { id name region area { fullName } } }'));
    expect(scopes.map((s) => s.name)).toContain('天台县');
    expect(scopes.find((s) => s.name === '天台县')).toMatchObject({ region: 'ZHEJIANG', area: { fullName: '浙江省台州市天台县' } });
    const counties = ok(await cr.query<{ scopes: Array<{ kind: string }> }>('{ scopes(keyword: "天臺", kinds: ["county"]) { kind } }')).scopes;
    expect(counties.map((s) => s.kind)).toEqual(['COUNTY']);
  });

  it('finds 上海瑞尔实业有限公司 by 瑞爾實業', async (ctx) => {
    needs(ctx, 'yangtze');
    const { firms } = ok(await cr.query<{ firms: { nodes: Array<{ name: string }> } }>('{ firms(filter: { keyword: "瑞爾實業" }) { nodes { name } } }'));
    expect(firms.nodes.map((f) => f.name)).toEqual(['上海瑞尔实业有限公司']);
  });

  it('matches chains by canonical and local names in either script', async () => {
    const names = async (keyword: string) => ok(await cr.query<{ industryChains: Array<{ code: string }> }>('query($k: String) { industryChains(keyword: $k) { code } }', { k: keyword })).industryChains.map((c) => c.code);
    expect(await names('電池')).toContain('POWER_BATTERY');
    expect(await names('雙碳')).toContain('NEW_ENERGY');
    expect(await names('robot')).toEqual(['ROBOTICS']);
    const { industryChain } = ok(await cr.query<{ industryChain: { links: Array<{ code: string }>; localNames: Array<{ region: string; name: string }> } }>('{ industryChain(code: "POWER_BATTERY") { links { code } localNames { region name } } }'));
    expect(industryChain.links.map((l) => l.code)).toEqual(['RND', 'MATERIALS', 'PRODUCTION', 'APPLICATION', 'RECYCLING']);
    expect(industryChain.localNames).toContainEqual({ region: 'TIANJIN', name: '新能源电池' });
  });
});

describe('entities', () => {
  it('resolves Firm references with one directoryFirmsByUscc call per region per batch', async () => {
    const { firms } = ok(await cr.query<{ firms: { nodes: Array<{ uscc: string; name: string }> } }>('{ firms(first: 3) { nodes { uscc name } } }'));
    cr.calls.length = 0;
    const unknown = sampleUscc('不存在的公司', '110000');
    const { _entities } = ok(await cr.query<{ _entities: Array<{ uscc: string; name: string } | null> }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Firm { uscc name } } }',
      { r: [...firms.nodes.map((f) => ({ __typename: 'Firm', uscc: f.uscc })), { __typename: 'Firm', uscc: unknown }] },
    ));
    expect(_entities).toEqual([...firms.nodes, null]);
    expect(cr.calls.map((c) => c.operation)).toEqual(REGIONS.map(() => 'directoryFirmsByUscc'));
  });

  it('resolves CooperationProject references asking only the regions named in the ids', async (ctx) => {
    needs(ctx, 'tianjin', 'zhejiang');
    const { cooperationProjects } = ok(await cr.query<{ cooperationProjects: { nodes: Array<{ id: string; title: string }> } }>('{ cooperationProjects(first: 200) { nodes { id title } } }'));
    const picked = [cooperationProjects.nodes.find((p) => p.id.startsWith('tianjin:'))!, cooperationProjects.nodes.find((p) => p.id.startsWith('zhejiang:'))!];
    cr.calls.length = 0;
    const { _entities } = ok(await cr.query<{ _entities: Array<{ id: string; title: string }> }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on CooperationProject { id title } } }',
      { r: picked.map((p) => ({ __typename: 'CooperationProject', id: p.id })) },
    ));
    expect(_entities).toEqual(picked);
    expect(cr.calls.map((c) => c.region).sort()).toEqual(['tianjin', 'zhejiang']);
  });

  it('gives a firm its parent, area lineage and chain links', async (ctx) => {
    needs(ctx, 'tianjin');
    const { firms } = ok(await cr.query<{ firms: { nodes: Array<{ name: string; parent: { name: string } | null; area: { fullName: string; parent: { code: string } } }> } }>(
      '{ firms(filter: { keyword: "中如集团天津子公司" }) { nodes { name parent { name } area { fullName parent { code } } } } }',
    ));
    expect(firms.nodes[0]).toMatchObject({ parent: { name: '上海中如智慧能源集团有限公司' }, area: { fullName: '天津市滨海新区', parent: { code: '120100' } } });
    const battery = ok(await cr.query<{ firms: { nodes: Array<{ chains: Array<{ chain: { code: string }; link: { code: string } | null; region: string }> }> } }>(
      '{ firms(filter: { keyword: "海慧电力" }) { nodes { chains { chain { code } link { code } region } } } }',
    )).firms.nodes[0]!;
    expect(battery.chains).toContainEqual({ chain: { code: 'NEW_ENERGY' }, link: { code: 'INVESTMENT' }, region: 'TIANJIN' });
  });

  it('answers one firm by credit code, null for an unknown code, and validates the code', async () => {
    const { firms } = ok(await cr.query<{ firms: { nodes: Array<{ uscc: string; name: string }> } }>('{ firms(first: 1) { nodes { uscc name } } }'));
    const first = firms.nodes[0]!;
    expect(ok(await cr.query<{ firm: { name: string; sampleCode: boolean } }>(`{ firm(uscc: "${first.uscc.toLowerCase()}") { name sampleCode } }`)).firm).toEqual({ name: first.name, sampleCode: true });
    expect(ok(await cr.query(`{ firm(uscc: "${sampleUscc('不存在的公司', '110000')}") { name } }`))).toEqual({ firm: null });
    const bad = await cr.query('{ firm(uscc: "91120000ABC") { name } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'uscc', reason: 'INVALID_USCC' });
  });

  it('answers areas at every level and refuses unknown codes', async () => {
    const { adminArea } = ok(await cr.query<{ adminArea: unknown }>('{ adminArea(code: "331023") { name fullName level parent { code level parent { code level parent { code } } } } }'));
    expect(adminArea).toEqual({ name: '天台县', fullName: '浙江省台州市天台县', level: 'COUNTY', parent: { code: '331000', level: 'CITY', parent: { code: '330000', level: 'PROVINCE', parent: null } } });
    const bad = await cr.query('{ adminArea(code: "999999") { name } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code', reason: 'INVALID_AREA_CODE' });
  });
});

describe('input validation', () => {
  const code = async (query: string) => (await cr.query(query)).errors?.[0]?.extensions;

  it('bounds every page size and says the bound', async () => {
    for (const query of ['{ firms(first: 0) { totalCount } }', '{ cooperationProjects(first: 201) { totalCount } }', '{ chainGapAnalysis(scopeId: "tianjin:park:teda", chainCode: "NEW_ENERGY", first: 500) { coverage } }']) {
      const answer = await cr.query(query);
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect(answer.errors?.[0]?.message).toMatch(/between 1 and 200/);
    }
  });

  it('names the field of a bad chain, link, area, date, amount or scope', async () => {
    expect(await code('{ firms(filter: { chainCode: "BATTERY" }) { totalCount } }')).toMatchObject({ field: 'filter.chainCode', reason: 'INVALID_CHAIN_CODE' });
    expect(await code('{ firms(filter: { linkCode: "MAKING" }) { totalCount } }')).toMatchObject({ field: 'filter.linkCode' });
    expect(await code('{ cooperationProjects(filter: { areaCode: "12" }) { totalCount } }')).toMatchObject({ field: 'filter.areaCode' });
    expect(await code('{ cooperationProjects(filter: { dateFrom: "2023-13" }) { totalCount } }')).toMatchObject({ field: 'filter.dateFrom', reason: 'INVALID_DATE' });
    expect(await code('{ cooperationProjects(filter: { amountMinYuan: -5 }) { totalCount } }')).toMatchObject({ field: 'filter.amountMinYuan' });
    expect(await code('{ cooperationProjects(filter: { amountMinYuan: 10, amountMaxYuan: 5 }) { totalCount } }')).toMatchObject({ field: 'filter.amountMinYuan' });
    expect(await code('{ cooperationProjects(filter: { firmUscc: "x" }) { totalCount } }')).toMatchObject({ field: 'filter.firmUscc', reason: 'INVALID_USCC' });
    expect(await code('{ firms(filter: { scopeId: "binhai" }) { totalCount } }')).toMatchObject({ field: 'filter.scopeId', reason: 'INVALID_SCOPE_ID' });
    expect(await code('{ aggregates(entity: FIRM, groupBy: [STATUS]) { totals { count } } }')).toMatchObject({ field: 'groupBy' });
    expect(await code('{ aggregates(entity: FIRM, groupBy: [], filter: { dateFrom: "2023" }) { totals { count } } }')).toMatchObject({ field: 'filter.dateFrom' });
  });
});

describe('filters in yuan, by date and at any area level', () => {
  it('keeps only projects within an amount range, in yuan', async () => {
    const { cooperationProjects } = ok(await cr.query<{ cooperationProjects: { nodes: Array<{ amount: { yuan: number } }> } }>(
      '{ cooperationProjects(filter: { amountMinYuan: 1000000000, amountMaxYuan: 1500000000 }, first: 200) { nodes { amount { yuan } } } }',
    ));
    for (const p of cooperationProjects.nodes) expect(p.amount.yuan).toBeGreaterThanOrEqual(1e9);
    if (has('zhejiang')) expect(cooperationProjects.nodes.map((p) => p.amount.yuan)).toEqual([1.5e9, 1e9]);
  });

  it('keeps all of 2023 with dateTo 2023, and matches a province by its counties', async (ctx) => {
    needs(ctx, 'zhejiang');
    const { cooperationProjects } = ok(await cr.query<{ cooperationProjects: { nodes: Array<{ date: { iso: string }; area: { code: string } }> } }>(
      '{ cooperationProjects(filter: { dateFrom: "2023", dateTo: "2023", areaCode: "330000" }, first: 200) { nodes { date { iso } area { code } } } }',
    ));
    expect(cooperationProjects.nodes.length).toBeGreaterThan(0);
    for (const p of cooperationProjects.nodes) expect(p.date.iso.startsWith('2023')).toBe(true);
  });
});

describe('chain-gap analysis (补链)', () => {
  const query = `query($s: ID!, $c: ID!, $k: CandidateScope) { chainGapAnalysis(scopeId: $s, chainCode: $c, candidates: $k, first: 3) {
    scope { name region } chain { code } memberCount coverage candidateRegions missingRegions
    links { link { code } covered firms { name } }
    missingLinks { link { code } unserved statedGaps { note source link { code } } candidates { firm { uscc name regions } score { chainMatch linkMatch cooperationHistory proximity total areaDistance } } }
    statedGaps { note } } }`;

  type Analysis = {
    scope: { name: string };
    memberCount: number;
    coverage: number;
    candidateRegions: string[];
    links: Array<{ link: { code: string }; covered: boolean; firms: Array<{ name: string }> }>;
    missingLinks: Array<{
      link: { code: string };
      unserved: boolean;
      statedGaps: Array<{ note: string; source: string }>;
      candidates: Array<{ firm: { uscc: string; name: string; regions: string[] }; score: { chainMatch: number; linkMatch: number; cooperationHistory: number; proximity: number; total: number } }>;
    }>;
  };

  it('finds the Binhai park\'s covered and missing new-energy links, with the stated production-land gap', async (ctx) => {
    needs(ctx, 'tianjin');
    const { chainGapAnalysis: a } = ok(await cr.query<{ chainGapAnalysis: Analysis }>(query, { s: 'tianjin:park:binhai-zgc-science-park', c: 'NEW_ENERGY' }));
    expect(a.scope.name).toBe('天津滨海-中关村科技园');
    // The park's 3 firms, and the dual-carbon alliance's (founded in the park) 中如集团 and 泰达工程设计.
    expect(a.memberCount).toBe(5);
    // 000 states the park's chain 涉及设计、投资、生产、运维; 海慧电力 invests and builds; TGOOD's branch is a 输配电企业.
    expect(a.links.filter((l) => l.covered).map((l) => l.link.code)).toEqual(['DESIGN', 'INVESTMENT', 'CONSTRUCTION', 'PRODUCTION', 'TRANSMISSION', 'OPERATIONS']);
    expect(a.links.find((l) => l.link.code === 'INVESTMENT')!.firms.map((f) => f.name)).toEqual(['天津海慧电力技术有限公司']);
    expect(a.links.find((l) => l.link.code === 'TRANSMISSION')!.firms.map((f) => f.name)).toEqual(['青岛特锐德电器有限公司天津分公司']);
    expect(a.coverage).toBeCloseTo(6 / 7, 4);
    // Production is stated both ways: the chain involves it, and the park cannot offer production land.
    const production = a.missingLinks.find((m) => m.link.code === 'PRODUCTION')!;
    expect(production.unserved).toBe(true);
    expect(production.statedGaps[0]!.note).toMatch(/生产用地/);
    expect(production.statedGaps[0]!.source).toBe('000_7deada67eb8abbdc.txt');
    expect(a.missingLinks.map((m) => m.link.code)).toEqual(['RND', 'PRODUCTION']);
    // Candidates come from the other regions only.
    expect(a.candidateRegions).toEqual(LIVE().filter((r) => r !== 'TIANJIN').length ? ['YANGTZE', 'ZHEJIANG'] : []);
    for (const m of a.missingLinks) for (const c of m.candidates) expect(c.firm.regions.some((r) => r !== 'TIANJIN')).toBe(true);
  });

  it('ranks candidates of every region by a score whose parts it shows', async (ctx) => {
    needs(ctx, 'tianjin');
    const { chainGapAnalysis: a } = ok(await cr.query<{ chainGapAnalysis: Analysis }>(query, { s: 'tianjin:park:binhai-zgc-science-park', c: 'NEW_ENERGY', k: 'ALL_REGIONS' }));
    const rnd = a.missingLinks.find((m) => m.link.code === 'RND')!;
    // The R&D centre (研发, stated) and the research institute (研究院, a guess from its name) score alike.
    expect(rnd.candidates.slice(0, 2).map((c) => c.firm.name).sort()).toEqual(['天津中电新能源研究院有限公司', '经纬恒润天津研发中心']);
    for (const c of rnd.candidates.slice(0, 2)) expect(c.score).toMatchObject({ chainMatch: 1, linkMatch: 1, proximity: 0.6667 });
    for (const m of a.missingLinks) {
      const totals = m.candidates.map((c) => c.score.total);
      expect(totals).toEqual([...totals].sort((x, y) => y - x));
      for (const { score: s } of m.candidates) {
        expect(s.total).toBeCloseTo(0.3 * s.chainMatch + 0.4 * s.linkMatch + 0.15 * s.cooperationHistory + 0.15 * s.proximity, 3);
        expect(s.chainMatch + s.linkMatch).toBeGreaterThan(0);
      }
    }
  });

  it('answers NOT_FOUND for an unknown scope and BAD_USER_INPUT for a bad chain', async () => {
    const first = live()[0]!;
    expect((await cr.query(query, { s: `${first}:park:nowhere`, c: 'NEW_ENERGY' })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await cr.query(query, { s: `${first}:park:nowhere`, c: 'NOTHING' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'chainCode' });
  });
});

describe('chain-gap analysis through the scopes a scope lies in and those inside it', () => {
  const query = `query($s: ID!, $c: ID!) { chainGapAnalysis(scopeId: $s, chainCode: $c, first: 1) {
    memberCount coverage containingScopes { id } memberScopes { id }
    links { link { code } covered servedByMembers statedLinks { statedAbout relation note source }
            placements { firm { name } basis evidence source via } }
    missingLinks { link { code } statedGaps { statedAbout relation note } }
    statedGaps { statedAbout relation link { code } note source } } }`;
  type Fact = { statedAbout: string; relation: string; note: string; source: string; link?: { code: string } | null };
  type Analysis = {
    memberCount: number;
    coverage: number;
    containingScopes: Array<{ id: string }>;
    memberScopes: Array<{ id: string }>;
    links: Array<{ link: { code: string }; covered: boolean; servedByMembers: boolean; statedLinks: Fact[]; placements: Array<{ firm: { name: string }; basis: string; evidence: string | null; source: string; via: string }> }>;
    missingLinks: Array<{ link: { code: string }; statedGaps: Fact[] }>;
    statedGaps: Fact[];
  };
  const analyse = async (scope: string, chain: string) => ok(await cr.query<{ chainGapAnalysis: Analysis }>(query, { s: scope, c: chain })).chainGapAnalysis;

  it('sees on an alliance the gap its report states about the park it was founded in, and says where it comes from', async (ctx) => {
    needs(ctx, 'tianjin');
    const a = await analyse('tianjin:alliance:shuangtan-alliance', 'NEW_ENERGY');
    expect(a.containingScopes.map((s) => s.id)).toEqual(['tianjin:park:binhai-zgc-science-park', 'tianjin:park:teda']);
    const land = a.statedGaps.find((g) => g.link?.code === 'PRODUCTION')!;
    expect(land).toMatchObject({ statedAbout: 'tianjin:park:binhai-zgc-science-park', relation: 'CONTAINING', source: '000_7deada67eb8abbdc.txt' });
    expect(land.note).toMatch(/科技园目前不能提供企业生产用地/);
    expect(a.missingLinks.find((m) => m.link.code === 'PRODUCTION')!.statedGaps[0]!.relation).toBe('CONTAINING');
  });

  it('does not contradict what the report says of an alliance\'s own members', async (ctx) => {
    needs(ctx, 'tianjin');
    const a = await analyse('tianjin:alliance:shuangtan-alliance', 'NEW_ENERGY');
    // 000: "产业链上各环节的企业都有" of the alliance's firms, though the report names only four of them.
    const operations = a.links.find((l) => l.link.code === 'OPERATIONS')!;
    expect(operations).toMatchObject({ covered: true, servedByMembers: false });
    expect(operations.statedLinks.map((l) => [l.statedAbout, l.relation])).toEqual([
      ['tianjin:alliance:shuangtan-alliance', 'SELF'],
      ['tianjin:park:binhai-zgc-science-park', 'CONTAINING'],
    ]);
    expect(operations.statedLinks[0]!.note).toMatch(/产业链上各环节的企业都有/);
    // A member's placement on a link carries the sentence it rests on.
    const investment = a.links.find((l) => l.link.code === 'INVESTMENT')!;
    expect(investment.placements).toEqual([
      { firm: { name: '天津海慧电力技术有限公司' }, basis: 'STATED', evidence: '海慧电力是去年初在科技园注册的企业,主要从事新能源领域的投资、建设等', source: '000_7deada67eb8abbdc.txt', via: 'tianjin:alliance:shuangtan-alliance' },
    ]);
  });

  it('uses the firms and the stated facts of a pairing\'s counties', async (ctx) => {
    needs(ctx, 'zhejiang');
    const a = await analyse('zhejiang:pairing:yueqing-jingning', 'ELECTRICAL_EQUIPMENT');
    expect(a.memberScopes.map((s) => s.id).sort()).toEqual(['zhejiang:county:jingning', 'zhejiang:county:yueqing']);
    // 乐清 "已形成了完整的电气产业链": every link covered, as stated of a county inside the pairing.
    expect(a.coverage).toBe(1);
    for (const link of a.links) expect(link.statedLinks).toContainEqual(expect.objectContaining({ statedAbout: 'zhejiang:county:yueqing', relation: 'MEMBER' }));
    const rubber = await analyse('zhejiang:pairing:tongxiang-tiantai', 'RUBBER_PLASTICS');
    // 天台's 橡塑 industry lacks large projects and leading firms: a gap of the chain as a whole, of a county inside.
    expect(rubber.statedGaps).toContainEqual(expect.objectContaining({ statedAbout: 'zhejiang:county:tiantai', relation: 'MEMBER', link: null }));
    expect(rubber.links.find((l) => l.link.code === 'PRODUCTION')!.placements).toContainEqual(
      expect.objectContaining({ firm: { name: '浙江双箭橡胶股份有限公司' }, basis: 'STATED', source: '004_40e4ab73a9e6f876.txt' }),
    );
  });
});

describe('chain placements with their sentences', () => {
  it('shows beside each placement what it rests on and the sentence', async (ctx) => {
    needs(ctx, 'tianjin');
    const { firms } = ok(await cr.query<{ firms: { nodes: Array<{ name: string; chains: Array<{ chain: { code: string }; basis: string; evidence: string | null; source: string }> }> } }>(
      '{ firms(filter: { keyword: "中环半导体" }) { nodes { name chains { chain { code } basis evidence source } } } }',
    ));
    // A member of the battery alliance is not a battery firm for that alone; its name says semiconductors.
    expect(firms.nodes[0]!.chains).toEqual([{ chain: { code: 'IC' }, basis: 'NAME', evidence: expect.stringContaining('天津中环半导体股份有限公司'), source: '003_48eb89cb07fefa6e.txt' }]);
    const battery = ok(await cr.query<{ firms: { nodes: Array<{ name: string }> } }>('{ firms(filter: { chainCode: "POWER_BATTERY", regions: [TIANJIN] }, first: 50) { nodes { name } } }'));
    expect(battery.firms.nodes.map((f) => f.name)).not.toContain('深之蓝海洋科技股份有限公司');
    expect(battery.firms.nodes.map((f) => f.name)).not.toContain('中国铁道科学研究院集团有限公司');
  });
});

describe('scopes found by the area they are in', () => {
  it('finds the Nankai battery alliance by 南开 and Xiqing\'s scopes by 西青, whose names do not contain them', async (ctx) => {
    needs(ctx, 'tianjin');
    const ids = async (keyword: string) => ok(await cr.query<{ scopes: Array<{ id: string }> }>(`{ scopes(keyword: "${keyword}") { id } }`)).scopes.map((s) => s.id);
    expect(await ids('南开')).toEqual(expect.arrayContaining(['tianjin:alliance:new-energy-battery-talent-alliance', 'tianjin:park:qihangwan-innovation-district']));
    expect(await ids('南開')).toEqual(await ids('南开'));
    expect(await ids('西青')).toContain('tianjin:alliance:xiqing-chain-party-building-alliance');
    expect(await ids('西青')).not.toContain('tianjin:park:binhai-zgc-science-park');
    const inXiqing = ok(await cr.query<{ scopes: Array<{ id: string }> }>('{ scopes(areaCode: "120111") { id } }')).scopes.map((s) => s.id);
    expect(inXiqing).toContain('tianjin:alliance:xiqing-chain-party-building-alliance');
    expect(inXiqing.every((id) => id.startsWith('tianjin:'))).toBe(true);
  });
});

describe('aggregates computed in each region', () => {
  type Result = { rows: Array<{ region: string | null; chainCode: string | null; area: { level: string } | null; status: string | null; count: number; amountYuan: number }>; totals: { count: number; amountYuan: number }; missingRegions: string[] };

  it('counts projects per region as the merged list counts them, and sums amounts', async () => {
    const { aggregates } = ok(await cr.query<{ aggregates: Result }>('{ aggregates(entity: PROJECT, groupBy: [REGION]) { rows { region count amountYuan } totals { count amountYuan } missingRegions } }'));
    for (const row of aggregates.rows) {
      const listed = ok(await cr.query<{ cooperationProjects: { totalCount: number; nodes: Array<{ amount: { yuan: number } | null }> } }>(
        `{ cooperationProjects(filter: { regions: [${row.region}] }, first: 200) { totalCount nodes { amount { yuan } } } }`,
      )).cooperationProjects;
      expect(row.count).toBe(listed.totalCount);
      expect(row.amountYuan).toBe(listed.nodes.reduce((s, p) => s + (p.amount?.yuan ?? 0), 0));
    }
    expect(aggregates.totals.count).toBe(aggregates.rows.reduce((s, r) => s + r.count, 0));
    expect(aggregates.missingRegions).toEqual([]);
  });

  it('counts firms per region and chain as the firm list filtered the same way', async () => {
    const { aggregates } = ok(await cr.query<{ aggregates: Result }>('{ aggregates(entity: FIRM, groupBy: [REGION, CHAIN]) { rows { region chainCode count } totals { count } } }'));
    expect(aggregates.rows.length).toBeGreaterThan(0);
    for (const row of aggregates.rows) {
      const { firms } = ok(await cr.query<{ firms: { totalCount: number } }>(`{ firms(filter: { regions: [${row.region}], chainCode: "${row.chainCode}" }) { totalCount } }`));
      expect(row.count).toBe(firms.totalCount);
    }
  });

  it('groups projects by province and status, adding up to the totals', async () => {
    const { aggregates } = ok(await cr.query<{ aggregates: Result }>('{ aggregates(entity: PROJECT, groupBy: [PROVINCE, STATUS]) { rows { region area { level } status count } totals { count } } }'));
    for (const row of aggregates.rows) {
      expect(row.region).toBeNull();
      expect(row.area?.level).toBe('PROVINCE');
      expect(row.status).toEqual(expect.any(String));
    }
    expect(aggregates.rows.reduce((s, r) => s + r.count, 0)).toBe(aggregates.totals.count);
  });
});

describe('one firm that several regions record', () => {
  // A second Yangtze subgraph serving as the Zhejiang region: every Yangtze firm is then recorded twice.
  let twin: TestSubgraph | undefined;
  let pair: CrossRegionUnderTest;
  beforeAll(async () => {
    if (!has('yangtze')) return;
    twin = (await startRegions(['yangtze'])).running.yangtze;
    pair = await startCrossRegionAt({ yangtze: regions.yangtze!.url, zhejiang: twin!.url, tianjin: await closedUrl() });
  }, 120_000);
  afterAll(async () => {
    await pair?.close();
    await twin?.close();
  });

  it('lists it once with a presence per region, counts it once, and pages it once', async (ctx) => {
    needs(ctx, 'yangtze');
    const answer = await pair.query<{ firms: Page<{ uscc: string; regions: string[]; presence: Array<{ region: string }> }> }>(
      '{ firms(filter: { regions: [YANGTZE, ZHEJIANG] }) { totalCount nodes { uscc regions presence { region } } } }',
    );
    const { firms } = ok(answer);
    expect(firms.nodes).toHaveLength(2);
    expect(firms.totalCount).toBe(2);
    for (const f of firms.nodes) expect(f).toMatchObject({ regions: ['YANGTZE', 'ZHEJIANG'], presence: [{ region: 'YANGTZE' }, { region: 'ZHEJIANG' }] });
    const paged = await pageThrough<{ uscc: string }>(pair, 'firms', 'filter: { regions: [YANGTZE, ZHEJIANG] }', 'uscc', 1);
    expect(paged.map((f) => f.uscc)).toEqual(firms.nodes.map((f) => f.uscc));
  });

  it('completes a filtered list only from regions that did not list the firm: here none', async (ctx) => {
    needs(ctx, 'yangtze');
    const listed = ok(await pair.query<{ firms: Page<{ chains: Array<{ chain: { code: string } }> }> }>('{ firms(filter: { regions: [YANGTZE] }) { nodes { chains { chain { code } } } } }'));
    const chain = listed.firms.nodes.flatMap((f) => f.chains)[0]!.chain.code;
    pair.calls.length = 0;
    const { firms } = ok(await pair.query<{ firms: Page<{ regions: string[] }> }>(`{ firms(filter: { regions: [YANGTZE, ZHEJIANG], chainCode: "${chain}" }) { nodes { regions } } }`));
    expect(firms.nodes.length).toBeGreaterThan(0);
    for (const f of firms.nodes) expect(f.regions).toEqual(['YANGTZE', 'ZHEJIANG']);
    // Both regions listed every firm with its whole record: nothing is left to ask.
    expect(pair.calls.map((c) => c.operation)).toEqual(['directoryFirms', 'directoryFirms']);
  });
});

describe('a region that is down or slow costs only its part', () => {
  it('answers with the other regions, names the missing one in pageInfo and in a REGION_UNAVAILABLE error', async () => {
    const [down, ...up] = live();
    const partial = await startCrossRegionAt({ ...Object.fromEntries(up.map((r) => [r, regions[r]!.url])), [down!]: await closedUrl() });
    try {
      const answer = await partial.query<{ firms: Page<{ regions: string[] }> }>('{ firms(first: 200) { totalCount nodes { regions } pageInfo { missingRegions } } }');
      expect(answer.data?.firms.pageInfo.missingRegions).toEqual(REGIONS.filter((r) => r === down || !regions[r]).map((r) => r.toUpperCase()));
      const full = ok(await cr.query<{ firms: { totalCount: number } }>(`{ firms(filter: { regions: [${up.map((r) => r.toUpperCase()).join(', ')}] }) { totalCount } }`)).firms.totalCount;
      expect(answer.data!.firms.totalCount).toBe(full);
      for (const f of answer.data!.firms.nodes) expect(f.regions).not.toContain(down!.toUpperCase());
      // One spelling with the Region enum (pageInfo.missingRegions above).
      expect(answer.errors).toContainEqual(expect.objectContaining({ extensions: { code: 'REGION_UNAVAILABLE', region: down!.toUpperCase() } }));
      // One error per region, whatever the number of calls that failed.
      expect(answer.errors!.filter((e) => e.extensions?.region === down!.toUpperCase())).toHaveLength(1);
    } finally {
      await partial.close();
    }
  });

  it('keeps a stopped region\'s cursor position, so a later page can still include it', async () => {
    // A dedicated instance of one region, stopped between two pages.
    const name = live()[0]!;
    const stopping = (await startRegions([name])).running[name]!;
    const client = await startCrossRegionAt({ ...Object.fromEntries(live().map((r) => [r, regions[r]!.url])), [name]: stopping.url });
    try {
      const page1 = ok(await client.query<{ firms: Page<unknown> }>('{ firms(first: 10) { pageInfo { endCursor hasNextPage } } }')).firms;
      const position = decodeCursor(page1.pageInfo.endCursor!).p[name];
      expect(position).toBeDefined();
      await stopping.close();
      const page2 = await client.query<{ firms: Page<{ regions: string[] }> }>('query($a: String) { firms(first: 5, after: $a) { nodes { regions } pageInfo { endCursor missingRegions } } }', {
        a: page1.pageInfo.endCursor,
      });
      expect(page2.data!.firms.pageInfo.missingRegions).toContain(name.toUpperCase());
      expect(page2.errors).toContainEqual(expect.objectContaining({ extensions: { code: 'REGION_UNAVAILABLE', region: name.toUpperCase() } }));
      for (const f of page2.data!.firms.nodes) expect(f.regions).not.toContain(name.toUpperCase());
      expect(decodeCursor(page2.data!.firms.pageInfo.endCursor!).p[name]).toEqual(position);
    } finally {
      await client.close();
    }
  });

  it('gives up on a hanging region after its timeout with REGION_TIMEOUT', async () => {
    const hanging = await hangingUrl();
    const [slow, ...up] = live();
    const client = await startCrossRegionAt({ ...Object.fromEntries(up.map((r) => [r, regions[r]!.url])), [slow!]: hanging.url }, { regionTimeoutMs: 300 });
    try {
      const started = Date.now();
      const answer = await client.query<{ cooperationProjects: Page<unknown>; scopes: unknown[] }>('{ cooperationProjects(first: 5) { totalCount pageInfo { missingRegions } } scopes { id } }');
      expect(Date.now() - started).toBeLessThan(2500);
      expect(answer.data!.cooperationProjects.pageInfo.missingRegions).toContain(slow!.toUpperCase());
      expect(answer.errors).toContainEqual(expect.objectContaining({ extensions: { code: 'REGION_TIMEOUT', region: slow!.toUpperCase() } }));
      expect(answer.data!.scopes.length, JSON.stringify(answer.errors)).toBeGreaterThan(0);
    } finally {
      await client.close();
      await hanging.close();
    }
  });

  it('fails only the gap analysis field when the scope\'s own region is down', async () => {
    const client = await startCrossRegionAt({ yangtze: regions.yangtze?.url, zhejiang: regions.zhejiang?.url });
    try {
      const answer = await client.query('{ chainGapAnalysis(scopeId: "tianjin:park:binhai-zgc-science-park", chainCode: "NEW_ENERGY") { coverage } }');
      expect(answer.errors?.[0]).toMatchObject({ path: ['chainGapAnalysis'], extensions: { code: 'REGION_UNAVAILABLE', region: 'TIANJIN' } });
    } finally {
      await client.close();
    }
  });
});

describe('process endpoints', () => {
  it('serves /metrics counting each region call by region, operation and outcome', async () => {
    const scrape = async () => {
      const text = await (await fetch(cr.url.replace(/\/graphql$/, '/metrics'))).text();
      return (series: string) => Number(text.split('\n').find((line) => line.startsWith(`${series} `))?.split(' ')[1] ?? 0);
    };
    const before = await scrape();
    ok(await cr.query('{ firms(first: 2) { nodes { uscc } } }'));
    const after = await scrape();
    for (const region of REGIONS) {
      const outcome = regions[region] ? 'ok' : 'unreachable';
      const series = `coopgraph_crossregion_region_call_duration_seconds_count{region="${region}",operation="directoryFirms",outcome="${outcome}"}`;
      expect(after(series) - before(series), series).toBe(1);
      const errors = `coopgraph_crossregion_region_errors_total{region="${region}",code="REGION_UNAVAILABLE"}`;
      expect(after(errors) - before(errors), errors).toBe(regions[region] ? 0 : 1);
    }
  });

  it('serves /health and /ready with each region\'s state', async () => {
    const base = cr.url.replace(/\/graphql$/, '');
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok', service: 'crossregion' });
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { regions: Record<string, string> };
    for (const r of live()) expect(body.regions[r]).toBe('up');
  });
});
