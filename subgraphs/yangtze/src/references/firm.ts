/**
 * Firm.yangtze: what the Yangtze alliance knows of a firm — its own record, if it names the firm,
 * and the member zones whose city the firm is registered in (positions 3-8 of the credit code are
 * the registering authority's GB/T 2260 area), which is how a Shanghai group with a Tianjin
 * subsidiary shows up on the Yangtze side too.
 */
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { isWithin } from '../../../../schema/contract/areas';
import type { SubgraphContext } from '../../../kit/context';
import { oneFor } from '../../../kit/rows-by-key';
import { FirmRef } from '../../../kit/contract-types';
import * as E from '../entities';

@ObjectType('YangtzeFirmView', { description: '长江流域视角 — the Yangtze alliance\'s view of a firm.' })
export class YangtzeFirmView {
  @Field(() => E.Organisation, { nullable: true, description: '本区记录 — the alliance\'s own record of the firm, if it names it.' })
  organisation!: E.Organisation | null;
  @Field(() => [E.Zone], { description: '所在高新区 — member zones whose city the firm is registered in.' })
  hostZones!: E.Zone[];
}

@Resolver(() => FirmRef)
export class FirmYangtzeResolver {
  @FieldResolver(() => YangtzeFirmView, { nullable: true, description: '长江流域 — what the Yangtze alliance knows of this firm.' })
  async yangtze(@Root() firm: FirmRef, @Ctx() ctx: SubgraphContext): Promise<YangtzeFirmView> {
    const organisation = await ctx
      .loader<string, E.Organisation | null>('organisationByUscc', async (usccs) => oneFor(usccs, await ctx.em.find(E.Organisation, { uscc: { $in: [...usccs] } }), (o) => o.uscc))
      .load(firm.uscc);
    const zones = await ctx.loader<string, E.Zone[]>('allZones', async (keys) => {
      const all = await ctx.em.find(E.Zone, {}, { orderBy: { key: 'asc' } });
      return keys.map(() => all);
    }).load('all');
    const registeredIn = firm.uscc.slice(2, 8);
    return Object.assign(new YangtzeFirmView(), { organisation, hostZones: zones.filter((z) => isWithin(registeredIn, z.areaCode)) });
  }
}
