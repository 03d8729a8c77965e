/**
 * Value types every region uses to expose facts exactly as the reports state them. They are the same
 * in every subgraph, hence @shareable.
 */
import { Directive, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { toYuan } from '../../schema/contract/amount';
import { chainForLocalName, linkForLocalName } from '../../schema/contract/chains';
import { invariant } from '../../schema/contract/invariant';
import { toSimplified } from '../../schema/contract/script';
import type { PlacementBasis as PlacementBasisName, StatedAmount, StatedDate } from '../../schema/contract/source';

/** What a firm's place in a chain rests on (schema/contract/source.ts PlacementBasis), as the API names it. */
export enum PlacementBasis {
  STATED = 'STATED',
  PASSAGE = 'PASSAGE',
  NAME = 'NAME',
  RECORDED = 'RECORDED',
}

registerEnumType(PlacementBasis, {
  name: 'ChainPlacementBasis',
  description: '归属依据 — what a firm\'s place in a chain rests on, strongest first.',
  valuesConfig: {
    STATED: { description: '明确陈述 — the sentence says what the firm does in the chain (its trade, product or link).' },
    PASSAGE: { description: '段落提及 — the report names the firm inside the passage about the chain, without saying what it makes.' },
    NAME: { description: '名称推断 — a guess from the firm\'s name (力神电池, 中环半导体), kept where nothing better exists.' },
    RECORDED: { description: '登记 — recorded by a region through a write or an import; no report sentence behind it.' },
  },
});

/** The API's name of a basis; a placement stored before bases were kept counts as recorded. */
export function placementBasis(basis: PlacementBasisName | string | null | undefined): PlacementBasis {
  const name = (basis ?? 'recorded').toUpperCase();
  return Object.values(PlacementBasis).includes(name as PlacementBasis) ? (name as PlacementBasis) : PlacementBasis.RECORDED;
}

@ObjectType('Provenance', { description: '出处 — the source report a record comes from, and the phrase that states it.' })
@Directive('@shareable')
export class Provenance {
  @Field(() => String, { description: '来源文件 — file name of the source report in shared/seeds.' })
  source!: string;
  @Field(() => String, { nullable: true, description: '原文 — the phrase of the report that states the fact, cleaned, in Simplified script.' })
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
  @Field(() => Int, { nullable: true, description: '年份 — the year the figure is for, where the report states it.' })
  year?: number | null;
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

/** The provenance of a seed record: its source report and evidence phrase (in Simplified, as every text the API shows). */
export function provenanceOf(record: { source: string; evidence?: string }): Provenance {
  return Object.assign(new Provenance(), { source: record.source, evidence: record.evidence ? toSimplified(record.evidence) : null });
}

export function money(amount: StatedAmount): Money {
  return Object.assign(new Money(), { value: amount.value, unit: amount.unit, yuan: toYuan(amount) });
}

export function reportedDate(date: StatedDate | null | undefined): ReportedDate | null {
  if (!date) return null;
  const parts = date.year ? [String(date.year), ...(date.month ? [String(date.month).padStart(2, '0')] : []), ...(date.month && date.day ? [String(date.day).padStart(2, '0')] : [])] : [];
  return Object.assign(new ReportedDate(), { text: toSimplified(date.text), year: date.year ?? null, month: date.month ?? null, day: date.day ?? null, iso: parts.length ? parts.join('-') : null });
}

@ObjectType('ChainPlacement', { description: '产业链归属 — one chain a region places a firm in, with the links, what the placement rests on and the sentence that says so.' })
@Directive('@shareable')
export class ChainPlacementView {
  @Field(() => String, { description: '本区链名 — the chain as the region\'s report names it (Simplified).' })
  localChainName!: string;
  @Field(() => [String], { description: '本区环节名 — the links the sentence says the firm serves (Simplified); empty when it names none.' })
  localLinkNames!: string[];
  @Field(() => String, { description: '产业链代码 — canonical chain code (IndustryChain.code).' })
  chainCode!: string;
  @Field(() => [String], { description: '环节代码 — canonical link codes of localLinkNames.' })
  linkCodes!: string[];
  @Field(() => PlacementBasis, { description: '归属依据 — what the placement rests on.' })
  basis!: PlacementBasis;
  @Field(() => String, { nullable: true, description: '依据原文 — the report\'s sentence the placement rests on (Simplified); null for one a region recorded.' })
  evidence?: string | null;
  @Field(() => String, { description: '来源 — source report file, or the write that recorded it.' })
  source!: string;
}

/** A dataset's chain placement as stored and shown: Simplified names, canonical codes. */
export function chainPlacementView(placement: {
  localChainName: string;
  localLinkNames?: readonly string[];
  basis: PlacementBasisName;
  source: string;
  evidence?: string | null;
}): ChainPlacementView {
  const chain = chainForLocalName(placement.localChainName);
  invariant(chain, `local chain name "${placement.localChainName}" is not mapped in schema/contract/chains.ts`);
  const links = placement.localLinkNames ?? [];
  return Object.assign(new ChainPlacementView(), {
    localChainName: toSimplified(placement.localChainName),
    localLinkNames: links.map(toSimplified),
    chainCode: chain.code,
    linkCodes: links.flatMap((l) => linkForLocalName(l) ?? []),
    basis: placementBasis(placement.basis),
    evidence: placement.evidence ? toSimplified(placement.evidence) : null,
    source: placement.source,
  });
}
