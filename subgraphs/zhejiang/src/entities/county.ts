import { Entity, Index } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { HiddenColumn, IntColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Provenance } from '../../../kit/value-types';
import { CountyStrategy, Honour } from './values';

@ObjectType('ZhejiangCounty', { description: '县(市、区) — an industrial county (工业大县) or mountain county (山区县) the report names.' })
@Entity({ tableName: 'county' })
export class County {
  @KeyColumn('县编号 — stable key.') key!: string;
  @TextColumn('名称 — name from GB/T 2260.') name!: string;
  @TextColumn('类型 — industrial (工业大县) or mountain (山区县).') kind!: string;
  @TextColumn('类型依据 — explicit (the report calls it so) or contextual (follows from the passage).') kindStatement!: string;
  @TextColumn('类型原文 — the passage the kind comes from.', { length: 1000 }) kindEvidence!: string;
  @TextColumn('行政区划代码 — GB/T 2260 code.', { length: 6 }) @Index() areaCode!: string;
  @TextColumn('所属市 — GB/T 2260 code of the city, where the report names it.', { length: 6, nullable: true }) cityAreaCode?: string | null;
  @JsonColumn(() => [String], '特征 — descriptions in the report\'s words.') characteristics!: string[];
  @JsonColumn(() => [Honour], '荣誉 — honours received.') honours!: Honour[];
  @JsonColumn(() => CountyStrategy, '发展路径 — the path its officials describe.', { nullable: true }) strategy?: CountyStrategy | null;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}

@ObjectType('ZhejiangPairing', { description: '结对联合体 — one industrial county paired with one mountain county.' })
@Entity({ tableName: 'pairing' })
export class Pairing {
  @KeyColumn('联合体编号 — stable key.') key!: string;
  @TextColumn('名称 — the two counties\' names (the report gives pairings no name of their own).') name!: string;
  @IntColumn('结对年份 — year the pairing was formed.') year!: number;
  @TextColumn('结对依据 — explicit (the report says they are paired) or contextual (shown acting as a pair).') pairingStatement!: string;
  @JsonColumn(() => [String], '结对原因 — why the counties paired, in the report\'s words.') reasons!: string[];
  @JsonColumn(() => [String], '合作感受 — what the partners observed.') observations!: string[];
  @HiddenColumn('string') @Index() programmeKey!: string;
  @HiddenColumn('string') @Index() industrialCountyKey!: string;
  @HiddenColumn('string') @Index() mountainCountyKey!: string;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}
