/** AdminArea.yangtze: the member zones and alliance events inside an area (at any level). */
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { isWithin } from '../../../../schema/contract/areas';
import type { SubgraphContext } from '../../../kit/context';
import { AdminAreaRef } from '../../../kit/contract-types';
import * as E from '../entities';

@ObjectType('YangtzeAreaView', { description: '长江流域视角 — the Yangtze alliance\'s view of an area.' })
export class YangtzeAreaView {
  @Field(() => [E.Zone], { description: '高新区 — member zones in the area.' }) zones!: E.Zone[];
  @Field(() => [E.AllianceEvent], { description: '活动 — alliance events held or planned in the area.' }) events!: E.AllianceEvent[];
}

@Resolver(() => AdminAreaRef)
export class AreaYangtzeResolver {
  @FieldResolver(() => YangtzeAreaView, { nullable: true, description: '长江流域 — the Yangtze alliance in this area.' })
  async yangtze(@Root() area: AdminAreaRef, @Ctx() ctx: SubgraphContext): Promise<YangtzeAreaView> {
    const [zones, events] = await ctx.loader<string, [E.Zone[], E.AllianceEvent[]]>('areaView', async (keys) => {
      const [allZones, allEvents] = await Promise.all([ctx.em.find(E.Zone, {}, { orderBy: { key: 'asc' } }), ctx.em.find(E.AllianceEvent, {}, { orderBy: { key: 'asc' } })]);
      return keys.map(() => [allZones, allEvents]);
    }).load('all');
    // A zone is in an area when either contains the other: Shanghai (310000) holds Zhangjiang, and
    // Pudong's firms are in Zhangjiang's city.
    const related = (code: string | null | undefined) => !!code && (isWithin(code, area.code) || isWithin(area.code, code));
    return Object.assign(new YangtzeAreaView(), { zones: zones.filter((z) => related(z.areaCode)), events: events.filter((e) => related(e.areaCode)) });
  }
}
