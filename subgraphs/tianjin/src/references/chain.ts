/**
 * IndustryChain.tianjin: Tianjin's own names for a canonical chain, the firms serving it, the
 * statistics its districts report, its chain party committee and the alliances covering it.
 */
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { chainForLocalName } from '../../../../schema/contract/chains';
import type { SubgraphContext } from '../../../kit/context';
import { byText, inChunks } from '../../../kit/keys';
import { groupFor } from '../../../kit/rows-by-key';
import { IndustryChainRef } from '../../../kit/contract-types';
import { DirectoryFirmChain } from '../../../kit/directory/entities';
import * as E from '../entities';
import { allOf } from '../resolvers/loaders';

@ObjectType('TianjinChainView', { description: '天津视角 — Tianjin\'s view of a chain.' })
export class TianjinChainView {
  @Field(() => [String], { description: '本区链名 — Tianjin\'s own names for this chain.' }) localNames!: string[];
  @Field(() => [E.Firm], { description: '企业 — firms serving the chain.' }) firms!: E.Firm[];
  @Field(() => [E.ChainStatistic], { description: '数据 — statistics reported for the chain.' }) statistics!: E.ChainStatistic[];
  @Field(() => E.ChainPartyCommittee, { nullable: true, description: '产业链党委 — the chain\'s party committee.' }) partyCommittee!: E.ChainPartyCommittee | null;
  @Field(() => [E.Alliance], { description: '联盟 — alliances covering the chain.' }) alliances!: E.Alliance[];
}

interface ChainFirms {
  firms: E.Firm[];
  localNames: string[];
}

/** The firms serving each chain code asked for: one statement on the directory links, one on firms. */
function firmsIn(ctx: SubgraphContext, chainCode: string): Promise<ChainFirms> {
  return ctx
    .loader<string, ChainFirms>('tianjin:firmsByChain', async (codes) => {
      const links = await ctx.em.find(DirectoryFirmChain, { chainCode: { $in: [...codes] } }, { orderBy: { id: 'asc' } });
      // A chain may have more firms than one statement binds: read in chunks (kit/keys.ts).
      const firms = await inChunks([...new Set(links.map((l) => l.uscc))], (usccs) => ctx.em.find(E.Firm, { uscc: { $in: usccs } }, { orderBy: { key: 'asc' } }), byText((f) => f.key));
      return groupFor(codes, links, (l) => l.chainCode).map((group) => {
        const usccs = new Set(group.map((l) => l.uscc));
        return { firms: firms.filter((f) => usccs.has(f.uscc)), localNames: group.map((l) => l.localChainName) };
      });
    })
    .load(chainCode);
}

@Resolver(() => IndustryChainRef)
export class ChainTianjinResolver {
  @FieldResolver(() => TianjinChainView, { nullable: true, description: '天津 — the Tianjin region in this chain.' })
  async tianjin(@Root() ref: IndustryChainRef, @Ctx() ctx: SubgraphContext): Promise<TianjinChainView> {
    const [chainFirms, allChains, alliances, statistics, committees] = await Promise.all([
      firmsIn(ctx, ref.code),
      allOf(ctx, E.IndustryChain),
      allOf(ctx, E.Alliance),
      allOf(ctx, E.ChainStatistic),
      allOf(ctx, E.ChainPartyCommittee),
    ]);
    const inChain = (names: readonly string[]) => names.filter((n) => chainForLocalName(n)?.code === ref.code);
    const chains = allChains.filter((c) => c.chainCode === ref.code);
    const chainKeys = new Set(chains.map((c) => c.key));
    const covering = alliances.filter((a) => inChain(a.localChainNames).length);
    return Object.assign(new TianjinChainView(), {
      localNames: [...new Set([...chains.map((c) => c.localChainName), ...covering.flatMap((a) => inChain(a.localChainNames)), ...chainFirms.localNames])],
      firms: chainFirms.firms,
      statistics: statistics.filter((s) => s.chainKeys.some((k) => chainKeys.has(k))),
      partyCommittee: committees.find((c) => chainKeys.has(c.chainKey)) ?? null,
      alliances: covering,
    });
  }
}
