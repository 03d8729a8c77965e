/**
 * Value types of the Tianjin records: stored in JSON columns, exposed as typed GraphQL objects.
 * A TianjinRecordRef points at another record of the region (a party, a seeker, a participant);
 * its field resolvers (resolvers/region.ts) load the record it names, batched.
 */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Money, ReportedDate, StatedFigure } from '../../../kit/value-types';

@ObjectType('TianjinRecordRef', { description: '记录引用 — another Tianjin record a record names: a firm, organisation, park, alliance, chain party committee, person or expert team.' })
export class RecordRef {
  @Field(() => String, { description: '类型 — firm, organisation, park, alliance, partyCommittee, person or expertTeam.' }) kind!: string;
  @Field(() => String, { description: '编号 — key of the record.' }) key!: string;
  @Field(() => String, { description: '名称 — the record\'s name (Simplified).' }) name!: string;
  @Field(() => String, { nullable: true, description: '信用代码 — the sample credit code where the record is a directory firm.' }) uscc?: string | null;
}

@ObjectType('TianjinChainLink', { description: '产业链环节 — a chain (and link) a firm serves, in Tianjin\'s words and in the canonical taxonomy.' })
export class ChainLink {
  @Field(() => String, { description: '本区链名 — the chain as the report names it (Simplified).' }) localChainName!: string;
  @Field(() => String, { nullable: true, description: '本区环节名 — the link as the report names it (Simplified), when it names one.' }) localLinkName?: string | null;
  @Field(() => String, { description: '产业链代码 — canonical chain code.' }) chainCode!: string;
  @Field(() => String, { nullable: true, description: '环节代码 — canonical link code.' }) linkCode?: string | null;
  /** Resolved with its default by ChainLinkResolver (resolvers/region.ts): placements stored before bases were kept have none. */
  basis?: string | null;
  @Field(() => String, { nullable: true, description: '依据原文 — the report\'s sentence the placement rests on (Simplified); null for one a region recorded.' }) evidence?: string | null;
  @Field(() => String, { nullable: true, description: '来源 — source report file, or the write that recorded it.' }) source?: string | null;
}

@ObjectType('TianjinPolicyFund', { description: '政策资金 — policy support or government guidance money a park commits.' })
export class PolicyFund {
  @Field(() => String, { description: '编号 — stable key.' }) key!: string;
  @Field(() => String, { description: '类型 — policy-support-funds or government-guidance-fund.' }) kind!: string;
  @Field(() => Money, { description: '金额 — amount.' }) money!: Money;
  @Field(() => String, { description: '原文 — the amount as stated.' }) text!: string;
  @Field(() => String, { description: '期限 — period as stated (连续5年, 一次性).' }) period!: string;
  @Field(() => Int, { nullable: true, description: '年数 — years the period covers, where stated.' }) periodYears?: number | null;
  @Field(() => String, { description: '用途 — purpose as stated.' }) purpose!: string;
  @Field(() => String, { description: '原文 — the report\'s sentence.' }) evidence!: string;
}

@ObjectType('TianjinProductionLand', { description: '生产用地 — whether a park can offer production land now, and the plot being prepared.' })
export class ProductionLand {
  @Field(() => Boolean, { description: '现可提供 — the park can offer production land now.' }) availableNow!: boolean;
  @Field(() => String, { nullable: true, description: '地块 — the plot being prepared (M0工业用地).' }) plotName?: string | null;
  @Field(() => String, { nullable: true, description: '规划调整 — planning adjustment status (completed).' }) planningAdjustment?: string | null;
  @Field(() => String, { nullable: true, description: '建设状态 — construction status (to-start).' }) constructionStatus?: string | null;
  @Field(() => ReportedDate, { nullable: true, description: '开工时间 — when construction is to start, as stated.' }) constructionBy?: ReportedDate | null;
  @Field(() => [String], { description: '预期环节 — links the park expects to host once the land is built.' }) expectedLinkNames!: string[];
  @Field(() => String, { description: '原文 — the report\'s words.' }) evidence!: string;
}

@ObjectType('TianjinLandedProjects', { description: '落地项目 — projects landed in a park over a stated period, with their registered capital.' })
export class LandedProjects {
  @Field(() => ReportedDate, { description: '起始 — since when.' }) since!: ReportedDate;
  @Field(() => StatedFigure, { description: '项目数 — projects landed.' }) count!: StatedFigure;
  @Field(() => Money, { description: '注册资金 — registered capital.' }) registeredCapital!: Money;
  @Field(() => StatedFigure, { nullable: true, description: '重点产业占比 — share related to the key industries.' }) shareRelatedToKeyIndustries?: StatedFigure | null;
  @Field(() => [String], { description: '重点产业 — the key industries (local names).' }) keyIndustries!: string[];
  @Field(() => String, { description: '原文 — the report\'s words.' }) evidence!: string;
}

@ObjectType('TianjinFundsDisbursed', { description: '拨付资金 — money a chain party committee disbursed to firms of its chain.' })
export class FundsDisbursed {
  @Field(() => Money, { description: '金额 — amount.' }) money!: Money;
  @Field(() => StatedFigure, { description: '数据 — the amount as stated, with its qualifier (余).' }) figure!: StatedFigure;
  @Field(() => ReportedDate, { description: '起始 — since when.' }) since!: ReportedDate;
  @Field(() => String, { description: '用途 — purpose.' }) purpose!: string;
  @Field(() => String, { description: '原文 — the report\'s words.' }) evidence!: string;
}

@ObjectType('TianjinTravelTime', { description: '通行时间 — travel time on a route before and after a road project.' })
export class TravelTime {
  @Field(() => String, { description: '路线 — route as stated.' }) route!: string;
  @Field(() => Float, { description: '原用时 — minutes before.' }) beforeMinutes!: number;
  @Field(() => Float, { description: '现用时 — minutes after.' }) afterMinutes!: number;
  @Field(() => String, { description: '原文 — as stated.' }) text!: string;
}

@ObjectType('TianjinArticleCredit', { description: '署名 — a role credited on an article and the people in it.' })
export class ArticleCredit {
  @Field(() => String, { description: '职责 — role as stated (策划, 撰文, 摄影, 美术编辑).' }) role!: string;
  @Field(() => [String], { description: '人员 — names (Simplified).' }) names!: string[];
}

@ObjectType('TianjinArticleReprint', { description: '转载 — an article a report reprints.' })
export class ArticleReprint {
  @Field(() => String, { description: '媒体 — outlet.' }) outlet!: string;
  @Field(() => String, { description: '标题 — title (Simplified).' }) title!: string;
  @Field(() => String, { description: '原标题 — title as the report writes it.' }) originalTitle!: string;
  @Field(() => ReportedDate, { description: '发表日期 — publication date.' }) published!: ReportedDate;
}
