/** Scopes: the parks, alliances, zones, counties and pairings whose member firms can be analysed. */
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { RegionName } from '../../../../schema/contract/errors';
import type { DirectoryScopeGapRow, DirectoryScopeRelationRow, DirectoryScopeRow } from '../../../kit/directory/types';
import { AdminArea, adminArea } from './area';
import { ChainLink, IndustryChain, chainLink, industryChainByCode } from './chain';
import { Region, regionEnum } from './region';

export enum ScopeRelation {
  SELF = 'SELF',
  CONTAINING = 'CONTAINING',
  MEMBER = 'MEMBER',
}

registerEnumType(ScopeRelation, {
  name: 'ScopeRelation',
  description: '范围关系 — how the scope a fact is stated about stands to the scope being looked at.',
  valuesConfig: {
    SELF: { description: '本范围 — stated about the scope itself.' },
    CONTAINING: { description: '上级范围 — stated about a scope it lies in (an alliance\'s park, a county\'s pairing).' },
    MEMBER: { description: '下属范围 — stated about a scope inside it (a pairing\'s county, a park\'s alliance).' },
  },
});

@ObjectType('StatedGap', { description: '明确缺口 — a gap a report states outright, e.g. a park that cannot yet offer production land, and the scope it is stated about.' })
export class StatedGap {
  @Field(() => IndustryChain, { description: '产业链 — the chain.' })
  chain!: IndustryChain;
  @Field(() => ChainLink, { nullable: true, description: '环节 — the link the gap is in; null when the report states a gap in the chain as a whole.' })
  link!: ChainLink | null;
  @Field(() => String, { description: '说明 — what the report says.' })
  note!: string;
  @Field(() => String, { description: '来源 — source report file.' })
  source!: string;
  @Field(() => ID, { description: '所述范围 — id of the scope the report states the gap about.' })
  statedAbout!: string;
  @Field(() => ScopeRelation, { description: '关系 — how that scope stands to the scope being looked at.' })
  relation!: ScopeRelation;
}

@ObjectType('StatedLink', { description: '明确环节 — a link a report states the firms of a scope cover (乐清 "已形成了完整的电气产业链"), and the scope it is stated about.' })
export class StatedLink {
  @Field(() => IndustryChain, { description: '产业链 — the chain.' })
  chain!: IndustryChain;
  @Field(() => ChainLink, { description: '环节 — the link covered.' })
  link!: ChainLink;
  @Field(() => String, { description: '说明 — what the report says.' })
  note!: string;
  @Field(() => String, { description: '来源 — source report file.' })
  source!: string;
  @Field(() => ID, { description: '所述范围 — id of the scope the report states it about.' })
  statedAbout!: string;
  @Field(() => ScopeRelation, { description: '关系 — how that scope stands to the scope being looked at.' })
  relation!: ScopeRelation;
}

@ObjectType('ScopeInclusion', { description: '范围隶属 — a scope lying in another, with the report\'s words that say so.' })
export class ScopeInclusion {
  @Field(() => ID, { description: '范围 — id of the other scope (Query.scopes, chainGapAnalysis).' })
  scopeId!: string;
  @Field(() => String, { description: '说明 — what the report says.' })
  note!: string;
  @Field(() => String, { description: '来源 — source report file.' })
  source!: string;
}

@ObjectType('Scope', { description: '范围 — a park, alliance, zone, county or pairing of a region, with member firms.' })
@Directive('@key(fields: "id")')
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
  @Field(() => [StatedGap], { description: '明确缺口 — gaps the reports state for the scope itself.' })
  statedGaps!: StatedGap[];
  @Field(() => [StatedLink], { description: '明确环节 — links the reports state the scope\'s firms cover.' })
  statedLinks!: StatedLink[];
  @Field(() => [ScopeInclusion], { description: '上级范围 — the scopes it lies in (an alliance\'s park, a county\'s pairing), as the reports state.' })
  containedIn!: ScopeInclusion[];
  @Field(() => [ScopeInclusion], { description: '下属范围 — the scopes inside it (a park\'s alliances and parts, a pairing\'s counties and parks).' })
  contains!: ScopeInclusion[];
  @Field(() => String, { description: '来源 — source report file.' })
  source!: string;

  areaCode!: string;
  memberUsccs!: string[];
}

function gapFrom(row: DirectoryScopeGapRow, statedAbout: string, relation: ScopeRelation): StatedGap | null {
  const chain = industryChainByCode(row.chainCode);
  return chain ? Object.assign(new StatedGap(), { chain, link: chainLink(row.linkCode), note: row.note, source: row.source, statedAbout, relation }) : null;
}

function linkFrom(row: DirectoryScopeGapRow, statedAbout: string, relation: ScopeRelation): StatedLink | null {
  const chain = industryChainByCode(row.chainCode);
  const link = chainLink(row.linkCode);
  return chain && link ? Object.assign(new StatedLink(), { chain, link, note: row.note, source: row.source, statedAbout, relation }) : null;
}

const inclusion = (row: DirectoryScopeRelationRow) => Object.assign(new ScopeInclusion(), { scopeId: row.scopeId, note: row.note, source: row.source });

/** A scope's gaps and links as seen from another scope that stands to it in `relation`. */
export function statedFacts(scope: Scope, relation: ScopeRelation): { gaps: StatedGap[]; links: StatedLink[] } {
  return {
    gaps: scope.statedGaps.map((g) => Object.assign(new StatedGap(), { ...g, relation })),
    links: scope.statedLinks.map((l) => Object.assign(new StatedLink(), { ...l, relation })),
  };
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
    statedGaps: row.statedGaps.map((g) => gapFrom(g, row.id, ScopeRelation.SELF)).filter((g): g is StatedGap => g !== null),
    statedLinks: (row.statedLinks ?? []).map((l) => linkFrom(l, row.id, ScopeRelation.SELF)).filter((l): l is StatedLink => l !== null),
    containedIn: (row.parents ?? []).map(inclusion),
    contains: (row.children ?? []).map(inclusion),
    source: row.source,
    areaCode: row.areaCode,
    memberUsccs: row.memberUsccs,
  });
}
