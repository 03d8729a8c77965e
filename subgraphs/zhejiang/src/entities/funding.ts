import { Entity, Index } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { BoolColumn, HiddenColumn, IntColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Money, Provenance, ReportedDate } from '../../../kit/value-types';

@ObjectType('ZhejiangFunding', { description: '资金 — money committed to the pairings: the provincial allocation or a county\'s special fund.' })
@Entity({ tableName: 'funding' })
export class Funding {
  @KeyColumn('资金编号 — stable key.') key!: string;
  @TextColumn('方式 — instrument as stated (省财政厅每年安排, 专项资金).') instrument!: string;
  @JsonColumn(() => Money, '金额 — amount, in yuan too; null where the report states none.', { nullable: true }) amount?: Money | null;
  @BoolColumn('每年 — the amount is per year.') perYear!: boolean;
  @IntColumn('起始年 — first year, where stated.', { nullable: true }) fromYear?: number | null;
  @IntColumn('结束年 — last year, where stated.', { nullable: true }) toYear?: number | null;
  @JsonColumn(() => ReportedDate, '起始 — since when, where stated ("去年以来").', { nullable: true }) since?: ReportedDate | null;
  @TextColumn('受益方 — who benefits, as stated.') beneficiaries!: string;
  @TextColumn('用途 — purpose as stated.', { length: 1000 }) purpose!: string;
  @HiddenColumn('string') @Index() programmeKey!: string;
  @HiddenColumn('string', { nullable: true }) @Index() pairingKey?: string | null;
  @HiddenColumn('string', { nullable: true }) funderOrgKey?: string | null;
  @HiddenColumn('string', { nullable: true }) funderCountyKey?: string | null;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}
