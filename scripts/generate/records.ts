/**
 * What every region's rows share: how a generated amount and date are stated, where generated rows
 * say they come from, and a region's record of a universe firm (its script, its key, its code).
 */
import type { RegionName } from '../../schema/contract/errors';
import { invariant } from '../../schema/contract/invariant';
import { toSimplified, toTraditional } from '../../schema/contract/script';
import type { StatedAmount, StatedDate } from '../../schema/contract/source';
import type { Universe, UniverseFirm, UniverseProject } from './universe';
import { PROJECT_FACILITIES, localChainNames } from './vocabulary';

/** The directory's `source` and the native provenance of every generated row: how to find and remove them. */
export const GENERATED_SOURCE_PREFIX = 'generated:';
export const GENERATED_KEY_PREFIX = 'gen-';

export function generatedSource(seed: number): string {
  return `${GENERATED_SOURCE_PREFIX}seed-${seed}`;
}

export function firmKey(index: number): string {
  return `${GENERATED_KEY_PREFIX}${index}`;
}

export function projectKey(index: number): string {
  return `${GENERATED_KEY_PREFIX}p${index}`;
}

/** Reports state money in 万元 below 1亿 and in 亿元 (two decimals) above; the directory normalises to yuan. */
export function statedAmount(yuan: number): StatedAmount {
  if (yuan >= 1e8) return { value: Math.round(yuan / 1e6) / 100, unit: '亿元' };
  return { value: Math.max(1, Math.round(yuan / 1e4)), unit: '万元' };
}

export function statedDate(project: UniverseProject): StatedDate {
  const text = `${project.year}年${project.month}月${project.day ? `${project.day}日` : ''}`;
  return { text, year: project.year, month: project.month, ...(project.day ? { day: project.day } : {}) };
}

/** A project's title from its lead firm: trade name, industry, what it builds (华宏锂电生产基地项目). */
export function projectTitle(lead: UniverseFirm, project: UniverseProject): string {
  return `${lead.trade}${lead.industry}${PROJECT_FACILITIES[project.facility % PROJECT_FACILITIES.length]}项目`;
}

/** A firm as one region records it. */
export interface FirmRecord {
  firm: UniverseFirm;
  key: string;
  uscc: string;
  /** The name in the region's script: Traditional for Tianjin. */
  originalName: string;
  /** The region's local name of each of the firm's chains, in order. */
  chainNames: string[];
}

/** Builds (and remembers, for project parties) each region's record of a firm. */
export class FirmRecords {
  private readonly cache = new Map<number, FirmRecord>();

  constructor(
    private readonly universe: Universe,
    readonly region: RegionName,
  ) {}

  get(index: number): FirmRecord {
    const cached = this.cache.get(index);
    if (cached) return cached;
    const firm = this.universe.firm(index);
    const traditional = this.region === 'tianjin';
    // Tianjin writes names in Traditional script; a name whose Traditional form would not fold back
    // keeps its Simplified form, so every region's record still derives the same credit code.
    const converted = traditional ? toTraditional(firm.name) : firm.name;
    const originalName = toSimplified(converted) === firm.name ? converted : firm.name;
    const record: FirmRecord = {
      firm,
      key: firmKey(index),
      uscc: this.universe.uscc(index),
      originalName,
      chainNames: firm.chains.map((c) => {
        const names = localChainNames(this.region, c.code);
        return names[Math.floor(firm.nameChoice * names.length)]!;
      }),
    };
    invariant(toSimplified(originalName) === firm.name, `${firm.name} does not survive its ${this.region} script`);
    // Popular project parties come back often; the cache stays bounded.
    if (this.cache.size > 20_000) this.cache.clear();
    this.cache.set(index, record);
    return record;
  }
}
