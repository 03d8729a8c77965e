/** Scope.yangtze: the Yangtze record a scope of the cross-region layer is — the park alliance, an industry alliance or a zone. */
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../../../kit/context';
import { ScopeRef } from '../../../kit/contract-types';
import * as E from '../entities';

@ObjectType('YangtzeScopeView', { description: '长江视角 — the Yangtze record a scope is.' })
export class YangtzeScopeView {
  @Field(() => E.ParkAlliance, { nullable: true, description: '园区联盟 — the park cooperation alliance, when the scope is it.' }) parkAlliance!: E.ParkAlliance | null;
  @Field(() => E.IndustryAlliance, { nullable: true, description: '产业联盟 — the industry alliance, when the scope is one.' }) industryAlliance!: E.IndustryAlliance | null;
  @Field(() => E.Zone, { nullable: true, description: '国家高新区 — the zone, when the scope is one.' }) zone!: E.Zone | null;
}

@Resolver(() => ScopeRef)
export class ScopeYangtzeResolver {
  @FieldResolver(() => YangtzeScopeView, { nullable: true, description: '长江 — the Yangtze record the scope is; null for another region\'s scope.' })
  async yangtze(@Root() scope: ScopeRef, @Ctx() ctx: SubgraphContext): Promise<YangtzeScopeView | null> {
    const [region, kind, key] = scope.id.split(':');
    if (region !== 'yangtze' || !key) return null;
    const em = ctx.em.fork();
    return Object.assign(new YangtzeScopeView(), {
      parkAlliance: kind === 'alliance' ? await em.findOne(E.ParkAlliance, { key }) : null,
      industryAlliance: kind === 'alliance' ? await em.findOne(E.IndustryAlliance, { key }) : null,
      zone: kind === 'zone' ? await em.findOne(E.Zone, { key }) : null,
    });
  }
}
