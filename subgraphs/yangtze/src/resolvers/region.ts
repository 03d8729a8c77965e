/**
 * Query.yangtze: the Yangtze alliance's own API, shaped by its work — the alliance, its zones,
 * industry alliances, matchmaking events, the shared platform and its governance.
 */
import { Arg, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { areaPrefix } from '../../../../schema/contract/areas';
import { validArea } from '../../../kit/validate';
import type { SubgraphContext } from '../../../kit/context';
import { ChainPlacementView } from '../../../kit/value-types';
import * as E from '../entities';

@ObjectType('YangtzeRegion', { description: '长江流域园区合作联盟数据 — the Yangtze River park cooperation alliance\'s own data.' })
export class YangtzeRegion {
  @Field(() => String, { description: '区域 — region name.' }) name!: string;
}

@Resolver(() => YangtzeRegion)
export class YangtzeRegionResolver {
  @Query(() => YangtzeRegion, { description: '长江流域 — the Yangtze alliance region\'s own schema.' })
  yangtze(): YangtzeRegion {
    return Object.assign(new YangtzeRegion(), { name: '长江流域园区合作联盟' });
  }

  @FieldResolver(() => [E.ParkAlliance], { description: '园区联盟 — the park cooperation alliance, as a list of one.', deprecationReason: 'There is one park alliance: use parkAlliance.' })
  alliances(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.ParkAlliance, {}, { orderBy: { key: 'asc' } });
  }

  @FieldResolver(() => E.ParkAlliance, { nullable: true, description: '园区联盟 — the Yangtze River park cooperation alliance.' })
  async parkAlliance(@Ctx() ctx: SubgraphContext) {
    return (await ctx.em.find(E.ParkAlliance, {}, { orderBy: { key: 'asc' }, limit: 1 }))[0] ?? null;
  }

  @FieldResolver(() => [E.Zone], { description: '国家高新区 — the alliance\'s national high-tech zones; founders only when asked; filter by area.' })
  zones(
    @Ctx() ctx: SubgraphContext,
    @Arg('foundersOnly', () => Boolean, { defaultValue: false, description: '只看发起单位 — only the five founders.' }) foundersOnly: boolean,
    @Arg('areaCode', () => ID, { nullable: true, description: '所在地 — only zones in this GB/T 2260 area (320000 for Jiangsu).' }) areaCode?: string | null,
  ) {
    const area = areaCode ? validArea(areaCode, 'areaCode') : null;
    return ctx.em.find(E.Zone, { ...(foundersOnly ? { isFounder: true } : {}), ...(area ? { areaCode: { $like: `${areaPrefix(area)}%` } } : {}) }, { orderBy: { key: 'asc' } });
  }

  @FieldResolver(() => [E.IndustryAlliance], { description: '产业联盟 — industry alliances under the park alliance.' })
  industryAlliances(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.IndustryAlliance, {}, { orderBy: { key: 'asc' } });
  }

  @FieldResolver(() => [E.AllianceEvent], { description: '对接活动 — matchmaking conferences, expos, summits and meetings; filter by held or planned.' })
  events(@Ctx() ctx: SubgraphContext, @Arg('status', () => String, { nullable: true, description: '状态 — held or planned.' }) status?: string) {
    return ctx.em.find(E.AllianceEvent, status ? { status } : {}, { orderBy: { key: 'asc' } });
  }

  @FieldResolver(() => [E.Platform], { description: '信息发布平台 — the shared platform.' })
  platforms(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.Platform, {}, { orderBy: { key: 'asc' } });
  }

  @FieldResolver(() => [E.Mechanism], { description: '工作机制 — governance mechanisms.' })
  mechanisms(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.Mechanism, {}, { orderBy: { key: 'asc' } });
  }

  @FieldResolver(() => [E.LiaisonTraining], { description: '联络员培训 — liaison trainings.' })
  liaisonTrainings(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.LiaisonTraining, {}, { orderBy: { key: 'asc' } });
  }

  @FieldResolver(() => [E.IndexSurvey], { description: '园区发展指数 — park development index surveys.' })
  indexSurveys(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.IndexSurvey, {}, { orderBy: { key: 'asc' } });
  }

  @FieldResolver(() => [E.CooperationFund], { description: '合作基金 — cooperation funds.' })
  funds(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.CooperationFund, {}, { orderBy: { key: 'asc' } });
  }

  @FieldResolver(() => [E.GuidingBody], { description: '指导单位 — guiding and supporting government bodies.' })
  guidingBodies(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.GuidingBody, {}, { orderBy: { key: 'asc' } });
  }

  @FieldResolver(() => [E.PolicyReference], { description: '国家战略 — strategies and plans the alliance works under.' })
  policyReferences(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.PolicyReference, {}, { orderBy: { key: 'asc' } });
  }

  @FieldResolver(() => [E.Organisation], { description: '企业与院校 — firms and universities named.' })
  organisations(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.Organisation, {}, { orderBy: { key: 'asc' } });
  }

  @FieldResolver(() => [E.Person], { description: '人员 — people named: officials, liaisons, initiators.' })
  people(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.Person, {}, { orderBy: { key: 'asc' } });
  }

  @FieldResolver(() => [E.Article], { description: '报道 — source reports.' })
  articles(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.Article, {}, { orderBy: { key: 'asc' } });
  }
}

@Resolver(() => E.ParkAlliance)
export class ParkAllianceResolver {
  @FieldResolver(() => [E.Zone], { description: '发起单位 — the founding zones.' })
  founders(@Root() alliance: E.ParkAlliance, @Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.Zone, { key: { $in: alliance.founderZoneKeys } }, { orderBy: { key: 'asc' } });
  }

  @FieldResolver(() => [E.GuidingBody], { description: '指导单位 — bodies that guide or support it.' })
  guidingBodies(@Root() alliance: E.ParkAlliance, @Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.GuidingBody, { key: { $in: alliance.guidingBodyKeys } }, { orderBy: { key: 'asc' } });
  }
}

@Resolver(() => E.Zone)
export class ZoneResolver {
  @FieldResolver(() => E.PlatformChannel, { nullable: true, description: '平台接口 — the zone\'s channel on the shared platform.' })
  channel(@Root() zone: E.Zone, @Ctx() ctx: SubgraphContext) {
    return ctx.loader<string, E.PlatformChannel | null>('channelByZone', async (keys) => {
      const rows = await ctx.em.find(E.PlatformChannel, { zoneKey: { $in: [...keys] } });
      return keys.map((k) => rows.find((r) => r.zoneKey === k) ?? null);
    }).load(zone.key);
  }
}

@Resolver(() => E.PlatformChannel)
export class PlatformChannelResolver {
  @FieldResolver(() => E.Zone, { description: '园区 — the zone that owns the channel.' })
  zone(@Root() channel: E.PlatformChannel, @Ctx() ctx: SubgraphContext) {
    return ctx.loader<string, E.Zone>('zoneByKey', async (keys) => {
      const rows = await ctx.em.find(E.Zone, { key: { $in: [...keys] } });
      return keys.map((k) => rows.find((r) => r.key === k) ?? new Error(`zone ${k} missing`));
    }).load(channel.zoneKey);
  }

  @FieldResolver(() => [E.PlatformPost], { description: '发布 — policies and demands posted; filter by POLICY or DEMAND.' })
  posts(@Root() channel: E.PlatformChannel, @Ctx() ctx: SubgraphContext, @Arg('kind', () => String, { nullable: true, description: 'POLICY or DEMAND.' }) kind?: string) {
    return ctx.em.find(E.PlatformPost, { channelKey: channel.key, ...(kind ? { kind } : {}) }, { orderBy: { key: 'asc' } });
  }
}

@Resolver(() => E.AllianceEvent)
export class EventResolver {
  @FieldResolver(() => [E.Zone], { description: '主办园区 — organising zones.' })
  organisers(@Root() event: E.AllianceEvent, @Ctx() ctx: SubgraphContext) {
    return event.organiserZoneKeys.length ? ctx.em.find(E.Zone, { key: { $in: event.organiserZoneKeys } }, { orderBy: { key: 'asc' } }) : [];
  }

  @FieldResolver(() => [E.Zone], { description: '宣布园区 — zones that announced this planned event.' })
  announcedBy(@Root() event: E.AllianceEvent, @Ctx() ctx: SubgraphContext) {
    return event.announcedByZoneKeys?.length ? ctx.em.find(E.Zone, { key: { $in: event.announcedByZoneKeys } }, { orderBy: { key: 'asc' } }) : [];
  }
}

@Resolver(() => E.IndustryAlliance)
export class IndustryAllianceResolver {
  @FieldResolver(() => [E.Person], { description: '发起人 — named initiators.' })
  initiators(@Root() alliance: E.IndustryAlliance, @Ctx() ctx: SubgraphContext) {
    return alliance.initiatorPersonKeys.length ? ctx.em.find(E.Person, { key: { $in: alliance.initiatorPersonKeys } }) : [];
  }
}

@Resolver(() => E.Organisation)
export class OrganisationResolver {
  @FieldResolver(() => [ChainPlacementView], { description: '产业链归属 — every chain the report places it in, with the sentence that does.' })
  chainPlacements(@Root() organisation: E.Organisation): ChainPlacementView[] {
    return organisation.chainPlacements ?? [];
  }
}

export const YANGTZE_NATIVE_RESOLVERS = [
  YangtzeRegionResolver,
  OrganisationResolver,
  ParkAllianceResolver,
  ZoneResolver,
  PlatformChannelResolver,
  EventResolver,
  IndustryAllianceResolver,
] as const;
