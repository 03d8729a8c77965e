import { Entity, Index } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { BoolColumn, HiddenColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Provenance, ReportedDate, StatedFigure } from '../../../kit/value-types';
import { RecordRef } from './values';

@ObjectType('TianjinEvent', { description: '活动 — a survey round, founding conference, salon, financing meeting, matchmaking session, policy briefing, rotation or competition.' })
@Entity({ tableName: 'event' })
export class ChainEvent {
  @KeyColumn('活动编号 — stable key.') key!: string;
  @TextColumn('类型 — survey-visits, founding-conference, expert-salon, matchmaking, policy-briefing…') kind!: string;
  @TextColumn('名称 — title (Simplified), or the description where the report gives no title.', { length: 500 }) name!: string;
  @TextColumn('原名 — title as the report writes it.', { nullable: true }) originalName?: string | null;
  @TextColumn('描述 — what happened.', { length: 1000 }) description!: string;
  @JsonColumn(() => RecordRef, '组织方 — organiser.', { nullable: true }) organiser?: RecordRef | null;
  @HiddenColumn('string', { nullable: true }) @Index() allianceKey?: string | null;
  @HiddenColumn('string', { nullable: true }) @Index() parkKey?: string | null;
  @TextColumn('地点 — GB/T 2260 code.', { length: 6 }) areaCode!: string;
  @JsonColumn(() => ReportedDate, '时间 — date as stated.', { nullable: true }) date?: ReportedDate | null;
  @JsonColumn(() => ReportedDate, '统计期 — the period the counts cover (今年以来).', { nullable: true }) period?: ReportedDate | null;
  @BoolColumn('常态化 — a recurring activity.') recurring!: boolean;
  @BoolColumn('线上 — held online.') online!: boolean;
  @JsonColumn(() => [StatedFigure], '数据 — sessions, participating firms, firms cultivated…') figures!: StatedFigure[];
  @JsonColumn(() => [String], '产业链 — local chain names.') localChainNames!: string[];
  @JsonColumn(() => [RecordRef], '参加者 — named participants.') participants!: RecordRef[];
  @JsonColumn(() => [String], '成效 — outcomes stated.') outcomes!: string[];
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}
