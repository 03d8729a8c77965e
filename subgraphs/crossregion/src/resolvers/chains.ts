/** Query.industryChains, Query.industryChain and IndustryChain.firms. */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { CANONICAL_CHAINS, type CanonicalChain } from '../../../../schema/contract/chains';
import { CoopError } from '../../../../schema/contract/errors';
import { searchForm } from '../../../../schema/contract/script';
import type { CrossRegionContext } from '../context';
import { IndustryChain, industryChain } from '../types/chain';
import { FirmsArgs } from '../types/args';
import { selectsField } from '../selection';
import { validChain, validKeyword } from '../validate';
import { FirmConnection, firmConnection } from './firms';

/** Whether a keyword (either script) is part of the chain's code, canonical names or any region's local name. */
export function chainMatches(chain: CanonicalChain, keyword: string): boolean {
  const needle = searchForm(keyword);
  const names = [chain.code, chain.nameZh, chain.nameEn, ...Object.values(chain.localNames).flat()];
  return names.some((name) => searchForm(name).includes(needle));
}

@Resolver(() => IndustryChain)
export class ChainsResolver {
  @Query(() => [IndustryChain], { description: '产业链 — the canonical chains; a keyword in either script matches canonical and every region\'s local names.' })
  industryChains(@Arg('keyword', () => String, { nullable: true, description: '关键词 — part of a name, e.g. 電池 or battery.' }) keyword?: string | null): IndustryChain[] {
    const text = validKeyword(keyword, 'keyword');
    return CANONICAL_CHAINS.filter((c) => !text || chainMatches(c, text)).map(industryChain);
  }

  @Query(() => IndustryChain, { nullable: true, description: '产业链 — one canonical chain by code.' })
  industryChain(@Arg('code', () => ID, { description: '产业链代码 — e.g. POWER_BATTERY.' }) code: string): IndustryChain {
    return industryChain(validChain(code, 'code'));
  }

  @FieldResolver(() => FirmConnection.Connection, { description: '企业 — firms of every region in this chain, merged like Query.firms (filter.chainCode is this chain).' })
  firms(@Root() chain: IndustryChain, @Ctx() ctx: CrossRegionContext, @Args(() => FirmsArgs) args: FirmsArgs, @Info() info: GraphQLResolveInfo) {
    if (args.filter?.chainCode && args.filter.chainCode !== chain.code) {
      throw CoopError.badInput('filter.chainCode', `IndustryChain.firms lists the firms of ${chain.code}; leave filter.chainCode out or use Query.firms.`);
    }
    return firmConnection(ctx, { ...args, filter: { ...args.filter, chainCode: chain.code } }, selectsField(info, 'totalCount'));
  }
}
