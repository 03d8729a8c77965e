/**
 * Whether a region's database can answer, for its /ready: a real statement on the connection the
 * queries use (an open pool proves nothing), and for SQLite an integrity check at start, since pages
 * overwritten on disk leave a file that opens and answers some statements and fails others. A
 * damaged database is said once in the log (an error line with the reason and what to do) and on
 * every /ready; a statement failing with SQLite's "malformed" while serving marks it damaged too.
 */
import type { MikroORM } from '@mikro-orm/core';
import type { Dialect } from './database';
import type { Logger } from './log';

export type DatabaseReadiness = { ready: true } | { ready: false; reason: string };

export interface DatabaseHealth {
  check(): Promise<DatabaseReadiness>;
  /** Sees every failure while serving: SQLite's damage errors mark the database damaged. */
  noteFailure(error: unknown): void;
}

const DAMAGED = /SQLITE_CORRUPT|SQLITE_NOTADB|database disk image is malformed|file is not a database/i;
const FIX = 'restore the region database from a backup (or delete the file to re-create and seed it), then restart the region';

export async function databaseHealth(orm: MikroORM, dialect: Dialect, log: Logger): Promise<DatabaseHealth> {
  let damaged: string | undefined;
  const markDamaged = (reason: string) => {
    if (damaged) return;
    damaged = `database damaged: ${reason}`;
    log.error('database damaged', { reason, fix: FIX });
  };
  const connection = () => orm.em.getConnection();
  if (dialect === 'sqlite') {
    try {
      // quick_check reads every page (not the index-to-table cross-checks): a damaged page shows here.
      const rows: Array<{ quick_check: string }> = await connection().execute('pragma quick_check');
      const problems = rows.map((r) => r.quick_check).filter((line) => line !== 'ok');
      if (problems.length) markDamaged(problems.slice(0, 3).join('; '));
    } catch (error) {
      markDamaged((error as Error).message);
    }
  }
  return {
    async check() {
      if (damaged) return { ready: false, reason: damaged };
      try {
        await connection().execute('select 1');
        return { ready: true };
      } catch (error) {
        const message = (error as Error).message;
        if (DAMAGED.test(message)) markDamaged(message);
        return { ready: false, reason: damaged ?? `database unavailable: ${message}` };
      }
    },
    noteFailure(error) {
      const message = error instanceof Error ? error.message : String(error);
      if (dialect === 'sqlite' && DAMAGED.test(message)) markDamaged(message);
    },
  };
}
