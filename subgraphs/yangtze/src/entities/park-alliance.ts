import { Entity } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { HiddenColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Provenance, ReportedDate, StatedFigure } from '../../../kit/value-types';

@ObjectType('YangtzeParkAlliance', { description: '长江流域园区合作联盟 — the Yangtze River park cooperation alliance of national high-tech zones.' })
@Entity({ tableName: 'park_alliance' })
export class ParkAlliance {
  @KeyColumn('联盟编号 — stable key.') key!: string;
  @TextColumn('名称 — name (Simplified).') name!: string;
  @TextColumn('原名 — name as the report writes it.') originalName!: string;
  @TextColumn('简称 — short name.', { nullable: true }) shortName?: string | null;
  @JsonColumn(() => ReportedDate, '成立时间 — founding date as stated.') founded!: ReportedDate;
  @TextColumn('成立地 — GB/T 2260 code of where it was founded.', { length: 6 }) foundedAreaCode!: string;
  @JsonColumn(() => [String], '性质 — the alliance\'s nature in the report\'s words.') nature!: string[];
  @JsonColumn(() => [StatedFigure], '数据 — stated figures: founders, applicant zones, provinces covered, national share…') figures!: StatedFigure[];
  @TextColumn('覆盖区域 — the region it covers.') coveredRegionName!: string;
  @JsonColumn(() => [String], '全国占比指标 — metrics of which the members hold the stated national share.') nationalShareMetrics!: string[];
  @JsonColumn(() => [String], '成效 — achievements stated.') achievements!: string[];
  @JsonColumn(() => [String], '计划 — plans stated.') plans!: string[];
  @HiddenColumn('json') founderZoneKeys!: string[];
  @HiddenColumn('string') leadFounderZoneKey!: string;
  @HiddenColumn('json') guidingBodyKeys!: string[];
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}
