import { Entity, Index } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { HiddenColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Money, Provenance, ReportedDate, StatedFigure } from '../../../kit/value-types';

@ObjectType('TianjinIndustryChain', { description: '产业链 — an industry chain as a report names it: a district\'s key chain, a park\'s chain, the city\'s industry or an alliance\'s chain.' })
@Entity({ tableName: 'industry_chain' })
export class IndustryChain {
  @KeyColumn('产业链编号 — stable key.') key!: string;
  @TextColumn('本区链名 — the chain\'s name as the report gives it (Simplified).') localChainName!: string;
  @TextColumn('产业链代码 — canonical chain code.') @Index() chainCode!: string;
  @TextColumn('范围 — district-key-chain, park-chain, city-industry or alliance-chain.') scope!: string;
  @TextColumn('所在地 — GB/T 2260 code.', { length: 6 }) areaCode!: string;
  @HiddenColumn('string', { nullable: true }) @Index() parkKey?: string | null;
  @HiddenColumn('string', { nullable: true }) @Index() allianceKey?: string | null;
  @HiddenColumn('string', { nullable: true }) partyCommitteeKey?: string | null;
  @JsonColumn(() => [String], '环节 — links as stated.') localLinkNames!: string[];
  @JsonColumn(() => [String], '环节代码 — the links\' canonical codes.') linkCodes!: string[];
  @JsonColumn(() => [String], '领域 — segments as stated.') segments!: string[];
  @JsonColumn(() => [String], '其他 — other findings stated.') notes!: string[];
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}

@ObjectType('TianjinChainStatistic', { description: '产业链数据 — a figure a district reports for one or more of its chains.' })
@Entity({ tableName: 'chain_statistic' })
export class ChainStatistic {
  @KeyColumn('数据编号 — stable key.') key!: string;
  @HiddenColumn('json') chainKeys!: string[];
  @TextColumn('所在地 — GB/T 2260 code.', { length: 6 }) areaCode!: string;
  @JsonColumn(() => ReportedDate, '统计期 — period as stated.') period!: ReportedDate;
  @TextColumn('指标 — value-added-growth, growth-above-industry, contribution-to-growth, share-of-industry-value-added, above-scale-firm-count, output-value or share-of-output-value.') metric!: string;
  @TextColumn('指标原文 — the metric in the report\'s words (Simplified).') metricText!: string;
  @JsonColumn(() => StatedFigure, '数据 — the figure (%, 个百分点, 家 or 亿元 with yuan); null where only a band is stated.', { nullable: true }) figure?: StatedFigure | null;
  @JsonColumn(() => Money, '金额 — the amount, for money figures.', { nullable: true }) money?: Money | null;
  @TextColumn('区间 — growth stated only as a band (double-digit).', { nullable: true }) band?: string | null;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}
