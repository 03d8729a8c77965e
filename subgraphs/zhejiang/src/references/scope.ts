/** Scope.zhejiang: the Zhejiang record a scope of the cross-region layer is — its county, pairing or cooperation park. */
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../../../kit/context';
import { ScopeRef } from '../../../kit/contract-types';
import * as E from '../entities';
import { firstBy } from '../resolvers/loaders';

@ObjectType('ZhejiangScopeView', { description: '浙江视角 — the Zhejiang record a scope is.' })
export class ZhejiangScopeView {
  @Field(() => E.Pairing, { nullable: true, description: '结对联合体 — the pairing, when the scope is one.' }) pairing!: E.Pairing | null;
  @Field(() => E.County, { nullable: true, description: '县(市、区) — the county, when the scope is one.' }) county!: E.County | null;
  @Field(() => E.CooperationPark, { nullable: true, description: '产业合作园区 — the cooperation park, when the scope is one.' }) park!: E.CooperationPark | null;
}

@Resolver(() => ScopeRef)
export class ScopeZhejiangResolver {
  @FieldResolver(() => ZhejiangScopeView, { nullable: true, description: '浙江 — the Zhejiang record the scope is; null for another region\'s scope.' })
  async zhejiang(@Root() scope: ScopeRef, @Ctx() ctx: SubgraphContext): Promise<ZhejiangScopeView | null> {
    const [region, kind, key] = scope.id.split(':');
    if (region !== 'zhejiang' || !key) return null;
    return Object.assign(new ZhejiangScopeView(), {
      pairing: kind === 'pairing' ? await firstBy(ctx, E.Pairing).load(key) : null,
      county: kind === 'county' ? await firstBy(ctx, E.County).load(key) : null,
      park: kind === 'park' ? await firstBy(ctx, E.CooperationPark).load(key) : null,
    });
  }
}
