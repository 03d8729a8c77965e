/**
 * Query.aggregates: each region counts and sums in its own database (directoryAggregate, never by
 * fetching rows); the groups of the regions are added up here, or kept apart when grouped by REGION.
 */
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { CoopError, type RegionName } from '../../../../schema/contract/errors';
import type { DirectoryAggregateRow } from '../../../kit/directory/types';
import { REGIONS } from '../config';
import { askRegions, type CrossRegionContext } from '../context';
import { compareText } from '../merge';
import type { RegionDimension } from '../region-client';
import { AggregateDimension, AggregateEntity, AggregateResult, AggregateRow, AggregateTotals } from '../types/aggregate';
import { adminArea } from '../types/area';
import { industryChainByCode } from '../types/chain';
import { AggregatesArgs } from '../types/args';
import { regionEnum } from '../types/region';
import { projectQuery } from './projects';

const AREA_LEVELS = [AggregateDimension.PROVINCE, AggregateDimension.CITY, AggregateDimension.COUNTY];
const PROJECT_ONLY_FILTERS = ['dateFrom', 'dateTo', 'amountMinYuan', 'amountMaxYuan'] as const;

function validGroupBy(entity: AggregateEntity, groupBy: AggregateDimension[]): AggregateDimension[] {
  const dims = [...new Set(groupBy)];
  if (dims.filter((d) => AREA_LEVELS.includes(d)).length > 1) throw CoopError.badInput('groupBy', 'Group by one area level at a time: PROVINCE, CITY or COUNTY.');
  if (entity === AggregateEntity.FIRM && dims.includes(AggregateDimension.STATUS)) throw CoopError.badInput('groupBy', 'Firms have no status: STATUS groups PROJECT aggregates only.');
  return dims;
}

interface Group {
  region: RegionName | null;
  row: DirectoryAggregateRow;
}

/** Adds up groups equal on every dimension (the region included when grouped by it). */
export function mergeGroups(groups: Group[]): Group[] {
  const merged = new Map<string, Group>();
  for (const { region, row } of groups) {
    const key = JSON.stringify([region, row.chainCode ?? null, row.areaCode ?? null, row.status ?? null]);
    const seen = merged.get(key);
    if (seen) merged.set(key, { region, row: { ...seen.row, count: seen.row.count + row.count, amountYuan: seen.row.amountYuan + row.amountYuan } });
    else merged.set(key, { region, row: { ...row } });
  }
  const text = (x: string | null | undefined) => x ?? '';
  return [...merged.values()].sort(
    (a, b) =>
      (a.region ? REGIONS.indexOf(a.region) : -1) - (b.region ? REGIONS.indexOf(b.region) : -1) ||
      compareText(text(a.row.chainCode), text(b.row.chainCode)) ||
      compareText(text(a.row.areaCode), text(b.row.areaCode)) ||
      compareText(text(a.row.status), text(b.row.status)),
  );
}

@Resolver()
export class AggregatesResolver {
  @Query(() => AggregateResult, {
    description: '统计 — counts and sums of firms or projects over every region, grouped by region, chain, an area level and status; computed in each region\'s database.',
  })
  async aggregates(@Ctx() ctx: CrossRegionContext, @Args(() => AggregatesArgs) { entity, groupBy, filter }: AggregatesArgs): Promise<AggregateResult> {
    const dims = validGroupBy(entity, groupBy);
    if (entity === AggregateEntity.FIRM) {
      const projectOnly = PROJECT_ONLY_FILTERS.find((name) => filter?.[name] != null);
      if (projectOnly) throw CoopError.badInput(`filter.${projectOnly}`, `${projectOnly} filters PROJECT aggregates only: firms have no date or amount.`);
    }
    const { directory, regions } = projectQuery(filter);
    const regionDims = dims.filter((d) => d !== AggregateDimension.REGION) as string[] as RegionDimension[];
    const byRegion = dims.includes(AggregateDimension.REGION);
    const { answers, missing } = await askRegions(ctx, regions, (client) => client.aggregate(entity, directory, regionDims));

    const rows = mergeGroups(answers.flatMap(({ region, rows: a }) => a.rows.map((row) => ({ region: byRegion ? region : null, row })))).map(({ region, row }) =>
      Object.assign(new AggregateRow(), {
        region: region ? regionEnum(region) : null,
        chain: industryChainByCode(row.chainCode),
        chainCode: row.chainCode ?? null,
        area: adminArea(row.areaCode),
        areaCode: row.areaCode ?? null,
        status: row.status ?? null,
        count: row.count,
        amountYuan: row.amountYuan,
      }),
    );
    const totals = answers.flatMap((a) => a.rows.totals);
    return Object.assign(new AggregateResult(), {
      entity,
      groupBy: dims,
      rows,
      totals: Object.assign(new AggregateTotals(), { count: totals.reduce((s, t) => s + t.count, 0), amountYuan: totals.reduce((s, t) => s + t.amountYuan, 0) }),
      missingRegions: missing.map(regionEnum),
    });
  }
}
