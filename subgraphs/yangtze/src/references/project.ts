/** CooperationProject.yangtze: the conference project or demand answer behind a directory project id. */
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../../../kit/context';
import { CooperationProjectRef } from '../../../kit/contract-types';
import { projectId } from '../../../kit/directory/projection';
import * as E from '../entities';
import { one } from '../resolvers/written-records';

@ObjectType('YangtzeProjectView', { description: '长江流域视角 — the Yangtze alliance\'s record behind a cooperation project.' })
export class YangtzeProjectView {
  @Field(() => E.ConferenceProject, { nullable: true, description: '对接会项目 — when the id is a conference project.' }) conferenceProject!: E.ConferenceProject | null;
  @Field(() => E.DemandAnswer, { nullable: true, description: '需求响应 — when the id is an answer to a demand.' }) demandAnswer!: E.DemandAnswer | null;
}

@Resolver(() => CooperationProjectRef)
export class ProjectYangtzeResolver {
  @FieldResolver(() => YangtzeProjectView, { description: '长江流域 — the Yangtze record of this project.' })
  async yangtze(@Root() ref: CooperationProjectRef, @Ctx() ctx: SubgraphContext): Promise<YangtzeProjectView> {
    // Another region's id costs no statement here.
    const ofKind = (kind: string) => (ref.id.startsWith(projectId('yangtze', kind, '')) ? ref.id : null);
    const conference = ofKind('conference-project');
    const answer = ofKind('demand-answer');
    const [conferenceProject, demandAnswer] = await Promise.all([
      conference ? one(ctx, E.ConferenceProject, 'projectId', conference) : null,
      answer ? one(ctx, E.DemandAnswer, 'projectId', answer) : null,
    ]);
    return Object.assign(new YangtzeProjectView(), { conferenceProject, demandAnswer });
  }
}
