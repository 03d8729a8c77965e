import { describe, expect, it } from 'vitest';
import type { ChartDeclaration } from '../report-definition';
import { ChartData, groupLabel, UNSTATED } from './chart-data';

const heatmap: ChartDeclaration = { kind: 'heatmap', title: 't', x: 'region', y: 'chain.nameZh', measure: { fn: 'sum', column: 'amount.yuan' }, measureTitle: null };

describe('chart data', () => {
  it('sums the measure per group as rows come, regions by their Chinese names', () => {
    const data = new ChartData(heatmap);
    data.add({ region: 'ZHEJIANG', 'chain.nameZh': '新材料', 'amount.yuan': 1_500_000_000 });
    data.add({ region: 'ZHEJIANG', 'chain.nameZh': '新材料', 'amount.yuan': 2 });
    data.add({ region: 'TIANJIN', 'chain.nameZh': null, 'amount.yuan': null });
    expect(data.points()).toEqual([
      { a: '天津', b: UNSTATED, value: 0 },
      { a: '浙江', b: '新材料', value: 1_500_000_002 },
    ]);
    expect(data.measureTitle()).toBe('合计 — sum of amount.yuan');
  });

  it('counts rows, and groups a list of values as one label', () => {
    const data = new ChartData({ kind: 'bar', title: 't', category: 'regions', color: null, measure: { fn: 'count' }, measureTitle: '企业数 — firms' });
    data.add({ regions: ['TIANJIN', 'ZHEJIANG'] });
    data.add({ regions: ['TIANJIN', 'ZHEJIANG'] });
    expect(data.points()).toEqual([{ a: '天津、浙江', b: '', value: 2 }]);
    expect(data.measureTitle()).toBe('企业数 — firms');
    expect(groupLabel([])).toBe(UNSTATED);
  });
});
