/**
 * Issue 2, scenario 1: one firm by credit code, with fields from all three regional subgraphs and
 * the cross-region subgraph in a single query. The Shanghai group with a Tianjin subsidiary (000)
 * shows up on both sides: Tianjin records it and its subsidiary, the Yangtze alliance places it in
 * its Zhangjiang zone by the area in its credit code.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parseUscc } from '../../../schema/contract/uscc';
import { data, graphql } from '../../support/system';
import { FIRM_360 } from '../queries';

const gateway = inject('gatewayUrl');

describe('firm 360 across regions', () => {
  let uscc: string;
  beforeAll(async () => {
    const page = await data<{ firms: { nodes: Array<{ uscc: string; name: string }> } }>(gateway, '{ firms(filter: { keyword: "中如智慧能源" }) { nodes { uscc name } } }');
    const group = page.firms.nodes.find((f) => f.name === '上海中如智慧能源集团有限公司');
    expect(group, 'the Shanghai group is found by keyword').toBeDefined();
    uscc = group!.uscc;
  });

  it('assembles one firm from every subgraph in a single query', async () => {
    const { firm } = await data<{ firm: any }>(gateway, FIRM_360, { uscc });
    expect(parseUscc(firm.uscc).ok).toBe(true);
    expect(firm).toMatchObject({ name: '上海中如智慧能源集团有限公司', sampleCode: true, regions: ['TIANJIN'], area: { code: '310000', fullName: '上海市' } });
    // Tianjin: the group, its dual-carbon alliance membership, its cooperation with TGOOD's branch, its Tianjin subsidiary in Binhai.
    expect(firm.tianjin.firm).toMatchObject({ name: '上海中如智慧能源集团有限公司', provenance: { source: '000_7deada67eb8abbdc.txt' } });
    expect(firm.tianjin.memberships.map((m: any) => m.alliance.name)).toContain('双碳产业联盟');
    expect(firm.tianjin.cooperations.map((c: any) => c.title).join()).toContain('青岛特锐德电器有限公司天津分公司');
    expect(firm.tianjin.subsidiaries).toEqual([{ name: '中如集团天津子公司', adminArea: { fullName: '天津市滨海新区' } }]);
    // Yangtze: registered in Shanghai, so in the founding zone Zhangjiang's city.
    expect(firm.yangtze.hostZones).toEqual([{ name: '上海张江高新区', isFounder: true }]);
    // Zhejiang contributes its (empty) view without failing the query.
    expect(firm.zhejiang).toEqual({ firm: null, projects: [] });
  });

  it('rejects an invalid credit code with a message saying how to fix it', async () => {
    const result = await graphql(gateway, FIRM_360, { uscc: uscc.slice(0, 17) + (uscc[17] === '0' ? '1' : '0') });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'uscc' });
    expect(result.errors?.[0]?.message).toMatch(/check character/);
  });

  it('answers null for a valid code no region knows', async () => {
    const { firm } = await data<{ firm: unknown }>(gateway, FIRM_360, { uscc: '91350100M000100Y43' });
    expect(firm).toBeNull();
  });
});
