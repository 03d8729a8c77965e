/**
 * Zhejiang's live events: a pairing's project registered or progressing (项目动态), as its writes
 * commit (mutations.ts publishes on the region's event bus, kit/subscriptions/event-bus.ts). The
 * event names the project; the field reads it from the database, so every field of a project (and,
 * through the gateway, of its chain or cooperation project in other subgraphs) can be selected.
 */
import { Arg, Ctx, Field, ObjectType, Resolver, Root, Subscription, registerEnumType } from 'type-graphql';
import type { SubgraphContext } from '../../../kit/context';
import * as E from '../entities';

export const PROJECT_TOPIC = 'project';

export enum ProjectChangeKind {
  REGISTERED = 'REGISTERED',
  PROGRESSED = 'PROGRESSED',
}
registerEnumType(ProjectChangeKind, {
  name: 'ZhejiangProjectChangeKind',
  description: '项目变化 — what happened to the project.',
  valuesConfig: { REGISTERED: { description: '登记 — newly registered by its pairing.' }, PROGRESSED: { description: '进展 — a new stage, milestone or amount.' } },
});

/** What a project write publishes: keys only, the subscriber reads the committed row. */
export interface ProjectChange {
  kind: ProjectChangeKind;
  projectKey: string;
  pairingKey: string;
  chainCode: string | null;
}

@ObjectType('ZhejiangProjectEvent', { description: '项目动态 — a project registered or progressing, as committed.' })
export class ProjectEvent {
  @Field(() => ProjectChangeKind, { description: '变化 — registered or progressed.' }) kind!: ProjectChangeKind;
  @Field(() => E.Project, { description: '项目 — the project as it is now.' }) project!: E.Project;
}

@Resolver()
export class ZhejiangSubscriptionResolver {
  @Subscription(() => ProjectEvent, {
    topics: PROJECT_TOPIC,
    filter: ({ payload, args }: { payload: ProjectChange; args: { pairingKey?: string | null; chainCode?: string | null } }) =>
      (!args.pairingKey || payload.pairingKey === args.pairingKey) && (!args.chainCode || payload.chainCode === args.chainCode),
    description: '项目动态 — each project a pairing registers or updates from now on; filter by pairing or canonical chain (new projects in a chain: kind REGISTERED).',
  })
  async zhejiangProjectChanged(
    @Root() change: ProjectChange,
    @Ctx() ctx: SubgraphContext,
    @Arg('pairingKey', () => String, { nullable: true, description: '联合体编号 — only this pairing\'s projects.' }) _pairingKey?: string | null,
    @Arg('chainCode', () => String, { nullable: true, description: '产业链代码 — only projects in this canonical chain.' }) _chainCode?: string | null,
  ): Promise<ProjectEvent> {
    // A fresh fork per event: the row as committed, not as this subscription first saw it.
    const project = await ctx.em.fork().findOneOrFail(E.Project, { key: change.projectKey });
    return Object.assign(new ProjectEvent(), { kind: change.kind, project });
  }
}
