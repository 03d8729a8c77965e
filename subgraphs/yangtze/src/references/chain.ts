/** IndustryChain.yangtze: the alliance's industry alliances, firms and open demands in a chain. */
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { chainForLocalName } from '../../../../schema/contract/chains';
import type { SubgraphContext } from '../../../kit/context';
import { IndustryChainRef } from '../../../kit/contract-types';
import * as E from '../entities';

@ObjectType('YangtzeChainView', { description: '长江流域视角 — the Yangtze alliance\'s view of a chain.' })
export class YangtzeChainView {
  @Field(() => [String], { description: '本区链名 — the alliance\'s own names for this chain.' }) localNames!: string[];
  @Field(() => [E.IndustryAlliance], { description: '产业联盟 — industry alliances covering the chain.' }) industryAlliances!: E.IndustryAlliance[];
  @Field(() => [E.Organisation], { description: '企业与院校 — firms and universities in the chain.' }) organisations!: E.Organisation[];
  @Field(() => [E.PlatformPost], { description: '合作需求 — open cooperation demands posted for the chain.' }) openDemands!: E.PlatformPost[];
}

@Resolver(() => IndustryChainRef)
export class ChainYangtzeResolver {
  @FieldResolver(() => YangtzeChainView, { nullable: true, description: '长江流域 — the Yangtze alliance in this chain.' })
  async yangtze(@Root() chain: IndustryChainRef, @Ctx() ctx: SubgraphContext): Promise<YangtzeChainView> {
    const [alliances, organisations, demands] = await ctx.loader<string, [E.IndustryAlliance[], E.Organisation[], E.PlatformPost[]]>('chainView', async (keys) => {
      const all = await Promise.all([
        ctx.em.find(E.IndustryAlliance, {}, { orderBy: { key: 'asc' } }),
        ctx.em.find(E.Organisation, {}, { orderBy: { key: 'asc' } }),
        ctx.em.find(E.PlatformPost, { kind: 'DEMAND', status: 'OPEN' }, { orderBy: { key: 'asc' } }),
      ]);
      return keys.map(() => all);
    }).load('all');
    const inChain = (names: string[]) => names.filter((n) => chainForLocalName(n)?.code === chain.code);
    const localNames = [...new Set([...alliances.flatMap((a) => inChain(a.localChainNames)), ...organisations.flatMap((o) => inChain(o.localChainNames))])];
    return Object.assign(new YangtzeChainView(), {
      localNames,
      industryAlliances: alliances.filter((a) => inChain(a.localChainNames).length),
      organisations: organisations.filter((o) => inChain(o.localChainNames).length),
      openDemands: demands.filter((d) => d.chainCode === chain.code),
    });
  }
}
