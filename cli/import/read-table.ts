/**
 * The rows of an import file, one at a time, as text cells with their row number: CSV in UTF-8 (with
 * or without a byte-order mark) or GB18030 (what Chinese Excel writes; told apart by whether the
 * start of the file is valid UTF-8), XLSX (the first sheet, or the one named), NDJSON (one object a
 * line, its keys the headers). CSV and NDJSON are streamed, so a large file costs no more memory
 * than a small one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

export type FileFormat = 'csv' | 'xlsx' | 'ndjson';

export interface TableRow {
  /** The row number as a spreadsheet shows it (the header is row 1); for NDJSON the line number. */
  row: number;
  cells: string[];
}

export interface Table {
  format: FileFormat;
  /** The sheet read (XLSX), else null. */
  sheet: string | null;
  /** CSV: the encoding found. */
  encoding: string | null;
  headers: string[];
  rows: AsyncIterable<TableRow>;
}

export function formatOfFile(file: string): FileFormat | null {
  const ext = path.extname(file).toLowerCase();
  return ext === '.csv' || ext === '.txt' ? 'csv' : ext === '.xlsx' ? 'xlsx' : ext === '.ndjson' || ext === '.jsonl' ? 'ndjson' : null;
}

const SNIFF_BYTES = 64 * 1024;

/** utf-8 (the byte-order mark dropped) or gb18030, from the file's first bytes. */
export function sniffEncoding(head: Buffer): { encoding: 'utf-8' | 'gb18030'; bom: boolean } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: true };
  try {
    // stream: true, so a character cut at the end of the sample is not taken for an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return { encoding: 'utf-8', bom: false };
  } catch {
    return { encoding: 'gb18030', bom: false };
  }
}

/** RFC 4180 records from text chunks: quoted fields may hold commas, quotes ("") and line breaks. */
export async function* csvRecords(chunks: AsyncIterable<string>): AsyncGenerator<string[]> {
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let afterQuote = false;
  let pendingCr = false;
  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i]!;
      if (pendingCr) {
        pendingCr = false;
        if (ch === '\n') continue;
      }
      if (quoted) {
        if (ch === '"') {
          quoted = false;
          afterQuote = true;
        } else field += ch;
        continue;
      }
      if (ch === '"') {
        // A doubled quote inside a quoted field, or a field that opens with a quote.
        if (afterQuote) field += '"';
        quoted = true;
        afterQuote = false;
        continue;
      }
      afterQuote = false;
      if (ch === ',') {
        record.push(field);
        field = '';
      } else if (ch === '\n' || ch === '\r') {
        record.push(field);
        yield record;
        record = [];
        field = '';
        pendingCr = ch === '\r';
      } else field += ch;
    }
  }
  if (field !== '' || record.length) {
    record.push(field);
    yield record;
  }
}

async function* decoded(file: string, encoding: string, skip: number): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of fs.createReadStream(file, { start: skip, highWaterMark: 256 * 1024 })) yield decoder.decode(chunk as Buffer, { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}

async function openCsv(file: string): Promise<Table> {
  const handle = await fs.promises.open(file, 'r');
  const head = Buffer.alloc(SNIFF_BYTES);
  const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
  await handle.close();
  const { encoding, bom } = sniffEncoding(head.subarray(0, bytesRead));
  const records = csvRecords(decoded(file, encoding, bom ? 3 : 0));
  const first = await records.next();
  const headers = first.done ? [] : first.value;
  async function* rows(): AsyncGenerator<TableRow> {
    let row = 1;
    for await (const cells of { [Symbol.asyncIterator]: () => records }) yield { row: ++row, cells };
  }
  return { format: 'csv', sheet: null, encoding, headers, rows: rows() };
}

async function openNdjson(file: string): Promise<Table> {
  // The headers are the keys of the first object; a later object's other keys become more columns.
  const lines = createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const headers: string[] = [];
  const buffered: Array<{ line: number; object: Record<string, unknown> | string }> = [];
  let line = 0;
  const parse = (text: string): Record<string, unknown> | string => {
    try {
      const value = JSON.parse(text) as unknown;
      return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : 'not a JSON object';
    } catch (error) {
      return `not JSON: ${(error as Error).message}`;
    }
  };
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    line++;
    if (!next.value.trim()) continue;
    const object = parse(next.value.replace(/^\uFEFF/, ''));
    buffered.push({ line, object });
    if (typeof object !== 'string') {
      headers.push(...Object.keys(object));
      break;
    }
  }
  const cellsOf = (object: Record<string, unknown>) => {
    for (const key of Object.keys(object)) if (!headers.includes(key)) headers.push(key);
    return headers.map((h) => {
      const v = object[h];
      return v === undefined || v === null ? '' : Array.isArray(v) ? v.join('、') : typeof v === 'object' ? JSON.stringify(v) : String(v);
    });
  };
  async function* rows(): AsyncGenerator<TableRow> {
    const each = (n: number, object: Record<string, unknown> | string): TableRow => (typeof object === 'string' ? { row: n, cells: [`\u0000${object}`] } : { row: n, cells: cellsOf(object) });
    for (const b of buffered) yield each(b.line, b.object);
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      line++;
      if (next.value.trim()) yield each(line, parse(next.value));
    }
  }
  return { format: 'ndjson', sheet: null, encoding: 'utf-8', headers, rows: rows() };
}

/** A cell as text: dates as YYYY-MM-DD, numbers as written, rich text and formula results as their text. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: Array<{ text: string }>; text?: unknown; result?: unknown; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.result !== undefined) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.error) return v.error;
    return '';
  }
  return String(value);
}

async function openXlsx(file: string, sheetName: string | null): Promise<Table> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) throw new Error(sheetName ? `the workbook has no sheet "${sheetName}" (it has ${workbook.worksheets.map((w) => w.name).join(', ')})` : 'the workbook has no sheet');
  const width = sheet.columnCount;
  const cellsOf = (row: number) => Array.from({ length: width }, (_, i) => cellText(sheet.getRow(row).getCell(i + 1).value).trim());
  const headers = cellsOf(1);
  const last = sheet.rowCount;
  async function* rows(): AsyncGenerator<TableRow> {
    for (let row = 2; row <= last; row++) yield { row, cells: cellsOf(row) };
  }
  return { format: 'xlsx', sheet: sheet.name, encoding: null, headers, rows: rows() };
}

export async function openTable(file: string, format: FileFormat, sheet: string | null): Promise<Table> {
  if (format === 'csv') return openCsv(file);
  if (format === 'ndjson') return openNdjson(file);
  return openXlsx(file, sheet);
}

/** Rows in the file, for the progress bar's ETA: CSV and NDJSON counted by their line breaks (a quoted break counts too, so it is an estimate). */
export async function countRows(file: string, format: FileFormat): Promise<number | null> {
  if (format === 'xlsx') return null;
  let lines = 0;
  let last = 10;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024 })) {
    const bytes = chunk as Buffer;
    for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) lines++;
    if (bytes.length) last = bytes[bytes.length - 1]!;
  }
  if (last !== 10) lines++;
  return format === 'csv' ? Math.max(0, lines - 1) : lines;
}
