/**
 * The rejects report (`--report rejects.csv|.xlsx`): for every refused row, one line per bad column —
 * row, column, value, reason, how to fix — and the row's own cells under the import's headers, on the
 * first of its lines. Corrected in place, the file imports again as it is: the importer ignores the
 * report's own columns and the lines that carry no cells.
 */
import fs from 'node:fs';
import path from 'node:path';
import { BOM, csvField } from '../formats/csv';
import { headerOf, type ImportColumn } from './kinds';

export interface Rejection {
  row: number;
  /** The column's key; '' for the row as a whole. */
  column: string;
  value: string | null;
  reason: string;
  message: string;
  fix: string;
}

export interface RejectedRow {
  row: number;
  /** The row's cells by column key, as the file gave them. */
  cells: Record<string, string>;
  rejections: Rejection[];
}

export const REPORT_HEADERS = ['行 — Row', '列 — Column', '值 — Value', '原因 — Reason', '修改方法 — How to fix'];

export type ReportFormat = 'csv' | 'xlsx';

export function reportFormatOf(file: string): ReportFormat | null {
  const ext = path.extname(file).toLowerCase();
  return ext === '.csv' ? 'csv' : ext === '.xlsx' ? 'xlsx' : null;
}

function lines(rows: readonly RejectedRow[], columns: readonly ImportColumn[]): string[][] {
  const label = (key: string) => {
    const column = columns.find((c) => c.key === key);
    return column ? headerOf(column) : key;
  };
  const out: string[][] = [];
  for (const r of [...rows].sort((a, b) => a.row - b.row)) {
    r.rejections.forEach((x, i) => {
      out.push([String(r.row), label(x.column), x.value ?? '', `${x.reason}: ${x.message}`, x.fix, ...columns.map((c) => (i === 0 ? (r.cells[c.key] ?? '') : ''))]);
    });
  }
  return out;
}

export async function writeReport(file: string, format: ReportFormat, rows: readonly RejectedRow[], columns: readonly ImportColumn[], sheet = 'rejects'): Promise<void> {
  const headers = [...REPORT_HEADERS, ...columns.map(headerOf)];
  const body = lines(rows, columns);
  if (format === 'csv') {
    const text = [headers, ...body].map((l) => `${l.map(csvField).join(',')}\r\n`).join('');
    fs.writeFileSync(file, `${BOM}${text}`);
    return;
  }
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheet);
  ws.addRow(headers).font = { bold: true };
  for (const l of body) ws.addRow(l);
  ws.columns.forEach((c, i) => {
    c.width = Math.min(60, Math.max(10, ...[headers[i]!, ...body.map((l) => l[i] ?? '')].map((t) => [...t].length * 1.6)));
  });
  await workbook.xlsx.writeFile(file);
}
