import { Entity, Index } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { HiddenColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Provenance, ReportedDate, StatedFigure } from '../../../kit/value-types';

@ObjectType('ZhejiangCountyStatistic', { description: '县域数据 — one figure the report states for a single county (shares, firm counts, targets).' })
@Entity({ tableName: 'county_statistic' })
export class CountyStatistic {
  @KeyColumn('数据编号 — stable key.') key!: string;
  @TextColumn('指标 — what it measures, in the report\'s words.') metric!: string;
  @TextColumn('性质 — fact, or target (an aim such as 打造百亿级产业).') nature!: string;
  @TextColumn('数据类型 — amount, count, percent, year or words (stated without a number).') figureKind!: string;
  @JsonColumn(() => StatedFigure, '数据 — the figure; null when the report states it only in words.', { nullable: true }) figure?: StatedFigure | null;
  @TextColumn('限定词 — for a figure stated only in words, the word (数万).', { nullable: true }) qualifier?: string | null;
  @TextColumn('原文 — the report\'s wording.', { length: 500 }) statedText!: string;
  @TextColumn('所在地 — GB/T 2260 code of the county.', { length: 6 }) areaCode!: string;
  @TextColumn('产业链 — local chain name the figure is about, where stated.', { nullable: true }) localChainName?: string | null;
  @TextColumn('产业链代码 — canonical chain code.', { length: 40, nullable: true }) @Index() chainCode?: string | null;
  @TextColumn('比重基数 — GB/T 2260 code of the area a share is measured against ("占全市比重").', { length: 6, nullable: true }) shareOfAreaCode?: string | null;
  @JsonColumn(() => ReportedDate, '时点 — as of, where stated ("目前").', { nullable: true }) asOf?: ReportedDate | null;
  @TextColumn('上级数据 — key of the figure this one is a subset of ("其中").', { nullable: true }) subsetOfKey?: string | null;
  @HiddenColumn('string') @Index() countyKey!: string;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}
