import { Entity, Index } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { BoolColumn, HiddenColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Provenance, ReportedDate, StatedFigure } from '../../../kit/value-types';
import { ChainLink } from './values';

@ObjectType('TianjinFirm', { description: '企业 — a firm or firm unit (group, subsidiary, branch, R&D centre, research unit) the reports name.' })
@Entity({ tableName: 'firm' })
export class Firm {
  @KeyColumn('企业编号 — stable key.') key!: string;
  @TextColumn('统一社会信用代码 — sample credit code (the reports give none), the key of Firm in the shared contract.', { length: 18 }) @Index() uscc!: string;
  @TextColumn('名称 — name (Simplified).') name!: string;
  @TextColumn('原名 — name as the report writes it (Traditional).') originalName!: string;
  @BoolColumn('全称 — the report gives the full legal name.') legalNameStated!: boolean;
  @TextColumn('简称 — short name.', { nullable: true }) shortName?: string | null;
  @TextColumn('类型 — enterprise, group, subsidiary, branch, rnd-centre or research-unit.') kind!: string;
  @TextColumn('所在地 — GB/T 2260 code; where the report gives none, the area of the park, alliance, project or partner it is named through.', { length: 6 }) areaCode!: string;
  @BoolColumn('所在地明确 — the report states the area (false: taken from areaBasis).') areaStated!: boolean;
  @TextColumn('所在地依据 — stated, park, alliance, project or cooperation.') areaBasis!: string;
  @TextColumn('位置原文 — how the report places the firm.', { length: 500, nullable: true }) locationEvidence?: string | null;
  @HiddenColumn('string', { nullable: true }) @Index() parkKey?: string | null;
  @HiddenColumn('string', { nullable: true }) parentKey?: string | null;
  @HiddenColumn('string', { length: 18, nullable: true }) @Index() parentUscc?: string | null;
  @JsonColumn(() => [String], '产业链 — local chain names.') localChainNames!: string[];
  @JsonColumn(() => [String], '环节 — links served, as stated.') localLinkNames!: string[];
  @JsonColumn(() => [ChainLink], '链环节 — chains and links served, mapped to the canonical taxonomy.') chainLinks!: ChainLink[];
  @JsonColumn(() => [String], '领域 — fields and products as stated.') fields!: string[];
  @JsonColumn(() => [String], '标签 — labels the report gives (龙头企业, 输配电企业, 联盟企业).') labels!: string[];
  @JsonColumn(() => ReportedDate, '成立时间 — founding date.', { nullable: true }) established?: ReportedDate | null;
  @JsonColumn(() => ReportedDate, '入园时间 — when it registered in its park.', { nullable: true }) registeredInPark?: ReportedDate | null;
  @JsonColumn(() => ReportedDate, '启用/开业 — opening date.', { nullable: true }) opening?: ReportedDate | null;
  @JsonColumn(() => [StatedFigure], '数据 — employees, stores, distances…') figures!: StatedFigure[];
  @JsonColumn(() => [String], '成就 — achievements stated.') achievements!: string[];
  @JsonColumn(() => [String], '其他 — other findings stated.') notes!: string[];
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}

@ObjectType('TianjinOrganisation', { description: '机构 — a university, research institute, government or party body, or work team the reports name.' })
@Entity({ tableName: 'organisation' })
export class Organisation {
  @KeyColumn('机构编号 — stable key.') key!: string;
  @TextColumn('统一社会信用代码 — sample credit code of a university or institute (a directory firm); null for government bodies.', { length: 18, nullable: true }) @Index() uscc?: string | null;
  @TextColumn('名称 — name (Simplified).') name!: string;
  @TextColumn('原名 — name as the report writes it (Traditional).') originalName!: string;
  @TextColumn('类型 — university, research-institute, government, party-body or work-team.') kind!: string;
  @TextColumn('所在地 — GB/T 2260 code; for a university or institute the report does not place, the area of the alliance it is named through.', { length: 6, nullable: true }) areaCode?: string | null;
  @BoolColumn('所在地明确 — the report states the area.') areaStated!: boolean;
  @HiddenColumn('string', { nullable: true }) @Index() parkKey?: string | null;
  @HiddenColumn('string', { nullable: true }) parentOrgKey?: string | null;
  @JsonColumn(() => [String], '其他 — other findings stated.') notes!: string[];
  @JsonColumn(() => [Provenance], '其他出处 — other reports that name it.') alsoStatedIn!: Provenance[];
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}
