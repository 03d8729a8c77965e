import { describe, expect, it } from 'vitest';
import { ChartData } from './chart-data';
import { renderSvg } from './render-svg';
import { estimatedTextWidth } from './text-width';
import { chartSpec } from './vega-spec';

describe('charts drawn as SVG in Node', () => {
  it('draws a heat map: one rect per group, the Chinese labels and numbers as text', async () => {
    const data = new ChartData({ kind: 'heatmap', title: 't', x: 'region', y: 'chain', measure: { fn: 'sum', column: 'count' }, measureTitle: '企业数 — firms' });
    for (const [region, chain, count] of [['TIANJIN', '新能源电池', 15], ['ZHEJIANG', '新能源电池', 1], ['ZHEJIANG', '钙材料与非金属矿', 2]] as const) data.add({ region, chain, count });
    const svg = await renderSvg(chartSpec(data));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/aria-roledescription="rect mark"/g)).toHaveLength(3);
    expect(svg).toContain('aria-label="region: 天津; chain: 新能源电池; 企业数 — firms: 15"');
    for (const text of ['天津', '浙江', '新能源电池', '钙材料与非金属矿', '>15<', '企业数 — firms']) expect(svg).toContain(text);
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it('draws a bar chart with amounts in yuan, leaving out groups that sum to nothing', async () => {
    const data = new ChartData({ kind: 'bar', title: 't', category: 'chain', color: 'region', measure: { fn: 'sum', column: 'yuan' }, measureTitle: '金额（元）' });
    data.add({ chain: '新材料', region: 'ZHEJIANG', yuan: 1_500_000_000 });
    data.add({ chain: '电气', region: 'TIANJIN', yuan: null });
    const svg = await renderSvg(chartSpec(data));
    expect(svg).toContain('新材料');
    expect(svg).not.toContain('电气');
    expect(svg).toContain('1,500,000,000');
  });

  it('gives small counts whole-number ticks', async () => {
    const data = new ChartData({ kind: 'bar', title: 't', category: 'pairing', color: null, measure: { fn: 'sum', column: 'projects' }, measureTitle: '项目数 — projects' });
    data.add({ pairing: '南湖区—遂昌县', projects: 3 });
    data.add({ pairing: '长兴县—常山县', projects: 1 });
    const labels = [...(await renderSvg(chartSpec(data))).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    const ticks = labels.filter((l) => /^[\d.,]+$/.test(l!));
    expect(ticks).toEqual(['0', '1', '2', '3']);
  });

  it('measures a Chinese character as a full em', () => {
    expect(estimatedTextWidth('新能源电池', 10)).toBe(50);
    expect(estimatedTextWidth('abc', 10)).toBeLessThan(20);
  });
});
