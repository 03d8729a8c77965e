/**
 * Request-scoped batch lookups: every Firm or CooperationProject asked for in one tick (entity
 * references, parents, project parties) costs one directory call per region.
 */
import type { RegionName } from '../../../schema/contract/errors';
import { REGIONS } from './config';
import { askRegions, type CrossRegionContext } from './context';
import { firmFromRecords, type Firm, type FirmRecord } from './types/firm';
import { projectFromRow, type CooperationProject } from './types/project';
import { regionOfId } from './validate';

/** Firms by credit code, merged over the regions (every region by default); null where no region that answered knows it. */
export function firmLoader(ctx: CrossRegionContext, regions: readonly RegionName[] = REGIONS) {
  return ctx.loader<string, Firm | null>(`firmsByUscc:${regions.join(',')}`, async (usccs) => {
    const { answers } = await askRegions(ctx, regions, (client) => client.firmsByUscc(usccs));
    const records = new Map<string, FirmRecord[]>();
    for (const { region, rows } of answers) {
      for (const row of rows) records.set(row.uscc, [...(records.get(row.uscc) ?? []), { region, row }]);
    }
    return usccs.map((uscc) => {
      const found = records.get(uscc);
      return found ? firmFromRecords(found) : null;
    });
  });
}

/** Projects by id; only the region named in the id (`<region>:<kind>:<key>`) is asked. */
export function projectLoader(ctx: CrossRegionContext) {
  return ctx.loader<string, CooperationProject | null>('projectsById', async (ids) => {
    const byRegion = new Map<RegionName, string[]>();
    for (const id of ids) {
      const region = regionOfId(id);
      if (region) byRegion.set(region, [...(byRegion.get(region) ?? []), id]);
    }
    const { answers } = await askRegions(ctx, [...byRegion.keys()], (client) => client.projectsById(byRegion.get(client.region)!));
    const found = new Map<string, CooperationProject>();
    for (const { region, rows } of answers) for (const row of rows) found.set(row.id, projectFromRow(region, row));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/**
 * Firms from the records a filtered list found, completed with the asked regions' every record of
 * them: a region whose record did not match the filter still shows in `presence` and `chains`.
 * Records the completion could not fetch (a region failing now) are kept from the list.
 */
export async function completeFirms(ctx: CrossRegionContext, found: FirmRecord[][], regions: readonly RegionName[] = REGIONS): Promise<Firm[]> {
  const complete = await firmLoader(ctx, regions).loadMany(found.map((records) => records[0]!.row.uscc));
  return found.map((records, i) => {
    const loaded = complete[i];
    const full = loaded && !(loaded instanceof Error) ? loaded.records : [];
    const byRegion = new Map(records.map((r) => [r.region, r]));
    for (const record of full) byRegion.set(record.region, record);
    return firmFromRecords([...byRegion.values()]);
  });
}
