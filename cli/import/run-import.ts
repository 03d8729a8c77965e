/**
 * An import from start to end: the file's rows read one at a time, each cell checked here first (so
 * the report names every bad cell, not only the first), duplicates inside the file caught, the good
 * rows sent through the gateway in batches — each batch one transaction in the region, which checks
 * them again and names the rows it refuses — and the rejects written to the report.
 *
 * After each batch a checkpoint beside the file says how far the import got; `--resume` continues
 * after it. Rows are upserts on natural keys, so a batch sent twice (killed between its commit and
 * its checkpoint) changes nothing the second time, and a resumed import ends as an uninterrupted one.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { operationHash, removeCheckpoint, writeCheckpoint } from '../checkpoint';
import { MemoryPeak } from '../memory-peak';
import type { Progress, ProgressSnapshot } from '../progress';
import { backoffMs, judge } from '../retry';
import { send } from '../transport';
import { IMPORT_EXIT, type ImportExitCode } from './exit-codes';
import type { ImportCommand } from './command-line';
import { columnOfHeader, columnsFor, headerOf, type ImportColumn } from './kinds';
import { countRows, openTable } from './read-table';
import { REPORT_HEADERS, writeReport, type RejectedRow, type Rejection } from './report';

/** The command line's options (without how to show progress), and the progress to report to. */
export type ImportOptions = Omit<ImportCommand, 'progress'> & { progress: Progress };

export interface ImportSummary {
  exit: ImportExitCode;
  message?: string;
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  rejectedRows: number;
  batches: number;
}

interface ImportCheckpoint {
  version: 1;
  kind: 'import';
  hash: string;
  /** Every row up to this one has been sent and answered. */
  lastRow: number;
  batches: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Rows the region refused in the batches done (the ones refused here are found again on resuming). */
  refused: RejectedRow[];
}

export function importCheckpointPath(file: string): string {
  return `${file}.import-checkpoint.json`;
}

function readImportCheckpoint(file: string): ImportCheckpoint | null {
  try {
    const value = JSON.parse(fs.readFileSync(file, 'utf8')) as ImportCheckpoint;
    return value.version === 1 && value.kind === 'import' ? value : null;
  } catch {
    return null;
  }
}

interface PendingRow {
  row: number;
  values: Record<string, unknown>;
  cells: Record<string, string>;
}

/** Fix advice for what the region refuses. */
const SERVER_FIXES: Record<string, string> = {
  OUTSIDE_SCOPE: 'import the row with a token of the editor of that area, or correct the area',
  INVALID_USCC: 'copy the code from the business licence (营业执照)',
  NOT_A_FIRM: 'leave the row out of the firm registry',
};

const failed = (message: string, counts: Omit<ImportSummary, 'exit' | 'message'>): ImportSummary => ({ exit: IMPORT_EXIT.FAILED, message, ...counts });

export async function runImport(o: ImportOptions): Promise<ImportSummary> {
  const counts = { rowsRead: 0, created: 0, updated: 0, unchanged: 0, rejectedRows: 0, batches: 0 };
  let stat: fs.Stats;
  try {
    stat = fs.statSync(o.file);
  } catch (error) {
    return failed(`cannot read ${o.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, counts);
  }
  let table;
  try {
    table = await openTable(o.file, o.format, o.sheet);
  } catch (error) {
    return failed(`cannot read ${o.file}: ${(error as Error).message}`, counts);
  }

  // Which column each header cell is: either language, or both; the report's own columns are skipped.
  const columns = columnsFor(o.kind, o.region);
  const byIndex: Array<ImportColumn | null> = table.headers.map((h) => columnOfHeader(columns, h) ?? null);
  const others = columnsFor(o.kind, null).filter((c) => !columns.includes(c));
  const ignored = table.headers.filter((h, i) => h.trim() && !byIndex[i] && !REPORT_HEADERS.includes(h.trim()));
  for (const h of ignored) o.progress.warn(`column "${h}" is ignored${columnOfHeader(others, h) ? ` (${o.region} has no such field)` : ': not a column of this kind'}`);
  const missing = columns.filter((c) => c.required && !byIndex.includes(c));
  if (missing.length) return failed(`${o.file} lacks the required column(s) ${missing.map(headerOf).join(', ')}; coopgraph import --template ${o.kind.name} writes a file with every column`, counts);

  const file = path.basename(o.file);
  const hash = operationHash({ file: path.resolve(o.file), size: stat.size, mtimeMs: stat.mtimeMs, region: o.region, kind: o.kind.name, sheet: table.sheet });
  const checkpointFile = importCheckpointPath(o.file);
  let resumed: ImportCheckpoint | null = null;
  if (o.resume && !o.dryRun) {
    resumed = readImportCheckpoint(checkpointFile);
    if (resumed && resumed.hash !== hash) return failed(`${checkpointFile} is the checkpoint of another import (the file, region or kind differ); remove it or import without --resume`, counts);
  }
  const lastRow = resumed?.lastRow ?? 0;
  if (resumed) Object.assign(counts, { created: resumed.created, updated: resumed.updated, unchanged: resumed.unchanged, batches: resumed.batches });
  const refused: RejectedRow[] = [...(resumed?.refused ?? [])];
  const rejectedHere: RejectedRow[] = [];
  let lastDone = lastRow;

  const { field, inputType } = o.kind.mutation(o.region);
  const query = `mutation Import($input: ${inputType}!) { ${field}(input: $input) { created updated unchanged dryRun rejected { row column value reason message } } }`;
  const total = await countRows(o.file, o.format);
  const startedAt = Date.now();
  // The summary line carries the most memory the import used: a large file should cost what a small one does.
  const memory = new MemoryPeak();
  const snapshot = (): ProgressSnapshot => ({ page: counts.batches, rows: counts.created + counts.updated + counts.unchanged, items: counts.rowsRead, total, rowsAtStart: 0, itemsAtStart: 0, startedAt });
  o.progress.start({ region: o.region, kind: o.kind.name, dryRun: o.dryRun, resumeAfterRow: lastRow || undefined });

  /** Sends a batch, retrying what is transient; a message when it could not be sent or was refused whole. */
  const sendBatch = async (batch: PendingRow[]): Promise<string | null> => {
    const variables = { input: { source: { file, sheet: table.sheet, dryRun: o.dryRun }, rows: batch.map((b) => ({ row: b.row, ...b.values })) } };
    for (let attempt = 0; ; attempt++) {
      const verdict = judge(await send({ url: o.gatewayUrl, query, variables, operationName: 'Import', token: o.token, timeoutMs: o.timeoutMs, requestId: randomUUID() }));
      if (verdict.kind === 'fail') return `the gateway refused the batch of rows ${batch[0]!.row}–${batch.at(-1)!.row}: ${verdict.reason}`;
      if (verdict.kind === 'retry') {
        if (attempt >= o.retries) return `${verdict.reason} (after ${o.retries} retries); --resume continues after row ${lastDone}`;
        o.progress.warn('retrying', { reason: verdict.reason, attempt: attempt + 1 });
        await new Promise((r) => setTimeout(r, backoffMs(attempt, { retries: o.retries, baseMs: 500, maxMs: 30_000 }, verdict.retryAfterMs)));
        continue;
      }
      const result = (verdict.data as Record<string, { created: number; updated: number; unchanged: number; rejected: Array<Omit<Rejection, 'fix'>> }>)[field]!;
      counts.created += result.created;
      counts.updated += result.updated;
      counts.unchanged += result.unchanged;
      const byRow = new Map<number, RejectedRow>();
      for (const r of result.rejected) {
        const pending = batch.find((b) => b.row === r.row);
        let entry = byRow.get(r.row);
        if (!entry) byRow.set(r.row, (entry = { row: r.row, cells: pending?.cells ?? {}, rejections: [] }));
        entry.rejections.push({ ...r, fix: SERVER_FIXES[r.reason] ?? 'correct the value and import the row again' });
      }
      refused.push(...byRow.values());
      return null;
    }
  };
  const seen = new Map<string, number>();
  let batch: PendingRow[] = [];
  const flush = async (): Promise<string | null> => {
    if (!batch.length) return null;
    const message = await sendBatch(batch);
    if (message) return message;
    counts.batches++;
    lastDone = batch.at(-1)!.row;
    batch = [];
    if (!o.dryRun) writeCheckpoint(checkpointFile, { version: 1, kind: 'import', hash, lastRow: lastDone, batches: counts.batches, created: counts.created, updated: counts.updated, unchanged: counts.unchanged, refused } satisfies ImportCheckpoint);
    o.progress.page(snapshot());
    return null;
  };

  for await (const { row, cells } of table.rows) {
    if (cells.every((c) => !c.trim())) continue;
    const byKey: Record<string, string> = {};
    cells.forEach((cell, i) => {
      const column = byIndex[i];
      if (column) byKey[column.key] = cell;
    });
    // A report's continuation line: its cells stay empty, only the row's first line carries them.
    if (columns.every((c) => !(byKey[c.key] ?? '').trim())) continue;
    counts.rowsRead++;
    const rejections: Rejection[] = [];
    if (cells[0]?.startsWith('\u0000')) rejections.push({ row, column: '', value: null, reason: 'UNREADABLE_LINE', message: cells[0].slice(1), fix: 'write the line as one JSON object' });
    const values: Record<string, unknown> = {};
    for (const column of columns) {
      const cell = (byKey[column.key] ?? '').trim();
      if (!cell) {
        if (column.required) rejections.push({ row, column: column.key, value: null, reason: 'REQUIRED', message: `${headerOf(column)} is empty`, fix: `fill it in: ${column.explanation}` });
        continue;
      }
      const parsed = column.parse(cell);
      if (parsed.ok) values[column.key] = parsed.value;
      else rejections.push({ row, column: column.key, value: cell, reason: parsed.reason, message: parsed.message, fix: parsed.fix });
    }
    const naturalKey = o.kind.naturalKey.every((k) => values[k] !== undefined) ? o.kind.naturalKey.map((k) => String(values[k])).join('\u0000') : null;
    if (naturalKey !== null) {
      const first = seen.get(naturalKey);
      if (first !== undefined) {
        const key = o.kind.naturalKey[0]!;
        rejections.push({ row, column: key, value: String(values[key]), reason: 'DUPLICATE_IN_FILE', message: `row ${first} has the same ${o.kind.naturalKey.join(', ')}`, fix: `keep one of rows ${first} and ${row}` });
      } else seen.set(naturalKey, row);
    }
    if (rejections.length) {
      rejectedHere.push({ row, cells: byKey, rejections });
      continue;
    }
    if (row <= lastRow) continue;
    batch.push({ row, values, cells: byKey });
    if (batch.length >= o.batchSize) {
      const message = await flush();
      if (message) {
        memory.stop();
        return failed(message, counts);
      }
    }
  }
  const message = await flush();
  if (message) {
    memory.stop();
    return failed(message, counts);
  }
  o.progress.page(snapshot(), true);

  const rejected = [...rejectedHere, ...refused];
  counts.rejectedRows = new Set(rejected.map((r) => r.row)).size;
  if (o.report) await writeReport(o.report.file, o.report.format, rejected, columns, o.kind.name);
  if (!o.dryRun) removeCheckpoint(checkpointFile);
  const { peakRssBytes, maxRssBytes } = memory.stop();
  o.progress.done({ ...counts, seconds: Math.round((Date.now() - startedAt) / 100) / 10, peakRssBytes, maxRssBytes });
  return { exit: counts.rejectedRows ? IMPORT_EXIT.REJECTED : IMPORT_EXIT.OK, ...counts };
}
