/**
 * Issue 3: keyword search matches whichever script the user types. Tianjin's reports are in
 * Traditional script, Zhejiang's in Simplified; OpenCC folds both.
 */
import { describe, expect, inject, it } from 'vitest';
import { data } from '../../support/system';

const gateway = inject('gatewayUrl');

describe('search in either script', () => {
  it('finds a Traditional-script Tianjin firm from Simplified input: 力神', async () => {
    const { firms } = await data<{ firms: { nodes: Array<{ name: string; originalNames: string[]; regions: string[] }> } }>(gateway, '{ firms(filter: { keyword: "力神" }) { nodes { name originalNames regions } } }');
    expect(firms.nodes).toEqual([{ name: '天津力神电池股份有限公司', originalNames: ['天津力神電池股份有限公司'], regions: ['TIANJIN'] }]);
  });

  it('finds a Simplified-script Zhejiang county and its pairing from Traditional input: 天臺', async () => {
    const { scopes } = await data<{ scopes: Array<{ name: string; kind: string; region: string }> }>(gateway, '{ scopes(keyword: "天臺") { name kind region } }');
    expect(scopes).toEqual(expect.arrayContaining([{ name: '天台县', kind: 'COUNTY', region: 'ZHEJIANG' }, { name: '桐乡市—天台县', kind: 'PAIRING', region: 'ZHEJIANG' }]));
    const { cooperationProjects } = await data<{ cooperationProjects: { nodes: Array<{ title: string }> } }>(gateway, '{ cooperationProjects(filter: { keyword: "雙箭" }) { nodes { title } } }');
    expect(cooperationProjects.nodes.map((p) => p.title)).toContain('“双箭系”输送带第二生产基地');
  });

  it('treats SQL metacharacters in a keyword as text', async () => {
    const { firms } = await data<{ firms: { totalCount: number } }>(gateway, `{ firms(filter: { keyword: "%' OR 1=1 --" }) { totalCount } }`);
    expect(firms.totalCount).toBe(0);
  });
});
