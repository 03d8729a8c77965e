/** The regions as the public API names them; the enum's internal values are the region names. */
import { registerEnumType } from 'type-graphql';
import { REGIONS, type RegionName } from '../../../../schema/contract/regions';

/** The Region enum's values: each region's wire spelling, standing for its code name (schema/contract/regions.ts). */
export const Region = Object.fromEntries(REGIONS.map((r) => [r.wire, r.name])) as { readonly [R in (typeof REGIONS)[number] as R['wire']]: R['name'] };
export type Region = (typeof Region)[keyof typeof Region];

registerEnumType(Region, {
  name: 'Region',
  description: '区域 — a region whose cooperation data the API serves.',
  valuesConfig: Object.fromEntries(REGIONS.map((r) => [r.wire, { description: r.description }])),
});

export function regionEnum(name: RegionName): Region {
  return name as string as Region;
}

export function regionNames(regions: readonly Region[] | null | undefined): RegionName[] | undefined {
  return regions?.map((r) => r as string as RegionName);
}
