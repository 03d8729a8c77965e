import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseUscc } from '../../../schema/contract/uscc';
import { startTestSubgraph, type TestSubgraph } from '../../kit/testing';
import { yangtze } from './region';

describe('yangtze subgraph on a fresh SQLite database', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(yangtze);
  });
  afterAll(() => subgraph?.close());

  it('seeds the five founding zones with Zhangjiang leading (002)', async () => {
    const { data } = await subgraph.query<{ yangtze: { zones: Array<{ name: string; isLeadFounder: boolean; provenance: { source: string } }> } }>(
      '{ yangtze { zones(foundersOnly: true) { name isLeadFounder provenance { source } } } }',
    );
    expect(data!.yangtze.zones.map((z) => z.name).sort()).toEqual(['上海张江高新区', '南京高新区', '合肥高新区', '武汉东湖高新区', '重庆两江新区'].sort());
    expect(data!.yangtze.zones.filter((z) => z.isLeadFounder).map((z) => z.name)).toEqual(['上海张江高新区']);
    expect(new Set(data!.yangtze.zones.map((z) => z.provenance.source))).toEqual(new Set(['002_ec1d6d7b96de0d5d.txt']));
  });

  it('keeps the stated figures of the alliance: 51 applicant zones in 11 provinces, ~40% national share', async () => {
    const { data } = await subgraph.query<{ yangtze: { alliances: Array<{ figures: Array<{ metric: string; value: number; qualifier: string | null }> }> } }>(
      '{ yangtze { alliances { figures { metric value qualifier } } } }',
    );
    const figures = data!.yangtze.alliances[0]!.figures;
    expect(figures.find((f) => f.metric.startsWith('申请加入'))?.value).toBe(51);
    expect(figures.find((f) => f.metric.startsWith('覆盖'))?.value).toBe(11);
    expect(figures.find((f) => f.metric.startsWith('占全国'))).toMatchObject({ value: 40, qualifier: '约…左右' });
  });

  it('answers the directory in either script, with valid sample credit codes', async () => {
    const { data } = await subgraph.query<{ directoryFirms: { totalCount: number; rows: Array<{ uscc: string; name: string }> } }>(
      '{ directoryFirms(filter: { keyword: "瑞爾實業" }, order: { field: "NAME", direction: "ASC" }, first: 5) { totalCount rows { uscc name } } }',
    );
    expect(data!.directoryFirms.totalCount).toBe(1);
    expect(data!.directoryFirms.rows[0]!.name).toBe('上海瑞尔实业有限公司');
    expect(parseUscc(data!.directoryFirms.rows[0]!.uscc).ok).toBe(true);
  });

  it('places a Shanghai-registered firm in the Zhangjiang zone through its credit code', async () => {
    const { data: page } = await subgraph.query<{ directoryFirms: { rows: Array<{ uscc: string }> } }>(
      '{ directoryFirms(filter: { keyword: "上海交通大学" }, order: { field: "NAME", direction: "ASC" }, first: 1) { rows { uscc } } }',
    );
    const uscc = page!.directoryFirms.rows[0]!.uscc;
    const { data } = await subgraph.query<{ _entities: Array<{ yangtze: { hostZones: Array<{ name: string }>; organisation: { name: string } } }> }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Firm { yangtze { hostZones { name } organisation { name } } } } }',
      { r: [{ __typename: 'Firm', uscc }] },
    );
    expect(data!._entities[0]!.yangtze.organisation.name).toBe('上海交通大学');
    expect(data!._entities[0]!.yangtze.hostZones.map((z) => z.name)).toEqual(['上海张江高新区']);
  });
});
