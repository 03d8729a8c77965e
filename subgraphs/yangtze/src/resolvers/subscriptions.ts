/**
 * Yangtze's live events: posts (policies, demands) and answers to demands on a zone's channel of
 * the platform (平台动态), as the writes commit (mutations.ts publishes on the region's event bus).
 * An answer is an event of the channel its demand was posted on.
 */
import { Arg, Ctx, Field, ObjectType, Resolver, Root, Subscription, registerEnumType } from 'type-graphql';
import type { SubgraphContext } from '../../../kit/context';
import * as E from '../entities';

export const PLATFORM_TOPIC = 'platform';

export enum PlatformChangeKind {
  POSTED = 'POSTED',
  ANSWERED = 'ANSWERED',
}
registerEnumType(PlatformChangeKind, {
  name: 'YangtzePlatformChangeKind',
  description: '平台变化 — a post published, or a demand answered.',
  valuesConfig: { POSTED: { description: '发布 — a policy or demand posted.' }, ANSWERED: { description: '响应 — a zone or firm answered a demand.' } },
});

/** What a platform write publishes: keys only. */
export interface PlatformChange {
  kind: PlatformChangeKind;
  postKey: string;
  answerKey: string | null;
  /** The zone whose channel it appears on. */
  zoneKey: string;
  chainCode: string | null;
}

@ObjectType('YangtzePlatformEvent', { description: '平台动态 — a post or an answer on a zone\'s channel, as committed.' })
export class PlatformEvent {
  @Field(() => PlatformChangeKind, { description: '变化 — posted or answered.' }) kind!: PlatformChangeKind;
  @Field(() => String, { description: '园区编号 — the zone whose channel it appears on.' }) zoneKey!: string;
  @Field(() => E.PlatformPost, { description: '发布 — the post (the demand, for an answer).' }) post!: E.PlatformPost;
  @Field(() => E.DemandAnswer, { nullable: true, description: '响应 — the answer, for ANSWERED.' }) answer!: E.DemandAnswer | null;
}

@Resolver()
export class YangtzeSubscriptionResolver {
  @Subscription(() => PlatformEvent, {
    topics: PLATFORM_TOPIC,
    filter: ({ payload, args }: { payload: PlatformChange; args: { zoneKey?: string | null; chainCode?: string | null } }) =>
      (!args.zoneKey || payload.zoneKey === args.zoneKey) && (!args.chainCode || payload.chainCode === args.chainCode),
    description: '平台动态 — each post and answer on the platform from now on; filter by the zone whose channel it is on, or by canonical chain.',
  })
  async yangtzePlatformActivity(
    @Root() change: PlatformChange,
    @Ctx() ctx: SubgraphContext,
    @Arg('zoneKey', () => String, { nullable: true, description: '园区编号 — only this zone\'s channel.' }) _zoneKey?: string | null,
    @Arg('chainCode', () => String, { nullable: true, description: '产业链代码 — only posts (and answers to demands) in this canonical chain.' }) _chainCode?: string | null,
  ): Promise<PlatformEvent> {
    const em = ctx.em.fork();
    const post = await em.findOneOrFail(E.PlatformPost, { key: change.postKey });
    const answer = change.answerKey ? await em.findOneOrFail(E.DemandAnswer, { key: change.answerKey }) : null;
    return Object.assign(new PlatformEvent(), { kind: change.kind, zoneKey: change.zoneKey, post, answer });
  }
}
