/** The answer of chain-gap analysis (补链): coverage of a chain's links by a scope's members, and matchmaking. */
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MAX_AREA_DISTANCE, SCORE_DESCRIPTION, SCORE_WEIGHTS as W } from '../scoring';
import { ChainLink, IndustryChain } from './chain';
import { Firm } from './firm';
import { Region } from './region';
import { Scope, StatedGap, StatedLink } from './scope';
import { PlacementBasis } from '../../../kit/value-types';

export enum CandidateScope {
  OTHER_REGIONS = 'OTHER_REGIONS',
  ALL_REGIONS = 'ALL_REGIONS',
}

registerEnumType(CandidateScope, {
  name: 'CandidateScope',
  description: '候选范围 — where matchmaking looks for firms.',
  valuesConfig: {
    OTHER_REGIONS: { description: '其他区域 — firms the other regions record (cross-region cooperation).' },
    ALL_REGIONS: { description: '全部区域 — every region, the scope\'s own included.' },
  },
});

@ObjectType('MatchScore', { description: `匹配得分 — the parts of a candidate's score, each 0..1, and the weighted total. ${SCORE_DESCRIPTION}` })
export class MatchScore {
  @Field(() => Float, { description: `产业链匹配 — 1 when the firm serves the chain, else 0 (weight ${W.chainMatch}).` })
  chainMatch!: number;
  @Field(() => Float, { description: `环节匹配 — 1 for the missing link in this chain, 0.5 in another chain, 0.25 for the chain with link unstated (weight ${W.linkMatch}).` })
  linkMatch!: number;
  @Field(() => Float, { description: `合作经历 — 1 − 1/(1 + cooperation projects) (weight ${W.cooperationHistory}).` })
  cooperationHistory!: number;
  @Field(() => Float, { description: `地理邻近 — 1 − GB/T 2260 steps between the firm and the scope / ${MAX_AREA_DISTANCE} (weight ${W.proximity}).` })
  proximity!: number;
  @Field(() => Float, { description: '总分 — the weighted sum, 0..1.' })
  total!: number;
  @Field(() => Int, { nullable: true, description: '区划距离 — steps between the firm\'s nearest area and the scope\'s area; null when unknown.' })
  areaDistance!: number | null;
}

@ObjectType('MatchCandidate', { description: '候选企业 — a firm that could fill a missing link, with its score.' })
export class MatchCandidate {
  @Field(() => Firm, { description: '企业 — the firm.' })
  firm!: Firm;
  @Field(() => MatchScore, { description: '得分 — the score and its parts.' })
  score!: MatchScore;
}

@ObjectType('LinkPlacement', { description: '成员归属 — a member firm placed on a link: who says so, and the sentence it rests on.' })
export class LinkPlacement {
  @Field(() => Firm, { description: '企业 — the member firm.' })
  firm!: Firm;
  @Field(() => Region, { description: '区域 — the region that places it.' })
  region!: Region;
  @Field(() => PlacementBasis, { description: '归属依据 — what the placement rests on.' })
  basis!: PlacementBasis;
  @Field(() => String, { nullable: true, description: '依据原文 — the report\'s sentence (Simplified); null for one a region recorded.' })
  evidence!: string | null;
  @Field(() => String, { description: '来源 — source report file, or the write that recorded it.' })
  source!: string;
  @Field(() => ID, { description: '经由范围 — id of the scope it is a member of: the scope analysed, or one inside it.' })
  via!: string;
}

@ObjectType('LinkCoverage', { description: '环节覆盖 — one canonical link of the chain, the members serving it and what the reports state of it.' })
export class LinkCoverage {
  @Field(() => ChainLink, { description: '环节 — the link.' })
  link!: ChainLink;
  @Field(() => Boolean, { description: '已覆盖 — a member serves the link, or a report states that the scope (or a scope inside it) covers it.' })
  covered!: boolean;
  @Field(() => Boolean, { description: '成员服务 — a member firm\'s chain placement is on the link.' })
  servedByMembers!: boolean;
  @Field(() => [Firm], { description: '企业 — the members serving the link.' })
  firms!: Firm[];
  @Field(() => [LinkPlacement], { description: '成员归属 — each member\'s placement on the link, with its sentence and the scope it came through.' })
  placements!: LinkPlacement[];
  @Field(() => [StatedLink], { description: '明确环节 — what the reports state of the link for the scope, the scopes it lies in and those inside it.' })
  statedLinks!: StatedLink[];
}

@ObjectType('MissingLink', { description: '缺失环节 — a link the scope does not cover, or one a report states as a gap of it or of a scope it lies in, with candidate firms.' })
export class MissingLink {
  @Field(() => ChainLink, { description: '环节 — the link.' })
  link!: ChainLink;
  @Field(() => Boolean, { description: '无成员服务 — no member of the scope serves the link.' })
  unserved!: boolean;
  @Field(() => [StatedGap], { description: '明确缺口 — what the reports state about this gap, with the scope stated about and the source.' })
  statedGaps!: StatedGap[];
  @Field(() => [StatedLink], { description: '明确环节 — what the reports state of the link being covered (e.g. by a scope it lies in), with the scope and the source.' })
  statedLinks!: StatedLink[];
  @Field(() => [MatchCandidate], { description: '候选企业 — firms ranked by score, best first.' })
  candidates!: MatchCandidate[];
}

@ObjectType('ChainGapAnalysis', { description: '补链分析 — which links of a chain a scope covers, which are missing, who could fill them, and where each fact comes from.' })
export class ChainGapAnalysis {
  @Field(() => Scope, { description: '范围 — the park, alliance, zone, county or pairing.' })
  scope!: Scope;
  @Field(() => IndustryChain, { description: '产业链 — the chain analysed.' })
  chain!: IndustryChain;
  @Field(() => Int, { description: '成员数 — member firms analysed: the scope\'s own and those of the scopes inside it.' })
  memberCount!: number;
  @Field(() => [Scope], { description: '上级范围 — the scopes it lies in, nearest first; their stated facts are used.' })
  containingScopes!: Scope[];
  @Field(() => [Scope], { description: '下属范围 — the scopes inside it, nearest first; their firms and stated facts are used.' })
  memberScopes!: Scope[];
  @Field(() => [Firm], { description: '链上成员 — members in the chain at any link.' })
  chainMembers!: Firm[];
  @Field(() => [LinkCoverage], { description: '环节 — every canonical link of the chain, upstream first, with the members serving it and what the reports state of it.' })
  links!: LinkCoverage[];
  @Field(() => [MissingLink], { description: '缺失环节 — links not covered, and links with a gap stated of the scope or of a scope it lies in.' })
  missingLinks!: MissingLink[];
  @Field(() => [StatedGap], { description: '明确缺口 — every gap the reports state in this chain for the scope, the scopes it lies in and those inside it, each with the scope it is stated about.' })
  statedGaps!: StatedGap[];
  @Field(() => [StatedLink], { description: '明确环节 — every link the reports state covered in this chain for the scope, the scopes it lies in and those inside it.' })
  statedLinks!: StatedLink[];
  @Field(() => Float, { description: '覆盖率 — covered canonical links / canonical links, 0..1.' })
  coverage!: number;
  @Field(() => [Region], { description: '候选区域 — the regions candidates were drawn from.' })
  candidateRegions!: Region[];
  @Field(() => [Region], { description: '缺失区域 — regions that did not answer; their members or candidates are missing.' })
  missingRegions!: Region[];
}
