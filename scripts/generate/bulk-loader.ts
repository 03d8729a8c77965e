/**
 * Loads generated rows in bulk: rows are buffered per table and written as multi-row INSERTs
 * (MikroORM's insertMany, which converts JSON and boolean columns per dialect and bypasses the unit
 * of work), a chunk per transaction, each statement kept under the dialects' bound-parameter limits.
 */
import type { EntityName } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { DirectoryFirmGram, insertGrams } from '../../subgraphs/kit/directory/search-index';
import type { Row, RowSink } from './region-rows';

/** Below SQLite's 32,766 and PostgreSQL's and MariaDB's 65,535 bound parameters per statement. */
const MAX_PARAMETERS = 30_000;

export class BulkLoader implements RowSink {
  private readonly buffers = new Map<EntityName<object>, Row[]>();
  private readonly columns = new Map<EntityName<object>, number>();
  private buffered = 0;
  /** Rows written so far, by table. */
  readonly written = new Map<string, number>();

  constructor(private readonly em: EntityManager) {}

  add(entity: EntityName<object>, row: Row): void {
    let buffer = this.buffers.get(entity);
    if (!buffer) this.buffers.set(entity, (buffer = []));
    buffer.push(row);
    this.buffered++;
  }

  get pending(): number {
    return this.buffered;
  }

  get total(): number {
    let sum = 0;
    for (const n of this.written.values()) sum += n;
    return sum;
  }

  /** Writes every buffered row in one transaction, tables in the order they were first added (parents first). */
  async flush(): Promise<void> {
    if (this.buffered === 0) return;
    const batches = [...this.buffers];
    this.buffers.clear();
    this.buffered = 0;
    await this.em.transactional(async (tx) => {
      for (const [entity, rows] of batches) {
        const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / this.columnCount(entity)));
        // MikroORM's MariaDB insertMany reads back one generated key per row, which the gram index's composite key has not.
        if (entity === DirectoryFirmGram) await insertGrams(tx.getTransactionContext<Knex.Transaction>()!, rows as Array<{ gram: string; uscc: string }>);
        else for (let i = 0; i < rows.length; i += perStatement) await tx.insertMany(entity, rows.slice(i, i + perStatement));
        const table = this.tableName(entity);
        this.written.set(table, (this.written.get(table) ?? 0) + rows.length);
      }
    });
  }

  private meta(entity: EntityName<object>) {
    return this.em.getMetadata().get(typeof entity === 'string' ? entity : (entity as { name: string }).name);
  }

  private tableName(entity: EntityName<object>): string {
    return this.meta(entity).tableName;
  }

  private columnCount(entity: EntityName<object>): number {
    let n = this.columns.get(entity);
    if (n === undefined) {
      n = this.meta(entity).props.reduce((sum, p) => sum + (p.persist === false ? 0 : (p.fieldNames?.length ?? 0)), 0);
      this.columns.set(entity, n);
    }
    return n;
  }
}
