import { Entity } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { HiddenColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Provenance, ReportedDate, StatedFigure } from '../../../kit/value-types';

@ObjectType('YangtzeEvent', { description: '对接活动 — a matchmaking conference, expo, summit or meeting of the alliance, held or planned.' })
@Entity({ tableName: 'event' })
export class AllianceEvent {
  @KeyColumn('活动编号 — stable key.') key!: string;
  @TextColumn('名称 — title as stated, or the description where the report gives no title.', { length: 500 }) name!: string;
  @TextColumn('描述 — what happened.', { length: 2000 }) description!: string;
  @TextColumn('类型 — matchmaking-conference, matchmaking-and-expo, summit-and-seminar, founding-ceremony, council-meeting…') kind!: string;
  @TextColumn('状态 — held or planned.') status!: string;
  @JsonColumn(() => ReportedDate, '时间 — date as stated.', { nullable: true }) date?: ReportedDate | null;
  @TextColumn('届次 — sequence as stated (第一场).', { nullable: true }) sequence?: string | null;
  @TextColumn('地点 — GB/T 2260 code.', { length: 6, nullable: true }) areaCode?: string | null;
  @TextColumn('依托活动 — the larger event it took place at.', { nullable: true }) hostOccasion?: string | null;
  @JsonColumn(() => [StatedFigure], '数据 — projects docked, intent signings, investors, firms attending…') figures!: StatedFigure[];
  @JsonColumn(() => [String], '内容 — components named.') components!: string[];
  @HiddenColumn('json') organiserZoneKeys!: string[];
  @HiddenColumn('json') allianceKeys!: string[];
  @HiddenColumn('json', { nullable: true }) announcedByZoneKeys?: string[] | null;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}
