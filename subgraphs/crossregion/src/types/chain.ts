/** IndustryChain's common fields, owned here: the canonical taxonomy of schema/contract/chains.ts. */
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { memoByKey } from './memo';
import { CHAIN_LINKS, findChain, type CanonicalChain, type ChainLinkCode } from '../../../../schema/contract/chains';
import type { RegionName } from '../../../../schema/contract/errors';
import { toSimplified } from '../../../../schema/contract/script';
import { REGIONS } from '../config';
import { Region, regionEnum } from './region';

@ObjectType('ChainLink', { description: '产业链环节 — a canonical link of a chain (research, materials, production…).' })
@Directive('@cacheControl(maxAge: 3600)')
export class ChainLink {
  @Field(() => ID, { description: '环节代码 — canonical link code, e.g. PRODUCTION.' })
  code!: string;
  @Field(() => String, { description: '中文名 — Chinese name.' })
  nameZh!: string;
  @Field(() => String, { description: '英文名 — English name.' })
  nameEn!: string;
}

@ObjectType('RegionalChainName', { description: '本区链名 — what one region calls a chain, as its reports write it.' })
@Directive('@cacheControl(maxAge: 3600)')
export class RegionalChainName {
  @Field(() => Region, { description: '区域 — the region.' })
  region!: Region;
  @Field(() => String, { description: '名称 — the local name (Simplified).' })
  name!: string;
}

@ObjectType('IndustryChain', { description: '产业链 — an industry chain of the canonical taxonomy every region maps its own chain names onto.' })
@Directive('@key(fields: "code")')
// The canonical taxonomy changes only with a release: an hour is safe to reuse.
@Directive('@cacheControl(maxAge: 3600)')
export class IndustryChain {
  @Field(() => ID, { description: '产业链代码 — canonical chain code, e.g. POWER_BATTERY.' })
  code!: string;
  @Field(() => String, { description: '中文名 — Chinese name.' })
  nameZh!: string;
  @Field(() => String, { description: '英文名 — English name.' })
  nameEn!: string;
  @Field(() => [ChainLink], { description: '环节 — the canonical links of the chain, upstream first; gap analysis checks these.' })
  links!: ChainLink[];
  @Field(() => [RegionalChainName], { description: '本区链名 — every region\'s own names for the chain.' })
  localNames!: RegionalChainName[];
}

export const chainLink = memoByKey((code): ChainLink | null => {
  const link = Object.hasOwn(CHAIN_LINKS, code) ? CHAIN_LINKS[code as ChainLinkCode] : undefined;
  return link ? Object.assign(new ChainLink(), { code, nameZh: link.nameZh, nameEn: link.nameEn }) : null;
});

function buildIndustryChain(chain: CanonicalChain): IndustryChain {
  return Object.assign(new IndustryChain(), {
    code: chain.code,
    nameZh: chain.nameZh,
    nameEn: chain.nameEn,
    links: chain.links.map((code) => chainLink(code)!),
    // Simplified, as every name the API shows; Traditional spellings of one name become one.
    localNames: REGIONS.flatMap((region: RegionName) =>
      [...new Set((chain.localNames[region] ?? []).map(toSimplified))].map((name) => Object.assign(new RegionalChainName(), { region: regionEnum(region), name })),
    ),
  });
}

/** The chain with a canonical code, or null when there is none. */
export const industryChainByCode = memoByKey((code): IndustryChain | null => {
  const chain = findChain(code);
  return chain ? buildIndustryChain(chain) : null;
});

/** A canonical chain as the API shows it: the same object for every request that names it. */
export function industryChain(chain: CanonicalChain): IndustryChain {
  return industryChainByCode(chain.code)!;
}
