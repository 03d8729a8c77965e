/** Filters and orders of the public root fields. */
import { Field, Float, ID, InputType, registerEnumType } from 'type-graphql';
import type { RegionOrder } from '../region-client';
import { Region } from './region';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
export enum FirmOrderField {
  NAME = 'NAME',
  NAME_PINYIN = 'NAME_PINYIN',
}
export enum ProjectOrderField {
  NAME = 'NAME',
  NAME_PINYIN = 'NAME_PINYIN',
  AMOUNT = 'AMOUNT',
  DATE = 'DATE',
}

registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: '排序方向 — sort direction.',
  valuesConfig: { ASC: { description: '升序 — ascending.' }, DESC: { description: '降序 — descending.' } },
});
registerEnumType(FirmOrderField, {
  name: 'FirmOrderField',
  description: '企业排序 — what firms sort by.',
  valuesConfig: {
    NAME: { description: '名称 — by Simplified name, code point order.' },
    NAME_PINYIN: { description: '拼音 — by the pinyin of the Simplified name, as a Chinese dictionary orders it (each character read in its word, then by tone); firms whose names read alike by credit code.' },
  },
});
registerEnumType(ProjectOrderField, {
  name: 'ProjectOrderField',
  description: '项目排序 — what projects sort by.',
  valuesConfig: {
    NAME: { description: '名称 — by Simplified title, code point order.' },
    NAME_PINYIN: { description: '拼音 — by the pinyin of the Simplified title, as a Chinese dictionary orders it; titles that read alike by project id.' },
    AMOUNT: { description: '金额 — by amount in yuan; projects without an amount sort as the smallest.' },
    DATE: { description: '日期 — by ISO date as far as stated; projects without a year sort as the earliest.' },
  },
});

@InputType('FirmFilter', { description: '企业筛选 — every condition given must hold.' })
export class FirmFilter {
  @Field(() => ID, { nullable: true, description: '产业链 — canonical chain code (Query.industryChains).' })
  chainCode?: string | null;
  @Field(() => ID, { nullable: true, description: '环节 — canonical link code, e.g. PRODUCTION.' })
  linkCode?: string | null;
  @Field(() => ID, { nullable: true, description: '地区 — GB/T 2260 code at any level; a province or city matches every area inside it.' })
  areaCode?: string | null;
  @Field(() => [Region], { nullable: true, description: '区域 — only these regions; all when left out.' })
  regions?: Region[] | null;
  @Field(() => String, { nullable: true, description: '关键词 — part of any name, in Simplified or Traditional script.' })
  keyword?: string | null;
  @Field(() => ID, { nullable: true, description: '范围 — only members of this park, alliance, zone, county or pairing (Query.scopes).' })
  scopeId?: string | null;
}

@InputType('FirmOrder', { description: '企业排序 — order of a firm list.' })
export class FirmOrder {
  @Field(() => FirmOrderField, { defaultValue: FirmOrderField.NAME, description: '排序字段 — what to sort by.' })
  field!: FirmOrderField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: '方向 — direction.' })
  direction!: SortDirection;
}

@InputType('ProjectFilter', { description: '项目筛选 — every condition given must hold.' })
export class ProjectFilter {
  @Field(() => ID, { nullable: true, description: '产业链 — canonical chain code.' })
  chainCode?: string | null;
  @Field(() => ID, { nullable: true, description: '地区 — GB/T 2260 code at any level; matches the project\'s area or any party\'s.' })
  areaCode?: string | null;
  @Field(() => [Region], { nullable: true, description: '区域 — only these regions; all when left out.' })
  regions?: Region[] | null;
  @Field(() => String, { nullable: true, description: '关键词 — part of the title or a party\'s name, in either script.' })
  keyword?: string | null;
  @Field(() => String, { nullable: true, description: '起始日期 — YYYY, YYYY-MM or YYYY-MM-DD; projects without a stated year are left out.' })
  dateFrom?: string | null;
  @Field(() => String, { nullable: true, description: '截止日期 — YYYY, YYYY-MM or YYYY-MM-DD, inclusive ("2023" includes 2023-12).' })
  dateTo?: string | null;
  @Field(() => Float, { nullable: true, description: '最小金额 — in yuan; projects without an amount are left out.' })
  amountMinYuan?: number | null;
  @Field(() => Float, { nullable: true, description: '最大金额 — in yuan; projects without an amount are left out.' })
  amountMaxYuan?: number | null;
  @Field(() => ID, { nullable: true, description: '企业 — only projects naming this firm (credit code).' })
  firmUscc?: string | null;
}

@InputType('ProjectOrder', { description: '项目排序 — order of a project list.' })
export class ProjectOrder {
  @Field(() => ProjectOrderField, { defaultValue: ProjectOrderField.AMOUNT, description: '排序字段 — what to sort by.' })
  field!: ProjectOrderField;
  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: '方向 — direction.' })
  direction!: SortDirection;
}

/** The directory order for a public order (enum values are the directory's names). */
export function directoryOrder(field: FirmOrderField | ProjectOrderField, direction: SortDirection): RegionOrder {
  return { field: field as string as RegionOrder['field'], direction: direction as string as RegionOrder['direction'] };
}
