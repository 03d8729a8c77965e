/** IndustryChain.zhejiang: Zhejiang's own names for a canonical chain, and its firms, projects, parks and county figures in it. */
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../../../kit/context';
import { IndustryChainRef } from '../../../kit/contract-types';
import { byText, inChunks } from '../../../kit/keys';
import { DirectoryFirmChain } from '../../../kit/directory/entities';
import * as E from '../entities';

@ObjectType('ZhejiangChainView', { description: '浙江视角 — the Zhejiang programme\'s view of a chain.' })
export class ZhejiangChainView {
  @Field(() => [String], { description: '本区链名 — the local chain names Zhejiang\'s records use for this chain.' }) localNames!: string[];
  @Field(() => [E.Firm], { description: '企业 — firms in the chain.' }) firms!: E.Firm[];
  @Field(() => [E.Project], { description: '合作项目 — pairing projects in the chain.' }) projects!: E.Project[];
  @Field(() => [E.CooperationPark], { description: '产业合作园区 — cooperation parks of the chain.' }) parks!: E.CooperationPark[];
  @Field(() => [E.CountyStatistic], { description: '县域数据 — county figures about the chain.' }) countyStatistics!: E.CountyStatistic[];
}

type Chained = { chainCode?: string | null; localChainName?: string | null };

@Resolver(() => IndustryChainRef)
export class ChainZhejiangResolver {
  @FieldResolver(() => ZhejiangChainView, { nullable: true, description: '浙江 — the Zhejiang programme in this chain.' })
  zhejiang(@Root() chain: IndustryChainRef, @Ctx() ctx: SubgraphContext): Promise<ZhejiangChainView> {
    return ctx.loader<string, ZhejiangChainView>('chainView', async (codes) => {
      const inChains = { chainCode: { $in: [...codes] } };
      // A firm is in every chain it has a placement in: the directory holds one row for each.
      const placed = await ctx.em.find(DirectoryFirmChain, inChains, { fields: ['uscc', 'chainCode'] });
      const [firms, projects, parks, countyStatistics] = await Promise.all([
        // A chain may have more firms than one statement binds: read in chunks (kit/keys.ts).
        inChunks([...new Set(placed.map((p) => p.uscc))], (usccs) => ctx.em.find(E.Firm, { uscc: { $in: usccs } }, { orderBy: { key: 'asc' } }), byText((f) => f.key)),
        ctx.em.find(E.Project, inChains, { orderBy: { key: 'asc' } }),
        ctx.em.find(E.CooperationPark, inChains, { orderBy: { key: 'asc' } }),
        ctx.em.find(E.CountyStatistic, inChains, { orderBy: { key: 'asc' } }),
      ]);
      return codes.map((code) => {
        const of = <T extends Chained>(rows: T[]) => rows.filter((r) => r.chainCode === code);
        const inChain = new Set(placed.filter((p) => p.chainCode === code).map((p) => p.uscc));
        const chainFirms = firms.filter((f) => inChain.has(f.uscc));
        const view = { firms: chainFirms, projects: of(projects), parks: of(parks), countyStatistics: of(countyStatistics) };
        const firmNames = chainFirms.flatMap((f) => (f.chainPlacements ?? []).filter((p) => p.chainCode === code).map((p) => p.localChainName));
        const localNames = [...new Set([...firmNames, ...[view.projects, view.parks, view.countyStatistics].flatMap((rows: Chained[]) => rows.map((r) => r.localChainName).filter((n): n is string => !!n))])];
        return Object.assign(new ZhejiangChainView(), { localNames, ...view });
      });
    }).load(chain.code);
  }
}
