/** Counts and sums over every region, grouped by region, chain, area level and status. */
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AdminArea } from './area';
import { IndustryChain } from './chain';
import { Region } from './region';

export enum AggregateEntity {
  FIRM = 'FIRM',
  PROJECT = 'PROJECT',
}
export enum AggregateDimension {
  REGION = 'REGION',
  CHAIN = 'CHAIN',
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  STATUS = 'STATUS',
}

registerEnumType(AggregateEntity, {
  name: 'AggregateEntity',
  description: '统计对象 — what to count.',
  valuesConfig: {
    FIRM: { description: '企业 — firm records (a firm two regions record counts in each; grouped by chain, once per chain it serves).' },
    PROJECT: { description: '合作项目 — cooperation projects, with their amounts summed.' },
  },
});
registerEnumType(AggregateDimension, {
  name: 'AggregateDimension',
  description: '分组维度 — what to group by.',
  valuesConfig: {
    REGION: { description: '区域 — the region.' },
    CHAIN: { description: '产业链 — the canonical chain.' },
    PROVINCE: { description: '省 — the province of the area.' },
    CITY: { description: '市 — the city of the area.' },
    COUNTY: { description: '县 — the county (the area itself).' },
    STATUS: { description: '状态 — project status (projects only).' },
  },
});

@ObjectType('AggregateRow', { description: '统计行 — one group: the dimensions grouped by are set, the others null.' })
export class AggregateRow {
  @Field(() => Region, { nullable: true, description: '区域 — when grouped by REGION.' })
  region!: Region | null;
  @Field(() => IndustryChain, { nullable: true, description: '产业链 — when grouped by CHAIN; null also for projects without a chain.' })
  chain!: IndustryChain | null;
  @Field(() => String, { nullable: true, description: '产业链代码 — the chain code as grouped.' })
  chainCode!: string | null;
  @Field(() => AdminArea, { nullable: true, description: '地区 — when grouped by an area level: the province, city or county.' })
  area!: AdminArea | null;
  @Field(() => String, { nullable: true, description: '地区代码 — the GB/T 2260 code as grouped.' })
  areaCode!: string | null;
  @Field(() => String, { nullable: true, description: '状态 — when grouped by STATUS.' })
  status!: string | null;
  @Field(() => Int, { description: '数量 — how many.' })
  count!: number;
  @Field(() => Float, { description: '金额 — sum of stated amounts in yuan (projects; 0 for firms).' })
  amountYuan!: number;
}

@ObjectType('AggregateTotals', { description: '合计 — over every group.' })
export class AggregateTotals {
  @Field(() => Int, { description: '数量 — how many (firms: not one per chain).' })
  count!: number;
  @Field(() => Float, { description: '金额 — sum of stated amounts in yuan.' })
  amountYuan!: number;
}

@ObjectType('AggregateResult', { description: '统计结果 — counted and summed in each region\'s own database, merged here.' })
export class AggregateResult {
  @Field(() => AggregateEntity, { description: '统计对象 — what was counted.' })
  entity!: AggregateEntity;
  @Field(() => [AggregateDimension], { description: '分组维度 — what was grouped by.' })
  groupBy!: AggregateDimension[];
  @Field(() => [AggregateRow], { description: '分组 — the groups, by region, chain, area and status.' })
  rows!: AggregateRow[];
  @Field(() => AggregateTotals, { description: '合计 — the totals.' })
  totals!: AggregateTotals;
  @Field(() => [Region], { description: '缺失区域 — regions that did not answer; the numbers leave them out.' })
  missingRegions!: Region[];
}
