import { Entity } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { HiddenColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Restricted } from '../../../kit/auth/decorators';
import { Provenance, ReportedDate, StatedFigure } from '../../../kit/value-types';
import { Contact } from '../../../kit/writes/inputs';

@ObjectType('YangtzePlatform', { description: '网络信息发布平台 — the shared platform where each zone posts innovation policies and cooperation demands.' })
@Entity({ tableName: 'platform' })
export class Platform {
  @KeyColumn('平台编号 — stable key.') key!: string;
  @TextColumn('名称 — name.') name!: string;
  @TextColumn('简称 — short name.', { nullable: true }) shortName?: string | null;
  @TextColumn('载体 — carrier name (长江联盟发布).') carrierName!: string;
  @JsonColumn(() => ReportedDate, '开通时间 — opening date as stated.') opened!: ReportedDate;
  @TextColumn('开通地 — GB/T 2260 code.', { length: 6 }) openedAreaCode!: string;
  @TextColumn('治理 — governance as stated.') governance!: string;
  @JsonColumn(() => [StatedFigure], '数据 — participating zones.') figures!: StatedFigure[];
  @JsonColumn(() => [String], '功能 — roles as stated.') roles!: string[];
  @JsonColumn(() => [String], '发布类型 — what zones post (创新政策, 合作需求).') postKinds!: string[];
  @TextColumn('企业用途 — how firms use it.') firmUse!: string;
  @HiddenColumn('string') allianceKey!: string;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}

@ObjectType('YangtzePlatformChannel', { description: '园区接口 — one zone\'s interface on the shared platform.' })
@Entity({ tableName: 'platform_channel' })
export class PlatformChannel {
  @KeyColumn('接口编号 — stable key.') key!: string;
  @HiddenColumn('string') platformKey!: string;
  @HiddenColumn('string') zoneKey!: string;
  @JsonColumn(() => [String], '发布类型 — post kinds the channel carries.') postKinds!: string[];
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}

@ObjectType('YangtzePlatformPost', { description: '平台发布 — an innovation policy or cooperation demand a zone posted on its channel.' })
@Entity({ tableName: 'platform_post' })
export class PlatformPost {
  @KeyColumn('发布编号 — stable key.') key!: string;
  @HiddenColumn('string') channelKey!: string;
  @TextColumn('类型 — POLICY (创新政策) or DEMAND (合作需求).') kind!: string;
  @TextColumn('标题 — title.', { length: 500 }) title!: string;
  @TextColumn('内容 — body.', { length: 5000, nullable: true }) body?: string | null;
  @TextColumn('产业链 — canonical chain code, for demands.', { nullable: true }) chainCode?: string | null;
  @TextColumn('环节 — canonical link code a demand seeks a partner for (DESIGN, RND…).', { length: 20, nullable: true }) linkCode?: string | null;
  @TextColumn('状态 — OPEN or CLOSED for demands, PUBLISHED for policies.') status!: string;
  @JsonColumn(() => ReportedDate, '发布时间 — posting date.', { nullable: true }) posted?: ReportedDate | null;
  @Restricted() @JsonColumn(() => Contact, '联系人 — who to contact (not public).', { nullable: true }) contact?: Contact | null;
  @JsonColumn(() => Provenance, '出处 — source report, or the posting zone for writes.') provenance!: Provenance;
}
