/**
 * One template for every region's import mutations (`<region>Import<Kind>`): a batch of a file's rows
 * written in one transaction, each row checked as a single write checks its input, and a row that
 * fails named in the answer (row, column, value, reason) instead of failing the batch, so that the
 * importer's report names every bad row. Rows are upserts on natural keys: a row that matches what
 * is stored writes nothing, so importing a file twice, or resuming a killed import, changes nothing.
 *
 * The contract for a region's row function: check everything (and throw BAD_USER_INPUT with
 * `field` = the column's key) before changing anything; then write. Each row is flushed inside its
 * own change source (file, sheet, row), so the change history records where each write came from.
 * A dry run does the whole batch and rolls it back. The EntityManager is cleared after each row:
 * a record `prepare` loaded is re-attached with `attach` before a row changes it.
 */
import { GraphQLError } from 'graphql';
import { DeadlockException, LockWaitTimeoutException, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Directive, Field, InputType, Int, ObjectType } from 'type-graphql';
import { CoopError } from '../../../schema/contract/errors';
import type { SubgraphContext } from '../context';
import { Provenance } from '../value-types';
import { withChangeSource } from './change-source';
import { validText } from './validate';
import { keepIndexes } from '../directory/upkeep';

/** Rows one import request may carry: enough for throughput, small enough for one transaction. */
export const MAX_IMPORT_ROWS = 1000;

@InputType('ImportSourceInput', { description: '导入来源 — the file a batch of imported rows comes from, and whether to write at all.' })
export class ImportSourceInput {
  @Field(() => String, { description: '文件 — the file\'s name (without its folder), kept as each record\'s provenance.' }) file!: string;
  @Field(() => String, { nullable: true, description: '工作表 — the sheet of a workbook; null for CSV and NDJSON.' }) sheet?: string | null;
  @Field(() => Boolean, { defaultValue: false, description: '试运行 — check every row and roll everything back: nothing is written.' }) dryRun!: boolean;
}

@ObjectType('ImportRowError', { description: '拒绝行 — a row of the file that was not imported, the column at fault, and why.' })
@Directive('@shareable')
export class ImportRowError {
  @Field(() => Int, { description: '行 — the row number in the file, counted as a spreadsheet counts (the header is row 1).' }) row!: number;
  @Field(() => String, { description: '列 — the column\'s key (uscc, areaCode…); "" when the row as a whole is refused.' }) column!: string;
  @Field(() => String, { nullable: true, description: '值 — the value given.' }) value!: string | null;
  @Field(() => String, { description: '原因代码 — a stable reason, e.g. INVALID_USCC, OUTSIDE_SCOPE.' }) reason!: string;
  @Field(() => String, { description: '说明 — what is wrong and how to fix it.' }) message!: string;
}

@ObjectType('ImportBatchResult', { description: '导入结果 — what one batch of rows did: written, already so, refused.' })
@Directive('@shareable')
export class ImportBatchResult {
  @Field(() => Int, { description: '新建 — records created.' }) created!: number;
  @Field(() => Int, { description: '更新 — records changed.' }) updated!: number;
  @Field(() => Int, { description: '未变 — rows that matched what was stored: nothing written.' }) unchanged!: number;
  @Field(() => [ImportRowError], { description: '拒绝 — every row refused, each bad column once.' }) rejected!: ImportRowError[];
  @Field(() => Boolean, { description: '试运行 — true when everything was rolled back.' }) dryRun!: boolean;
}

export type RowOutcome = 'created' | 'updated' | 'unchanged';

/** What every imported row carries: its row number in the file. */
export interface ImportedRow {
  row: number;
}

export interface ImportOrigin {
  file: string;
  sheet: string | null;
}

/** The directory's `source` of an imported record (its column holds 40 characters). */
export function importSource(file: string): string {
  return `import:${file}`.slice(0, 40);
}

/** The provenance of an imported record, as the sample data cites its report: the file, and where in it. */
export function importProvenance(origin: ImportOrigin, row: number): Provenance {
  return Object.assign(new Provenance(), { source: importSource(origin.file), evidence: `${origin.file}${origin.sheet ? ` · ${origin.sheet}` : ''} · row ${row}` });
}

/** Equal provenances: a row re-imported from the same place changes nothing. */
export function sameProvenance(a: Provenance | null | undefined, b: Provenance): boolean {
  return !!a && a.source === b.source && (a.evidence ?? null) === (b.evidence ?? null);
}

class RollBack extends Error {}

/** A record loaded for the batch, managed again so that the row's changes to it are flushed. */
export function attach<T extends object>(em: EntityManager, entity: T): T {
  return em.merge(entity);
}

/** Errors of one row as the answer lists them: every bad field, with its value. */
function rowErrors(row: ImportedRow, error: GraphQLError): ImportRowError[] {
  const { field, reason, fields, code } = error.extensions as { field?: string; reason?: string; code?: string; fields?: Array<{ field: string; message: string; reason?: string }> };
  const failures = fields ?? [{ field: field ?? '', message: error.message, reason }];
  return failures.map((f) => {
    // The row's column: amount.value is the amount column.
    const column = f.field.replace(/^input\./, '').split(/[.[]/)[0]!;
    const raw = column ? (row as unknown as Record<string, unknown>)[column] : undefined;
    return Object.assign(new ImportRowError(), {
      row: row.row,
      column,
      value: raw === undefined || raw === null ? null : Array.isArray(raw) ? raw.join(', ') : typeof raw === 'object' ? Object.values(raw).join('') : String(raw),
      reason: f.reason ?? (code === 'FORBIDDEN' ? 'OUTSIDE_SCOPE' : code === 'BAD_USER_INPUT' ? 'INVALID_VALUE' : String(code)),
      message: f.message,
    });
  });
}

/** A row refused is BAD_USER_INPUT or FORBIDDEN (outside the editor's unit); anything else fails the batch. */
const refusesRow = (error: unknown): error is GraphQLError =>
  error instanceof GraphQLError && (error.extensions.code === 'BAD_USER_INPUT' || error.extensions.code === 'FORBIDDEN');

/**
 * Runs `importRow` for each row in one transaction, each inside its change source, and answers what
 * each did. `prepare` runs first in the transaction, once (e.g. loading the batch's existing records
 * in one statement each).
 */
export async function runImportBatch<R extends ImportedRow, P>(
  ctx: SubgraphContext,
  source: ImportSourceInput,
  rows: readonly R[],
  prepare: (em: EntityManager, rows: readonly R[]) => Promise<P>,
  importRow: (em: EntityManager, row: R, prepared: P, origin: ImportOrigin) => Promise<RowOutcome>,
): Promise<ImportBatchResult> {
  const file = validText(source.file, 'input.source.file', 200);
  if (/[\\/]/.test(file)) throw CoopError.badInput('input.source.file', 'Give the file\'s name without its folder.');
  const origin: ImportOrigin = { file, sheet: source.sheet?.trim() || null };
  if (rows.length > MAX_IMPORT_ROWS) throw CoopError.badInput('input.rows', `A batch carries at most ${MAX_IMPORT_ROWS} rows; send the file in batches.`, 'TOO_MANY_ROWS');
  const numbers = new Set<number>();
  for (const r of rows) {
    if (!Number.isInteger(r.row) || r.row < 1 || numbers.has(r.row)) throw CoopError.badInput('input.rows', `Row numbers are whole numbers from 1, each once in a batch; ${r.row} is not.`, 'INVALID_ROW_NUMBER');
    numbers.add(r.row);
  }

  // A batch the importer sent again (the gateway timed out while the first was still writing) meets
  // the first one's rows: once that commits, the batch runs again and finds them unchanged.
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptBatch(ctx, source, origin, rows, prepare, importRow);
    } catch (error) {
      const clash = error instanceof UniqueConstraintViolationException || error instanceof DeadlockException || error instanceof LockWaitTimeoutException;
      if (!clash || attempt >= 3) throw error;
    }
  }
}

async function attemptBatch<R extends ImportedRow, P>(
  ctx: SubgraphContext,
  source: ImportSourceInput,
  origin: ImportOrigin,
  rows: readonly R[],
  prepare: (em: EntityManager, rows: readonly R[]) => Promise<P>,
  importRow: (em: EntityManager, row: R, prepared: P, origin: ImportOrigin) => Promise<RowOutcome>,
): Promise<ImportBatchResult> {
  const result = Object.assign(new ImportBatchResult(), { created: 0, updated: 0, unchanged: 0, rejected: [] as ImportRowError[], dryRun: source.dryRun });
  try {
    await ctx.em.fork().transactional(async (em) => {
      const prepared = await prepare(em, rows);
      for (const row of rows) {
        try {
          const outcome = await withChangeSource({ kind: 'import', file: origin.file, ...(origin.sheet ? { sheet: origin.sheet } : {}), row: row.row }, async () => {
            const done = await importRow(em, row, prepared, origin);
            await em.flush();
            // The directory's indexes (keyword grams, shared firms, project tally) in the same transaction.
            await keepIndexes(em);
            // A flush compares every entity the EntityManager holds: cleared after each row, a batch
            // costs rows × 1, not rows × rows. A row function re-attaches (attach()) what it changes.
            em.clear();
            return done;
          });
          result[outcome]++;
        } catch (error) {
          if (!refusesRow(error)) throw error;
          // The row function changed nothing before refusing (its contract): the batch goes on.
          result.rejected.push(...rowErrors(row, error));
        }
      }
      if (source.dryRun) throw new RollBack();
    });
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  return result;
}
