/**
 * XLSX through exceljs's streaming WorkbookWriter: rows go from the spool to the zip one at a time,
 * so a large export never sits in memory. Numbers stay numbers; lists are joined with "; ". A second
 * sheet says what the report is and when it was exported.
 */
import { once } from 'node:events';
import fs from 'node:fs';
import { setImmediate as yieldToIo } from 'node:timers/promises';
import type { Worksheet } from 'exceljs';
import { readSpool } from '../spool';
import { cellText } from './cell-text';
import { displayWidth } from './display-width';
import { headerOf } from '../report-definition';
import type { Format, RenderContext } from './format';
import { ndjson } from './ndjson';
import type { Cell } from '../rows';

function cellValue(cell: Cell | undefined): string | number | boolean | null {
  if (cell === undefined || cell === null) return null;
  return Array.isArray(cell) ? cellText(cell) : cell;
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'report';
}

/** The writable side of a stream, in Node's or the readable-stream package's terms. */
interface Pipe extends NodeJS.EventEmitter {
  writableNeedDrain?: boolean;
  _writableState?: { needDrain?: boolean };
}

/**
 * exceljs's sheet stream pushes committed rows into the zip without waiting for it (its pipe ignores
 * backpressure), so on a large export the uncompressed sheet would pile up in memory faster than
 * it is deflated. Waiting here for the zip's input to drain keeps memory flat whatever the rows.
 */
async function zipCaughtUp(sheet: Worksheet): Promise<void> {
  const pipes = (sheet as unknown as { stream?: { pipes?: Pipe[] } }).stream?.pipes ?? [];
  for (const pipe of pipes) {
    if (pipe.writableNeedDrain || pipe._writableState?.needDrain) await once(pipe, 'drain');
  }
  await yieldToIo();
}

async function render(context: RenderContext): Promise<void> {
  // First pass: column widths from the longest value, so the sheet opens readable.
  const headers = context.columns.map((c) => headerOf(context.report, c));
  const widths = headers.map((h) => displayWidth(h));
  for await (const row of readSpool(context.spool)) {
    context.columns.forEach((c, i) => (widths[i] = Math.max(widths[i]!, displayWidth(cellText(row[c])))));
  }
  const temporary = `${context.output}.tmp`;
  // Loaded here: exports in other formats do not pay for exceljs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ExcelJS = require('exceljs') as typeof import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temporary, useStyles: true, useSharedStrings: false });
  workbook.creator = 'coopgraph report';
  workbook.created = context.exportedAt;
  const sheet = workbook.addWorksheet(sheetName(context.report.name), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = context.columns.map((c, i) => ({ header: headers[i]!, key: c, width: Math.min(60, Math.max(8, widths[i]! + 2)) }));
  sheet.getRow(1).font = { bold: true };
  let written = 0;
  for await (const row of readSpool(context.spool)) {
    sheet.addRow(context.columns.map((c) => cellValue(row[c]))).commit();
    if (++written % 100 === 0) await zipCaughtUp(sheet);
  }
  sheet.commit();
  const about = workbook.addWorksheet('about');
  about.columns = [{ header: '项目 — item', key: 'item', width: 24 }, { header: '内容 — value', key: 'value', width: 100 }];
  for (const [item, value] of [
    ['报表 — report', context.report.name],
    ['说明 — description', context.report.description],
    ['导出时间 — exported at', context.exportedAt.toISOString()],
    ['行数 — rows', context.rows],
    ['缺失区域 — regions missing', [...new Set(context.regionGaps.map((g) => g.region))].join(', ') || '—'],
  ] as const) about.addRow({ item, value }).commit();
  about.commit();
  await workbook.commit();
  fs.renameSync(temporary, context.output);
}

export const xlsx: Format = { name: 'xlsx', encoding: ndjson.encoding, render };
