/**
 * Request-scoped batch lookups: every Firm or CooperationProject asked for in one tick (entity
 * references, parents, project parties) costs one directory call per region.
 */
import type { RegionName } from '../../../schema/contract/errors';
import { REGIONS } from './config';
import type { DirectoryFirmRow } from '../../kit/directory/types';
import { oneFor } from '../../kit/rows-by-key';
import { askRegions, type CrossRegionContext } from './context';
import { firmFromRecords, type Firm, type FirmRecord } from './types/firm';
import { projectFromRow, type CooperationProject } from './types/project';
import { scopeFromRow, type Scope } from './types/scope';
import type { RegionAnswer, RegionClient } from './region-client';
import { regionOfId } from './validate';

/**
 * One region's record of each firm asked for in a tick, by credit code: one directory call. null
 * where the region has no record, or failed (the failure is reported to the request).
 */
function regionFirmLoader(ctx: CrossRegionContext, region: RegionName) {
  return ctx.loader<string, DirectoryFirmRow | null>(`firmsByUscc:${region}`, async (usccs) => {
    const { answers } = await askRegions(ctx, [region], (client) => client.firmsByUscc(usccs));
    return oneFor(usccs, answers[0]?.rows ?? [], (row) => row.uscc);
  });
}

/** The given regions' records of one firm, in the regions' order. */
async function firmRecords(ctx: CrossRegionContext, uscc: string, regions: readonly RegionName[]): Promise<FirmRecord[]> {
  const rows = await Promise.all(regions.map((region) => regionFirmLoader(ctx, region).load(uscc)));
  return regions.flatMap((region, i) => (rows[i] ? [{ region, row: rows[i] }] : []));
}

/** Firms by credit code, merged over the regions (every region by default); null where no region that answered knows it. */
export function firmLoader(ctx: CrossRegionContext, regions: readonly RegionName[] = REGIONS) {
  return ctx.loader<string, Firm | null>(`firms:${regions.join(',')}`, (usccs) =>
    Promise.all(usccs.map(async (uscc) => {
      const records = await firmRecords(ctx, uscc, regions);
      return records.length ? firmFromRecords(records) : null;
    })),
  );
}

/** Ids `<region>:<kind>:<key>` by the region they name; ids naming none are left out. */
function idsByRegion(ids: readonly string[]): Map<RegionName, string[]> {
  const byRegion = new Map<RegionName, string[]>();
  for (const id of ids) {
    const region = regionOfId(id);
    if (region) byRegion.set(region, [...(byRegion.get(region) ?? []), id]);
  }
  return byRegion;
}

/** Projects by id; only the region named in the id (`<region>:<kind>:<key>`) is asked. */
export function projectLoader(ctx: CrossRegionContext) {
  return ctx.loader<string, CooperationProject | null>('projectsById', async (ids) => {
    const byRegion = idsByRegion(ids);
    const { answers } = await askRegions(ctx, [...byRegion.keys()], (client) => client.projectsById(byRegion.get(client.region)!));
    const found = new Map<string, CooperationProject>();
    for (const { region, rows } of answers) for (const row of rows) found.set(row.id, projectFromRow(region, row));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Scopes by id; only the region named in the id is asked. null where it has none, or failed (reported to the request). */
export function scopeLoader(ctx: CrossRegionContext) {
  return ctx.loader<string, Scope | null>('scopesById', async (ids) => {
    const byRegion = idsByRegion(ids);
    const { answers } = await askRegions(ctx, [...byRegion.keys()], (client) => client.scopes(byRegion.get(client.region)!, null));
    const found = new Map<string, Scope>();
    for (const { region, rows } of answers) for (const row of rows) found.set(row.id, scopeFromRow(region, row));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** How a region is asked for its records of firms by credit code. */
export type FirmLookup = (client: RegionClient, usccs: readonly string[]) => Promise<RegionAnswer<DirectoryFirmRow[]>>;

const byGraphQL: FirmLookup = (client, usccs) => client.firmsByUscc(usccs);

/**
 * Firms from the records a filtered list found, completed with the asked regions' other records of
 * them: a region whose record did not match the filter still shows in `presence` and `chains`. A
 * region that listed a firm gave its whole record, so only the other regions are asked, each once
 * for all the firms it did not list (a page, an export batch of 1,000: a load per firm would cost a
 * promise each). Records the completion could not fetch (a region failing now) are left out.
 */
export async function completeFirms(ctx: CrossRegionContext, found: FirmRecord[][], regions: readonly RegionName[] = REGIONS, lookup: FirmLookup = byGraphQL): Promise<Firm[]> {
  const unlisted = new Map<RegionName, string[]>();
  for (const records of found) {
    for (const region of regions) {
      if (records.some((r) => r.region === region)) continue;
      const usccs = unlisted.get(region) ?? [];
      usccs.push(records[0]!.row.uscc);
      unlisted.set(region, usccs);
    }
  }
  const { answers } = await askRegions(ctx, [...unlisted.keys()], (client) => lookup(client, unlisted.get(client.region)!));
  const byRegion = answers.map(({ region, rows }) => ({ region, rows: new Map(rows.map((row) => [row.uscc, row])) }));
  // A region was asked only for the firms it did not list, so whatever it has of a firm is another record.
  return found.map((records) => {
    const uscc = records[0]!.row.uscc;
    const others = byRegion.flatMap(({ region, rows }) => {
      const row = rows.get(uscc);
      return row ? [{ region, row }] : [];
    });
    return firmFromRecords([...records, ...others]);
  });
}
