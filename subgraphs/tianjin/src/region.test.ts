import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseUscc } from '../../../schema/contract/uscc';
import { describeDialectParity } from '../../kit/dialect-parity';
import { startTestSubgraph, type TestSubgraph } from '../../kit/testing';
import { tianjin } from './region';

type Figure = { metric: string; value: number; unit: string | null; qualifier: string | null; yuan: number | null };

async function findUscc(subgraph: TestSubgraph, keyword: string): Promise<string> {
  const { data } = await subgraph.query<{ directoryFirms: { totalCount: number; rows: Array<{ uscc: string }> } }>(
    'query($k: String!) { directoryFirms(filter: { keyword: $k }, order: { field: "NAME", direction: "ASC" }, first: 2) { totalCount rows { uscc } } }',
    { k: keyword },
  );
  expect(data!.directoryFirms.totalCount).toBe(1);
  return data!.directoryFirms.rows[0]!.uscc;
}

/** What every dialect must agree on: record counts of the native tables and the directory. */
const COUNTS_QUERY = `{
  tianjin { parks { key } alliances { key } firms { key } organisations { key } cooperations { key } needs { key } projects { key }
            events { key } chains { key } chainStatistics { key } expertAdvisers { key } people { key } articles { key } membershipApplications { key } }
  firms: directoryFirms(filter: {}, order: { field: "NAME", direction: "ASC" }, first: 1000) { totalCount rows { uscc cooperationCount chains { chainCode linkCode } } }
  projects: directoryProjects(filter: {}, order: { field: "NAME", direction: "ASC" }, first: 1000) { totalCount rows { id status amountYuan parties { uscc } } }
  directoryScopes { id memberUsccs statedGaps { chainCode linkCode } }
}`;

function countsOf(data: Record<string, unknown>) {
  const region = data.tianjin as Record<string, unknown[]>;
  return {
    native: Object.fromEntries(Object.entries(region).map(([k, v]) => [k, v.length])),
    firms: data.firms,
    projects: data.projects,
    scopes: data.directoryScopes,
  };
}

describe('tianjin subgraph on a fresh SQLite database', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(tianjin);
  });
  afterAll(() => subgraph?.close());

  it('exposes 天津力神電池股份有限公司 in Simplified and keeps the Traditional original (003)', async () => {
    const { data } = await subgraph.query<{ tianjin: { firms: Array<{ name: string; originalName: string; uscc: string; labels: string[]; provenance: { source: string } }> } }>(
      '{ tianjin { firms(keyword: "力神電池") { name originalName uscc labels provenance { source } } } }',
    );
    expect(data!.tianjin.firms).toHaveLength(1);
    expect(data!.tianjin.firms[0]).toMatchObject({ name: '天津力神电池股份有限公司', originalName: '天津力神電池股份有限公司', labels: ['联盟企业'], provenance: { source: '003_48eb89cb07fefa6e.txt' } });
    expect(parseUscc(data!.tianjin.firms[0]!.uscc).ok).toBe(true);
  });

  it('names 海慧电力 as repaired from the mojibake, with its links and park (000)', async () => {
    const { data } = await subgraph.query<{ tianjin: { firms: Array<{ name: string; shortName: string; areaCode: string; areaStated: boolean; chainLinks: Array<{ chainCode: string; linkCode: string }>; park: { name: string } }> } }>(
      '{ tianjin { firms(keyword: "海慧电力") { name shortName areaCode areaStated chainLinks { chainCode linkCode } park { name } } } }',
    );
    const firm = data!.tianjin.firms[0]!;
    expect(data!.tianjin.firms).toHaveLength(1);
    expect(firm).toMatchObject({ name: '天津海慧电力技术有限公司', shortName: '海慧电力', areaCode: '120116', areaStated: true, park: { name: '天津滨海-中关村科技园' } });
    expect(firm.name).not.toMatch(/[?？]/);
    expect(firm.chainLinks).toEqual([
      { chainCode: 'NEW_ENERGY', linkCode: 'INVESTMENT' },
      { chainCode: 'NEW_ENERGY', linkCode: 'CONSTRUCTION' },
    ]);
  });

  it('places a firm the report does not locate through the alliance that names it, and says so', async () => {
    const { data } = await subgraph.query<{ tianjin: { firms: Array<{ areaCode: string; areaStated: boolean; areaBasis: string }> } }>('{ tianjin { firms(keyword: "泰达工程设计") { areaCode areaStated areaBasis } } }');
    expect(data!.tianjin.firms).toEqual([{ areaCode: '120116', areaStated: false, areaBasis: 'alliance' }]);
  });

  it('keeps the battery alliance\'s 40余 members, its 15 named members and 5 academicians (003)', async () => {
    const { data } = await subgraph.query<{ tianjin: { alliances: Array<{ key: string; name: string; figures: Figure[]; members: Array<{ member: { name: string } }>; experts: Array<{ kind: string; name: string }>; partnerUniversity: { name: string } }> } }>(
      '{ tianjin { alliances { key name figures { metric value unit qualifier yuan } members { member { name } } experts { kind name } partnerUniversity { name } } } }',
    );
    const battery = data!.tianjin.alliances.find((a) => a.key === 'new-energy-battery-talent-alliance')!;
    expect(battery.name).toBe('天津市新能源电池人才创新创业联盟');
    expect(battery.figures.find((f) => f.metric === '成员单位')).toMatchObject({ value: 40, qualifier: '余', unit: '家' });
    expect(battery.figures.find((f) => f.metric.startsWith('特聘专家'))).toMatchObject({ value: 5 });
    expect(battery.members).toHaveLength(15);
    expect(battery.experts.filter((e) => e.kind === 'academician').map((e) => e.name).sort()).toEqual(['王中林', '成会明', '孙立成', '张泽', '李灿'].sort());
    expect(battery.experts.filter((e) => e.kind === 'academician')).toHaveLength(5);
    expect(battery.partnerUniversity.name).toBe('南开大学');
    const shuangtan = data!.tianjin.alliances.find((a) => a.key === 'shuangtan-alliance')!;
    expect(shuangtan.figures.find((f) => f.metric === '成员单位')).toMatchObject({ value: 20, qualifier: '几' });
  });

  it('reports Xiqing\'s chain statistics: 4.3% growth, 48.6% share, 101.4亿元 output in yuan (001)', async () => {
    const { data } = await subgraph.query<{ tianjin: { chainStatistics: Array<{ key: string; metric: string; figure: Figure | null; money: { value: number; unit: string; yuan: number } | null; chains: Array<{ localChainName: string }> }> } }>(
      '{ tianjin { chainStatistics { key metric figure { metric value unit qualifier yuan } money { value unit yuan } chains { localChainName } } } }',
    );
    const stats = new Map(data!.tianjin.chainStatistics.map((s) => [s.key, s]));
    expect(stats.get('xiqing-five-chains-h1-value-added-growth')!.figure).toMatchObject({ value: 4.3, unit: '%' });
    expect(stats.get('xiqing-five-chains-h1-value-added-growth')!.chains).toHaveLength(5);
    expect(stats.get('xiqing-five-chains-h1-share')!.figure).toMatchObject({ value: 48.6, unit: '%' });
    expect(stats.get('xiqing-five-chains-h1-growth-above-industry')!.figure).toMatchObject({ value: 1.6, unit: '个百分点' });
    expect(stats.get('xiqing-nev-h1-output')!.money).toEqual({ value: 101.4, unit: '亿元', yuan: 10_140_000_000 });
    expect(stats.get('xiqing-nev-h1-output')!.figure).toMatchObject({ value: 101.4, unit: '亿元', yuan: 10_140_000_000 });
    expect(stats.get('xiqing-biomed-h1-double-digit-growth')!.figure).toBeNull();
  });

  it('states the Binhai-Zhongguancun park\'s production-land gap, natively and in the directory (000)', async () => {
    const { data } = await subgraph.query<{
      tianjin: { parks: Array<{ key: string; productionLand: { availableNow: boolean; plotName: string; expectedLinkNames: string[] } | null; firms: Array<{ key: string }>; parent: { key: string } | null }> };
      directoryScopes: Array<{ id: string; kind: string; memberUsccs: string[]; statedGaps: Array<{ chainCode: string; linkCode: string; note: string; source: string }> }>;
    }>(
      `{ tianjin { parks { key productionLand { availableNow plotName expectedLinkNames } firms { key } parent { key } } }
         directoryScopes(keyword: "濱海-中關村科技園") { id kind memberUsccs statedGaps { chainCode linkCode note source } } }`,
    );
    const park = data!.tianjin.parks.find((p) => p.key === 'binhai-zgc-science-park')!;
    expect(park.productionLand).toMatchObject({ availableNow: false, plotName: 'M0工业用地' });
    expect(park.parent!.key).toBe('teda');
    expect(park.firms.map((f) => f.key).sort()).toEqual(['haihui-power', 'tgood-tianjin-branch', 'zhongru-tianjin-subsidiary']);
    const scope = data!.directoryScopes.find((s) => s.id === 'tianjin:park:binhai-zgc-science-park')!;
    expect(scope.memberUsccs).toHaveLength(3);
    expect(scope.statedGaps).toHaveLength(1);
    expect(scope.statedGaps[0]).toMatchObject({ chainCode: 'NEW_ENERGY', linkCode: 'PRODUCTION', source: '000_7deada67eb8abbdc.txt' });
    expect(scope.statedGaps[0]!.note).toContain('不能提供企业生产用地');
    expect(scope.statedGaps[0]!.note).toContain('M0工业用地');
  });

  it('keeps the unnamed downstream firm\'s search for a design partner as a need (000)', async () => {
    const { data } = await subgraph.query<{ tianjin: { needs: Array<{ key: string; seeker: unknown; seekerDescription: string; localLinkNames: string[]; status: string }> } }>(
      '{ tianjin { needs { key seeker { key } seekerDescription localLinkNames status } } }',
    );
    expect(data!.tianjin.needs.find((n) => n.key === 'new-energy-downstream-firm--design-partner')).toMatchObject({ seeker: null, localLinkNames: ['设计'], status: 'unmatched' });
  });

  it('answers Firm._entities with the firm\'s view: memberships, cooperations, needs, subsidiaries', async () => {
    const zhongru = await findUscc(subgraph, '中如智慧能源');
    const branch = await findUscc(subgraph, '特銳德電器有限公司天津分公司');
    const { data } = await subgraph.query<{ _entities: Array<{ tianjin: { firm: { name: string } | null; memberships: Array<{ basis: string[]; alliance: { name: string } }>; cooperations: Array<{ title: string; directoryStatus: string; parties: Array<{ name: string; firm: { key: string } | null }> }>; needs: Array<{ key: string }>; parent: { name: string } | null; subsidiaries: Array<{ name: string }>; chainLinks: Array<{ chainCode: string; linkCode: string | null }> } }> }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Firm { tianjin {
         firm { name } memberships { basis alliance { name } } cooperations { title directoryStatus parties { name firm { key } } }
         needs { key } parent { name } subsidiaries { name } chainLinks { chainCode linkCode } } } } }`,
      { r: [{ __typename: 'Firm', uscc: zhongru }, { __typename: 'Firm', uscc: branch }, { __typename: 'Firm', uscc: '91110000MA00000001' }] },
    );
    const [group, tgood, unknown] = data!._entities.map((e) => e.tianjin);
    expect(group!.firm!.name).toBe('上海中如智慧能源集团有限公司');
    expect(group!.memberships.map((m) => m.alliance.name)).toEqual(['双碳产业联盟']);
    expect(group!.cooperations).toHaveLength(1);
    expect(group!.cooperations[0]).toMatchObject({ directoryStatus: 'INTENT', parties: [{ firm: { key: 'zhongru-group' } }, { firm: { key: 'tgood-tianjin-branch' } }] });
    expect(group!.needs.map((n) => n.key).sort()).toEqual(['zhongru-group--financing', 'zhongru-group--transmission-distribution']);
    expect(group!.subsidiaries.map((s) => s.name)).toEqual(['中如集团天津子公司']);
    expect(tgood!.parent!.name).toBe('青岛特锐德电器有限公司');
    // A 輸配電企業 (000) in the dual-carbon alliance: transmission in its own chain and in the alliance's.
    expect(tgood!.chainLinks).toEqual([{ chainCode: 'ELECTRICAL_EQUIPMENT', linkCode: 'TRANSMISSION' }, { chainCode: 'NEW_ENERGY', linkCode: 'TRANSMISSION' }]);
    expect(unknown).toEqual({ firm: null, memberships: [], cooperations: [], needs: [], parent: null, subsidiaries: [], chainLinks: [] });
  });

  /** Statements per table that one request sends. */
  async function statementsOf(query: string, variables?: Record<string, unknown>): Promise<Record<string, number>> {
    const before = subgraph.statements.snapshot().byTable;
    const { errors } = await subgraph.query(query, variables);
    expect(errors).toBeUndefined();
    const after = subgraph.statements.snapshot().byTable;
    return Object.fromEntries(Object.entries(after).map(([t, n]) => [t, n - (before[t] ?? 0)]).filter(([, n]) => (n as number) > 0));
  }
  const thousand = <T>(items: T[]) => Array.from({ length: 1000 }, (_, i) => items[i % items.length]!);
  const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { ';

  it('batches 1,000 representations of each contract entity into one statement per table', async () => {
    const { data: page } = await subgraph.query<{ directoryFirms: { rows: Array<{ uscc: string }> } }>('{ directoryFirms(filter: {}, order: { field: "NAME", direction: "ASC" }, first: 1000) { rows { uscc } } }');
    const firms = thousand(page!.directoryFirms.rows.map((r) => ({ __typename: 'Firm', uscc: r.uscc })));
    expect(await statementsOf(`${ENTITIES}... on Firm { tianjin { firm { key } organisation { key } memberships { key } chainLinks { chainCode } cooperations { key } needs { key } parent { key } subsidiaries { key } } } } }`, { r: firms })).toEqual({
      firm: 1, organisation: 1, alliance_member: 1, cooperation: 1, need: 1,
    });
    const areas = thousand(['120000', '120111', '120116', '120104', '110000', '310000', '370200'].map((code) => ({ __typename: 'AdminArea', code })));
    expect(await statementsOf(`${ENTITIES}... on AdminArea { tianjin { parks { key } firms { key } } } } }`, { r: areas })).toEqual({ park: 1, firm: 1 });
    const chains = thousand(['NEW_ENERGY', 'POWER_BATTERY', 'NEV', 'IC', 'BIOMEDICINE', 'ROBOTICS'].map((code) => ({ __typename: 'IndustryChain', code })));
    expect(await statementsOf(`${ENTITIES}... on IndustryChain { tianjin { localNames firms { key } statistics { key } partyCommittee { key } alliances { key } } } } }`, { r: chains })).toEqual({
      dir_firm_chain: 1, firm: 1, industry_chain: 1, alliance: 1, chain_statistic: 1, chain_party_committee: 1,
    });
    const { data: projects } = await subgraph.query<{ directoryProjects: { rows: Array<{ id: string }> } }>('{ directoryProjects(filter: {}, order: { field: "NAME", direction: "ASC" }, first: 1000) { rows { id } } }');
    const ids = thousand(projects!.directoryProjects.rows.map((r) => ({ __typename: 'CooperationProject', id: r.id })));
    expect(await statementsOf(`${ENTITIES}... on CooperationProject { tianjin { cooperation { key } project { key } } } } }`, { r: ids })).toEqual({ cooperation: 1, project: 1 });
  });

  it('resolves relations of a whole list with one statement per relation', async () => {
    const used = await statementsOf('{ tianjin { firms { park { key } parent { key } subsidiaries { key } memberships { alliance { key } member { firm { key } } } cooperations { parties { organisation { key } } } } } }');
    // firm: the list, the parents, the subsidiaries and the members' firm references; every other table once.
    expect(used).toEqual({ firm: 4, park: 1, alliance_member: 1, alliance: 1, cooperation: 1, organisation: 1 });
  });

  it('answers AdminArea, IndustryChain and CooperationProject views', async () => {
    const { data } = await subgraph.query<{ _entities: Array<{ tianjin: Record<string, unknown> }> }>(
      `query($r: [_Any!]!) { _entities(representations: $r) {
         ... on AdminArea { tianjin { parks { key } firms { key } } }
         ... on IndustryChain { tianjin { localNames firms { key } statistics { key } partyCommittee { name } alliances { key } } }
         ... on CooperationProject { tianjin { cooperation { key directoryStatus } project { key totalInvestment { value unit yuan } } } } } }`,
      {
        r: [
          { __typename: 'AdminArea', code: '120111' },
          { __typename: 'IndustryChain', code: 'NEV' },
          { __typename: 'IndustryChain', code: 'POWER_BATTERY' },
          { __typename: 'CooperationProject', id: 'tianjin:cooperation:haihui-power--teda-engineering-design' },
          { __typename: 'CooperationProject', id: 'tianjin:project:jinximeng-stem-cell-project' },
          { __typename: 'CooperationProject', id: 'yangtze:project:x' },
        ],
      },
    );
    const [xiqing, nev, battery, cooperation, project, foreign] = data!._entities.map((e) => e.tianjin) as Array<Record<string, never>>;
    expect((xiqing!.parks as Array<{ key: string }>).map((p) => p.key)).toContain('tiankai-xiqing-park');
    expect((xiqing!.parks as Array<{ key: string }>).map((p) => p.key)).not.toContain('binhai-zgc-science-park');
    expect((xiqing!.firms as Array<{ key: string }>).map((f) => f.key)).toEqual(expect.arrayContaining(['famoxi-biomed', 'jingwei-hirain-tianjin-rnd-centre', 'jinximeng']));
    // Simplified, as every name the API shows: the district's chain, and the names of the firms placed in it.
    expect(nev!.localNames).toEqual(['汽车及新能源汽车', '新能源汽车', '汽车']);
    expect((nev!.statistics as Array<{ key: string }>).map((s) => s.key)).toContain('xiqing-nev-h1-output');
    expect(nev!.partyCommittee).toBeNull();
    expect((battery!.alliances as Array<{ key: string }>).map((a) => a.key)).toEqual(['new-energy-battery-talent-alliance']);
    expect(cooperation).toEqual({ cooperation: { key: 'haihui-power--teda-engineering-design', directoryStatus: 'NEGOTIATING' }, project: null });
    expect(project!.project).toEqual({ key: 'jinximeng-stem-cell-project', totalInvestment: { value: 6, unit: '亿元', yuan: 600_000_000 } });
    expect(foreign).toEqual({ cooperation: null, project: null });
  });

  it('answers the directory in Traditional and Simplified alike, with party credit codes and cooperation counts', async () => {
    const traditional = await findUscc(subgraph, '天津法莫西生物醫藥');
    const simplifiedForm = await findUscc(subgraph, '天津法莫西生物医药');
    expect(traditional).toBe(simplifiedForm);
    expect(parseUscc(traditional).ok).toBe(true);
    const { data } = await subgraph.query<{ directoryFirmsByUscc: Array<{ cooperationCount: number; kind: string }>; directoryProjects: { totalCount: number; rows: Array<{ parties: Array<{ uscc: string | null }> }> } }>(
      'query($u: [ID!]!) { directoryFirmsByUscc(usccs: $u) { cooperationCount kind } directoryProjects(filter: { keyword: "法莫西" }, order: { field: "NAME", direction: "ASC" }, first: 10) { totalCount rows { parties { uscc } } } }',
      { u: [traditional] },
    );
    expect(data!.directoryFirmsByUscc[0]).toEqual({ cooperationCount: 3, kind: 'ENTERPRISE' });
    expect(data!.directoryProjects.totalCount).toBe(3);
    for (const row of data!.directoryProjects.rows) expect(row.parties[0]!.uscc).toBe(traditional);
  });
});

describeDialectParity(tianjin, COUNTS_QUERY, (data) => {
  expect(countsOf(data).native).toMatchObject({ parks: 11, alliances: 4, firms: 31, organisations: 17, cooperations: 9, projects: 5, expertAdvisers: 6 });
});
