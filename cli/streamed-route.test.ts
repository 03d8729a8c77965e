import { describe, expect, it } from 'vitest';
import { loadReport } from './report-catalog';
import { parseReport, type ReportDefinition } from './report-definition';
import { prepareOperation } from './operation';
import { firmNode, streamedRoute, type FirmLine } from './streamed-route';

function routeOf(report: ReportDefinition, variables: Record<string, unknown> = {}) {
  const prepared = prepareOperation(report);
  if ('errors' in prepared) throw new Error(prepared.errors.join('\n'));
  return streamedRoute(report, prepared.operation, variables);
}
const builtIn = (name: string) => {
  const loaded = loadReport(name);
  if (!('report' in loaded)) throw new Error(name);
  return loaded.report;
};
const custom = (source: string) => {
  const parsed = parseReport('custom', 'custom.graphql', source);
  if (!('report' in parsed)) throw new Error(parsed.errors.join('\n'));
  return parsed.report;
};

describe('the streamed route of a report', () => {
  it('serves the built-in multi-region-firms, every field it reads being on an export line', () => {
    expect(routeOf(builtIn('multi-region-firms'))).toEqual({ params: new URLSearchParams(), rowsKey: 'nodes' });
  });

  it('passes the filter and the direction, from the variables, as the export\'s parameters', () => {
    const report = custom('query($f: FirmFilter, $after: String) { firms(filter: $f, orderBy: { field: NAME, direction: DESC }, first: 200, after: $after) { edges { node { uscc name area { fullName } } } } }');
    const route = routeOf(report, { f: { chainCode: 'NEV', regions: ['TIANJIN', 'ZHEJIANG'], keyword: null } });
    expect('params' in route && route.params.toString()).toBe('chainCode=NEV&regions=TIANJIN%2CZHEJIANG&direction=DESC');
    expect('params' in route && route.rowsKey).toBe('edges');
  });

  it.each([
    ['a project report', builtIn('projects-by-chain-region'), /root firms list/],
    ['pinyin order', custom('query($after: String) { firms(orderBy: { field: NAME_PINYIN }, after: $after) { nodes { uscc } } }'), /name order, not NAME_PINYIN/],
    ['a field lines do not carry', custom('query($after: String) { firms(after: $after) { nodes { uscc parent { uscc } } } }'), /no parent of a firm/],
    ['a deeper one', custom('query($after: String) { firms(after: $after) { nodes { uscc area { parent { code } } } } }'), /no area.parent of a firm/],
    ['an alias', custom('query($after: String) { firms(after: $after) { nodes { code: uscc } } }'), /no uscc of a firm/],
    ['edge cursors', custom('query($after: String) { firms(after: $after) { edges { cursor node { uscc } } } }'), /cursor of each edge/],
  ])('leaves %s to paging, and says why', (_name, report, why) => {
    const route = routeOf(report);
    expect('reason' in route && route.reason).toMatch(why);
  });

  it('makes a line the node a page holds: areas with their GB/T 2260 names, chains and links as objects', () => {
    const line: FirmLine = {
      uscc: '91120116MA05XXXXXX',
      name: '天津力神电池股份有限公司',
      originalNames: ['天津力神電池股份有限公司'],
      shortName: '力神',
      regions: ['TIANJIN'],
      areaCode: '120116',
      sampleCode: true,
      cooperationCount: 2,
      chains: [{ chainCode: 'POWER_BATTERY', linkCode: null, region: 'TIANJIN', localChainName: '动力电池', localLinkName: null, source: 'a.txt', basis: 'STATED', evidence: '…' }],
      presence: [{ region: 'TIANJIN', name: '天津力神电池股份有限公司', originalName: '天津力神電池股份有限公司', areaCode: null, kind: 'ENTERPRISE', cooperationCount: 2, source: 'a.txt' }],
    };
    const node = firmNode(line);
    expect(node.area).toEqual({ code: '120116', name: '滨海新区', fullName: expect.stringContaining('滨海新区'), level: 'COUNTY' });
    expect(node.presence[0]!.area).toBeNull();
    expect(node.chains[0]).toMatchObject({ chain: { code: 'POWER_BATTERY' }, link: null, region: 'TIANJIN' });
  });
});
