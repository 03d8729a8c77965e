import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseUscc } from '../../../schema/contract/uscc';
import { describeDialectParity } from '../../kit/dialect-parity';
import { startTestSubgraph, type TestSubgraph } from '../../kit/testing';
import { zhejiang } from './region';

type Figure = { metric: string; value: number; unit: string | null; qualifier: string | null; yuan: number | null };

async function firmUscc(subgraph: TestSubgraph, keyword: string): Promise<string> {
  const { data } = await subgraph.query<{ directoryFirms: { rows: Array<{ uscc: string }> } }>(
    'query($k: String!) { directoryFirms(filter: { keyword: $k }, order: { field: "NAME", direction: "ASC" }, first: 1) { rows { uscc } } }',
    { k: keyword },
  );
  return data!.directoryFirms.rows[0]!.uscc;
}

/** SQL statements per table that one query costs. */
async function statementsOf(subgraph: TestSubgraph, query: string, variables?: Record<string, unknown>) {
  const before = subgraph.statements.snapshot().byTable;
  const result = await subgraph.query(query, variables);
  expect(result.errors).toBeUndefined();
  const after = subgraph.statements.snapshot().byTable;
  return Object.fromEntries(Object.entries(after).map(([table, n]) => [table, n - (before[table] ?? 0)]).filter(([, n]) => n));
}

describe('zhejiang subgraph on a fresh SQLite database', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(zhejiang);
  });
  afterAll(() => subgraph?.close());

  it('keeps the programme: 18 + 18 counties, 18 pairings stated (8 named), 18亿元 a year from the finance department', async () => {
    const { data, errors } = await subgraph.query<{
      zhejiang: {
        programme: Array<{ pairingCount: Figure; industrialCountyCount: Figure; fundingPerYear: { value: number; unit: string; yuan: number }; funder: { name: string }; tracks: Array<{ name: string }> }>;
        pairings: Array<{ key: string }>;
        industrial: Array<{ name: string }>;
        mountain: Array<{ name: string }>;
        funding: Array<{ key: string; perYear: boolean; amount: { yuan: number } | null }>;
      };
    }>(
      `{ zhejiang {
          programme { pairingCount { value unit } industrialCountyCount { value } fundingPerYear { value unit yuan } funder { name } tracks { name } }
          pairings { key }
          industrial: counties(kind: "industrial") { name }
          mountain: counties(kind: "mountain") { name }
          funding { key perYear amount { yuan } }
      } }`,
    );
    expect(errors).toBeUndefined();
    const [programme] = data!.zhejiang.programme;
    expect(programme!.pairingCount).toMatchObject({ value: 18, unit: '个' });
    expect(programme!.industrialCountyCount.value).toBe(18);
    expect(programme!.fundingPerYear).toEqual({ value: 18, unit: '亿元', yuan: 1_800_000_000 });
    expect(programme!.funder.name).toBe('省财政厅');
    expect(programme!.tracks.map((t) => t.name)).toEqual(['产业项目合作', '深化产业链协作', '产业有序转移', '招商信息统筹机制', '数字化改造帮扶机制', '要素互惠机制']);
    expect(data!.zhejiang.pairings).toHaveLength(8);
    expect(data!.zhejiang.industrial).toHaveLength(8);
    expect(data!.zhejiang.mountain.map((c) => c.name)).toContain('景宁畲族自治县');
    expect(data!.zhejiang.funding.find((f) => f.key === 'provincial-annual-allocation')).toEqual({ key: 'provincial-annual-allocation', perYear: true, amount: { yuan: 1_800_000_000 } });
  });

  it('pairs 桐乡 with 天台, whose 双箭 base trial-produced 1060万米 of a 6000万米 capacity', async () => {
    const { data, errors } = await subgraph.query<{
      zhejiang: { pairing: { name: string; industrialCounty: { name: string; kind: string }; mountainCounty: { name: string }; projects: Array<{ key: string; stage: string; figures: Figure[]; firms: Array<{ name: string; shortName: string | null }>; hostCounty: { name: string } }> } };
    }>(
      `{ zhejiang { pairing(key: "tongxiang-tiantai") {
          name industrialCounty { name kind } mountainCounty { name }
          projects { key stage figures { metric value unit qualifier yuan } firms { name shortName } hostCounty { name } }
      } } }`,
    );
    expect(errors).toBeUndefined();
    const pairing = data!.zhejiang.pairing;
    expect(pairing.name).toBe('桐乡市—天台县');
    expect(pairing.industrialCounty).toEqual({ name: '桐乡市', kind: 'industrial' });
    expect(pairing.mountainCounty.name).toBe('天台县');
    const base = pairing.projects.find((p) => p.key === 'shuangjian-tiantai-second-base')!;
    expect(base.firms).toEqual([{ name: '浙江双箭橡胶股份有限公司', shortName: '双箭' }]);
    expect(base.hostCounty.name).toBe('天台县');
    expect(base.stage).toBe('IN_PROGRESS');
    expect(base.figures).toEqual([
      { metric: '试生产产能', value: 1060, unit: '万米', qualifier: null, yuan: null },
      { metric: '达产后产能', value: 6000, unit: '万米', qualifier: null, yuan: null },
    ]);
  });

  it('puts 环龙 phase 1 in 莲都 in production: 15亿元 output and 1亿元 tax a year, in yuan', async () => {
    const { data } = await subgraph.query<{
      zhejiang: { projects: Array<{ key: string; name: string | null; stage: string; hostCounty: { name: string }; milestones: Array<{ event: string; date: { iso: string } }>; figures: Figure[] }> };
    }>('{ zhejiang { projects(pairingKey: "yiwu-liandu") { key name stage hostCounty { name } milestones { event date { iso } } figures { metric value unit yuan } } } }');
    const huanlong = data!.zhejiang.projects.find((p) => p.key === 'huanlong-new-materials-liandu')!;
    expect(huanlong.name).toBe('环龙新材料项目');
    expect(huanlong.hostCounty.name).toBe('莲都区');
    expect(huanlong.stage).toBe('OPERATING');
    expect(huanlong.milestones).toEqual([{ event: '一期成功实现竣工投产', date: { iso: '2024-05' } }]);
    expect(huanlong.figures.map((f) => [f.value, f.unit, f.yuan])).toEqual([
      [15, '亿元', 1_500_000_000],
      [1, '亿元', 100_000_000],
    ]);
    expect(data!.zhejiang.projects.map((p) => p.key).sort()).toEqual(['huanlong-new-materials-liandu', 'huatong-liandu-plant']);
  });

  it('records the 2023 assessment in which every county passed', async () => {
    const { data } = await subgraph.query<{ zhejiang: { assessments: Array<{ assessmentYear: number; allPassed: boolean; resultText: string; programme: { startYear: number } }> } }>(
      '{ zhejiang { assessments { assessmentYear allPassed resultText programme { startYear } } } }',
    );
    expect(data!.zhejiang.assessments).toEqual([{ assessmentYear: 2023, allPassed: true, resultText: '2023年度考核评价全部及格', programme: { startYear: 2023 } }]);
  });

  it('counts 遂昌\'s diagnosed firms 40 / 18 / 10 and the 双彩 outcome', async () => {
    const { data } = await subgraph.query<{
      zhejiang: { diagnostics: Array<{ diagnosedFirms: Figure; preDiagnosedFirms: Figure; benchmarkProjectFirms: Figure; targetCounty: { name: string }; pairing: { key: string }; funding: { instrument: string; amount: null }; outcomes: Array<{ firm: { name: string }; passRateAfter: Figure }> }> };
    }>(
      `{ zhejiang { diagnostics {
          diagnosedFirms { value unit } preDiagnosedFirms { value } benchmarkProjectFirms { value }
          targetCounty { name } pairing { key } funding { instrument amount { yuan } }
          outcomes { firm { name } passRateAfter { value unit qualifier } }
      } } }`,
      {},
      // A firm's own figures are non-public: analysts read them.
      { as: { role: 'analyst', subject: 'region-test' } },
    );
    const [campaign] = data!.zhejiang.diagnostics;
    expect([campaign!.diagnosedFirms.value, campaign!.preDiagnosedFirms.value, campaign!.benchmarkProjectFirms.value]).toEqual([40, 18, 10]);
    expect(campaign!.diagnosedFirms.unit).toBe('家');
    expect(campaign!.targetCounty.name).toBe('遂昌县');
    expect(campaign!.pairing.key).toBe('nanhu-suichang');
    expect(campaign!.funding).toEqual({ instrument: '专项资金', amount: null });
    expect(campaign!.outcomes).toEqual([{ firm: { name: '浙江双彩新材料有限公司' }, passRateAfter: { value: 99, unit: '%', qualifier: '以上' } }]);
  });

  it('shows a firm\'s view through _entities: its record, its project and its county', async () => {
    const uscc = await firmUscc(subgraph, '双箭');
    expect(parseUscc(uscc).ok).toBe(true);
    const { data } = await subgraph.query<{ _entities: Array<{ zhejiang: { firm: { name: string; localChainName: string } | null; projects: Array<{ key: string }>; county: { name: string } | null } }> }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Firm { zhejiang { firm { name localChainName } projects { key } county { name } } } } }',
      { r: [{ __typename: 'Firm', uscc }, { __typename: 'Firm', uscc: '91120116MA05T3XQ5Y' }] },
    );
    expect(data!._entities[0]!.zhejiang).toEqual({ firm: { name: '浙江双箭橡胶股份有限公司', localChainName: '橡塑制品' }, projects: [{ key: 'shuangjian-tiantai-second-base' }], county: { name: '桐乡市' } });
    expect(data!._entities[1]!.zhejiang).toEqual({ firm: null, projects: [], county: null });
  });

  it('shows the native record behind a directory project id, and nothing for another region\'s', async () => {
    const { data } = await subgraph.query<{ _entities: Array<{ zhejiang: { project: { key: string; summary: string } | null; pairing: { name: string } | null } }> }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on CooperationProject { zhejiang { project { key summary } pairing { name } } } } }',
      { r: [{ __typename: 'CooperationProject', id: 'zhejiang:project:huanlong-new-materials-liandu' }, { __typename: 'CooperationProject', id: 'tianjin:cooperation:x' }] },
    );
    expect(data!._entities[0]!.zhejiang).toEqual({ project: { key: 'huanlong-new-materials-liandu', summary: '环龙新材料项目一期成功实现竣工投产' }, pairing: { name: '义乌市—莲都区' } });
    expect(data!._entities[1]!.zhejiang).toEqual({ project: null, pairing: null });
  });

  it('shows an area at any level and a chain under its Zhejiang names', async () => {
    const { data } = await subgraph.query<{
      _entities: Array<{ zhejiang: { counties?: Array<{ name: string }>; pairings?: Array<{ key: string }>; parks?: Array<{ name: string }>; projects?: Array<{ key: string }>; localNames?: string[]; firms?: Array<{ name: string }> } }>;
    }>(
      `query($r: [_Any!]!) { _entities(representations: $r) {
          ... on AdminArea { zhejiang { counties { name } pairings { key } parks { name } projects { key } } }
          ... on IndustryChain { zhejiang { localNames firms { name } projects { key } } }
      } }`,
      {
        r: [
          { __typename: 'AdminArea', code: '331100' },
          { __typename: 'AdminArea', code: '330483' },
          { __typename: 'AdminArea', code: '120000' },
          { __typename: 'IndustryChain', code: 'NEV' },
          { __typename: 'IndustryChain', code: 'RUBBER_PLASTICS' },
        ],
      },
    );
    const [lishui, tongxiang, tianjin, nev, rubber] = data!._entities.map((e) => e.zhejiang);
    expect(lishui!.counties!.map((c) => c.name).sort()).toEqual(['庆元县', '景宁畲族自治县', '缙云县', '莲都区', '遂昌县'].sort());
    expect(lishui!.parks!.map((p) => p.name)).toEqual(['南湖遂昌竹产业共富产业园']);
    expect(tongxiang!.pairings).toEqual([{ key: 'tongxiang-tiantai' }]);
    expect(tongxiang!.projects!.map((p) => p.key)).toContain('shuangjian-tiantai-second-base');
    expect(tianjin).toEqual({ counties: [], pairings: [], parks: [], projects: [] });
    expect(nev!.localNames!.sort()).toEqual(['新能源整车', '汽车零部件'].sort());
    expect(nev!.firms!.map((f) => f.name).sort()).toEqual(['合众新能源', '银轮机械'].sort());
    expect(rubber!.localNames!.sort()).toEqual(['橡塑制品', '橡胶'].sort());
    expect(rubber!.projects).toEqual([{ key: 'shuangjian-tiantai-second-base' }]);
  });

  it('answers the directory in either script: 天臺 finds 天台', async () => {
    const { data } = await subgraph.query<{
      directoryScopes: Array<{ id: string; kind: string; memberUsccs: string[] }>;
      directoryProjects: { totalCount: number; rows: Array<{ id: string; status: string; amountYuan: number | null; amountKind: string | null; parties: Array<{ kind: string; name: string }> }> };
    }>(
      `{ directoryScopes(keyword: "天臺") { id kind memberUsccs }
         directoryProjects(filter: { keyword: "天臺" }, order: { field: "AMOUNT", direction: "DESC" }, first: 20) { totalCount rows { id status amountYuan amountKind parties { kind name } } } }`,
    );
    expect(data!.directoryScopes.map((s) => [s.id, s.kind])).toEqual([
      ['zhejiang:county:tiantai', 'COUNTY'],
      ['zhejiang:pairing:tongxiang-tiantai', 'PAIRING'],
    ]);
    expect(data!.directoryScopes[1]!.memberUsccs).toHaveLength(3);
    expect(data!.directoryProjects.totalCount).toBe(3);
    const base = data!.directoryProjects.rows.find((r) => r.id === 'zhejiang:project:shuangjian-tiantai-second-base')!;
    expect(base.parties.map((p) => [p.kind, p.name])).toEqual([
      ['COUNTY', '桐乡市'],
      ['COUNTY', '天台县'],
      ['FIRM', '浙江双箭橡胶股份有限公司'],
    ]);
  });

  it('projects amounts, stages and cooperation counts into the directory', async () => {
    const [uscc, shuangjianUscc] = await Promise.all([firmUscc(subgraph, '银轮'), firmUscc(subgraph, '双箭')]);
    const { data } = await subgraph.query<{
      directoryProjectsById: Array<{ id: string; status: string; amountYuan: number; amountKind: string; amountStated: string; dateKey: string; chainCode: string }>;
      directoryFirmsByUscc: Array<{ uscc: string; cooperationCount: number; chains: Array<{ chainCode: string; linkCode: string; localChainName: string }> }>;
      directoryScopes: Array<{ id: string }>;
    }>(
      `query($u: [ID!]!) {
         directoryProjectsById(ids: ["zhejiang:project:huanlong-new-materials-liandu", "zhejiang:project:nanhu-suichang-chemical-matchmaking"]) { id status amountYuan amountKind amountStated dateKey chainCode }
         directoryFirmsByUscc(usccs: $u) { uscc cooperationCount chains { chainCode linkCode localChainName } }
         directoryScopes { id }
      }`,
      { u: [uscc, shuangjianUscc] },
    );
    const byId = Object.fromEntries(data!.directoryProjectsById.map((p) => [p.id, p]));
    expect(byId['zhejiang:project:huanlong-new-materials-liandu']).toMatchObject({ status: 'OPERATING', amountYuan: 1_500_000_000, amountKind: 'output-value', amountStated: '15亿元', dateKey: '2024-05', chainCode: 'NEW_MATERIALS' });
    expect(byId['zhejiang:project:nanhu-suichang-chemical-matchmaking']).toMatchObject({ status: 'NEGOTIATING', amountYuan: 1_000_000_000, amountKind: 'contract', chainCode: 'CHEMICALS' });
    const [yinlun, shuangjian] = [uscc, shuangjianUscc].map((u) => data!.directoryFirmsByUscc.find((f) => f.uscc === u)!);
    expect(yinlun).toEqual({ uscc, cooperationCount: 0, chains: [{ chainCode: 'NEV', linkCode: 'COMPONENTS', localChainName: '汽车零部件' }] });
    expect(shuangjian!.cooperationCount).toBe(1);
    expect(data!.directoryScopes.filter((s) => s.id.startsWith('zhejiang:')).map((s) => s.id.split(':')[1])).toEqual([...Array(16).fill('county'), ...Array(8).fill('pairing'), ...Array(2).fill('park')]);
  });

  it('costs one statement per entity type, however many records or representations ask', async () => {
    // 9 projects and every record around them, through 16 relation fields: one statement per relation
    // (county by key and by area, pairing by key and by county, project_firm both ways, organisation and
    // its parent), none where the loader already holds the keys.
    const native = await statementsOf(
      subgraph,
      `{ zhejiang { projects { pairing { industrialCounty { pairing { key } statistics { key } firms { key } } parks { county { key } } }
                               firms { projects { key } county { key } } hostCounty { key } organisations { parent { key } } people { organisation { key } } } } }`,
    );
    expect(native).toEqual({ project: 1, pairing: 2, county: 3, county_statistic: 1, firm: 1, cooperation_park: 1, project_firm: 2, organisation: 2, person: 1 });

    const usccs = await Promise.all(['双箭', '银轮', '合众', '环龙', '巨石'].map((k) => firmUscc(subgraph, k)));
    const representations = Array.from({ length: 1000 }, (_, i) => {
      switch (i % 4) {
        case 0: return { __typename: 'Firm', uscc: usccs[i % usccs.length] };
        case 1: return { __typename: 'AdminArea', code: ['330000', '331100', '331023', '330483', '120000'][i % 5] };
        case 2: return { __typename: 'IndustryChain', code: ['NEV', 'RUBBER_PLASTICS', 'TEXTILES', 'IC'][i % 4] };
        default: return { __typename: 'CooperationProject', id: `zhejiang:project:${['huanlong-new-materials-liandu', 'shuangjian-tiantai-second-base', 'nope'][i % 3]}` };
      }
    });
    const views = await statementsOf(
      subgraph,
      `query($r: [_Any!]!) { _entities(representations: $r) {
          ... on Firm { zhejiang { firm { key } projects { key } county { key } } }
          ... on AdminArea { zhejiang { counties { key } pairings { key } parks { key } projects { key } } }
          ... on IndustryChain { zhejiang { localNames firms { key } projects { key } parks { key } countyStatistics { key } } }
          ... on CooperationProject { zhejiang { project { key } pairing { key } } }
      } }`,
      { r: representations },
    );
    // 1,000 representations: each view reads each table it needs once — firm: firm, project_firm (joined
    // with project), county; area: county, pairing, cooperation_park, project; chain: the firms' chain
    // placements (dir_firm_chain), firm, project, cooperation_park, county_statistic; project: project, pairing.
    expect(views).toEqual({ dir_firm_chain: 1, firm: 2, project_firm: 1, county: 2, pairing: 2, cooperation_park: 2, project: 3, county_statistic: 1 });
  });
});

const COUNTS_QUERY = `{
  zhejiang {
    programme { key pairingCount { value } fundingPerYear { yuan } }
    tracks { key } counties { key name } pairings { key name } parks { key } firms { key name }
    projects { key stage figures { yuan } firms { key } } countyStatistics { key figure { value } }
    assessments { key allPassed } funding { key amount { yuan } }
    diagnostics { key diagnosedFirms { value } preDiagnosedFirms { value } benchmarkProjectFirms { value } outcomes { key } }
    agreements { key counties { key } } trainings { key participants { value } } organisations { key } people { key }
  }
  directoryScopes { id memberUsccs }
  directoryProjects(filter: {}, order: { field: "NAME", direction: "ASC" }, first: 100) { totalCount rows { id status amountYuan parties { kind name uscc } } }
}`;

describeDialectParity(zhejiang, COUNTS_QUERY, (data) => {
  const region = (data as { zhejiang: Record<string, unknown[]> }).zhejiang;
  expect(Object.fromEntries(Object.entries(region).map(([k, v]) => [k, v.length]))).toEqual({
    programme: 1, tracks: 6, counties: 16, pairings: 8, parks: 2, firms: 13, projects: 9, countyStatistics: 11,
    assessments: 1, funding: 2, diagnostics: 1, agreements: 2, trainings: 1, organisations: 17, people: 9,
  });
});
