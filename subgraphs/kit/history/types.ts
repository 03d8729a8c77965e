/**
 * The change history and freshness as the API shows them, the same types in every region (hence
 * @shareable). Values are JSON text: a field may hold a string, a number, a list or a stated figure.
 */
import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('ChangeAuthor', { description: '变更人 — who made a change: the token\'s subject and role.' })
@Directive('@shareable')
export class ChangeAuthor {
  @Field(() => String, { nullable: true, description: '用户 — the caller\'s subject (`sub`); null for an anonymous caller.' }) subject!: string | null;
  @Field(() => String, { description: '角色 — editor, analyst, reporting or anonymous.' }) role!: string;
}

@ObjectType('ChangeOrigin', { description: '变更来源 — where a change came from: a mutation, or a row of an imported file.' })
@Directive('@shareable')
export class ChangeOrigin {
  @Field(() => String, { description: '类型 — mutation or import.' }) kind!: string;
  @Field(() => String, { nullable: true, description: '写入操作 — the mutation field, for a mutation.' }) field!: string | null;
  @Field(() => String, { nullable: true, description: '文件 — the imported file\'s name, for an import.' }) file!: string | null;
  @Field(() => String, { nullable: true, description: '工作表 — the sheet of an XLSX file.' }) sheet!: string | null;
  @Field(() => Int, { nullable: true, description: '行 — the row of the file, counted from 1 as a spreadsheet does.' }) row!: number | null;
}

@ObjectType('ChangedField', { description: '变更字段 — one field of a record, before and after the change.' })
@Directive('@shareable')
export class ChangedField {
  @Field(() => String, { description: '字段 — the field (as the record\'s type names it; hidden keys by their stored name).' }) name!: string;
  @Field(() => String, { nullable: true, description: '变更前 — the value before, as JSON text; null when the record was created.' }) before!: string | null;
  @Field(() => String, { nullable: true, description: '变更后 — the value after, as JSON text; null when the record was deleted.' }) after!: string | null;
}

@ObjectType('Change', { description: '变更记录 — one record created, changed or deleted by a write: who, when, which record, its fields before and after, and the source.' })
@Directive('@shareable')
export class Change {
  @Field(() => ID, { description: '编号 — the change, unique in its region.' }) id!: string;
  @Field(() => String, { description: '时间 — when the write committed, ISO 8601 in UTC with milliseconds.' }) changedAt!: string;
  @Field(() => ChangeAuthor, { description: '变更人 — who made it.' }) author!: ChangeAuthor;
  @Field(() => String, { description: '记录类型 — the record\'s type, e.g. ZhejiangProject.' }) recordType!: string;
  @Field(() => String, { description: '记录编号 — the record\'s key within its type.' }) recordKey!: string;
  @Field(() => String, { description: '操作 — CREATE, UPDATE or DELETE.' }) action!: string;
  @Field(() => [ChangedField], { description: '字段 — the fields the change set, with their values before and after.' }) fields!: ChangedField[];
  @Field(() => ChangeOrigin, { description: '来源 — the mutation, or the imported file and row.' }) source!: ChangeOrigin;
}

@ObjectType('ChangePageInfo', { description: '分页信息 — where a page of change history ends.' })
@Directive('@shareable')
export class ChangePageInfo {
  @Field(() => Boolean, { description: '还有下一页 — whether older changes match.' }) hasNextPage!: boolean;
  @Field(() => String, { nullable: true, description: '结束游标 — pass as `after` for the next (older) page.' }) endCursor!: string | null;
}

@ObjectType('ChangeConnection', { description: '变更记录 — a page of a region\'s change history, newest first.' })
@Directive('@shareable')
export class ChangeConnection {
  @Field(() => [Change], { description: '变更 — the changes, newest first.' }) nodes!: Change[];
  @Field(() => ChangePageInfo, { description: '分页信息 — page info.' }) pageInfo!: ChangePageInfo;
}

@InputType('ChangeHistoryFilter', { description: '变更记录筛选 — which changes: every given condition holds.' })
export class ChangeHistoryFilter {
  @Field(() => String, { nullable: true, description: '记录类型 — only records of this type, e.g. ZhejiangProject.' }) recordType?: string | null;
  @Field(() => String, { nullable: true, description: '记录编号 — only this record (with recordType).' }) recordKey?: string | null;
  @Field(() => String, { nullable: true, description: '变更人 — only changes by this subject.' }) author?: string | null;
  @Field(() => String, { nullable: true, description: '起始时间 — changes at or after this instant, ISO 8601 (2026-12-07 or 2026-12-07T21:00:00Z).' }) since?: string | null;
  @Field(() => String, { nullable: true, description: '截止时间 — changes before this instant, ISO 8601.' }) until?: string | null;
}

@ObjectType('RecordFreshness', { description: '数据新鲜度 — when a kind of record of a region last changed.' })
@Directive('@shareable')
export class RecordFreshnessView {
  @Field(() => String, { description: '记录类型 — the record type, e.g. ZhejiangProject.' }) kind!: string;
  @Field(() => String, { description: '最近变更 — the last change, ISO 8601 in UTC.' }) lastChangedAt!: string;
}
