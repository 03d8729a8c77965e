/**
 * Issue 2, scenario 2: the power-battery chain with its firms in every region. Of the 15 members
 * Tianjin's battery talent alliance (003) names, those whose own sentence places them in the chain
 * (docs/dataset.md); Zhejiang's 宇恒电池 (004) is a battery firm; the Yangtze report (002) names
 * none — its view answers, empty.
 */
import { describe, expect, inject, it } from 'vitest';
import { data } from '../../support/system';

const gateway = inject('gatewayUrl');

const CHAIN = /* GraphQL */ `
  {
    industryChain(code: "POWER_BATTERY") {
      nameZh
      links { code nameZh }
      localNames { region name }
      firms(first: 100) { totalCount nodes { name regions } }
      tianjin { localNames firms { name } alliances { name } }
      yangtze { localNames organisations { name } }
      zhejiang { localNames firms { name } }
    }
  }
`;

describe('an industry chain across regions', () => {
  it('lists the power-battery chain\'s firms from every region', async () => {
    const { industryChain: chain } = await data<{ industryChain: any }>(gateway, CHAIN);
    expect(chain.nameZh).toBe('新能源电池');
    expect(chain.links.map((l: any) => l.code)).toEqual(['RND', 'MATERIALS', 'PRODUCTION', 'APPLICATION', 'RECYCLING']);
    expect(chain.localNames).toEqual(expect.arrayContaining([{ region: 'TIANJIN', name: '新能源电池' }, { region: 'ZHEJIANG', name: '电池' }]));

    const tianjin = chain.tianjin.firms.map((f: any) => f.name);
    expect(tianjin).toContain('天津力神电池股份有限公司');
    // A semiconductor maker, an ocean-robotics firm and a railway institute are members, not battery firms.
    for (const name of ['天津中环半导体股份有限公司', '深之蓝海洋科技股份有限公司', '中国铁道科学研究院集团有限公司']) expect(tianjin).not.toContain(name);
    expect(chain.tianjin.alliances).toEqual([{ name: '天津市新能源电池人才创新创业联盟' }]);
    expect(chain.zhejiang).toEqual({ localNames: ['电池'], firms: [{ name: '宇恒电池' }] });
    expect(chain.yangtze).toEqual({ localNames: [], organisations: [] });

    // The merged list holds every region's firms once each.
    const merged = chain.firms.nodes.map((f: any) => f.name);
    expect(new Set(merged).size).toBe(merged.length);
    for (const name of [...tianjin, '宇恒电池']) expect(merged).toContain(name);
    expect(chain.firms.nodes.find((f: any) => f.name === '宇恒电池').regions).toEqual(['ZHEJIANG']);
  });
});
