/**
 * The numbers behind one chart, summed row by row as the spool is read: one entry per group
 * (x × y for a heat map, category × colour for a bar chart), so memory grows with the groups a
 * chart shows, never with the rows exported.
 */
import type { ChartDeclaration } from '../report-definition';
import type { Cell, Row } from '../rows';
import { REGIONS } from '../../schema/contract/regions';

/** Region enum values shown by their Chinese names (the schema's Region descriptions). */
const REGION_LABELS: Record<string, string> = Object.fromEntries(REGIONS.map((r) => [r.wire, r.nameZh]));
export const UNSTATED = '（未注明）';

export function groupLabel(cell: Cell | undefined): string {
  const parts = (Array.isArray(cell) ? cell : cell === null || cell === undefined ? [] : [cell]).map((v) => REGION_LABELS[String(v)] ?? String(v));
  return parts.length ? parts.join('、') : UNSTATED;
}

export interface ChartPoint {
  /** Heat map: column; bar: category. */
  a: string;
  /** Heat map: row; bar: colour (empty without one). */
  b: string;
  value: number;
}

export class ChartData {
  private readonly groups = new Map<string, ChartPoint>();

  constructor(readonly chart: ChartDeclaration) {}

  add(row: Row): void {
    const { chart } = this;
    const a = groupLabel(row[chart.kind === 'heatmap' ? chart.x : chart.category]);
    const b = chart.kind === 'heatmap' ? groupLabel(row[chart.y]) : chart.color ? groupLabel(row[chart.color]) : '';
    let amount = 1;
    if (chart.measure.fn === 'sum') {
      const cell = row[chart.measure.column];
      const numbers = (Array.isArray(cell) ? cell : [cell]).filter((v): v is number => typeof v === 'number');
      amount = numbers.reduce((s, v) => s + v, 0);
    }
    const key = JSON.stringify([a, b]);
    const point = this.groups.get(key) ?? { a, b, value: 0 };
    point.value += amount;
    this.groups.set(key, point);
  }

  points(): ChartPoint[] {
    return [...this.groups.values()].sort((p, q) => p.a.localeCompare(q.a, 'zh') || p.b.localeCompare(q.b, 'zh'));
  }

  measureTitle(): string {
    const { measure, measureTitle } = this.chart;
    if (measureTitle) return measureTitle;
    return measure.fn === 'count' ? '行数 — rows' : `合计 — sum of ${measure.column}`;
  }
}
