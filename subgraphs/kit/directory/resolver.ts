/**
 * The directory contract's root fields, served identically by every region (hence @shareable) and
 * hidden from the public API (@inaccessible): the cross-region layer calls them per region.
 */
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { CoopError } from '../../../schema/contract/errors';
import type { SubgraphContext } from '../context';
import { checkKeyCount } from '../keys';
import { FirmOverlap, SharedKey } from './overlap';
import { MAX_DIRECTORY_PAGE, type CountedPage } from './query';
import {
  AggregateDimension,
  DirectoryAggregateRow,
  DirectoryFilter,
  DirectoryFirmPage,
  DirectoryFirmRow,
  DirectoryOrder,
  DirectoryOrderField,
  DirectoryProjectPage,
  DirectoryProjectRow,
  DirectoryScopeRow,
  SortDirection,
} from './types';

function checkOrder(order: DirectoryOrder): DirectoryOrder {
  if (!(Object.values(DirectoryOrderField) as string[]).includes(order.field)) throw CoopError.badInput('order.field', `order.field must be ${Object.values(DirectoryOrderField).join(', ')}`);
  if (!(Object.values(SortDirection) as string[]).includes(order.direction)) throw CoopError.badInput('order.direction', 'order.direction must be ASC or DESC');
  return order;
}

function pageSize(first: number): number {
  if (first < 0 || first > MAX_DIRECTORY_PAGE) throw CoopError.badInput('first', `first must be between 0 and ${MAX_DIRECTORY_PAGE}`);
  return first;
}

/** A filter's lists of keys, each within what one request may name (kit/keys.ts). */
function checkFilter(filter: DirectoryFilter): DirectoryFilter {
  checkKeyCount(filter.usccs, 'filter.usccs');
  checkKeyCount(filter.linkCodes, 'filter.linkCodes');
  return filter;
}

@Resolver()
export class DirectoryResolver {
  @Query(() => DirectoryFirmPage, { description: 'internal: one page of this region\'s firms' })
  @Directive('@shareable')
  @Directive('@inaccessible')
  directoryFirms(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => DirectoryFilter) filter: DirectoryFilter,
    @Arg('order', () => DirectoryOrder) order: DirectoryOrder,
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<CountedPage<DirectoryFirmRow>> {
    return ctx.directory.firms(checkFilter(filter), checkOrder(order), pageSize(first), after);
  }

  @Query(() => [DirectoryFirmRow], { description: 'internal: this region\'s records of the given firms' })
  @Directive('@shareable')
  @Directive('@inaccessible')
  directoryFirmsByUscc(@Ctx() ctx: SubgraphContext, @Arg('usccs', () => [ID]) usccs: string[]): Promise<DirectoryFirmRow[]> {
    checkKeyCount(usccs, 'usccs');
    return ctx.directory.firmsByUscc(usccs);
  }

  @Query(() => [SharedKey], { description: 'internal: which of the given firms match a filter here, with the regions that also record them' })
  @Directive('@shareable')
  @Directive('@inaccessible')
  directoryFirmMatches(@Ctx() ctx: SubgraphContext, @Arg('filter', () => DirectoryFilter) filter: DirectoryFilter, @Arg('usccs', () => [ID]) usccs: string[]): Promise<SharedKey[]> {
    if (usccs.length > MAX_DIRECTORY_PAGE) throw CoopError.badInput('usccs', `at most ${MAX_DIRECTORY_PAGE} credit codes`);
    return ctx.directory.firmMatches(checkFilter(filter), usccs);
  }

  @Query(() => DirectoryProjectPage, { description: 'internal: one page of this region\'s cooperation projects' })
  @Directive('@shareable')
  @Directive('@inaccessible')
  directoryProjects(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => DirectoryFilter) filter: DirectoryFilter,
    @Arg('order', () => DirectoryOrder) order: DirectoryOrder,
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<CountedPage<DirectoryProjectRow>> {
    return ctx.directory.projects(checkFilter(filter), checkOrder(order), pageSize(first), after);
  }

  @Query(() => [DirectoryProjectRow], { description: 'internal: this region\'s projects with the given ids' })
  @Directive('@shareable')
  @Directive('@inaccessible')
  directoryProjectsById(@Ctx() ctx: SubgraphContext, @Arg('ids', () => [ID]) ids: string[]): Promise<DirectoryProjectRow[]> {
    checkKeyCount(ids, 'ids');
    return ctx.directory.projectsById(ids);
  }

  @Query(() => [DirectoryAggregateRow], { description: 'internal: counts and sums grouped in this region\'s database' })
  @Directive('@shareable')
  @Directive('@inaccessible')
  directoryAggregate(
    @Ctx() ctx: SubgraphContext,
    @Arg('entity', () => String) entity: string,
    @Arg('filter', () => DirectoryFilter) filter: DirectoryFilter,
    @Arg('groupBy', () => [String]) groupBy: string[],
  ): Promise<DirectoryAggregateRow[]> {
    if (entity !== 'FIRM' && entity !== 'PROJECT') throw CoopError.badInput('entity', 'entity must be FIRM or PROJECT');
    const dimensions = Object.values(AggregateDimension) as string[];
    const unknown = groupBy.filter((d) => !dimensions.includes(d));
    if (unknown.length) throw CoopError.badInput('groupBy', `unknown dimensions ${unknown.join(', ')}; use ${dimensions.join(', ')}`);
    return ctx.directory.aggregate(entity, checkFilter(filter), groupBy as AggregateDimension[]);
  }

  @Query(() => [DirectoryScopeRow], { description: 'internal: parks, alliances, zones, counties and pairings of this region' })
  @Directive('@shareable')
  @Directive('@inaccessible')
  directoryScopes(
    @Ctx() ctx: SubgraphContext,
    @Arg('ids', () => [ID], { nullable: true }) ids?: string[] | null,
    @Arg('keyword', () => String, { nullable: true }) keyword?: string | null,
  ): Promise<DirectoryScopeRow[]> {
    checkKeyCount(ids, 'ids');
    return ctx.directory.scopes(ids ?? null, keyword ?? null);
  }
}

/** A page's total, counted only when the caller selects it (the cross-region layer does when its client does). */
@Resolver(() => DirectoryFirmPage)
export class DirectoryFirmPageResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() page: CountedPage<DirectoryFirmRow>): Promise<number> {
    return page.count();
  }

  @FieldResolver(() => FirmOverlap, { description: 'internal: the matches other regions may record, for an exact merged total' })
  overlap(@Root() page: CountedPage<DirectoryFirmRow>): Promise<FirmOverlap> {
    return page.overlap!();
  }
}

@Resolver(() => DirectoryProjectPage)
export class DirectoryProjectPageResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() page: CountedPage<DirectoryProjectRow>): Promise<number> {
    return page.count();
  }
}

/** Every resolver of the directory contract, for the region's schema. */
export const DIRECTORY_RESOLVERS = [DirectoryResolver, DirectoryFirmPageResolver, DirectoryProjectPageResolver] as const;
