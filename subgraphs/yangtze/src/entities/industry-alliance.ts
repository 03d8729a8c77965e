import { Entity } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { BoolColumn, HiddenColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Provenance, ReportedDate, StatedFigure } from '../../../kit/value-types';

@ObjectType('YangtzeIndustryAlliance', { description: '产业联盟 — an industry-led alliance under the park alliance (e.g. the robotics alliance).' })
@Entity({ tableName: 'industry_alliance' })
export class IndustryAlliance {
  @KeyColumn('联盟编号 — stable key.') key!: string;
  @TextColumn('名称 — name (Simplified).') name!: string;
  @TextColumn('原名 — name as the report writes it.') originalName!: string;
  @TextColumn('性质 — nature as stated.') nature!: string;
  @TextColumn('组织形式 — organisation type as stated.') organisationType!: string;
  @BoolColumn('首个加入 — the first industry alliance to join the park alliance.') firstToJoin!: boolean;
  @JsonColumn(() => ReportedDate, '成立时间 — founding date.') founded!: ReportedDate;
  @TextColumn('成立地 — GB/T 2260 code.', { length: 6 }) foundedAreaCode!: string;
  @JsonColumn(() => [StatedFigure], '数据 — initiators, firms covered, goal thresholds…') figures!: StatedFigure[];
  @JsonColumn(() => [String], '发起方类型 — kinds of initiators.') initiatorKinds!: string[];
  @JsonColumn(() => [String], '产业链 — local chain names it covers.') localChainNames!: string[];
  @JsonColumn(() => [String], '环节 — links its firms serve, as stated.') localLinkNames!: string[];
  @TextColumn('目标 — its stated goal.', { length: 2000 }) goal!: string;
  @HiddenColumn('string') parentAllianceKey!: string;
  @HiddenColumn('json') initiatorPersonKeys!: string[];
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}
