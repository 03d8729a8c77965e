import { Entity } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { BoolColumn, HiddenColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Provenance } from '../../../kit/value-types';

@ObjectType('YangtzeZone', { description: '国家高新区 — a national high-tech zone in the alliance.' })
@Entity({ tableName: 'zone' })
export class Zone {
  @KeyColumn('园区编号 — stable key.') key!: string;
  @TextColumn('名称 — name (Simplified).') name!: string;
  @TextColumn('原名 — name as the report writes it.') originalName!: string;
  @TextColumn('简称 — short name.', { nullable: true }) shortName?: string | null;
  @TextColumn('类型 — zone type as stated (国家高新区).') zoneType!: string;
  @TextColumn('所在地 — GB/T 2260 code of the zone\'s city.', { length: 6 }) areaCode!: string;
  @BoolColumn('发起单位 — one of the five founding zones.') isFounder!: boolean;
  @BoolColumn('牵头单位 — the zone that led the founding.') isLeadFounder!: boolean;
  @TextColumn('管理机构 — administrative body, where named.', { nullable: true }) adminBodyName?: string | null;
  @HiddenColumn('string') allianceKey!: string;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}
