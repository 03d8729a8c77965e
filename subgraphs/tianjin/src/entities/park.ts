import { Entity, Index } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { HiddenColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Provenance, StatedFigure } from '../../../kit/value-types';
import { LandedProjects, PolicyFund, ProductionLand } from './values';

@ObjectType('TianjinPark', { description: '园区 — a development zone, science park, park wing, park component, business district or innovation district.' })
@Entity({ tableName: 'park' })
export class Park {
  @KeyColumn('园区编号 — stable key.') key!: string;
  @TextColumn('名称 — name (Simplified).') name!: string;
  @TextColumn('原名 — name as the report writes it (Traditional).') originalName!: string;
  @TextColumn('简称 — short name.', { nullable: true }) shortName?: string | null;
  @TextColumn('类型 — development-zone, science-park, park-wing, park-component, business-district, innovation-district or service-building.') kind!: string;
  @TextColumn('所在地 — GB/T 2260 code.', { length: 6 }) areaCode!: string;
  @HiddenColumn('string', { nullable: true }) @Index() parentParkKey?: string | null;
  @TextColumn('定位 — role in its parent park as stated (西翼拓展区).', { nullable: true }) roleInParent?: string | null;
  @TextColumn('布局 — structure as stated (一核两翼).', { nullable: true }) structure?: string | null;
  @TextColumn('蓝图 — blueprint as stated.', { nullable: true }) blueprint?: string | null;
  @JsonColumn(() => [StatedFigure], '数据 — area, firms by kind, universities.') figures!: StatedFigure[];
  @TextColumn('主导产业 — leading industries as counted by the report (3+1, 两大).', { nullable: true }) leadingIndustriesText?: string | null;
  @JsonColumn(() => [String], '主导产业 — leading industries (local chain names).') leadingIndustries!: string[];
  @JsonColumn(() => [String], '产业 — industries of its firms (local names).') industries!: string[];
  @JsonColumn(() => LandedProjects, '落地项目 — projects landed and their registered capital.', { nullable: true }) projectsLanded?: LandedProjects | null;
  @JsonColumn(() => [PolicyFund], '政策资金 — policy and guidance funds.') policyFunds!: PolicyFund[];
  @JsonColumn(() => ProductionLand, '生产用地 — production land, where the report speaks of it.', { nullable: true }) productionLand?: ProductionLand | null;
  @JsonColumn(() => [String], '目标 — goals and positioning as stated.') goals!: string[];
  @JsonColumn(() => [String], '称号 — platform designations.') designations!: string[];
  @JsonColumn(() => [String], '招商方向 — investment-attraction targets.') investmentTargets!: string[];
  @JsonColumn(() => [String], '交通 — transport facts.') transport!: string[];
  @JsonColumn(() => [String], '其他 — other findings stated.') notes!: string[];
  @HiddenColumn('json') universityKeys!: string[];
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}
