/** The three regions as the public API names them; the enum's internal values are the region names. */
import { registerEnumType } from 'type-graphql';
import type { RegionName } from '../../../../schema/contract/errors';

export enum Region {
  TIANJIN = 'tianjin',
  YANGTZE = 'yangtze',
  ZHEJIANG = 'zhejiang',
}

registerEnumType(Region, {
  name: 'Region',
  description: '区域 — a region whose cooperation data the API serves.',
  valuesConfig: {
    TIANJIN: { description: '天津 — Tianjin (parks, alliances and chains of Tianjin).' },
    YANGTZE: { description: '长江流域 — the Yangtze River park cooperation alliance.' },
    ZHEJIANG: { description: '浙江 — Zhejiang (pairings of industrial and mountain counties).' },
  },
});

export function regionEnum(name: RegionName): Region {
  return name as string as Region;
}

export function regionNames(regions: readonly Region[] | null | undefined): RegionName[] | undefined {
  return regions?.map((r) => r as string as RegionName);
}
