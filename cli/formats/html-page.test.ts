import { describe, expect, it } from 'vitest';
import { ChartData } from '../charts/chart-data';
import type { ReportDefinition } from '../report-definition';
import { escapeHtml, renderPage } from './html-page';

const report: ReportDefinition = {
  name: 'chain-coverage',
  file: 'x',
  description: '产业链覆盖 — <firms> & chains',
  source: '',
  rows: null,
  explode: null,
  computed: [],
  where: [],
  hide: [],
  charts: [{ kind: 'bar', title: '企业数 — firms', category: 'chain', color: null, measure: { fn: 'count' }, measureTitle: null }],
  headers: { chain: '产业链 — chain' },
};

describe('HTML page', () => {
  it('is self-contained: inline SVG, no script, no external resource, UTF-8 declared', async () => {
    const data = new ChartData(report.charts[0]!);
    data.add({ chain: '新能源电池' });
    const page = await renderPage({ report, columns: ['chain'], spool: '', output: '', rows: 1, regionGaps: [{ code: 'REGION_UNAVAILABLE', region: 'yangtze', message: '' }], exportedAt: new Date(0) }, [data]);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain("default-src 'none'");
    expect(page).toContain('<svg');
    expect(page).not.toMatch(/<script|<link|src="http|href="http/);
    expect(page).toContain('产业链覆盖 — &lt;firms&gt; &amp; chains');
    expect(page).toContain('regions that did not answer: yangtze');
    expect(page).toContain('<td>新能源电池</td><td class="n">1</td>');
  });

  it('says a report of no rows has none, instead of drawing a chart with a "NaN" legend', async () => {
    const page = await renderPage({ report, columns: ['chain'], spool: '', output: '', rows: 0, regionGaps: [], exportedAt: new Date(0) }, [new ChartData(report.charts[0]!)]);
    expect(page).toContain('没有数据 — the report has no rows');
    expect(page).not.toContain('<svg');
    expect(page).not.toContain('NaN');
  });

  it('heads the numbers\' table with the columns\' bilingual headers', async () => {
    const data = new ChartData(report.charts[0]!);
    data.add({ chain: '新能源电池' });
    const page = await renderPage({ report, columns: ['chain'], spool: '', output: '', rows: 1, regionGaps: [], exportedAt: new Date(0) }, [data]);
    expect(page).toContain('<th>产业链 — chain</th>');
  });

  it('escapes markup', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
