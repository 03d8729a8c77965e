/** Query.firms and Query.firm: the firm list merged over every region, and one firm by credit code. */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { RegionName } from '../../../../schema/contract/errors';
import type { DirectoryFilter } from '../../../kit/directory/types';
import { REGIONS } from '../config';
import { askRegions, type CrossRegionContext } from '../context';
import { completeFirms, firmLoader } from '../loaders';
import { isEmptyFilter, type SharedKey } from '../../../kit/directory/overlap';
import { distinctTotal } from '../distinct-total';
import { MAX_REGION_PAGE } from '../region-client';
import { mergedPage, type MergedListPage } from '../paging';
import { selectsField } from '../selection';
import { connectionType } from '../types/connection';
import { Firm, firmFromRecords } from '../types/firm';
import { DEFAULT_PAGE, FirmsArgs } from '../types/args';
import { FirmFilter, FirmOrderField, SortDirection, directoryOrder } from '../types/inputs';
import { regionNames } from '../types/region';
import { pageSize, scopeRegion, selectedRegions, validArea, validChain, validKeyword, validLink, validUscc } from '../validate';

export const FirmConnection = connectionType(Firm, 'Firm', '企业列表', 'the firms matching the filter in every region that answered, a firm that several regions record counted once.');
/** The merged firm list's name in its cursors (the firm export issues and takes the same). */
export const FIRM_LIST = 'firms';

/**
 * The directory filter for a public firm filter, every part validated; the regions the user asks
 * about (`selected`), and those whose lists can match (`regions`: scope members are listed in the
 * scope's own region only).
 */
export function firmQuery(filter: FirmFilter | null | undefined): { directory: DirectoryFilter; selected: RegionName[]; regions: RegionName[] } {
  const f = filter ?? {};
  const selected = selectedRegions(regionNames(f.regions), 'filter.regions');
  const regions = f.scopeId ? selected.filter((r) => r === scopeRegion(f.scopeId!, 'filter.scopeId')) : selected;
  const directory: DirectoryFilter = {
    chainCode: f.chainCode ? validChain(f.chainCode, 'filter.chainCode').code : undefined,
    linkCodes: f.linkCode ? [validLink(f.linkCode, 'filter.linkCode')] : undefined,
    areaCode: f.areaCode ? validArea(f.areaCode, 'filter.areaCode') : undefined,
    keyword: validKeyword(f.keyword, 'filter.keyword'),
    scopeId: f.scopeId ?? undefined,
  };
  return { directory, selected, regions };
}

/** No filter and every region: each region's list already holds all its records, nothing to complete. */
export function isUnfiltered(directory: DirectoryFilter, regions: readonly RegionName[]): boolean {
  return regions.length === REGIONS.length && Object.values(directory).every((v) => v === undefined);
}

/** Σ region counts less the firms counted in more than one region (distinct-total.ts). */
function dedupedTotal(ctx: CrossRegionContext, directory: DirectoryFilter, counts: MergedListPage<unknown>['counts']): Promise<number> {
  const parts = counts.map((c) => ({ region: c.region, count: c.count, overlap: c.overlap ?? { groups: [], keys: [] } }));
  return distinctTotal(parts, isEmptyFilter(directory), async (usccs) => {
    const found: Array<{ region: RegionName; keys: SharedKey[] }> = [];
    for (let i = 0; i < usccs.length; i += MAX_REGION_PAGE) {
      const { answers } = await askRegions(ctx, parts.map((p) => p.region), (client) => client.firmMatches(directory, usccs.slice(i, i + MAX_REGION_PAGE)));
      found.push(...answers.map((a) => ({ region: a.region, keys: a.rows })));
    }
    return found;
  });
}

/** `withTotal`: the client selected totalCount, so the regions count their matches too (see selection.ts). */
export async function firmConnection(ctx: CrossRegionContext, { filter, orderBy, first, after }: FirmsArgs, withTotal = true) {
  const size = pageSize(first ?? DEFAULT_PAGE);
  const { directory, selected, regions } = firmQuery(filter);
  const order = directoryOrder(orderBy?.field ?? FirmOrderField.NAME, orderBy?.direction ?? SortDirection.ASC);
  const page = await mergedPage(ctx, {
    list: FIRM_LIST,
    regions,
    filter: directory,
    order,
    first: size,
    after,
    withTotal,
    fetch: (client, regionAfter, n, counting) => client.firms(directory, order, n, regionAfter, counting),
    idOf: (row) => row.uscc,
    dedupe: true,
  });
  const found = page.edges.map((e) => e.item.rows);
  // Without a filter the list already holds every region's record of each firm.
  const nodes = isUnfiltered(directory, regions) ? found.map(firmFromRecords) : await completeFirms(ctx, found, selected);
  return FirmConnection.make({
    edges: page.edges.map((e, i) => e.withNode(nodes[i]!)),
    pageInfo: page.pageInfo,
    countTotal: () => dedupedTotal(ctx, directory, page.counts),
  });
}

@Resolver()
export class FirmsResolver {
  @Query(() => FirmConnection.Connection, {
    description: '企业 — firms of every region in one list, merged page by page (a firm several regions record appears once); sorted by name, or by its pinyin (orderBy NAME_PINYIN).',
  })
  firms(@Ctx() ctx: CrossRegionContext, @Args(() => FirmsArgs) args: FirmsArgs, @Info() info: GraphQLResolveInfo) {
    return firmConnection(ctx, args, selectsField(info, 'totalCount'));
  }

  @Query(() => Firm, { nullable: true, description: '企业 — one firm by credit code, merged over every region; null when no region knows it.' })
  firm(@Ctx() ctx: CrossRegionContext, @Arg('uscc', () => ID, { description: '统一社会信用代码 — the 18-character code.' }) uscc: string): Promise<Firm | null> {
    return firmLoader(ctx).load(validUscc(uscc, 'uscc'));
  }
}
