/**
 * The generated world, region-neutral: N firms, each with a home region, the regions that record
 * it, a county, a legal name, chains and links; and M projects, each recorded by one region with
 * firms of that region as parties. Everything is drawn from per-record streams (random.ts), so
 * generating one region or all three, in any chunk order, yields the same records.
 */
import { CANONICAL_CHAINS, type ChainLinkCode } from '../../schema/contract/chains';
import type { RegionName } from '../../schema/contract/errors';
import { invariant } from '../../schema/contract/invariant';
import { sampleUscc } from '../../schema/contract/uscc';
import { Random, STREAM, WeightedTable } from './random';
import { REGIONS, territoryOf, type Territory } from './territory';
import { INDUSTRY_WORDS, NAMEABLE_FIRMS, tradeName } from './vocabulary';

export const MAX_FIRMS = 1_000_000;

export interface UniverseOptions {
  seed: number;
  firms: number;
  projects: number;
  /** Share of firms that a second region also records (a third one in a tenth of those). */
  sharedShare: number;
}

export interface FirmChain {
  code: string;
  links: ChainLinkCode[];
}

export interface UniverseFirm {
  index: number;
  home: RegionName;
  /** The regions that record the firm, home first. */
  regions: RegionName[];
  areaCode: string;
  /** Legal name, Simplified. */
  name: string;
  /** Trade name (字号): the short name regions use. */
  trade: string;
  /** The industry word of its name (新能源, 锂电…), from its first chain. */
  industry: string;
  chains: FirmChain[];
  founded: number;
  /** Draw that picks which of a region's local names for a chain its record uses. */
  nameChoice: number;
}

export type ProjectKind = 'cooperation' | 'project' | 'conference-project';

export interface UniverseProject {
  index: number;
  region: RegionName;
  kind: ProjectKind;
  /** Firm indexes of the parties, distinct, the lead first. */
  parties: number[];
  /** Amount in yuan before it is stated in 万元 or 亿元; null when none is stated. */
  amountYuan: number | null;
  year: number;
  month: number;
  day: number | null;
  /** A status of the directory's vocabulary. */
  status: string;
  facility: number;
  /** Picks among a region's own records a project hangs on (a pairing, a conference). */
  anchor: number;
}

/** Where firms are at home: the Yangtze alliance spans eleven provinces, so it holds the most. */
const HOME_WEIGHTS: ReadonlyArray<readonly [RegionName, number]> = [
  ['tianjin', 0.25],
  ['yangtze', 0.5],
  ['zhejiang', 0.25],
];
const PROJECT_WEIGHTS: ReadonlyArray<readonly [RegionName, number]> = [
  ['tianjin', 0.3],
  ['yangtze', 0.35],
  ['zhejiang', 0.35],
];

/** Chains a region's reports stress (chains.ts localNames) are three times as common among its firms. */
function chainTable(region: RegionName): WeightedTable<string> {
  return new WeightedTable(CANONICAL_CHAINS.map((c, rank) => [c.code, (c.localNames[region]?.length ? 3 : 1) / Math.pow(rank + 1, 0.3)] as const));
}

const STATUSES = new WeightedTable<string>([
  ['INTENT', 12],
  ['NEGOTIATING', 15],
  ['SIGNED', 25],
  ['IN_PROGRESS', 25],
  ['OPERATING', 12],
  ['COMPLETED', 8],
  ['PLANNED', 3],
]);

export class Universe {
  readonly territories: Record<RegionName, Territory>;
  private readonly chainTables: Record<RegionName, WeightedTable<string>>;
  private readonly homeTable = new WeightedTable(HOME_WEIGHTS);
  private readonly projectTable = new WeightedTable(PROJECT_WEIGHTS);
  /** Bit r set when region r records firm i. */
  readonly presence: Uint8Array;
  /** Firms left out because an earlier firm already has their credit code (a hash collision). */
  readonly collisions: number[] = [];
  private readonly usccs: string[];

  constructor(readonly options: UniverseOptions) {
    invariant(Number.isInteger(options.firms) && options.firms >= 1 && options.firms <= MAX_FIRMS, `firms must be between 1 and ${MAX_FIRMS}`);
    invariant(options.firms <= NAMEABLE_FIRMS, `the vocabulary names at most ${NAMEABLE_FIRMS} firms`);
    this.territories = Object.fromEntries(REGIONS.map((r) => [r, territoryOf(r, options.seed)])) as Record<RegionName, Territory>;
    this.chainTables = Object.fromEntries(REGIONS.map((r) => [r, chainTable(r)])) as Record<RegionName, WeightedTable<string>>;
    this.presence = new Uint8Array(options.firms);
    this.usccs = new Array<string>(options.firms);
    const seen = new Set<string>();
    for (let i = 0; i < options.firms; i++) {
      const firm = this.firm(i);
      const uscc = sampleUscc(firm.name, firm.areaCode);
      this.usccs[i] = uscc;
      if (seen.has(uscc)) {
        this.collisions.push(i);
        continue;
      }
      seen.add(uscc);
      for (const region of firm.regions) this.presence[i]! |= 1 << REGIONS.indexOf(region);
    }
  }

  /** Firm i: the same object for the same seed and index, whatever else the run does. */
  firm(index: number): UniverseFirm {
    const random = Random.stream(this.options.seed, STREAM.firm, index);
    const home = this.homeTable.draw(random);
    const areaCode = this.territories[home].draw(random);
    const regions: RegionName[] = [home];
    if (random.chance(this.options.sharedShare)) {
      // A Zhejiang firm is also in the Yangtze alliance's territory: those two record it first.
      const second: RegionName = areaCode.startsWith('33') && home !== 'tianjin' ? (home === 'zhejiang' ? 'yangtze' : 'zhejiang') : random.pick(REGIONS.filter((r) => r !== home));
      regions.push(second);
      if (random.chance(0.1)) regions.push(REGIONS.find((r) => !regions.includes(r))!);
    }
    const chainCount = random.chance(0.7) ? 1 : random.chance(0.83) ? 2 : 3;
    const chains: FirmChain[] = [];
    for (let attempt = 0; chains.length < chainCount && attempt < 10; attempt++) {
      const code = this.chainTables[home].draw(random);
      if (chains.some((c) => c.code === code)) continue;
      const links = CANONICAL_CHAINS.find((c) => c.code === code)!.links;
      const linkCount = random.chance(0.35) ? 0 : random.chance(0.75) ? 1 : 2;
      const served = new Set<ChainLinkCode>();
      while (served.size < linkCount) served.add(random.pick(links));
      chains.push({ code, links: [...served] });
    }
    const industry = random.pick(INDUSTRY_WORDS[chains[0]!.code]!);
    const { trade, form } = tradeName(index, this.options.seed);
    return {
      index,
      home,
      regions,
      areaCode,
      name: `${this.territories[home].places.get(areaCode)}${trade}${industry}${form}`,
      trade,
      industry,
      chains,
      founded: 2025 - random.skewed(40, 1.6),
      nameChoice: random.next(),
    };
  }

  uscc(index: number): string {
    return this.usccs[index]!;
  }

  isIn(index: number, region: RegionName): boolean {
    return (this.presence[index]! & (1 << REGIONS.indexOf(region))) !== 0;
  }

  /** Indexes of the firms a region records, ascending, less those it must leave out. */
  firmsOf(region: RegionName, excluded: ReadonlySet<number> = new Set()): Int32Array {
    const bit = 1 << REGIONS.indexOf(region);
    const list: number[] = [];
    for (let i = 0; i < this.presence.length; i++) if (this.presence[i]! & bit && !excluded.has(i)) list.push(i);
    return Int32Array.from(list);
  }

  /**
   * Project j, with parties drawn from `members` (the firms its region records) — a few firms take
   * part in many projects (a power law over the list). Null when its region records no firm.
   */
  project(index: number, membersOf: (region: RegionName) => Int32Array): UniverseProject | null {
    const random = Random.stream(this.options.seed, STREAM.project, index);
    const region = this.projectTable.draw(random);
    const members = membersOf(region);
    if (members.length === 0) return null;
    const kind: ProjectKind = region === 'tianjin' ? (random.chance(0.6) ? 'cooperation' : 'project') : region === 'yangtze' ? 'conference-project' : 'project';
    const wanted = kind === 'cooperation' ? 2 : region === 'tianjin' ? 1 : random.int(1, 3);
    const parties: number[] = [];
    for (let attempt = 0; parties.length < Math.min(wanted, members.length) && attempt < 20; attempt++) {
      const firm = members[random.skewed(members.length, 2)]!;
      if (!parties.includes(firm)) parties.push(firm);
    }
    // A cooperation needs its two parties.
    if (kind === 'cooperation' && parties.length < 2) return null;
    const amountYuan = random.chance(0.85) ? Math.max(10_000, random.logNormal(5e7, 1.6)) : null;
    return {
      index,
      region,
      kind,
      parties,
      amountYuan,
      year: 2025 - random.skewed(10, 1.4),
      month: random.int(1, 12),
      day: random.chance(0.5) ? random.int(1, 28) : null,
      status: STATUSES.draw(random),
      facility: random.int(0, 1_000_000),
      anchor: random.int(0, 1_000_000),
    };
  }
}
