/**
 * Reading what the Yangtze writes recorded: the posts, answers and conference projects under
 * Query.yangtze, and their relations, each batched (one statement per relation per request).
 */
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../../../kit/context';
import { groupFor, oneFor } from '../../../kit/rows-by-key';
import * as E from '../entities';
import { YangtzeRegion } from './region';

const byKey = { orderBy: { key: 'asc' } } as const;

/** The row of `entity` whose `column` is `value`, batched per request. */
export function one<T extends object>(ctx: SubgraphContext, entity: EntityClass<T>, column: keyof T & string, value: string): Promise<T | null> {
  return ctx
    .loader<string, T | null>(`written:${entity.name}.${column}:one`, async (values) =>
      oneFor(values, await ctx.em.find(entity, { [column]: { $in: [...values] } } as FilterQuery<T>), (r) => String(r[column])),
    )
    .load(value);
}

/** Every row of `entity` whose `column` is `value`, in key order, batched per request. */
export function many<T extends object>(ctx: SubgraphContext, entity: EntityClass<T>, column: keyof T & string, value: string): Promise<T[]> {
  return ctx
    .loader<string, T[]>(`written:${entity.name}.${column}:many`, async (values) =>
      groupFor(values, await ctx.em.find(entity, { [column]: { $in: [...values] } } as FilterQuery<T>, byKey as never), (r) => String(r[column])),
    )
    .load(value);
}

@Resolver(() => YangtzeRegion)
export class YangtzeWrittenRecordsResolver {
  @FieldResolver(() => [E.PlatformPost], { description: '平台发布 — every post on the platform; filter by POLICY or DEMAND and by status.' })
  posts(
    @Ctx() ctx: SubgraphContext,
    @Arg('kind', () => String, { nullable: true, description: 'POLICY or DEMAND.' }) kind?: string | null,
    @Arg('status', () => String, { nullable: true, description: 'OPEN, CLOSED or PUBLISHED.' }) status?: string | null,
  ) {
    return ctx.em.find(E.PlatformPost, { ...(kind ? { kind } : {}), ...(status ? { status } : {}) }, byKey);
  }

  @FieldResolver(() => [E.DemandAnswer], { description: '需求响应 — answers to demands.' })
  demandAnswers(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.DemandAnswer, {}, byKey);
  }

  @FieldResolver(() => [E.ConferenceProject], { description: '对接会项目 — projects matchmaking conferences docked and signed.' })
  conferenceProjects(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(E.ConferenceProject, {}, byKey);
  }
}

@Resolver(() => E.PlatformPost)
export class PlatformPostResolver {
  @FieldResolver(() => [E.DemandAnswer], { description: '响应 — answers to this demand.' })
  answers(@Root() post: E.PlatformPost, @Ctx() ctx: SubgraphContext) {
    return many(ctx, E.DemandAnswer, 'demandKey', post.key);
  }
}

@Resolver(() => E.DemandAnswer)
export class DemandAnswerResolver {
  @FieldResolver(() => E.PlatformPost, { nullable: true, description: '需求 — the demand answered.' })
  demand(@Root() answer: E.DemandAnswer, @Ctx() ctx: SubgraphContext) {
    return one(ctx, E.PlatformPost, 'key', answer.demandKey);
  }

  @FieldResolver(() => E.Zone, { nullable: true, description: '园区 — the answering zone.' })
  zone(@Root() answer: E.DemandAnswer, @Ctx() ctx: SubgraphContext) {
    return one(ctx, E.Zone, 'key', answer.zoneKey);
  }
}

@Resolver(() => E.ConferenceProject)
export class ConferenceProjectResolver {
  @FieldResolver(() => E.AllianceEvent, { nullable: true, description: '对接会 — the conference.' })
  event(@Root() project: E.ConferenceProject, @Ctx() ctx: SubgraphContext) {
    return one(ctx, E.AllianceEvent, 'key', project.eventKey);
  }

  @FieldResolver(() => E.Zone, { nullable: true, description: '记录园区 — the zone that recorded it.' })
  recordedBy(@Root() project: E.ConferenceProject, @Ctx() ctx: SubgraphContext) {
    return one(ctx, E.Zone, 'key', project.recordedByZoneKey);
  }
}

@Resolver(() => E.AllianceEvent)
export class EventRecordedProjectsResolver {
  @FieldResolver(() => [E.ConferenceProject], { description: '对接成果 — projects the conference docked and signed, as recorded.' })
  recordedProjects(@Root() event: E.AllianceEvent, @Ctx() ctx: SubgraphContext) {
    return many(ctx, E.ConferenceProject, 'eventKey', event.key);
  }
}

export const YANGTZE_WRITTEN_RECORD_RESOLVERS = [YangtzeWrittenRecordsResolver, PlatformPostResolver, DemandAnswerResolver, ConferenceProjectResolver, EventRecordedProjectsResolver] as const;
