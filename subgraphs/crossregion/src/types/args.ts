/**
 * Argument sets of the root fields, as @ArgsType classes so the SDL lists them in this order
 * (type-graphql lists separate @Arg parameters last to first).
 */
import { ArgsType, Field, ID, Int } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { MAX_PAGE } from '../validate';
import { AggregateDimension, AggregateEntity } from './aggregate';
import { CandidateScope } from './gap-analysis';
import { FirmFilter, FirmOrder, ProjectFilter, ProjectOrder } from './inputs';
import { Region } from './region';

export const DEFAULT_PAGE = 20;

/** filter, orderBy, first and after of a merged list. */
function listArgs<F extends object, O extends object>(Filter: ClassType<F>, Order: ClassType<O>, orderDefault: string) {
  @ArgsType()
  class ListArgs {
    @Field(() => Filter, { nullable: true, description: '筛选 — conditions; every one given must hold.' })
    filter?: F | null;
    @Field(() => Order, { nullable: true, description: `排序 — order; ${orderDefault} by default.` })
    orderBy?: O | null;
    @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE, description: `数量 — page size, 1 to ${MAX_PAGE}.` })
    first?: number | null;
    @Field(() => String, { nullable: true, description: '游标 — pageInfo.endCursor (or an edge\'s cursor) of the previous page of the same query.' })
    after?: string | null;
  }
  return ListArgs;
}

@ArgsType()
export class FirmsArgs extends listArgs(FirmFilter, FirmOrder, 'name ascending') {}

@ArgsType()
export class ProjectsArgs extends listArgs(ProjectFilter, ProjectOrder, 'amount descending') {}

@ArgsType()
export class ScopesArgs {
  @Field(() => String, { nullable: true, description: '关键词 — part of the name in either script (天臺 finds 天台县), or the name of the area a scope is in (南开 finds the alliance in 南开区).' })
  keyword?: string | null;
  @Field(() => [Region], { nullable: true, description: '区域 — only these regions; all when left out.' })
  regions?: Region[] | null;
  @Field(() => [String], { nullable: true, description: '类型 — only these kinds: PARK, ALLIANCE, ZONE, COUNTY, PAIRING.' })
  kinds?: string[] | null;
  @Field(() => ID, { nullable: true, description: '所在地 — only scopes in this GB/T 2260 area, at any level (120000 for Tianjin, 120111 for 西青区).' })
  areaCode?: string | null;
}

@ArgsType()
export class GapAnalysisArgs {
  @Field(() => ID, { description: '范围 — a scope id from Query.scopes.' })
  scopeId!: string;
  @Field(() => ID, { description: '产业链 — canonical chain code.' })
  chainCode!: string;
  @Field(() => CandidateScope, { nullable: true, defaultValue: CandidateScope.OTHER_REGIONS, description: '候选范围 — where to look for candidates.' })
  candidates?: CandidateScope | null;
  @Field(() => Int, { nullable: true, defaultValue: 5, description: `候选数 — candidates per missing link, 1 to ${MAX_PAGE}.` })
  first?: number | null;
}

@ArgsType()
export class AggregatesArgs {
  @Field(() => AggregateEntity, { description: '统计对象 — firms or projects.' })
  entity!: AggregateEntity;
  @Field(() => [AggregateDimension], { description: '分组维度 — none for totals only; at most one area level.' })
  groupBy!: AggregateDimension[];
  @Field(() => ProjectFilter, { nullable: true, description: '筛选 — for firms: chainCode, areaCode, regions, keyword and firmUscc.' })
  filter?: ProjectFilter | null;
}
