/** Query.cooperationProjects: projects of every region in one list, merged page by page. */
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { RegionName } from '../../../../schema/contract/errors';
import type { DirectoryFilter } from '../../../kit/directory/types';
import type { CrossRegionContext } from '../context';
import { firmLoader } from '../loaders';
import { mergedPage } from '../paging';
import { selectsField } from '../selection';
import { connectionType } from '../types/connection';
import { Firm } from '../types/firm';
import { DEFAULT_PAGE, ProjectsArgs } from '../types/args';
import { ProjectFilter, ProjectOrderField, SortDirection, directoryOrder } from '../types/inputs';
import { CooperationProject, ProjectParty, projectFromRow } from '../types/project';
import { regionNames } from '../types/region';
import { pageSize, selectedRegions, validAmountRange, validArea, validChain, validDateRange, validKeyword, validUscc } from '../validate';

export const CooperationProjectConnection = connectionType(CooperationProject, 'CooperationProject', '合作项目列表', 'the projects matching the filter in every region that answered; each region records its own projects, so none is counted twice.');

/** The directory filter and the regions to ask for a public project filter, every part validated. */
export function projectQuery(filter: ProjectFilter | null | undefined): { directory: DirectoryFilter; regions: RegionName[] } {
  const f = filter ?? {};
  const directory: DirectoryFilter = {
    chainCode: f.chainCode ? validChain(f.chainCode, 'filter.chainCode').code : undefined,
    areaCode: f.areaCode ? validArea(f.areaCode, 'filter.areaCode') : undefined,
    keyword: validKeyword(f.keyword, 'filter.keyword'),
    ...validDateRange(f.dateFrom, f.dateTo),
    ...validAmountRange(f.amountMinYuan, f.amountMaxYuan),
    usccs: f.firmUscc ? [validUscc(f.firmUscc, 'filter.firmUscc')] : undefined,
  };
  return { directory, regions: selectedRegions(regionNames(f.regions), 'filter.regions') };
}

@Resolver()
export class ProjectsResolver {
  @Query(() => CooperationProjectConnection.Connection, {
    description: '合作项目 — cooperation projects of every region in one list, merged page by page; largest amount first by default.',
  })
  async cooperationProjects(@Ctx() ctx: CrossRegionContext, @Args(() => ProjectsArgs) { filter, orderBy, first, after }: ProjectsArgs, @Info() info: GraphQLResolveInfo) {
    const withTotal = selectsField(info, 'totalCount');
    const size = pageSize(first ?? DEFAULT_PAGE);
    const { directory, regions } = projectQuery(filter);
    const order = directoryOrder(orderBy?.field ?? ProjectOrderField.AMOUNT, orderBy?.direction ?? SortDirection.DESC);
    const page = await mergedPage(ctx, {
      list: 'projects',
      regions,
      filter: directory,
      order,
      first: size,
      after,
      withTotal,
      fetch: (client, regionAfter, n, counting) => client.projects(directory, order, n, regionAfter, counting),
      idOf: (row) => row.id,
      dedupe: false,
    });
    const total = page.counts.reduce((s, c) => s + c.count, 0);
    return CooperationProjectConnection.make({
      edges: page.edges.map((e) => e.withNode(projectFromRow(e.item.rows[0]!.region, e.item.rows[0]!.row))),
      pageInfo: page.pageInfo,
      // Project ids carry their region: no project is in two regions, the counts simply add up.
      countTotal: async () => total,
    });
  }
}

@Resolver(() => ProjectParty)
export class ProjectPartyResolver {
  @FieldResolver(() => Firm, { nullable: true, description: '企业 — the firm, when the party is one with a credit code.' })
  firm(@Root() party: ProjectParty, @Ctx() ctx: CrossRegionContext): Promise<Firm | null> | null {
    return party.uscc ? firmLoader(ctx).load(party.uscc) : null;
  }
}
