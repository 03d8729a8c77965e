import { Entity, Index } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { HiddenColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Provenance, ReportedDate, StatedFigure } from '../../../kit/value-types';
import { FundsDisbursed, RecordRef } from './values';

@ObjectType('TianjinAlliance', { description: '联盟 — an industry, talent or chain party-building alliance, or a network of alliances.' })
@Entity({ tableName: 'alliance' })
export class Alliance {
  @KeyColumn('联盟编号 — stable key.') key!: string;
  @TextColumn('名称 — name (Simplified).') name!: string;
  @TextColumn('原名 — name as the report writes it (Traditional).') originalName!: string;
  @TextColumn('简称 — short name.', { nullable: true }) shortName?: string | null;
  @TextColumn('类型 — industry-alliance, talent-alliance, alliance-network or party-building-alliance.') kind!: string;
  @TextColumn('所在地 — GB/T 2260 code.', { length: 6 }) areaCode!: string;
  @HiddenColumn('string', { nullable: true }) @Index() parkKey?: string | null;
  @JsonColumn(() => ReportedDate, '成立时间 — founding date as stated.', { nullable: true }) founded?: ReportedDate | null;
  @TextColumn('成立 — how the report states the founding.', { length: 500, nullable: true }) foundedText?: string | null;
  @HiddenColumn('json') hostKeys!: string[];
  @HiddenColumn('string', { nullable: true }) partnerUniversityKey?: string | null;
  @TextColumn('性质 — nature as stated.', { length: 500, nullable: true }) nature?: string | null;
  @TextColumn('愿景 — vision as stated.', { nullable: true }) vision?: string | null;
  @JsonColumn(() => [String], '目标 — goals as stated.') goals!: string[];
  @JsonColumn(() => [StatedFigure], '数据 — member units, expert advisers, alliances in the network, pairings, activities…') figures!: StatedFigure[];
  @JsonColumn(() => [String], '成员类型 — kinds of members as listed.') memberKinds!: string[];
  @JsonColumn(() => [String], '产业链 — local chain names it serves.') localChainNames!: string[];
  @JsonColumn(() => [String], '环节 — links its members cover, as stated.') localLinkNames!: string[];
  @JsonColumn(() => [String], '服务 — services and working methods stated.') services!: string[];
  @HiddenColumn('json') linkedAllianceKeys!: string[];
  @JsonColumn(() => [String], '服务产业 — industries it serves beyond its own chain.') servedIndustries!: string[];
  @JsonColumn(() => [String], '其他 — other findings stated.') notes!: string[];
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}

@ObjectType('TianjinChainPartyCommittee', { description: '产业链党委 — a chain party committee of Xiqing\'s chain party-building alliance.' })
@Entity({ tableName: 'chain_party_committee' })
export class ChainPartyCommittee {
  @KeyColumn('党委编号 — stable key.') key!: string;
  @TextColumn('名称 — name (Simplified).') name!: string;
  @TextColumn('原名 — name as the report writes it (Traditional).') originalName!: string;
  @HiddenColumn('string') @Index() allianceKey!: string;
  @HiddenColumn('string') @Index() chainKey!: string;
  @TextColumn('所在地 — GB/T 2260 code.', { length: 6 }) areaCode!: string;
  @JsonColumn(() => [String], '举措 — actions stated.') actions!: string[];
  @JsonColumn(() => FundsDisbursed, '拨付资金 — funds disbursed to firms of the chain.', { nullable: true }) fundsDisbursed?: FundsDisbursed | null;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}

@ObjectType('TianjinAllianceMember', { description: '联盟成员 — a firm, institute or university named as a member of an alliance or present at its events.' })
@Entity({ tableName: 'alliance_member' })
export class AllianceMember {
  @KeyColumn('成员编号 — stable key.') key!: string;
  @HiddenColumn('string') @Index() allianceKey!: string;
  @JsonColumn(() => RecordRef, '成员 — the member record.') member!: RecordRef;
  @HiddenColumn('string', { length: 18, nullable: true }) @Index() memberUscc?: string | null;
  @JsonColumn(() => [String], '依据 — listed-member, self-described-member, conference-participant or activity-participant.') basis!: string[];
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}

@ObjectType('TianjinMembershipApplication', { description: '入盟申请 — firms from other districts asking to join an alliance.' })
@Entity({ tableName: 'membership_application' })
export class MembershipApplication {
  @KeyColumn('申请编号 — stable key.') key!: string;
  @HiddenColumn('string') @Index() allianceKey!: string;
  @TextColumn('申请方 — the applicants as the report describes them.') applicantDescription!: string;
  @TextColumn('申请方所在地 — GB/T 2260 code of their district.', { length: 6 }) applicantAreaCode!: string;
  @TextColumn('本区链名 — the chain they are in (local name).') localChainName!: string;
  @TextColumn('产业链代码 — canonical chain code.') chainCode!: string;
  @TextColumn('状态 — under-review, approved or rejected.') status!: string;
  @JsonColumn(() => [String], '审核步骤 — review steps as stated.') reviewSteps!: string[];
  @HiddenColumn('string', { length: 18, nullable: true }) @Index() applicantUscc?: string | null;
  @HiddenColumn('string', { nullable: true }) applicantFirmKey?: string | null;
  @TextColumn('申请说明 — what the applicant states, for applications made here.', { length: 1000, nullable: true }) statement?: string | null;
  @JsonColumn(() => ReportedDate, '申请时间 — when it was submitted.', { nullable: true }) submitted?: ReportedDate | null;
  @JsonColumn(() => ReportedDate, '审核时间 — when the alliance decided.', { nullable: true }) reviewed?: ReportedDate | null;
  @TextColumn('审核意见 — the alliance\'s reason, required for a rejection.', { length: 1000, nullable: true }) decisionReason?: string | null;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}

@ObjectType('TianjinExpertAdviser', { description: '特聘专家 — an academician engaged by an alliance, or an academician\'s team the district works with.' })
@Entity({ tableName: 'expert_adviser' })
export class ExpertAdviser {
  @KeyColumn('专家编号 — stable key.') key!: string;
  @TextColumn('类型 — academician or academician-team.') kind!: string;
  @TextColumn('名称 — name of the adviser or team (Simplified).') name!: string;
  @HiddenColumn('string') personKey!: string;
  @TextColumn('头衔 — title as stated (院士).') title!: string;
  @TextColumn('角色 — role as stated (联盟特聘专家).') role!: string;
  @HiddenColumn('string', { nullable: true }) @Index() allianceKey?: string | null;
  @JsonColumn(() => RecordRef, '所属 — affiliation.', { nullable: true }) affiliation?: RecordRef | null;
  @JsonColumn(() => [RecordRef], '合作方 — who works with the team.') cooperatesWith!: RecordRef[];
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}
