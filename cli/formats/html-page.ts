/**
 * The HTML report page: the report's charts as inline SVG drawn at export time, each with the table
 * of its numbers, and what was exported when. No script and no external resource — the
 * Content-Security-Policy forbids any — so the page opens offline and from a mail attachment.
 */
import type { ChartData } from '../charts/chart-data';
import { CHART_FONT, chartSpec } from '../charts/vega-spec';
import { renderSvg } from '../charts/render-svg';
import { headerOf, type ReportDefinition } from '../report-definition';
import type { RenderContext } from './format';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const number = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

function dataTable(data: ChartData, report: ReportDefinition): string {
  const { chart } = data;
  const heads = chart.kind === 'heatmap' ? [chart.x, chart.y] : chart.color ? [chart.category, chart.color] : [chart.category];
  const rows = data
    .points()
    .map((p) => `<tr>${[p.a, ...(heads.length > 1 ? [p.b] : [])].map((t) => `<td>${escapeHtml(t)}</td>`).join('')}<td class="n">${number.format(p.value)}</td></tr>`)
    .join('\n');
  const header = (column: string) => headerOf(report, column);
  return `<table><thead><tr>${[...heads.map(header), data.measureTitle()].map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

export async function renderPage(context: RenderContext, charts: ChartData[]): Promise<string> {
  const sections: string[] = [];
  // A chart of no rows would draw empty axes and a "NaN" legend: say so instead.
  if (context.rows === 0) sections.push('<p class="empty">没有数据 — the report has no rows: nothing matched its filters, so there is nothing to chart.</p>');
  for (const data of context.rows === 0 ? [] : charts) {
    const svg = await renderSvg(chartSpec(data));
    sections.push(
      `<section class="chart">\n<h2>${escapeHtml(data.chart.title)}</h2>\n<figure>${svg}</figure>\n<details><summary>数据 — the numbers</summary>\n${dataTable(data, context.report)}\n</details>\n</section>`,
    );
  }
  const missing = [...new Set(context.regionGaps.map((g) => g.region))];
  const title = `${context.report.name} — coopgraph`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: ${CHART_FONT}; margin: 2rem auto; max-width: 1100px; padding: 0 1rem; color: #1f2937; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; }
.meta { color: #4b5563; margin: 0 0 1.5rem; }
.warning { background: #fef3c7; border: 1px solid #f59e0b; padding: .5rem .75rem; }
.empty { color: #4b5563; font-style: italic; }
section.chart { margin: 2rem 0; }
figure { margin: 0; overflow-x: auto; }
table { border-collapse: collapse; margin-top: .5rem; }
th, td { border: 1px solid #d1d5db; padding: .25rem .5rem; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
</style>
</head>
<body>
<header>
<h1>${escapeHtml(context.report.name)}</h1>
<p>${escapeHtml(context.report.description)}</p>
<p class="meta">行数 — rows: ${number.format(context.rows)} · 导出时间 — exported at ${escapeHtml(context.exportedAt.toISOString())}</p>
${missing.length ? `<p class="warning">缺失区域 — regions that did not answer: ${escapeHtml(missing.join(', '))}; the numbers leave them out.</p>` : ''}
</header>
${sections.join('\n')}
</body>
</html>
`;
}
