/** CooperationProject.tianjin: the native cooperation or project behind a directory project id. */
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../../../kit/context';
import { CooperationProjectRef } from '../../../kit/contract-types';
import { projectId } from '../../../kit/directory/projection';
import * as E from '../entities';
import { oneBy } from '../resolvers/loaders';

@ObjectType('TianjinProjectView', { description: '天津视角 — Tianjin\'s record behind a cooperation project.' })
export class TianjinProjectView {
  @Field(() => E.Cooperation, { nullable: true, description: '合作 — the cooperation, when the id is a Tianjin cooperation.' }) cooperation!: E.Cooperation | null;
  @Field(() => E.Project, { nullable: true, description: '项目 — the project, when the id is a Tianjin project.' }) project!: E.Project | null;
}

@Resolver(() => CooperationProjectRef)
export class ProjectTianjinResolver {
  @FieldResolver(() => TianjinProjectView, { nullable: true, description: '天津 — Tianjin\'s record of this project.' })
  async tianjin(@Root() ref: CooperationProjectRef, @Ctx() ctx: SubgraphContext): Promise<TianjinProjectView> {
    // Only ids of the right kind are looked up: another region's id costs no statement here.
    const ofKind = (kind: string) => (ref.id.startsWith(projectId('tianjin', kind, '')) ? ref.id : null);
    const [cooperation, project] = await Promise.all([oneBy(ctx, E.Cooperation, 'projectId', ofKind('cooperation')), oneBy(ctx, E.Project, 'projectId', ofKind('project'))]);
    return Object.assign(new TianjinProjectView(), { cooperation, project });
  }
}
