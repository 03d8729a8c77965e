/**
 * Firm.zhejiang: what the Zhejiang programme knows of a firm — its own record, if the report names
 * the firm, the projects it takes part in, and the named county it is registered in (positions 3-8
 * of the credit code are the registering authority's GB/T 2260 area), so a firm another region
 * records shows its Zhejiang county too.
 */
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../../../kit/context';
import { FirmRef } from '../../../kit/contract-types';
import * as E from '../entities';
import { countyByArea, firstBy, projectsOfFirm } from '../resolvers/loaders';

@ObjectType('ZhejiangFirmView', { description: '浙江视角 — the Zhejiang programme\'s view of a firm.' })
export class ZhejiangFirmView {
  @Field(() => E.Firm, { nullable: true, description: '本区记录 — Zhejiang\'s own record of the firm, if the report names it.' })
  firm!: E.Firm | null;
  @Field(() => [E.Project], { description: '合作项目 — pairing projects the firm takes part in.' })
  projects!: E.Project[];
  @Field(() => E.County, { nullable: true, description: '所在县 — the named industrial or mountain county the firm is registered in.' })
  county!: E.County | null;
}

@Resolver(() => FirmRef)
export class FirmZhejiangResolver {
  @FieldResolver(() => ZhejiangFirmView, { nullable: true, description: '浙江 — what the Zhejiang programme knows of this firm.' })
  async zhejiang(@Root() firm: FirmRef, @Ctx() ctx: SubgraphContext): Promise<ZhejiangFirmView> {
    const [record, county] = await Promise.all([firstBy(ctx, E.Firm, 'uscc').load(firm.uscc), countyByArea(ctx).load(firm.uscc.slice(2, 8))]);
    const projects = record ? await projectsOfFirm(ctx).load(record.key) : [];
    return Object.assign(new ZhejiangFirmView(), { firm: record, projects, county });
  }
}
