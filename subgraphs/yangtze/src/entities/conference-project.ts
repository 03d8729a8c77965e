import { Entity, Index } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { HiddenColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Money, Provenance, ReportedDate } from '../../../kit/value-types';

@ObjectType('YangtzeProjectParty', { description: '参与企业 — a firm taking part in a conference project.' })
export class ProjectParty {
  @Field(() => String, { description: '统一社会信用代码 — credit code.' }) uscc!: string;
  @Field(() => String, { description: '名称 — legal name.' }) name!: string;
  @Field(() => String, { description: '所在地 — GB/T 2260 code.' }) areaCode!: string;
}

@ObjectType('YangtzeConferenceProject', { description: '对接会项目 — a project docked (对接) or signed (签约) at a matchmaking conference, as the conference recorded it.' })
@Entity({ tableName: 'conference_project' })
export class ConferenceProject {
  @KeyColumn('项目编号 — stable key.') key!: string;
  @HiddenColumn('string') @Index() eventKey!: string;
  @TextColumn('名称 — project title.', { length: 300 }) title!: string;
  @TextColumn('对接结果 — DOCKED (对接) or SIGNED (意向签约).', { length: 10 }) outcome!: string;
  @TextColumn('产业链代码 — canonical chain code, where given.', { length: 40, nullable: true }) chainCode?: string | null;
  @JsonColumn(() => Money, '金额 — the amount stated for the project.', { nullable: true }) amount?: Money | null;
  @JsonColumn(() => ReportedDate, '时间 — the conference date.', { nullable: true }) date?: ReportedDate | null;
  @JsonColumn(() => [ProjectParty], '参与企业 — the firms.') parties!: ProjectParty[];
  @HiddenColumn('string') recordedByZoneKey!: string;
  @TextColumn('合作项目编号 — its id in the shared CooperationProject contract.', { length: 120 }) projectId!: string;
  @JsonColumn(() => Provenance, '出处 — the write that recorded it.') provenance!: Provenance;
}
