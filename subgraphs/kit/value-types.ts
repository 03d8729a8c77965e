/**
 * Value types every region uses to expose facts exactly as the reports state them. They are the same
 * in every subgraph, hence @shareable.
 */
import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';
import { toYuan } from '../../schema/contract/amount';
import type { StatedAmount, StatedDate } from '../../schema/contract/source';

@ObjectType('Provenance', { description: '出处 — the source report a record comes from, and the phrase that states it.' })
@Directive('@shareable')
export class Provenance {
  @Field(() => String, { description: '来源文件 — file name of the source report in shared/seeds.' })
  source!: string;
  @Field(() => String, { nullable: true, description: '原文 — the cleaned phrase of the report that states the fact.' })
  evidence?: string | null;
}

@ObjectType('StatedFigure', { description: '数据 — a figure as a report states it: what it measures, the number, its unit and qualifier.' })
@Directive('@shareable')
export class StatedFigure {
  @Field(() => String, { description: '指标 — what the figure measures, in the report\'s words.' })
  metric!: string;
  @Field(() => Float, { description: '数值 — the number as stated.' })
  value!: number;
  @Field(() => String, { nullable: true, description: '单位 — unit as stated (家, 个, %, 亿元, 万元…).' })
  unit?: string | null;
  @Field(() => String, { nullable: true, description: '限定 — qualifier such as 余 (more than), 近 (nearly), 约 (about).' })
  qualifier?: string | null;
  @Field(() => String, { nullable: true, description: '原文 — the report\'s wording.' })
  text?: string | null;
  @Field(() => Float, { nullable: true, description: '折合元 — the amount in yuan, when the figure is money.' })
  yuan?: number | null;
}

@ObjectType('ReportedDate', { description: '日期 — a date as a report states it; parts the report does not state stay null.' })
@Directive('@shareable')
export class ReportedDate {
  @Field(() => String, { description: '原文 — the date as written ("今年7月").' })
  text!: string;
  @Field(() => Int, { nullable: true, description: '年 — year, only where the article states it.' })
  year?: number | null;
  @Field(() => Int, { nullable: true, description: '月 — month.' })
  month?: number | null;
  @Field(() => Int, { nullable: true, description: '日 — day.' })
  day?: number | null;
  @Field(() => String, { nullable: true, description: 'ISO 日期 — YYYY, YYYY-MM or YYYY-MM-DD as far as stated.' })
  iso?: string | null;
}

@ObjectType('Money', { description: '金额 — an amount in the unit the report used, and normalised to yuan.' })
@Directive('@shareable')
export class Money {
  @Field(() => Float, { description: '数值 — the number as stated.' })
  value!: number;
  @Field(() => String, { description: '单位 — 元, 万元 or 亿元.' })
  unit!: string;
  @Field(() => Float, { description: '折合元 — the amount in yuan.' })
  yuan!: number;
}

/** The provenance of a seed record: its source report and evidence phrase. */
export function provenanceOf(record: { source: string; evidence?: string }): Provenance {
  return Object.assign(new Provenance(), { source: record.source, evidence: record.evidence ?? null });
}

export function money(amount: StatedAmount): Money {
  return Object.assign(new Money(), { value: amount.value, unit: amount.unit, yuan: toYuan(amount) });
}

export function reportedDate(date: StatedDate | null | undefined): ReportedDate | null {
  if (!date) return null;
  const parts = date.year ? [String(date.year), ...(date.month ? [String(date.month).padStart(2, '0')] : []), ...(date.month && date.day ? [String(date.day).padStart(2, '0')] : [])] : [];
  return Object.assign(new ReportedDate(), { text: date.text, year: date.year ?? null, month: date.month ?? null, day: date.day ?? null, iso: parts.length ? parts.join('-') : null });
}
