/**
 * The one region registry: every region of the federation, its names, how the API spells it, its
 * default port and the kind of database server it runs on in the reference production topology.
 * Everything that needs the list of regions reads it here. `npm run region:new -- <name>` adds an
 * entry (after the marker line below) when it scaffolds a region.
 */
export interface RegionEntry {
  /** Code name: folder under subgraphs/, subgraph name, `<NAME>_URL`/`<NAME>_PORT`/`<NAME>_DATABASE_URL`. */
  name: string;
  /** As the API's Region enum and `extensions.region` spell it. */
  wire: string;
  nameZh: string;
  /** The Region enum value's description: 中文 — English. */
  description: string;
  defaultPort: number;
  /** Its database server in the production topology (scripts/topology.ts). */
  serverDialect: 'postgresql' | 'mysql';
}

export const REGIONS = [
  { name: 'tianjin', wire: 'TIANJIN', nameZh: '天津', description: '天津 — Tianjin (parks, alliances and chains of Tianjin).', defaultPort: 4101, serverDialect: 'postgresql' },
  { name: 'yangtze', wire: 'YANGTZE', nameZh: '长江流域', description: '长江流域 — the Yangtze River park cooperation alliance.', defaultPort: 4102, serverDialect: 'mysql' },
  { name: 'zhejiang', wire: 'ZHEJIANG', nameZh: '浙江', description: '浙江 — Zhejiang (pairings of industrial and mountain counties).', defaultPort: 4103, serverDialect: 'postgresql' },
  // region:new adds entries above this line
] as const satisfies readonly RegionEntry[];

export type RegionName = (typeof REGIONS)[number]['name'];

/** Every region's code name, in the order answers list them. */
export const REGION_NAMES: readonly RegionName[] = REGIONS.map((r) => r.name);

export function isRegionName(text: unknown): text is RegionName {
  return typeof text === 'string' && (REGION_NAMES as readonly string[]).includes(text);
}

export function regionEntry(name: RegionName): RegionEntry {
  return REGIONS.find((r) => r.name === name) as RegionEntry;
}
