/** How fresh each region's data is, shown beside a merged answer. */
import { Field, ObjectType } from 'type-graphql';
import { Region } from './region';

@ObjectType('RegionFreshness', { description: '数据新鲜度 — when a kind of record of a region last changed, as the region states it (Query.<region>.freshness).' })
export class RegionFreshness {
  @Field(() => Region, { description: '区域 — the region.' }) region!: Region;
  @Field(() => String, { description: '记录类型 — the record type, e.g. ZhejiangProject.' }) kind!: string;
  @Field(() => String, { description: '最近变更 — its last change, ISO 8601 in UTC.' }) lastChangedAt!: string;
}
