/** AdminArea.tianjin: the parks and firms Tianjin places in an area, at any level (city or district). */
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../../../kit/context';
import { AdminAreaRef } from '../../../kit/contract-types';
import * as E from '../entities';
import { withinArea } from '../resolvers/loaders';

@ObjectType('TianjinAreaView', { description: '天津视角 — Tianjin\'s view of an area.' })
export class TianjinAreaView {
  @Field(() => [E.Park], { description: '园区 — parks in the area.' }) parks!: E.Park[];
  @Field(() => [E.Firm], { description: '企业 — firms in the area (including those placed there through their park or alliance, see areaStated).' }) firms!: E.Firm[];
}

@Resolver(() => AdminAreaRef)
export class AreaTianjinResolver {
  @FieldResolver(() => TianjinAreaView, { nullable: true, description: '天津 — the Tianjin region in this area.' })
  async tianjin(@Root() area: AdminAreaRef, @Ctx() ctx: SubgraphContext): Promise<TianjinAreaView> {
    const [parks, firms] = await Promise.all([withinArea(ctx, E.Park, area.code), withinArea(ctx, E.Firm, area.code)]);
    return Object.assign(new TianjinAreaView(), { parks, firms });
  }
}
