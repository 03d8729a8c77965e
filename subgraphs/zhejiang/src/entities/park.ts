import { Entity, Index } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { HiddenColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Provenance } from '../../../kit/value-types';

@ObjectType('ZhejiangCooperationPark', { description: '产业合作园区 — a park a pairing co-builds in its mountain county.' })
@Entity({ tableName: 'cooperation_park' })
export class CooperationPark {
  @KeyColumn('园区编号 — stable key.') key!: string;
  @TextColumn('名称 — name as stated.') name!: string;
  @TextColumn('所在地 — GB/T 2260 code of the mountain county it rises in.', { length: 6 }) @Index() areaCode!: string;
  @TextColumn('共建方式 — how the two counties build it (合力打造, 合资共建).') buildMode!: string;
  @TextColumn('产业链 — local chain name.') localChainName!: string;
  @TextColumn('产业链代码 — canonical chain code.', { length: 40 }) @Index() chainCode!: string;
  @TextColumn('依托 — what the park is based on, where stated.', { nullable: true }) basis?: string | null;
  @HiddenColumn('string') @Index() pairingKey!: string;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}
