/**
 * Writes the change history and freshness in the flush that makes the change, so they commit or
 * roll back with it: for every record a flush creates, changes or deletes, a `change_history` row
 * with who (the request's caller, author.ts), when, the fields before and after, and where the write
 * came from (kit/writes/change-source.ts); and the record type's `change_freshness` row moved on.
 *
 * The source is read when the flush runs: a write that makes several rows under different sources
 * (an import's batch) flushes each row inside its own `withChangeSource`. A flush with no source
 * (the seed, tests writing directly) changes freshness but is not history.
 */
import { ChangeSetType, helper, JsonType, type ChangeSet, type EntityManager, type EntityMetadata, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { currentChangeSource } from '../writes/change-source';
import { writeAuthorOf } from './author';
import { ChangeRecord, RecordFreshness } from './entities';

const ACTIONS: Partial<Record<ChangeSetType, string>> = {
  [ChangeSetType.CREATE]: 'CREATE',
  [ChangeSetType.UPDATE]: 'UPDATE',
  [ChangeSetType.DELETE]: 'DELETE',
};

/** The unit of work holds a JSON column as its text: read back into the value, dates as ISO text. */
function plainValues(meta: EntityMetadata<object>, values: Record<string, unknown>, keys: Iterable<string>): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const key of keys) {
    const value = values[key];
    const json = (meta.properties as Record<string, { customType?: unknown } | undefined>)[key]?.customType instanceof JsonType;
    plain[key] = json && typeof value === 'string' ? JSON.parse(value) : value === undefined ? null : JSON.parse(JSON.stringify(value));
  }
  return plain;
}

function fieldsOf(changeSet: ChangeSet<object>): { before: Record<string, unknown> | null; after: Record<string, unknown> | null } {
  // A deletion's change set carries no original: the entity's own snapshot of what was loaded has it.
  const original = (changeSet.originalEntity ?? helper(changeSet.entity).__originalEntityData ?? {}) as Record<string, unknown>;
  const payload = changeSet.payload as Record<string, unknown>;
  switch (changeSet.type) {
    case ChangeSetType.CREATE:
      return { before: null, after: plainValues(changeSet.meta, payload, Object.keys(payload)) };
    case ChangeSetType.DELETE:
      return { before: plainValues(changeSet.meta, original, Object.keys(original)), after: null };
    default:
      return { before: plainValues(changeSet.meta, original, Object.keys(payload)), after: plainValues(changeSet.meta, payload, Object.keys(payload)) };
  }
}

export class ChangeHistorySubscriber implements EventSubscriber {
  /** `recordTypes`: entity class name → record type (record-types.ts); other entities are not records. */
  constructor(private readonly recordTypes: ReadonlyMap<string, string>) {}

  async onFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const changes = uow.getChangeSets().filter((cs) => ACTIONS[cs.type] && this.recordTypes.has(cs.meta.className));
    if (!changes.length) return;
    const at = new Date();
    const source = currentChangeSource();
    if (source) {
      const author = writeAuthorOf(em as EntityManager) ?? { subject: null, role: 'anonymous' };
      for (const cs of changes) {
        const row = Object.assign(new ChangeRecord(), {
          changedAt: at,
          authorSubject: author.subject,
          authorRole: author.role,
          recordType: this.recordTypes.get(cs.meta.className)!,
          recordKey: cs.getSerializedPrimaryKey() ?? String(cs.getPrimaryKey()),
          action: ACTIONS[cs.type]!,
          ...fieldsOf(cs),
          sourceKind: source.kind,
          sourceField: source.kind === 'mutation' ? source.field : null,
          sourceFile: source.kind === 'import' ? source.file : null,
          sourceSheet: source.kind === 'import' ? (source.sheet ?? null) : null,
          sourceRow: source.kind === 'import' ? source.row : null,
        });
        uow.computeChangeSet(row);
      }
    }
    // The rows exist from the start (record-types.ts): an update of a reference, no read. In one
    // order everywhere, so concurrent writes wait for each other's row locks instead of deadlocking.
    for (const type of [...new Set(changes.map((cs) => this.recordTypes.get(cs.meta.className)!))].sort()) {
      const freshness = em.getReference(RecordFreshness, type);
      freshness.lastChangedAt = at;
      uow.computeChangeSet(freshness);
    }
  }
}
