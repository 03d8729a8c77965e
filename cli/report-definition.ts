/**
 * A report is a .graphql file whose leading comment describes it and declares, with `@` lines, how
 * its result becomes rows:
 *
 *   # 产业链覆盖 — firms per canonical chain in each region.        ← description
 *   # @rows aggregates.rows                    where the rows are (a dotted path of response keys)
 *   # @explode presence                        one row per element of a list in the row
 *   # @column projectCount = count(projects.key)   a computed column: count() or sum() of a path
 *   # @where count(regions) > 1                keep only rows where this holds
 *   # @hide projects.cooperationProject        leave a selected path out of the columns
 *   # @chart heatmap title="…" x=region y=chain.nameZh measure=sum(count)
 *   # @chart bar title="…" category=chain.nameZh measure=sum(amount.yuan) color=region measureTitle="金额（元）"
 *   # @header chain.nameZh = 产业链 — chain       a column's header in CSV, XLSX and HTML ("中文 — English")
 */
import { parseCondition, parseExpression, type Condition, type RowExpression } from './row-expression';

export interface ComputedColumn {
  name: string;
  expression: RowExpression;
}

export type Measure = { fn: 'count' } | { fn: 'sum'; column: string };

interface ChartBase {
  title: string;
  measure: Measure;
  /** Legend or axis title of the measure, e.g. "金额（元） — amount in yuan". */
  measureTitle: string | null;
}

export type ChartDeclaration =
  | (ChartBase & { kind: 'heatmap'; x: string; y: string })
  | (ChartBase & { kind: 'bar'; category: string; color: string | null });

export interface ReportDefinition {
  /** The file name without .graphql. */
  name: string;
  file: string;
  description: string;
  source: string;
  rows: string | null;
  explode: string | null;
  computed: ComputedColumn[];
  where: Condition[];
  hide: string[];
  charts: ChartDeclaration[];
  /** Column headers a person reads (CSV, XLSX, HTML), by column; JSON and NDJSON keep the paths as keys. */
  headers: Record<string, string>;
}

/** A column's header as a person reads it: the report's "中文 — English", else the column's path. */
export function headerOf(report: Pick<ReportDefinition, 'headers'>, column: string): string {
  return report.headers[column] ?? column;
}

const PATH = /^[_A-Za-z][_0-9A-Za-z]*(\.[_A-Za-z][_0-9A-Za-z]*)*$/;

function parseMeasure(text: string | undefined): Measure | string {
  if (text === undefined) return 'measure= is missing (count() or sum(column))';
  if (text === 'count()') return { fn: 'count' };
  const sum = /^sum\(([^)]+)\)$/.exec(text);
  if (sum && PATH.test(sum[1]!)) return { fn: 'sum', column: sum[1]! };
  return `measure=${text} is neither count() nor sum(column)`;
}

function parseChart(text: string): ChartDeclaration | string {
  const [kind, ...rest] = text.trim().split(/\s+/);
  const settings = new Map<string, string>();
  for (const match of rest.join(' ').matchAll(/([A-Za-z]+)=("([^"]*)"|\S+)/g)) settings.set(match[1]!, match[3] ?? match[2]!);
  const title = settings.get('title');
  if (!title) return 'a chart needs title="…"';
  const measure = parseMeasure(settings.get('measure'));
  if (typeof measure === 'string') return measure;
  const measureTitle = settings.get('measureTitle') ?? null;
  const column = (key: string, required: boolean): string | null | Error => {
    const value = settings.get(key);
    if (value === undefined) return required ? new Error(`${kind} chart needs ${key}=<column>`) : null;
    return PATH.test(value) ? value : new Error(`${key}=${value} is not a column path`);
  };
  if (kind === 'heatmap') {
    const [x, y] = [column('x', true), column('y', true)];
    for (const v of [x, y]) if (v instanceof Error) return v.message;
    return { kind, title, x: x as string, y: y as string, measure, measureTitle };
  }
  if (kind === 'bar') {
    const [category, color] = [column('category', true), column('color', false)];
    for (const v of [category, color]) if (v instanceof Error) return v.message;
    return { kind, title, category: category as string, color: color as string | null, measure, measureTitle };
  }
  return `unknown chart kind "${kind}"; use heatmap or bar`;
}

export function parseReport(name: string, file: string, source: string): { report: ReportDefinition } | { errors: string[] } {
  const report: ReportDefinition = { name, file, description: '', source, rows: null, explode: null, computed: [], where: [], hide: [], charts: [], headers: {} };
  const description: string[] = [];
  const errors: string[] = [];
  const lines = source.split(/\r?\n/);
  let started = false;
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    // The header is the first block of comment lines; a blank line or the document ends it.
    if (line === '' && !started) continue;
    if (!line.startsWith('#')) break;
    started = true;
    const text = line.replace(/^#\s?/, '');
    const where = `${file}:${index + 1}`;
    const directive = /^@([a-z]+)\s*(.*)$/.exec(text.trim());
    if (!directive) {
      description.push(text.trim());
      continue;
    }
    const [, keyword, argument = ''] = directive;
    const single = (current: string | null): string | null => {
      if (current !== null) errors.push(`${where}: @${keyword} is declared twice`);
      if (!PATH.test(argument)) errors.push(`${where}: @${keyword} needs a dotted path of response keys, got "${argument}"`);
      return argument;
    };
    switch (keyword) {
      case 'rows':
        report.rows = single(report.rows);
        break;
      case 'explode':
        report.explode = single(report.explode);
        break;
      case 'hide':
        if (PATH.test(argument)) report.hide.push(argument);
        else errors.push(`${where}: @hide needs a dotted path, got "${argument}"`);
        break;
      case 'column': {
        const match = /^([_A-Za-z][_0-9A-Za-z]*)\s*=\s*(.+)$/.exec(argument);
        const parsed = match ? parseExpression(match[2]!) : { error: `@column needs "name = count(path)" or "name = sum(path)", got "${argument}"` };
        if ('error' in parsed) errors.push(`${where}: ${parsed.error}`);
        else report.computed.push({ name: match![1]!, expression: parsed.expression });
        break;
      }
      case 'where': {
        const parsed = parseCondition(argument);
        if ('error' in parsed) errors.push(`${where}: ${parsed.error}`);
        else report.where.push(parsed.condition);
        break;
      }
      case 'header': {
        const match = /^([_A-Za-z][_0-9A-Za-z.]*)\s*=\s*(.+)$/.exec(argument);
        if (!match || !PATH.test(match[1]!)) errors.push(`${where}: @header needs "path = 中文 — English", got "${argument}"`);
        else report.headers[match[1]!] = match[2]!.trim();
        break;
      }
      case 'chart': {
        const chart = parseChart(argument);
        if (typeof chart === 'string') errors.push(`${where}: ${chart}`);
        else report.charts.push(chart);
        break;
      }
      default:
        errors.push(`${where}: unknown directive @${keyword}; use @rows, @explode, @column, @where, @hide, @chart or @header`);
    }
  }
  report.description = description.join(' ');
  return errors.length ? { errors } : { report };
}

/** The columns a chart reads, to check against the report's columns. */
export function chartColumns(chart: ChartDeclaration): string[] {
  const measure = chart.measure.fn === 'sum' ? [chart.measure.column] : [];
  return chart.kind === 'heatmap' ? [chart.x, chart.y, ...measure] : [chart.category, ...(chart.color ? [chart.color] : []), ...measure];
}
