/** Scope.tianjin: the Tianjin record a scope of the cross-region layer is — its park or alliance. */
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../../../kit/context';
import { ScopeRef } from '../../../kit/contract-types';
import * as E from '../entities';
import { oneBy } from '../resolvers/loaders';

@ObjectType('TianjinScopeView', { description: '天津视角 — the Tianjin record a scope is.' })
export class TianjinScopeView {
  @Field(() => E.Park, { nullable: true, description: '园区 — the park, when the scope is one.' }) park!: E.Park | null;
  @Field(() => E.Alliance, { nullable: true, description: '联盟 — the alliance, when the scope is one.' }) alliance!: E.Alliance | null;
}

@Resolver(() => ScopeRef)
export class ScopeTianjinResolver {
  @FieldResolver(() => TianjinScopeView, { nullable: true, description: '天津 — the Tianjin record the scope is; null for another region\'s scope.' })
  async tianjin(@Root() scope: ScopeRef, @Ctx() ctx: SubgraphContext): Promise<TianjinScopeView | null> {
    const [region, kind, key] = scope.id.split(':');
    if (region !== 'tianjin' || !key) return null;
    return Object.assign(new TianjinScopeView(), {
      park: kind === 'park' ? await oneBy(ctx, E.Park, 'key', key) : null,
      alliance: kind === 'alliance' ? await oneBy(ctx, E.Alliance, 'key', key) : null,
    });
  }
}
