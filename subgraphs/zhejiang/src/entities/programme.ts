import { Entity, Index } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { HiddenColumn, IntColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Money, Provenance, StatedFigure } from '../../../kit/value-types';
import { PairingList, ParkCoverage, Precedent } from './values';

@ObjectType('ZhejiangProgramme', { description: '结对促共富示范创建 — the 2023-2025 programme pairing 18 industrial counties one-to-one with 18 mountain counties.' })
@Entity({ tableName: 'programme' })
export class Programme {
  @KeyColumn('项目编号 — stable key.') key!: string;
  @TextColumn('名称 — name as the report writes it.') name!: string;
  @TextColumn('范围 — GB/T 2260 code of the province.', { length: 6 }) areaCode!: string;
  @IntColumn('起始年 — first year.') startYear!: number;
  @IntColumn('结束年 — last year.') endYear!: number;
  @TextColumn('期限 — period as stated (2023年至2025年).') periodText!: string;
  @JsonColumn(() => Money, '每年资金 — provincial money a year.') fundingPerYear!: Money;
  @TextColumn('支持方式 — how the money is given (择优支持).') fundingMode!: string;
  @TextColumn('资金原文 — the report\'s wording of the funding.', { length: 2000 }) fundingText!: string;
  @JsonColumn(() => PairingList, '结对名单 — the published list of pairings.') pairingList!: PairingList;
  @JsonColumn(() => StatedFigure, '工业大县 — industrial counties in the programme (18).') industrialCountyCount!: StatedFigure;
  @JsonColumn(() => StatedFigure, '山区县 — mountain counties in the programme (18).') mountainCountyCount!: StatedFigure;
  @JsonColumn(() => StatedFigure, '结对联合体 — pairings formed (18); the report names 8 of them.') pairingCount!: StatedFigure;
  @JsonColumn(() => [String], '组建方式 — how the pairs were formed, in the report\'s words.') formation!: string[];
  @JsonColumn(() => [String], '目标 — goals.') goals!: string[];
  @JsonColumn(() => [String], '侧重 — what this round emphasises over earlier practice.') emphasis!: string[];
  @TextColumn('重点 — the stated priority.') priority!: string;
  @JsonColumn(() => [String], '观察 — the report\'s general observations of the pairings.') observations!: string[];
  @TextColumn('工业大县特征 — how the report characterises industrial counties.', { length: 2000 }) industrialCountyDescription!: string;
  @TextColumn('山区县特征 — how the report characterises mountain counties.', { length: 2000 }) mountainCountyDescription!: string;
  @JsonColumn(() => [Precedent], '以往做法 — earlier practice compared with.') precedents!: Precedent[];
  @JsonColumn(() => [StatedFigure], '数据 — programme-wide figures (mountain-county manufacturing investment and its provincial share).') figures!: StatedFigure[];
  @JsonColumn(() => ParkCoverage, '园区覆盖 — co-built cooperation parks across the pairings.') parkCoverage!: ParkCoverage;
  @HiddenColumn('string') funderOrgKey!: string;
  @HiddenColumn('string') tracksDefinedByOrgKey!: string;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}

@ObjectType('ZhejiangTrack', { description: '赛道 — one of the six tracks (六大赛道) the provincial economy department set for the pairings.' })
@Entity({ tableName: 'track' })
export class Track {
  @KeyColumn('赛道编号 — stable key.') key!: string;
  @IntColumn('序号 — position in the report\'s list, from 1.') order!: number;
  @TextColumn('名称 — name as stated.') name!: string;
  @HiddenColumn('string') @Index() programmeKey!: string;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}
