/** Scopes: the parks, alliances, zones, counties and pairings whose member firms can be analysed. */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { RegionName } from '../../../../schema/contract/errors';
import type { DirectoryScopeGapRow, DirectoryScopeRow } from '../../../kit/directory/types';
import { AdminArea, adminArea } from './area';
import { ChainLink, IndustryChain, chainLink, industryChainByCode } from './chain';
import { Region, regionEnum } from './region';

@ObjectType('StatedGap', { description: '明确缺口 — a gap a report states outright, e.g. a park that cannot yet offer production land.' })
export class StatedGap {
  @Field(() => IndustryChain, { description: '产业链 — the chain.' })
  chain!: IndustryChain;
  @Field(() => ChainLink, { nullable: true, description: '环节 — the link the gap is in.' })
  link!: ChainLink | null;
  @Field(() => String, { description: '说明 — what the report says.' })
  note!: string;
  @Field(() => String, { description: '来源 — source report file.' })
  source!: string;
}

@ObjectType('Scope', { description: '范围 — a park, alliance, zone, county or pairing of a region, with member firms.' })
export class Scope {
  @Field(() => ID, { description: '编号 — `<region>:<kind>:<key>`; pass it to chainGapAnalysis or FirmFilter.scopeId.' })
  id!: string;
  @Field(() => Region, { description: '区域 — the region.' })
  region!: Region;
  @Field(() => String, { description: '类型 — PARK, ALLIANCE, ZONE, COUNTY or PAIRING.' })
  kind!: string;
  @Field(() => String, { description: '名称 — name in Simplified script.' })
  name!: string;
  @Field(() => String, { description: '原名 — the name as the report writes it.' })
  originalName!: string;
  @Field(() => AdminArea, { nullable: true, description: '所在地 — the scope\'s area.' })
  area!: AdminArea | null;
  @Field(() => Int, { description: '成员数 — member firms the region records.' })
  memberCount!: number;
  @Field(() => [StatedGap], { description: '明确缺口 — gaps the reports state for the scope.' })
  statedGaps!: StatedGap[];
  @Field(() => String, { description: '来源 — source report file.' })
  source!: string;

  areaCode!: string;
  memberUsccs!: string[];
}

export function statedGap(row: DirectoryScopeGapRow): StatedGap | null {
  const chain = industryChainByCode(row.chainCode);
  return chain ? Object.assign(new StatedGap(), { chain, link: chainLink(row.linkCode), note: row.note, source: row.source }) : null;
}

export function scopeFromRow(region: RegionName, row: DirectoryScopeRow): Scope {
  return Object.assign(new Scope(), {
    id: row.id,
    region: regionEnum(region),
    kind: row.kind,
    name: row.name,
    originalName: row.originalName,
    area: adminArea(row.areaCode),
    memberCount: row.memberUsccs.length,
    statedGaps: row.statedGaps.map(statedGap).filter((g): g is StatedGap => g !== null),
    source: row.source,
    areaCode: row.areaCode,
    memberUsccs: row.memberUsccs,
  });
}
