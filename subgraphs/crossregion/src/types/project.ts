/** CooperationProject's common fields, owned here, from the directory record of the one region that holds it. */
import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';
import type { RegionName } from '../../../../schema/contract/errors';
import type { DirectoryProjectRow } from '../../../kit/directory/types';
import { AdminArea, adminArea } from './area';
import { IndustryChain, industryChainByCode } from './chain';
import { Region, regionEnum } from './region';

@ObjectType('ProjectAmount', { description: '金额 — the project\'s amount as stated, and in yuan.' })
export class ProjectAmount {
  @Field(() => Float, { description: '折合元 — the amount in yuan.' })
  yuan!: number;
  @Field(() => String, { nullable: true, description: '原文 — the amount as the report states it, e.g. "15亿元".' })
  stated!: string | null;
  @Field(() => String, { nullable: true, description: '口径 — what the amount measures: investment, output value, contract value…' })
  kind!: string | null;
}

@ObjectType('ProjectDate', { description: '日期 — the project\'s date as far as the report states it.' })
export class ProjectDate {
  @Field(() => String, { nullable: true, description: 'ISO 日期 — YYYY, YYYY-MM or YYYY-MM-DD; null when the report states no year.' })
  iso!: string | null;
  @Field(() => String, { description: '原文 — the date as written ("今年7月").' })
  text!: string;
}

@ObjectType('ProjectParty', { description: '参与方 — a firm, park, zone, county, alliance, institution or government in a project.' })
export class ProjectParty {
  @Field(() => String, { description: '类型 — FIRM, PARK, ZONE, COUNTY, ALLIANCE, INSTITUTION or GOVERNMENT.' })
  kind!: string;
  @Field(() => String, { description: '名称 — name in Simplified script.' })
  name!: string;
  @Field(() => AdminArea, { nullable: true, description: '所在地 — the party\'s area, where stated.' })
  area!: AdminArea | null;
  @Field(() => String, { nullable: true, description: '角色 — the party\'s part as the report puts it (investor, host, supplier…).' })
  role!: string | null;

  /** Resolved to `firm` by the firm loader. */
  uscc!: string | null;
}

@ObjectType('CooperationProject', { description: '合作项目 — a cooperation between firms, parks, zones or counties.' })
@Directive('@key(fields: "id")')
export class CooperationProject {
  @Field(() => ID, { description: '项目编号 — globally unique id, `<region>:<kind>:<key>`.' })
  id!: string;
  @Field(() => String, { description: '名称 — title in Simplified script.' })
  title!: string;
  @Field(() => String, { description: '原名 — the title as the report writes it.' })
  originalTitle!: string;
  @Field(() => Region, { description: '区域 — the region that records the project.' })
  region!: Region;
  @Field(() => IndustryChain, { nullable: true, description: '产业链 — the canonical chain, where the report names one.' })
  chain!: IndustryChain | null;
  @Field(() => String, { description: '状态 — status as the region records it (signed, under construction, in operation…).' })
  status!: string;
  @Field(() => ProjectAmount, { nullable: true, description: '金额 — the amount; null when the report states none.' })
  amount!: ProjectAmount | null;
  @Field(() => ProjectDate, { nullable: true, description: '日期 — the date; null when the report states none.' })
  date!: ProjectDate | null;
  @Field(() => AdminArea, { nullable: true, description: '所在地 — where the project is.' })
  area!: AdminArea | null;
  @Field(() => [ProjectParty], { description: '参与方 — the parties the report names.' })
  parties!: ProjectParty[];
  @Field(() => String, { description: '来源 — source report file.' })
  source!: string;
}

export function projectFromRow(region: RegionName, row: DirectoryProjectRow): CooperationProject {
  return Object.assign(new CooperationProject(), {
    id: row.id,
    title: row.title,
    originalTitle: row.originalTitle,
    region: regionEnum(region),
    chain: industryChainByCode(row.chainCode),
    status: row.status,
    amount: row.amountYuan == null ? null : Object.assign(new ProjectAmount(), { yuan: row.amountYuan, stated: row.amountStated ?? null, kind: row.amountKind ?? null }),
    date: !row.dateKey && !row.dateText ? null : Object.assign(new ProjectDate(), { iso: row.dateKey || null, text: row.dateText ?? row.dateKey }),
    area: adminArea(row.areaCode),
    parties: row.parties.map((p) =>
      Object.assign(new ProjectParty(), { kind: p.kind, name: p.name, area: adminArea(p.areaCode), role: p.role ?? null, uscc: p.uscc ?? null }),
    ),
    source: row.source,
  });
}
