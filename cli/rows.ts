/**
 * Turns one page of a result into flat rows: the objects at the rows path, exploded at the report's
 * @explode path, filtered by its @where conditions, each flattened to its columns — a nested object
 * becomes dotted columns, a list of values stays a list (joined with "; " in CSV and XLSX).
 */
import { evaluate, holds } from './row-expression';
import { explodeAt, splitPath, valuesAt, type Json, type JsonObject } from './row-path';
import type { PreparedOperation } from './operation';
import type { ReportDefinition } from './report-definition';

export type Scalar = string | number | boolean;
export type Cell = Scalar | null | Scalar[];
export type Row = Record<string, Cell>;

export interface RowShape {
  rowsPath: string[];
  explode: string[] | null;
  report: Pick<ReportDefinition, 'computed' | 'where'>;
  /** Selected leaf columns, hidden ones left out. */
  selected: string[];
  /** Every column in output order: selected, then computed. */
  columns: string[];
}

export function rowShape(report: ReportDefinition, operation: PreparedOperation): { shape: RowShape } | { errors: string[] } {
  const hidden = (column: string) => report.hide.some((h) => column === h || column.startsWith(`${h}.`));
  const selected = operation.selectedColumns.filter((c) => !hidden(c));
  const columns = [...selected, ...report.computed.map((c) => c.name)];
  const errors: string[] = [];
  for (const h of report.hide) if (!operation.selectedColumns.some((c) => c === h || c.startsWith(`${h}.`))) errors.push(`@hide ${h}: no selected column has that path`);
  report.computed.forEach((c, i) => {
    if (selected.includes(c.name)) errors.push(`@column ${c.name}: a selected column has that name`);
    else if (report.computed.findIndex((d) => d.name === c.name) < i) errors.push(`@column ${c.name} is declared twice`);
  });
  const known = (path: string) => operation.selectedColumns.some((c) => c === path || c.startsWith(`${path}.`));
  for (const path of [report.explode, ...report.computed.map((c) => c.expression.path), ...report.where.map((w) => w.expression.path)]) {
    if (path && !known(path)) errors.push(`${path}: not a path the report's rows select`);
  }
  if (errors.length) return { errors: errors.map((e) => `${report.file}: ${e}`) };
  return { shape: { rowsPath: operation.rowsPath, explode: report.explode ? splitPath(report.explode) : null, report, selected, columns } };
}

function cell(values: Json[], crossedList: boolean): Cell {
  const scalars = values.map((v): Scalar => (typeof v === 'object' ? JSON.stringify(v) : (v as Scalar)));
  if (crossedList) return scalars;
  return scalars[0] ?? null;
}

export interface ShapedPage {
  rows: Row[];
  /** Objects found at the rows path, before explode and @where: what totalCount counts. */
  items: number;
}

export function shapePage(data: Json, shape: RowShape): ShapedPage {
  const items = valuesAt(data, shape.rowsPath).values.filter((v): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v));
  const rows: Row[] = [];
  for (const item of items) {
    for (const object of shape.explode ? explodeAt(item, shape.explode) : [item]) {
      if (!shape.report.where.every((condition) => holds(object, condition))) continue;
      const row: Row = {};
      for (const column of shape.selected) {
        const { values, crossedList } = valuesAt(object, splitPath(column));
        row[column] = cell(values, crossedList);
      }
      for (const computed of shape.report.computed) {
        const value = evaluate(object, computed.expression);
        row[computed.name] = Array.isArray(value) ? cell(value, value.length !== 1) : value;
      }
      rows.push(row);
    }
  }
  return { rows, items: items.length };
}
