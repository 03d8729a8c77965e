import { Entity, Index } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { HiddenColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Provenance, ReportedDate } from '../../../kit/value-types';

@ObjectType('YangtzeDemandAnswer', { description: '需求响应 — a zone, or a firm through its zone, answering a cooperation demand posted on the platform.' })
@Entity({ tableName: 'demand_answer' })
export class DemandAnswer {
  @KeyColumn('响应编号 — stable key.') key!: string;
  @HiddenColumn('string') @Index() demandKey!: string;
  @HiddenColumn('string') zoneKey!: string;
  @TextColumn('响应方 — ZONE or FIRM.', { length: 10 }) responderKind!: string;
  @HiddenColumn('string', { length: 18, nullable: true }) @Index() firmUscc?: string | null;
  @TextColumn('企业名称 — the answering firm\'s legal name, when a firm answers.', { length: 200, nullable: true }) firmName?: string | null;
  @TextColumn('企业所在地 — GB/T 2260 code of the answering firm.', { length: 6, nullable: true }) firmAreaCode?: string | null;
  @TextColumn('内容 — what the answer offers.', { length: 2000 }) message!: string;
  @JsonColumn(() => ReportedDate, '响应时间 — when it was answered.') answered!: ReportedDate;
  @TextColumn('合作项目编号 — its id in the shared CooperationProject contract.', { length: 120 }) projectId!: string;
  @JsonColumn(() => Provenance, '出处 — the write that recorded it.') provenance!: Provenance;
}
