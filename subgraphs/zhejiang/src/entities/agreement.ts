import { Entity, Index } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { HiddenColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Provenance } from '../../../kit/value-types';

@ObjectType('ZhejiangInvestmentArrangement', { description: '招商协作 — an investment-promotion arrangement between paired counties: a signed agreement (协议) or a dedicated zone in an investment-map system.' })
@Entity({ tableName: 'investment_arrangement' })
export class InvestmentArrangement {
  @KeyColumn('协作编号 — stable key.') key!: string;
  @TextColumn('类型 — agreement or investment-map-zone.') kind!: string;
  @TextColumn('名称 — name as written, without 《》.') name!: string;
  @TextColumn('所在系统 — the system a zone lives in, where one.', { nullable: true }) hostSystem?: string | null;
  @JsonColumn(() => [String], '合作内容 — fields or mechanisms of cooperation, in the report\'s words.') scope!: string[];
  @HiddenColumn('string') @Index() pairingKey!: string;
  @HiddenColumn('json') partyCountyKeys!: string[];
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}
