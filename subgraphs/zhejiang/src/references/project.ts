/**
 * CooperationProject.zhejiang: the native record behind a directory project id
 * (zhejiang:project:<key>) and its pairing; empty for another region's project.
 */
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../../../kit/context';
import { CooperationProjectRef } from '../../../kit/contract-types';
import { projectId } from '../../../kit/directory/projection';
import * as E from '../entities';
import { firstBy } from '../resolvers/loaders';

const ID_PREFIX = projectId('zhejiang', 'project', '');

@ObjectType('ZhejiangProjectView', { description: '浙江视角 — the Zhejiang programme\'s record of a cooperation project.' })
export class ZhejiangProjectView {
  @Field(() => E.Project, { nullable: true, description: '本区记录 — the native project record; null for another region\'s project.' })
  project!: E.Project | null;
  @Field(() => E.Pairing, { nullable: true, description: '结对联合体 — the pairing the project belongs to.' })
  pairing!: E.Pairing | null;
}

@Resolver(() => CooperationProjectRef)
export class ProjectZhejiangResolver {
  @FieldResolver(() => ZhejiangProjectView, { nullable: true, description: '浙江 — the Zhejiang record behind this project.' })
  async zhejiang(@Root() ref: CooperationProjectRef, @Ctx() ctx: SubgraphContext): Promise<ZhejiangProjectView> {
    const key = ref.id.startsWith(ID_PREFIX) ? ref.id.slice(ID_PREFIX.length) : null;
    const project = key ? await firstBy(ctx, E.Project).load(key) : null;
    const pairing = project ? await firstBy(ctx, E.Pairing).load(project.pairingKey) : null;
    return Object.assign(new ZhejiangProjectView(), { project, pairing });
  }
}
