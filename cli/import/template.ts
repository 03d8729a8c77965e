/**
 * `coopgraph import --template <kind>`: an empty file to fill in, its headers in Chinese and English
 * (中文 — English). An XLSX template has a second sheet that explains each column with an example.
 */
import fs from 'node:fs';
import type { RegionName } from '../../schema/contract/errors';
import { BOM, csvField } from '../formats/csv';
import { columnsFor, headerOf, type ImportKind } from './kinds';

export const EXPLANATION_SHEET = '说明 — Columns';

export async function writeTemplate(file: string, format: 'csv' | 'xlsx', kind: ImportKind, region: RegionName | null): Promise<void> {
  const columns = columnsFor(kind, region);
  const headers = columns.map(headerOf);
  if (format === 'csv') {
    fs.writeFileSync(file, `${BOM}${headers.map(csvField).join(',')}\r\n`);
    return;
  }
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(kind.name);
  sheet.addRow(headers).font = { bold: true };
  sheet.columns.forEach((c, i) => {
    c.width = Math.max(14, [...headers[i]!].length * 1.8);
  });
  // Text cells: Excel would otherwise turn a credit code or an area code into a number.
  for (let i = 1; i <= headers.length; i++) sheet.getColumn(i).numFmt = '@';
  const explained = workbook.addWorksheet(EXPLANATION_SHEET);
  explained.addRow(['列 — Column', '必填 — Required', '说明 — Explanation', '示例 — Example', '地区 — Regions']).font = { bold: true };
  for (const c of columns) explained.addRow([headerOf(c), c.required ? '是 — yes' : '否 — no', c.explanation, c.example, (c.regions ?? kind.regions).join(', ')]);
  explained.columns = [{ width: 30 }, { width: 14 }, { width: 80 }, { width: 32 }, { width: 18 }];
  await workbook.xlsx.writeFile(file);
}
