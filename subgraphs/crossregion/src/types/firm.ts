/**
 * Firm's common fields, owned here and merged from every region's directory record of the firm
 * (each region adds its own `Firm.<region>` view in its subgraph).
 */
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { findArea } from '../../../../schema/contract/areas';
import type { RegionName } from '../../../../schema/contract/errors';
import type { DirectoryFirmRow } from '../../../kit/directory/types';
import { REGIONS } from '../config';
import { AdminArea, adminArea } from './area';
import { ChainLink, IndustryChain, chainLink, industryChainByCode } from './chain';
import { Region, regionEnum } from './region';
import { PlacementBasis, placementBasis } from '../../../kit/value-types';

/** One region's directory record of a firm. */
export interface FirmRecord {
  region: RegionName;
  row: DirectoryFirmRow;
}

@ObjectType('FirmPresence', { description: '区域记录 — how one region records the firm.' })
export class FirmPresence {
  @Field(() => Region, { description: '区域 — the region.' })
  region!: Region;
  @Field(() => String, { description: '名称 — the name in Simplified script.' })
  name!: string;
  @Field(() => String, { description: '原名 — the name as the region\'s report writes it (e.g. Traditional script).' })
  originalName!: string;
  @Field(() => AdminArea, { nullable: true, description: '所在地 — the area the region places the firm in.' })
  area!: AdminArea | null;
  @Field(() => String, { description: '类型 — kind as the region describes it: ENTERPRISE, INSTITUTE, UNIVERSITY, BRANCH…' })
  kind!: string;
  @Field(() => Int, { description: '合作次数 — cooperation projects this region records the firm in.' })
  cooperationCount!: number;
  @Field(() => String, { description: '来源 — source report file.' })
  source!: string;
}

@ObjectType('FirmChainLink', { description: '链上位置 — a chain, and where stated the link, that a region places the firm in.' })
export class FirmChainLink {
  @Field(() => IndustryChain, { description: '产业链 — the canonical chain.' })
  chain!: IndustryChain;
  @Field(() => ChainLink, { nullable: true, description: '环节 — the canonical link; null when the report names the chain but not the link.' })
  link!: ChainLink | null;
  @Field(() => Region, { description: '区域 — the region that says so.' })
  region!: Region;
  @Field(() => String, { description: '本区链名 — the region\'s own name for the chain.' })
  localChainName!: string;
  @Field(() => String, { nullable: true, description: '本区环节名 — the region\'s own name for the link.' })
  localLinkName!: string | null;
  @Field(() => String, { description: '来源 — source report file, or the write that recorded it.' })
  source!: string;
  @Field(() => PlacementBasis, { description: '归属依据 — what the placement rests on: a sentence that says so, the chain\'s passage, or only the firm\'s name (a guess).' })
  basis!: PlacementBasis;
  @Field(() => String, { nullable: true, description: '依据原文 — the report\'s sentence the placement rests on (Simplified); null for one a region recorded.' })
  evidence!: string | null;
}

@ObjectType('Firm', { description: '企业 — a firm, identified by its unified social credit code (统一社会信用代码, GB 32100-2015).' })
@Directive('@key(fields: "uscc")')
export class Firm {
  @Field(() => ID, { description: '统一社会信用代码 — unified social credit code, 18 characters.' })
  uscc!: string;
  @Field(() => String, { description: '名称 — legal name in Simplified script.' })
  name!: string;
  @Field(() => [String], { description: '原名 — every name the regions\' reports write (any script).' })
  originalNames!: string[];
  @Field(() => String, { nullable: true, description: '简称 — short name, where a report gives one.' })
  shortName!: string | null;
  @Field(() => [Region], { description: '区域 — the regions that record the firm.' })
  regions!: Region[];
  @Field(() => [FirmPresence], { description: '区域记录 — one entry per region that records the firm.' })
  presence!: FirmPresence[];
  @Field(() => AdminArea, { nullable: true, description: '所在地 — the primary area: the most specific area any region places the firm in.' })
  area!: AdminArea | null;
  @Field(() => [FirmChainLink], { description: '链上位置 — the chains and links every region places the firm in.' })
  chains!: FirmChainLink[];
  @Field(() => Boolean, { description: '示例代码 — true when the credit code is generated sample data (the reports give none).' })
  sampleCode!: boolean;
  @Field(() => Int, { description: '合作次数 — cooperation projects naming the firm, over every region.' })
  cooperationCount!: number;

  /** The parent firm's code, resolved to `parent` by the firm loader. */
  parentUscc!: string | null;
  /** The directory records this firm is merged from. */
  records!: FirmRecord[];
}

const LEVEL_RANK = { PROVINCE: 0, CITY: 1, COUNTY: 2 } as const;

/** The most specific area any record places the firm in; ties go to the first region. */
function primaryArea(records: FirmRecord[]): string | null {
  let best: string | null = null;
  for (const { row } of records) {
    const area = findArea(row.areaCode);
    if (area && (!best || LEVEL_RANK[area.level] > LEVEL_RANK[findArea(best)!.level])) best = area.code;
  }
  return best;
}

/** One Firm from the records of the regions that hold it (at least one), in canonical region order. */
export function firmFromRecords(records: FirmRecord[]): Firm {
  const sorted = [...records].sort((a, b) => REGIONS.indexOf(a.region) - REGIONS.indexOf(b.region));
  const first = sorted[0]!.row;
  return Object.assign(new Firm(), {
    uscc: first.uscc,
    name: first.name,
    originalNames: [...new Set(sorted.map((r) => r.row.originalName))],
    shortName: sorted.find((r) => r.row.shortName)?.row.shortName ?? null,
    regions: sorted.map((r) => regionEnum(r.region)),
    presence: sorted.map(({ region, row }) =>
      Object.assign(new FirmPresence(), {
        region: regionEnum(region),
        name: row.name,
        originalName: row.originalName,
        area: adminArea(row.areaCode),
        kind: row.kind,
        cooperationCount: row.cooperationCount,
        source: row.source,
      }),
    ),
    area: adminArea(primaryArea(sorted)),
    chains: sorted.flatMap(({ region, row }) =>
      row.chains.flatMap((c) => {
        const chain = industryChainByCode(c.chainCode);
        if (!chain) return [];
        return [
          Object.assign(new FirmChainLink(), {
            chain,
            link: chainLink(c.linkCode),
            region: regionEnum(region),
            localChainName: c.localChainName,
            localLinkName: c.localLinkName ?? null,
            source: c.source,
            basis: placementBasis(c.basis),
            evidence: c.evidence ?? null,
          }),
        ];
      }),
    ),
    sampleCode: sorted.every((r) => r.row.sampleCode),
    cooperationCount: sorted.reduce((sum, r) => sum + r.row.cooperationCount, 0),
    parentUscc: sorted.find((r) => r.row.parentUscc)?.row.parentUscc ?? null,
    records: sorted,
  });
}
