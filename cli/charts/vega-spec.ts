/**
 * Vega-Lite specifications of the two chart kinds reports declare: a heat map (x × y, colour the
 * measure, the number written in each cell) and a horizontal bar chart (one bar per category,
 * stacked by colour when one is given). Horizontal bars leave room for long Chinese names. The
 * title is the page's heading, not part of the SVG.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ChartData, ChartPoint } from './chart-data';

/** Fonts that carry Chinese glyphs on Windows, macOS and Linux, then the generic fallback. */
export const CHART_FONT = '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

const config = {
  font: CHART_FONT,
  padding: 16,
  axis: { labelFontSize: 12, titleFontSize: 12, labelLimit: 360 },
  legend: { labelFontSize: 12, titleFontSize: 12, labelLimit: 360 },
  view: { stroke: null },
};

const NUMBER_FORMAT = ',~f';

/** What each bar adds up to, its stacked colours summed. */
function barTotals(values: ChartPoint[]): number[] {
  const totals = new Map<string, number>();
  for (const v of values) totals.set(v.a, (totals.get(v.a) ?? 0) + v.value);
  return [...totals.values()];
}

export function chartSpec(data: ChartData): TopLevelSpec {
  const { chart } = data;
  const values = data.points();
  const measureTitle = data.measureTitle();
  // Counts (and whole amounts) get whole-number ticks, not 0.2, 0.4…
  const whole = values.every((v) => Number.isInteger(v.value));
  const largest = Math.max(0, ...(chart.kind === 'bar' ? barTotals(values) : values.map((v) => v.value)));
  const tickCount = whole && largest < 10 ? { tickCount: Math.max(1, largest) } : {};
  const measureAxis = { format: NUMBER_FORMAT, ...tickCount };
  if (chart.kind === 'heatmap') {
    const max = Math.max(0, ...values.map((v) => v.value));
    return {
      $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
      data: { values },
      width: { step: 96 },
      height: { step: 28 },
      encoding: {
        // Encoding titles name the columns for screen readers (aria-label); the axes show none.
        x: { field: 'a', type: 'nominal', title: chart.x, axis: { title: null, orient: 'top', labelAngle: 0, domain: false, ticks: false } },
        y: { field: 'b', type: 'nominal', title: chart.y, axis: { title: null, domain: false, ticks: false } },
      },
      layer: [
        { mark: { type: 'rect', stroke: 'white', strokeWidth: 2 }, encoding: { color: { field: 'value', type: 'quantitative', title: measureTitle, scale: { scheme: 'blues' }, legend: { format: NUMBER_FORMAT, ...tickCount } } } },
        {
          mark: { type: 'text', fontSize: 12 },
          encoding: {
            text: { field: 'value', type: 'quantitative', format: NUMBER_FORMAT },
            color: { condition: { test: `datum.value > ${max / 2}`, value: 'white' }, value: '#1f2937' },
          },
        },
      ],
      config,
    } as TopLevelSpec;
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    // Groups that sum to nothing (no amount stated) would be empty bars; the data table keeps them.
    data: { values: values.filter((v) => v.value !== 0) },
    width: 560,
    height: { step: 24 },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'a', type: 'nominal', title: chart.category, axis: { title: null }, sort: '-x' },
      x: { field: 'value', type: 'quantitative', aggregate: 'sum', title: measureTitle, axis: measureAxis },
      ...(chart.color ? { color: { field: 'b', type: 'nominal', title: chart.color, legend: { title: null, orient: 'bottom' } } } : {}),
    },
    config,
  } as TopLevelSpec;
}
