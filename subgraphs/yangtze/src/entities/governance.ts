import { Entity } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { HiddenColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Provenance, ReportedDate, StatedFigure } from '../../../kit/value-types';

@ObjectType('YangtzeMechanism', { description: '工作机制 — one of the alliance\'s governance mechanisms (daily work, liaison, rotating event hosting, council decisions).' })
@Entity({ tableName: 'mechanism' })
export class Mechanism {
  @KeyColumn('机制编号 — stable key.') key!: string;
  @TextColumn('名称 — name.') name!: string;
  @TextColumn('类型 — daily-work, liaison, rotating-event-hosting or council-decision.') kind!: string;
  @JsonColumn(() => [String], '状态 — status as stated (建立, 积极推动试行, 探索建立).') status!: string[];
  @HiddenColumn('string') allianceKey!: string;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}

@ObjectType('YangtzeLiaisonTraining', { description: '联络员培训 — a training round for the zones\' liaisons.' })
@Entity({ tableName: 'liaison_training' })
export class LiaisonTraining {
  @KeyColumn('培训编号 — stable key.') key!: string;
  @TextColumn('描述 — description.', { length: 1000 }) description!: string;
  @TextColumn('期次 — round as stated (第一期).') sequence!: string;
  @TextColumn('形式 — format (互动式培训).') format!: string;
  @JsonColumn(() => ReportedDate, '结束时间 — completion date.') completed!: ReportedDate;
  @JsonColumn(() => [StatedFigure], '数据 — liaisons trained.') figures!: StatedFigure[];
  @TextColumn('队伍目标 — the liaison team it builds.', { length: 1000 }) teamGoal!: string;
  @HiddenColumn('string') mechanismKey!: string;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}

@ObjectType('YangtzeIndexSurvey', { description: '园区发展指数 — park development status surveys and index research.' })
@Entity({ tableName: 'index_survey' })
export class IndexSurvey {
  @KeyColumn('调查编号 — stable key.') key!: string;
  @TextColumn('描述 — description.', { length: 1000 }) description!: string;
  @TextColumn('项目 — programme name.') programmeName!: string;
  @TextColumn('状态 — preliminarily-completed or planned.') status!: string;
  @JsonColumn(() => ReportedDate, '时间 — date as stated.', { nullable: true }) date?: ReportedDate | null;
  @JsonColumn(() => [StatedFigure], '数据 — parks surveyed.') figures!: StatedFigure[];
  @JsonColumn(() => [String], '主题 — topics.') topics!: string[];
  @TextColumn('目的 — purpose.', { length: 1000 }) purpose!: string;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}

@ObjectType('YangtzeCooperationFund', { description: '合作基金 — an investment fund the alliance takes part in or plans.' })
@Entity({ tableName: 'cooperation_fund' })
export class CooperationFund {
  @KeyColumn('基金编号 — stable key.') key!: string;
  @TextColumn('名称 — name.') name!: string;
  @TextColumn('状态 — existing or planned.') status!: string;
  @TextColumn('联盟角色 — the alliance\'s relation to it as stated.') allianceRelation!: string;
  @TextColumn('目的 — purpose.', { length: 1000 }) purpose!: string;
  @TextColumn('所属工作 — the programme it belongs to.') programmeName!: string;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}

@ObjectType('YangtzeGuidingBody', { description: '指导单位 — a government body that guides or supports the alliance.' })
@Entity({ tableName: 'guiding_body' })
export class GuidingBody {
  @KeyColumn('单位编号 — stable key.') key!: string;
  @TextColumn('名称 — name.') name!: string;
  @TextColumn('层级 — national or municipal.') level!: string;
  @TextColumn('所在地 — GB/T 2260 code.', { length: 6, nullable: true }) areaCode?: string | null;
  @TextColumn('关系 — 指导 (guides) or 支持 (supports).') relation!: string;
  @TextColumn('范围 — scope as stated (相关部门).', { nullable: true }) scope?: string | null;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}

@ObjectType('YangtzePolicyReference', { description: '国家战略 — a national strategy or planning document the alliance works under.' })
@Entity({ tableName: 'policy_reference' })
export class PolicyReference {
  @KeyColumn('编号 — stable key.') key!: string;
  @TextColumn('名称 — name.') name!: string;
  @TextColumn('类型 — national-strategy or planning-document.') kind!: string;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}
