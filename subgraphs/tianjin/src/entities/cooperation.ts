import { Entity, Index } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { HiddenColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Restricted } from '../../../kit/auth/decorators';
import { Money, Provenance, ReportedDate } from '../../../kit/value-types';
import { Contact } from '../../../kit/writes/inputs';
import { RecordRef, TravelTime } from './values';

@ObjectType('TianjinCooperation', { description: '合作 — a stated cooperation between two parties (firms, universities, a district, an academician team).' })
@Entity({ tableName: 'cooperation' })
export class Cooperation {
  @KeyColumn('合作编号 — stable key.') key!: string;
  @TextColumn('合作项目编号 — its id in the shared CooperationProject contract.', { length: 120 }) @Index() projectId!: string;
  @TextColumn('标题 — title composed from the parties (Simplified).', { length: 300 }) title!: string;
  @TextColumn('原标题 — the title in the report\'s script.', { length: 300 }) originalTitle!: string;
  @TextColumn('类型 — business-cooperation, strategic-cooperation, cooperation-intention, strategic-cooperation-agreement or research-cooperation.') kind!: string;
  @TextColumn('状态 — status as the region records it.') status!: string;
  @TextColumn('状态原文 — status in the report\'s words.', { length: 500 }) statusText!: string;
  @TextColumn('统一状态 — INTENT, NEGOTIATING, SIGNED, IN_PROGRESS, OPERATING, COMPLETED or PLANNED.', { length: 20 }) directoryStatus!: string;
  @JsonColumn(() => [RecordRef], '合作方 — the two parties.') parties!: RecordRef[];
  @HiddenColumn('string', { length: 18, nullable: true }) @Index() firstPartyUscc?: string | null;
  @HiddenColumn('string', { length: 18, nullable: true }) @Index() secondPartyUscc?: string | null;
  @TextColumn('所在地 — GB/T 2260 code: where the parties met, else of the first party that has one.', { length: 6 }) areaCode!: string;
  @TextColumn('本区链名 — the chain, from the parties\' stated chains.', { nullable: true }) localChainName?: string | null;
  @HiddenColumn('string', { nullable: true }) viaEventKey?: string | null;
  @HiddenColumn('string', { nullable: true }) @Index() needKey?: string | null;
  @TextColumn('合作内容 — scope as stated.', { length: 1000, nullable: true }) scope?: string | null;
  @JsonColumn(() => [String], '环节 — links as stated.') localLinkNames!: string[];
  @HiddenColumn('string', { nullable: true }) @Index() allianceKey?: string | null;
  @JsonColumn(() => Money, '金额 — the amount agreed, where recorded.', { nullable: true }) amount?: Money | null;
  @JsonColumn(() => ReportedDate, '时间 — when it was agreed, where recorded.', { nullable: true }) date?: ReportedDate | null;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}

@ObjectType('TianjinNeed', { description: '需求 — a partner, financing or production land a firm or park seeks, and whether it is met.' })
@Entity({ tableName: 'need' })
export class Need {
  @KeyColumn('需求编号 — stable key.') key!: string;
  @JsonColumn(() => RecordRef, '需求方 — the seeker, where named.', { nullable: true }) seeker?: RecordRef | null;
  @HiddenColumn('string', { length: 18, nullable: true }) @Index() seekerUscc?: string | null;
  @TextColumn('需求方描述 — the seeker as described where unnamed.', { nullable: true }) seekerDescription?: string | null;
  @TextColumn('类型 — partner, financing or production-land.') kind!: string;
  @TextColumn('所需 — what is sought, as stated.', { length: 500 }) sought!: string;
  @JsonColumn(() => [String], '环节 — links sought.') localLinkNames!: string[];
  @TextColumn('状态 — unmatched, matched, assessing or being-addressed.') status!: string;
  @TextColumn('状态原文 — status in the report\'s words.', { length: 500 }) statusText!: string;
  @JsonColumn(() => RecordRef, '合适对象 — a fitting counterpart, where named.', { nullable: true }) fittingCounterpart?: RecordRef | null;
  @HiddenColumn('string', { length: 18, nullable: true }) @Index() counterpartUscc?: string | null;
  @TextColumn('合适对象描述 — the counterpart as described where unnamed.', { nullable: true }) fittingCounterpartDescription?: string | null;
  @HiddenColumn('string', { nullable: true }) @Index() allianceKey?: string | null;
  @TextColumn('产业链代码 — canonical chain code, for needs posted here.', { length: 40, nullable: true }) chainCode?: string | null;
  @JsonColumn(() => ReportedDate, '发布时间 — when it was posted.', { nullable: true }) posted?: ReportedDate | null;
  @Restricted() @JsonColumn(() => Contact, '联系人 — who to contact (not public).', { nullable: true }) contact?: Contact | null;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}

@ObjectType('TianjinProject', { description: '项目 — an innovation platform, industrial project or road project the reports name.' })
@Entity({ tableName: 'project' })
export class Project {
  @KeyColumn('项目编号 — stable key.') key!: string;
  @TextColumn('合作项目编号 — its id in the shared CooperationProject contract.', { length: 120 }) @Index() projectId!: string;
  @TextColumn('名称 — name (Simplified).', { length: 300 }) name!: string;
  @TextColumn('原名 — name as the report writes it (Traditional).', { length: 300 }) originalName!: string;
  @TextColumn('类型 — innovation-platform, industrial-project or road-project.') kind!: string;
  @TextColumn('所在地 — GB/T 2260 code.', { length: 6 }) areaCode!: string;
  @HiddenColumn('string', { nullable: true }) @Index() parkKey?: string | null;
  @JsonColumn(() => [String], '产业链 — local chain names.') localChainNames!: string[];
  @JsonColumn(() => RecordRef, '项目方 — sponsor.', { nullable: true }) sponsor?: RecordRef | null;
  @HiddenColumn('string', { length: 18, nullable: true }) @Index() sponsorUscc?: string | null;
  @JsonColumn(() => RecordRef, '推动方 — who brought it about.', { nullable: true }) facilitator?: RecordRef | null;
  @JsonColumn(() => Money, '总投资 — total investment.', { nullable: true }) totalInvestment?: Money | null;
  @TextColumn('总投资原文 — total investment as stated.', { nullable: true }) totalInvestmentText?: string | null;
  @TextColumn('状态 — signed-introduced, landed, under-construction or opened-to-traffic.') status!: string;
  @TextColumn('统一状态 — INTENT, NEGOTIATING, SIGNED, IN_PROGRESS, OPERATING, COMPLETED or PLANNED.', { length: 20 }) directoryStatus!: string;
  @JsonColumn(() => ReportedDate, '状态时间 — when the status was reached, as stated.', { nullable: true }) statusDate?: ReportedDate | null;
  @JsonColumn(() => [String], '成效 — effects stated.') effects!: string[];
  @JsonColumn(() => TravelTime, '通行时间 — travel time before and after (road projects).', { nullable: true }) travelTime?: TravelTime | null;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}
