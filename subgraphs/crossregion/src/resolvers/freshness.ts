/**
 * PageInfo.freshness: beside a merged page, the freshness of each region that answered it. Asked
 * of the regions only when selected, once per region per request however many lists the answer
 * holds; each region reads its small freshness table (kit/history), never its history.
 */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RegionName } from '../../../../schema/contract/errors';
import { askRegions, type CrossRegionContext } from '../context';
import { PageInfo } from '../types/connection';
import { RegionFreshness } from '../types/freshness';
import { regionEnum } from '../types/region';

type Stated = Array<{ kind: string; lastChangedAt: string }>;

async function freshnessOf(ctx: CrossRegionContext, regions: readonly RegionName[]): Promise<RegionFreshness[][]> {
  const answered = await askRegions(ctx, regions, (client) =>
    client.request<Record<string, { freshness: Stated }>>('regionFreshness', `query regionFreshness { ${client.region} { freshness { kind lastChangedAt } } }`, {}),
  );
  const byRegion = new Map(answered.answers.map(({ region, rows }) => [region, rows[region]!.freshness]));
  return regions.map((region) => (byRegion.get(region) ?? []).map((f) => Object.assign(new RegionFreshness(), { region: regionEnum(region), ...f })));
}

@Resolver(() => PageInfo)
export class PageInfoFreshnessResolver {
  @FieldResolver(() => [RegionFreshness], {
    description: '数据新鲜度 — for each region that answered this page, when each kind of its records last changed: how current the merged answer is. A region whose freshness cannot be read is left out, with an error.',
  })
  async freshness(@Root() pageInfo: PageInfo, @Ctx() ctx: CrossRegionContext): Promise<RegionFreshness[]> {
    const loader = ctx.loader<RegionName, RegionFreshness[]>('regionFreshness', (regions) => freshnessOf(ctx, regions));
    return (await loader.loadMany(pageInfo.answeredRegions)).flatMap((f) => (f instanceof Error ? [] : f));
  }
}
