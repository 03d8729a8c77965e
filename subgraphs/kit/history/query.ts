/**
 * Reading the change history: filtered by record, author and time range, newest first, in keyset
 * pages on the id (ascending in commit order); and the freshness table as it stands.
 */
import type { EntityManager } from '@mikro-orm/knex';
import { CoopError } from '../../../schema/contract/errors';
import { InputChecks } from '../writes/validate';
import { decodeCursor, encodeCursor } from '../directory/cursor';
import { ChangeRecord, RecordFreshness } from './entities';
import { Change, ChangeConnection, type ChangeHistoryFilter, RecordFreshnessView } from './types';

export const MAX_CHANGES_PAGE = 200;

const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** An ISO 8601 date or instant with its zone; a date alone is midnight UTC. */
function instant(text: string, field: string): Date {
  const date = new Date(text.length === 10 ? `${text}T00:00:00Z` : text);
  if (!INSTANT.test(text) || Number.isNaN(date.getTime())) {
    throw CoopError.badInput(field, `"${text}" is not an ISO 8601 date or instant with its zone (2026-12-07 or 2026-12-07T21:00:00Z).`, 'INVALID_INSTANT');
  }
  return date;
}

export function toChange(row: ChangeRecord): Change {
  const before = row.before ?? {};
  const after = row.after ?? {};
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const text = (values: Record<string, unknown> | null, name: string) => (values === null ? null : JSON.stringify(values[name] ?? null));
  return Object.assign(new Change(), {
    id: String(row.id),
    changedAt: row.changedAt.toISOString(),
    author: { subject: row.authorSubject, role: row.authorRole },
    recordType: row.recordType,
    recordKey: row.recordKey,
    action: row.action,
    fields: names.map((name) => ({ name, before: text(row.before, name), after: text(row.after, name) })),
    source: { kind: row.sourceKind, field: row.sourceField, file: row.sourceFile, sheet: row.sourceSheet, row: row.sourceRow },
  });
}

export async function changeHistory(em: EntityManager, filter: ChangeHistoryFilter | null | undefined, first: number, after: string | null | undefined): Promise<ChangeConnection> {
  const checks = new InputChecks();
  checks.check(() => {
    if (!Number.isInteger(first) || first < 1 || first > MAX_CHANGES_PAGE) throw CoopError.badInput('first', `Ask for 1 to ${MAX_CHANGES_PAGE} changes a page.`);
  });
  const since = checks.check(() => (filter?.since ? instant(filter.since, 'filter.since') : null));
  const until = checks.check(() => (filter?.until ? instant(filter.until, 'filter.until') : null));
  checks.check(() => {
    if (since && until && since >= until) throw CoopError.badInput('filter.until', '`until` must be later than `since`.');
  });
  checks.check(() => {
    if (filter?.recordKey && !filter.recordType) throw CoopError.badInput('filter.recordKey', 'Name the record type with the key (recordType).');
  });
  const afterId = checks.check(() => (after ? Number(decodeCursor(after).id) : null));
  checks.done();

  const rows = await em.find(
    ChangeRecord,
    {
      ...(filter?.recordType ? { recordType: filter.recordType } : {}),
      ...(filter?.recordKey ? { recordKey: filter.recordKey } : {}),
      ...(filter?.author ? { authorSubject: filter.author } : {}),
      ...(since || until ? { changedAt: { ...(since ? { $gte: since } : {}), ...(until ? { $lt: until } : {}) } } : {}),
      ...(afterId !== null ? { id: { $lt: afterId } } : {}),
    },
    { orderBy: { id: 'desc' }, limit: first + 1 },
  );
  const page = rows.slice(0, first);
  return Object.assign(new ChangeConnection(), {
    nodes: page.map(toChange),
    pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeCursor({ sortKey: '', id: String(page[page.length - 1]!.id) }) : (after ?? null) },
  });
}

/** The latest `first` changes of each record of one type, in one statement for all of them. */
export async function changesOfRecords(em: EntityManager, recordType: string, keys: readonly string[], first: number): Promise<Change[][]> {
  const rows = await em.find(ChangeRecord, { recordType, recordKey: { $in: [...keys] } }, { orderBy: { id: 'desc' } });
  const byKey = new Map<string, Change[]>();
  for (const row of rows) {
    const list = byKey.get(row.recordKey) ?? [];
    if (list.length < first) list.push(toChange(row));
    byKey.set(row.recordKey, list);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}

/** Every record type that has changed, most recent first. */
export async function freshnessOf(em: EntityManager): Promise<RecordFreshnessView[]> {
  const rows = await em.find(RecordFreshness, { lastChangedAt: { $ne: null } }, { orderBy: { lastChangedAt: 'desc', kind: 'asc' } });
  return rows.map((row) => Object.assign(new RecordFreshnessView(), { kind: row.kind, lastChangedAt: row.lastChangedAt!.toISOString() }));
}
