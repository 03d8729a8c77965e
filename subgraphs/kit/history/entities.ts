/**
 * The change history (变更记录) and freshness tables, the same in every region and dialect: one row
 * per record a write created, changed or deleted, and one row per record type with its last change.
 * Both are written by the subscriber (subscriber.ts) in the write's own transaction.
 */
import { Entity, Index, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

@Entity({ tableName: 'change_history' })
@Index({ properties: ['recordType', 'recordKey', 'id'] })
@Index({ properties: ['authorSubject', 'id'] })
@Index({ properties: ['changedAt'] })
export class ChangeRecord {
  /** Ascending in commit order: the history is read newest first by it. */
  @PrimaryKey({ type: 'integer', autoincrement: true }) id!: number;
  @Property({ type: 'datetime', length: 3 }) changedAt!: Date;
  /** The caller's `sub`; null for an anonymous or unidentified writer. */
  @Property({ type: 'string', length: 200, nullable: true }) authorSubject!: string | null;
  @Property({ type: 'string', length: 20 }) authorRole!: string;
  /** The record's GraphQL type (ZhejiangProject) and its key (primary key, serialized). */
  @Property({ type: 'string', length: 80 }) recordType!: string;
  @Property({ type: 'string', length: 240 }) recordKey!: string;
  /** CREATE, UPDATE or DELETE. */
  @Property({ type: 'string', length: 10 }) action!: string;
  /** The changed fields' values before (null when created) and after (null when deleted), by property name. */
  @Property({ type: 'json', nullable: true }) before!: Record<string, unknown> | null;
  @Property({ type: 'json', nullable: true }) after!: Record<string, unknown> | null;
  /** kit/writes/change-source.ts: a mutation (its field) or an imported file's row. */
  @Property({ type: 'string', length: 10 }) sourceKind!: string;
  @Property({ type: 'string', length: 80, nullable: true }) sourceField!: string | null;
  @Property({ type: 'string', length: 500, nullable: true }) sourceFile!: string | null;
  @Property({ type: 'string', length: 200, nullable: true }) sourceSheet!: string | null;
  @Property({ type: 'integer', nullable: true }) sourceRow!: number | null;
}

/** A record type's last change: read instead of scanning the history. */
@Entity({ tableName: 'change_freshness' })
export class RecordFreshness {
  [PrimaryKeyProp]?: 'kind';
  /** The record type. Named as its column: MikroORM's batched update on MariaDB finds rows by column name. */
  @PrimaryKey({ type: 'string', length: 80 }) kind!: string;
  /** Null until the first change since the table was made. */
  @Property({ type: 'datetime', length: 3, nullable: true }) lastChangedAt!: Date | null;
}

export const HISTORY_ENTITIES = [ChangeRecord, RecordFreshness];
