/**
 * Tianjin's live events: a firm's application to join an alliance, and the alliance's decision
 * (入盟动态), as the writes commit (mutations.ts publishes on the region's event bus). The event
 * names the application; the field reads it, with the membership once approved.
 */
import { Arg, Ctx, Field, ObjectType, Resolver, Root, Subscription, registerEnumType } from 'type-graphql';
import type { SubgraphContext } from '../../../kit/context';
import * as E from '../entities';

export const MEMBERSHIP_TOPIC = 'membership';

export enum MembershipChangeKind {
  APPLIED = 'APPLIED',
  DECIDED = 'DECIDED',
}
registerEnumType(MembershipChangeKind, {
  name: 'TianjinMembershipChangeKind',
  description: '入盟变化 — an application filed, or decided.',
  valuesConfig: { APPLIED: { description: '申请 — a firm applied to join.' }, DECIDED: { description: '审核 — the alliance approved or rejected it.' } },
});

/** What an application write publishes: keys only. */
export interface MembershipChange {
  kind: MembershipChangeKind;
  applicationKey: string;
  allianceKey: string;
}

@ObjectType('TianjinMembershipEvent', { description: '入盟动态 — an alliance membership application filed or decided, as committed.' })
export class MembershipEvent {
  @Field(() => MembershipChangeKind, { description: '变化 — applied or decided.' }) kind!: MembershipChangeKind;
  @Field(() => E.MembershipApplication, { description: '申请 — the application as it is now.' }) application!: E.MembershipApplication;
  @Field(() => E.AllianceMember, { nullable: true, description: '成员 — the membership, once approved.' }) membership!: E.AllianceMember | null;
}

@Resolver()
export class TianjinSubscriptionResolver {
  @Subscription(() => MembershipEvent, {
    topics: MEMBERSHIP_TOPIC,
    filter: ({ payload, args }: { payload: MembershipChange; args: { allianceKey?: string | null } }) => !args.allianceKey || payload.allianceKey === args.allianceKey,
    description: '入盟动态 — each membership application filed or decided from now on; filter by alliance.',
  })
  async tianjinMembershipChanged(
    @Root() change: MembershipChange,
    @Ctx() ctx: SubgraphContext,
    @Arg('allianceKey', () => String, { nullable: true, description: '联盟编号 — only this alliance\'s applications.' }) _allianceKey?: string | null,
  ): Promise<MembershipEvent> {
    const em = ctx.em.fork();
    const application = await em.findOneOrFail(E.MembershipApplication, { key: change.applicationKey });
    const membership = application.status === 'approved' ? await em.findOne(E.AllianceMember, { allianceKey: application.allianceKey, memberUscc: application.applicantUscc }) : null;
    return Object.assign(new MembershipEvent(), { kind: change.kind, application, membership });
  }
}
